/** A model worker thread: runs one task per message and posts its outcome back (tasks.ts). */
import { parentPort } from 'node:worker_threads';
import { settleTask, type ModelTask } from './tasks';

const port = parentPort;
if (!port) throw new Error('api/scenarios/pool/worker.ts runs only as a worker thread.');
port.on('message', (message: { id: number; task: ModelTask }) => {
  void settleTask(message.task).then((outcome) => port.postMessage({ id: message.id, outcome }));
});
port.postMessage({ ready: true });
