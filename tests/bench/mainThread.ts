/**
 * The main thread's work while a page loads, from a Chrome trace, counted in CPU time (the trace's
 * thread time) rather than wall time. On a shared, busy machine a task's wall time is many times
 * its CPU time (the thread waits for a core), which is what inflates Lighthouse's blocking time
 * there; CPU time is what the same page costs on an idle machine. `blockingAt4x` applies
 * Lighthouse's rule to it: each task after the first contentful paint blocks for 4 x its CPU time
 * (the default slowdown) beyond 50 ms.
 */
import type { Browser } from 'playwright-core';

export interface MainThreadProfile {
  tasks: number;
  wallMs: number;
  cpuMs: number;
  /** The longest tasks by CPU time after the first contentful paint. */
  longestAfterFcpMs: number[];
  blockingAt4xMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const PAGE_WORK = new Set(['FunctionCall', 'EvaluateScript', 'Layout', 'v8.evaluateModule']);

export async function profileMainThread(browser: Browser, url: string): Promise<MainThreadProfile> {
  // Lighthouse's mobile screen.
  const page = await browser.newPage({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
  });
  try {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading'],
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('.status-loading').length === 0);
    await page.waitForTimeout(500);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    return summarize(traceEvents);
  } finally {
    await page.close();
  }
}

function summarize(events: TraceEvent[]): MainThreadProfile {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const rendererMains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread),
  );
  // The page's renderer is the main thread that ran its scripts and layouts (not about:blank's).
  const work = new Map<string, number>();
  for (const e of events)
    if (rendererMains.has(thread(e)) && PAGE_WORK.has(e.name))
      work.set(thread(e), (work.get(thread(e)) ?? 0) + (e.dur ?? 0));
  const main = [...work].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) throw new Error('The trace has no main-thread work of the page.');
  const mainPid = Number(main.split(':')[0]);
  // Without a paint event in the trace, every task counts (the figure errs high, never low).
  const fcp =
    events
      .filter((e) => e.name === 'firstContentfulPaint' && e.pid === mainPid)
      .map((e) => e.ts)
      .sort((a, b) => a - b)[0] ?? 0;
  const tasks = events.filter((e) => e.ph === 'X' && TASK.has(e.name) && thread(e) === main);
  let wall = 0;
  let cpu = 0;
  let blocking = 0;
  const afterFcp: number[] = [];
  for (const t of tasks) {
    const taskCpu = (t.tdur ?? t.dur ?? 0) / 1000;
    wall += (t.dur ?? 0) / 1000;
    cpu += taskCpu;
    if (t.ts >= fcp) {
      afterFcp.push(taskCpu);
      blocking += Math.max(0, 4 * taskCpu - 50);
    }
  }
  return {
    tasks: tasks.length,
    wallMs: wall,
    cpuMs: cpu,
    longestAfterFcpMs: afterFcp.sort((a, b) => b - a).slice(0, 3),
    blockingAt4xMs: blocking,
  };
}
