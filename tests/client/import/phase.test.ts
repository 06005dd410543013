/** The import form's phases: transitions worked by hand, and only its own job moves the bar. */
import { describe, expect, it } from 'vitest';
import type { ImportResult, JobProgress } from '../../../client/src/import/api';
import {
  currentCheck,
  IDLE,
  isBusy,
  mayCommit,
  phaseReducer,
  type Phase,
  type PhaseEvent,
} from '../../../client/src/import/phase';

const REF = 'ref-0000000000000001';
const progress = (rowsDone: number): JobProgress => ({
  phase: 'reading',
  rowsDone,
  rowsTotal: 100,
  bytesDone: 0,
  bytesTotal: null,
});
function result(dryRun: boolean, valid: number, rejected: number): ImportResult {
  return {
    jobId: 42,
    status: 'succeeded',
    dryRun,
    counts: {
      total: valid + rejected,
      valid,
      rejected,
      notAboutTrafficking: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
    },
    errors: [],
    preview: [],
    dataset: null,
    organizationsCreated: 0,
    message: 'ok',
  };
}
const run = (events: PhaseEvent[], from: Phase = IDLE) => events.reduce(phaseReducer, from);

describe('import phases', () => {
  it('goes idle → uploading (bytes sent) → processing → checked', () => {
    let p = run([{ type: 'start', dryRun: true, total: 1000, ref: REF }]);
    expect(p).toEqual({ step: 'uploading', dryRun: true, loaded: 0, total: 1000, ref: REF });
    p = phaseReducer(p, { type: 'sending', ref: REF, loaded: 400, total: 1000 });
    expect(p).toMatchObject({ step: 'uploading', loaded: 400 });
    p = phaseReducer(p, { type: 'sent', ref: REF });
    expect(p).toEqual({ step: 'processing', dryRun: true, ref: REF, jobId: null, progress: null });
    expect(isBusy(p)).toBe(true);
    const checked = result(true, 10, 0);
    p = phaseReducer(p, { type: 'answered', ref: REF, result: checked, key: 'k1' });
    expect(p).toEqual({ step: 'checked', result: checked, key: 'k1' });
    expect(isBusy(p)).toBe(false);
  });

  it('follows its own job: progress of job 7 is ignored once the upload’s job is 42', () => {
    let p = run([
      { type: 'start', dryRun: false, total: 10, ref: REF },
      { type: 'sent', ref: REF },
    ]);
    // Before its job is known, no job's progress moves the bar (another may be running).
    p = phaseReducer(p, { type: 'progress', jobId: 7, progress: progress(90) });
    expect(p).toMatchObject({ step: 'processing', progress: null });
    p = phaseReducer(p, { type: 'job', ref: REF, jobId: 42 });
    p = phaseReducer(p, { type: 'progress', jobId: 7, progress: progress(90) });
    expect(p).toMatchObject({ jobId: 42, progress: null });
    p = phaseReducer(p, { type: 'progress', jobId: 42, progress: progress(30) });
    expect(p).toMatchObject({ jobId: 42, progress: { rowsDone: 30 } });
    // Another upload's reference does not claim this one.
    expect(phaseReducer(p, { type: 'job', ref: 'ref-other-000000000', jobId: 7 })).toBe(p);
  });

  it('ends an import as imported, a failure as failed, and ignores a late answer', () => {
    const started = run([
      { type: 'start', dryRun: false, total: 10, ref: REF },
      { type: 'sent', ref: REF },
    ]);
    const done = result(false, 10, 0);
    expect(phaseReducer(started, { type: 'answered', ref: REF, result: done, key: 'k' })).toEqual({
      step: 'imported',
      result: done,
    });
    const failed = phaseReducer(started, {
      type: 'failed',
      ref: REF,
      message: 'The upload was interrupted',
      result: null,
    });
    expect(failed).toEqual({ step: 'failed', message: 'The upload was interrupted', result: null });
    // A progress read that lands after the answer changes nothing.
    expect(phaseReducer(failed, { type: 'progress', jobId: 42, progress: progress(5) })).toBe(
      failed,
    );
    expect(phaseReducer(failed, { type: 'reset' })).toEqual(IDLE);
  });

  it('starts no second upload while one is under way, and does not reset it', () => {
    const p = run([{ type: 'start', dryRun: true, total: 10, ref: REF }]);
    expect(
      phaseReducer(p, { type: 'start', dryRun: false, total: 5, ref: 'ref-2222222222222222' }),
    ).toBe(p);
    expect(phaseReducer(p, { type: 'reset' })).toBe(p);
  });

  it('keeps a check only for the choices it was run on, and imports only what may be', () => {
    const p = run([
      { type: 'start', dryRun: true, total: 10, ref: REF },
      { type: 'answered', ref: REF, result: result(true, 8, 2), key: 'k1' },
    ]);
    expect(currentCheck(p, 'k1')?.counts.valid).toBe(8);
    expect(currentCheck(p, 'k2')).toBeNull();
    // 2 rejected rows: all-or-nothing may not import; valid-only may; never while busy.
    expect(mayCommit(currentCheck(p, 'k1'), false, false)).toBe(false);
    expect(mayCommit(currentCheck(p, 'k1'), true, false)).toBe(true);
    expect(mayCommit(currentCheck(p, 'k1'), true, true)).toBe(false);
    expect(mayCommit(result(true, 0, 3), true, false)).toBe(false);
  });
});
