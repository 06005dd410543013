/**
 * The interactive layer around a stateless renderer: hover or focus shows a tooltip, and the
 * arrow keys step through the values (read out by a live region) so a keyboard or screen-reader
 * user gets everything a mouse user does.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { HoverMark } from './types';

export interface PlotAreaProps {
  label: string;
  marks: HoverMark[];
  width: number;
  children: (active: string | null, setActive: (key: string | null) => void) => ReactNode;
  /** Enter or Space on the active value (e.g. to select a heat-table cell). */
  onEnter?: (key: string) => void;
}

export function PlotArea({ label, marks, width, children, onEnter }: PlotAreaProps) {
  const [active, setActive] = useState<string | null>(null);
  const hintId = useId();
  const mark = marks.find((m) => m.key === active) ?? null;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!marks.length) return;
    const i = marks.findIndex((m) => m.key === active);
    let next: number | null = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown')
      next = i < 0 ? 0 : Math.min(marks.length - 1, i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = i < 0 ? 0 : Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = marks.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && onEnter && active) {
      e.preventDefault();
      onEnter(active);
      return;
    } else if (e.key === 'Escape') {
      setActive(null);
      return;
    }
    if (next !== null) {
      e.preventDefault();
      setActive(marks[next]!.key);
    }
  }

  const align = mark
    ? mark.x < 110
      ? 'start'
      : mark.x > width - 110
        ? 'end'
        : 'middle'
    : 'middle';
  return (
    <div
      className="plot-area"
      tabIndex={0}
      role="group"
      aria-label={label}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      onBlur={() => setActive(null)}
    >
      <span id={hintId} className="visually-hidden">
        Use the arrow keys to read each value{onEnter ? '; Enter selects it' : ''}.
      </span>
      {children(active, setActive)}
      {mark && (
        <div
          className={`tooltip tooltip-${align}`}
          style={{ left: mark.x, top: mark.y }}
          aria-hidden="true"
        >
          <strong>{mark.title}</strong>
          {mark.lines.map((l) => (
            <span key={l}>{l}</span>
          ))}
        </div>
      )}
      <div className="visually-hidden" aria-live="polite">
        {mark ? `${mark.title}. ${mark.lines.join('. ')}` : ''}
      </div>
    </div>
  );
}
