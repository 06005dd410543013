/**
 * While an upload is being processed, follows the job it started: first finds the job by the
 * upload's reference, then reads that job's progress, about every 0.7 s. Progress is a courtesy:
 * a failed read is ignored, and the upload's answer is what counts.
 */
import { useEffect, type Dispatch } from 'react';
import { fetchJob, fetchUploadJob } from './api';
import type { Phase, PhaseEvent } from './phase';

const EVERY_MS = 700;

export function useJobProgress(phase: Phase, dispatch: Dispatch<PhaseEvent>): void {
  const ref = phase.step === 'processing' ? phase.ref : null;
  const jobId = phase.step === 'processing' ? phase.jobId : null;
  useEffect(() => {
    if (ref === null) return;
    const c = new AbortController();
    const ignore = () => undefined;
    const t = setInterval(() => {
      if (jobId === null)
        fetchUploadJob(ref, c.signal).then(
          (r) => dispatch({ type: 'job', ref, jobId: r.jobId }),
          ignore,
        );
      else
        fetchJob(jobId, c.signal).then(
          (j) => dispatch({ type: 'progress', jobId: j.jobId, progress: j.progress }),
          ignore,
        );
    }, EVERY_MS);
    return () => {
      clearInterval(t);
      c.abort();
    };
  }, [ref, jobId, dispatch]);
}
