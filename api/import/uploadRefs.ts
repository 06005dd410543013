/**
 * An upload's reference: a random token the page sends with its upload, so that it can find the
 * job the upload started (and follow that job's progress, not another's) before the upload is
 * answered with the job's result. Only the uploader finds the job by it, and only while the job
 * runs (the upload is answered as the job ends).
 *
 * The reference is stored with the job (import_jobs.upload_ref), so that behind several API
 * processes a lookup that reaches another process than the upload finds it too. This process's
 * own uploads are also held in memory and answered from there: on the embedded database (one
 * process, so memory knows every upload) a running import may hold the only connection, and
 * the page must not wait for the import to end to learn which job is its own.
 */
import type { Knex } from 'knex';
import { runningJobOfUpload } from '../data/importJobs';
import type { DbKind } from '../db/connection';

const here = new Map<string, { jobId: number; userId: number }>();

/** A reference the page may send: 16 to 64 letters, digits or dashes. */
export const UPLOAD_REF = /^[A-Za-z0-9-]{16,64}$/;

export function rememberUpload(ref: string, jobId: number, userId: number): void {
  here.set(ref, { jobId, userId });
}

export function forgetUpload(ref: string): void {
  here.delete(ref);
}

/** The running job of the caller's upload with this reference, or null (unknown, ended, or not theirs). */
export async function jobOfUpload(
  knex: Knex,
  dbKind: DbKind,
  ref: string,
  userId: number,
): Promise<number | null> {
  const local = here.get(ref);
  if (local && local.userId === userId) return local.jobId;
  if (dbKind === 'embedded') return null;
  return runningJobOfUpload(knex, ref, userId);
}
