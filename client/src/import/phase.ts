/**
 * The import form's phases as a reducer: idle → uploading → processing → checked (a dry run) or
 * imported, or failed at any step. While processing, the page follows the job its own upload
 * started (found by the upload's reference, then by id), never another running job. Pure.
 */
import type { ImportResult, JobProgress } from './api';

export type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; dryRun: boolean; loaded: number; total: number | null; ref: string }
  | {
      step: 'processing';
      dryRun: boolean;
      ref: string;
      /** The upload's job, once found by its reference. */
      jobId: number | null;
      progress: JobProgress | null;
    }
  | { step: 'checked'; result: ImportResult; key: string }
  | { step: 'imported'; result: ImportResult }
  | { step: 'failed'; message: string; result: ImportResult | null };

export type PhaseEvent =
  /** An upload starts: a check (dry run) or an import, of a file of `total` bytes. */
  | { type: 'start'; dryRun: boolean; total: number | null; ref: string }
  | { type: 'sending'; ref: string; loaded: number; total: number }
  /** The whole file is sent; the server is reading (and maybe writing) the rows. */
  | { type: 'sent'; ref: string }
  /** The upload's reference resolved to its job. */
  | { type: 'job'; ref: string; jobId: number }
  | { type: 'progress'; jobId: number; progress: JobProgress }
  /** The upload was answered: `key` names the choices a check was run on. */
  | { type: 'answered'; ref: string; result: ImportResult; key: string }
  | { type: 'failed'; ref: string; message: string; result: ImportResult | null }
  | { type: 'reset' };

export const IDLE: Phase = { step: 'idle' };

/** Whether an upload is under way (the form's fields are locked). */
export function isBusy(p: Phase): boolean {
  return p.step === 'uploading' || p.step === 'processing';
}

/** The upload under way's reference, or null. */
function refOf(p: Phase): string | null {
  return p.step === 'uploading' || p.step === 'processing' ? p.ref : null;
}

export function phaseReducer(p: Phase, e: PhaseEvent): Phase {
  switch (e.type) {
    case 'start':
      // One upload at a time: the form is locked while one is under way.
      if (isBusy(p)) return p;
      return { step: 'uploading', dryRun: e.dryRun, loaded: 0, total: e.total, ref: e.ref };
    case 'sending':
      return p.step === 'uploading' && p.ref === e.ref
        ? { ...p, loaded: e.loaded, total: e.total }
        : p;
    case 'sent':
      return p.step === 'uploading' && p.ref === e.ref
        ? { step: 'processing', dryRun: p.dryRun, ref: p.ref, jobId: null, progress: null }
        : p;
    case 'job':
      return p.step === 'processing' && p.ref === e.ref && p.jobId === null
        ? { ...p, jobId: e.jobId }
        : p;
    case 'progress':
      // Only the upload's own job moves the bar.
      return p.step === 'processing' && p.jobId === e.jobId ? { ...p, progress: e.progress } : p;
    case 'answered':
      if (refOf(p) !== e.ref) return p;
      return e.result.dryRun
        ? { step: 'checked', result: e.result, key: e.key }
        : { step: 'imported', result: e.result };
    case 'failed':
      return refOf(p) === e.ref ? { step: 'failed', message: e.message, result: e.result } : p;
    case 'reset':
      return isBusy(p) ? p : IDLE;
  }
}

/** The result of a check that still applies: run on exactly the choices now made (`key`). */
export function currentCheck(p: Phase, key: string): ImportResult | null {
  return p.step === 'checked' && p.key === key ? p.result : null;
}

/** Whether the checked file may be imported: valid rows, and rejected ones only if left out. */
export function mayCommit(
  checked: ImportResult | null,
  validOnly: boolean,
  busy: boolean,
): boolean {
  return (
    checked !== null &&
    checked.counts.valid > 0 &&
    (checked.counts.rejected === 0 || validOnly) &&
    !busy
  );
}

/** A fresh reference for an upload (see api/import/uploadRefs.ts). */
export function newUploadRef(): string {
  return crypto.randomUUID();
}
