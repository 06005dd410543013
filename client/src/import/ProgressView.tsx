/** The upload's progress (bytes sent), then its job's (rows read or written). */
import { formatBytes, plural, uploadPercent } from './helpers';
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
    const p = phase.progress;
    const verb = p?.phase === 'writing' ? 'Saving the rows' : 'Checking the rows';
    return (
      <div className="import-progress" role="status" aria-live="polite">
        <label htmlFor="job-progress">
          {verb}
          {p && p.rowsDone > 0
            ? `: ${plural(p.rowsDone, 'row')}${p.rowsTotal ? ` of ${p.rowsTotal.toLocaleString('en-US')}` : ''} done`
            : '…'}
        </label>
        <progress
          id="job-progress"
          max={100}
          value={p ? (uploadPercent(p.rowsDone, p.rowsTotal) ?? undefined) : undefined}
        />
      </div>
    );
  }
  return null;
}
