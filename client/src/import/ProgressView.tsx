/** The upload's progress (bytes sent), then its job's (rows read or written). */
import { formatBytes, jobProgressText, uploadPercent } from './helpers';
import type { Phase } from './phase';

export function ProgressView({ phase }: { phase: Phase }) {
  if (phase.step === 'uploading') {
    const pct = uploadPercent(phase.loaded, phase.total);
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <label htmlFor="upload-progress">
          Sending the file{pct !== null ? `: ${pct}%` : '…'}
          {phase.total ? ` of ${formatBytes(phase.total)}` : ''}
        </label>
        <progress id="upload-progress" max={100} value={pct ?? undefined} />
      </div>
    );
  }
  if (phase.step === 'processing') {
    const { text, percent } = jobProgressText(phase.progress);
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <label htmlFor="job-progress">{text}</label>
        <progress id="job-progress" max={100} value={percent ?? undefined} />
      </div>
    );
  }
  return null;
}
