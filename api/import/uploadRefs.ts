/**
 * An upload's reference: a random token the page sends with its upload, so that it can find the
 * job the upload started (and follow that job's progress, not another's) before the upload is
 * answered with the job's result. Held in this process's memory while the import runs: behind
 * several processes a lookup may miss, and the page then shows no progress until the answer.
 */
const refs = new Map<string, { jobId: number; userId: number }>();

/** A reference the page may send: 16 to 64 letters, digits or dashes. */
export const UPLOAD_REF = /^[A-Za-z0-9-]{16,64}$/;

export function rememberUpload(ref: string, jobId: number, userId: number): void {
  refs.set(ref, { jobId, userId });
}

export function forgetUpload(ref: string): void {
  refs.delete(ref);
}

/** The job of the caller's upload with this reference, or null (unknown, ended, or not theirs). */
export function jobOfUpload(ref: string, userId: number): number | null {
  const r = refs.get(ref);
  return r && r.userId === userId ? r.jobId : null;
}
