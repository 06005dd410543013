/**
 * Need-indicator files have the columns of reference-figures.csv, so published figures load as
 * they are. The rows are turned into records by the rules the seeds share (referenceRows.ts):
 * an ALL row becomes the non-labor remainder ALL - LABOR, and RESEARCH_OUTPUT rows (literature
 * counts) become research outputs. Checked first here, so that each problem names its line.
 */
import type { Confidence } from '../../core/vocabulary';
import { NEED_BASES } from '../../core/vocabulary';
import { toNeedRows, toResearchRows, type ReferenceRow } from './referenceRows';
import type { StagedRow } from './rows';
import type { Cells, RowError } from './validate';

export interface NeedInput {
  line: number;
  ref: ReferenceRow;
}

export interface LinedRow {
  line: number;
  row: StagedRow;
}

export function needInput(line: number, cells: Cells): NeedInput {
  const s = (k: string) => (typeof cells[k] === 'string' ? cells[k] : '');
  return {
    line,
    ref: {
      indicator: s('indicator'),
      basis: s('basis'),
      geography: s('geography'),
      year: cells.year as number,
      trafficking_type: s('trafficking_type'),
      value: cells.value as number,
      unit: s('unit'),
      source_title: s('source_title'),
      publisher: s('publisher'),
      source_url: s('source_url'),
      confidence: s('confidence') as Confidence,
      note: s('note'),
    },
  };
}

const isNeedBasis = (basis: string) => (NEED_BASES as readonly string[]).includes(basis);
const key = (r: ReferenceRow) => `${r.basis}|${r.geography}|${r.year}`;

/** Checks the rules that span rows, then converts with the seed's functions. */
export function buildNeedRows(inputs: NeedInput[]): {
  need: LinedRow[];
  research: LinedRow[];
  errors: RowError[];
  rejectedLines: Set<number>;
} {
  const errors: RowError[] = [];
  const rejectedLines = new Set<number>();
  const reject = (input: NeedInput, message: string) => {
    errors.push({ line: input.line, column: 'trafficking_type', value: 'ALL', message });
    rejectedLines.add(input.line);
  };
  const labor = new Map(
    inputs
      .filter((i) => isNeedBasis(i.ref.basis) && i.ref.trafficking_type === 'LABOR')
      .map((i) => [key(i.ref), i.ref.value]),
  );
  const researchTyped = new Map<number, number>();
  for (const i of inputs) {
    if (i.ref.basis === 'RESEARCH_OUTPUT' && i.ref.trafficking_type !== 'ALL') {
      researchTyped.set(i.ref.year, (researchTyped.get(i.ref.year) ?? 0) + i.ref.value);
    }
  }
  for (const i of inputs) {
    if (i.ref.trafficking_type !== 'ALL') continue;
    if (isNeedBasis(i.ref.basis)) {
      const laborValue = labor.get(key(i.ref));
      if (laborValue === undefined) {
        reject(
          i,
          `A published total (ALL) needs the LABOR figure of the same basis, geography and year (${i.ref.basis}, ${i.ref.geography}, ${i.ref.year}) in the file, so that the non-labor remainder can be computed.`,
        );
      } else if (laborValue > i.ref.value) {
        reject(
          i,
          `The total (ALL) ${i.ref.value} is smaller than its LABOR figure ${laborValue}; the remainder would be negative.`,
        );
      }
    } else {
      const typed = researchTyped.get(i.ref.year) ?? 0;
      if (typed > i.ref.value) {
        reject(
          i,
          `The total (ALL) ${i.ref.value} is smaller than the ${typed} outputs of the same year given by type.`,
        );
      }
    }
  }
  const kept = inputs.filter((i) => !rejectedLines.has(i.line));
  const needInputs = kept.filter((i) => isNeedBasis(i.ref.basis));
  const researchInputs = kept.filter((i) => i.ref.basis === 'RESEARCH_OUTPUT');
  const strip = ({ dataset_id: _d, ...row }: { dataset_id: number } & StagedRow) => row;
  // Both functions return one row per input row of their basis, in order: zip them with lines.
  const need = toNeedRows(
    0,
    needInputs.map((i) => i.ref),
  ).map((row, n) => ({
    line: needInputs[n]!.line,
    row: strip(row as unknown as { dataset_id: number } & StagedRow),
  }));
  const research = toResearchRows(
    0,
    researchInputs.map((i) => i.ref),
  ).map((row, n) => ({
    line: researchInputs[n]!.line,
    row: strip(row as unknown as { dataset_id: number } & StagedRow),
  }));
  return { need, research, errors, rejectedLines };
}

/** The one source of a file's figures, if they all come from one (for the dataset's provenance). */
export function singleSource(
  inputs: NeedInput[],
): { title: string; publisher: string; url: string | null } | null {
  const first = inputs[0]?.ref;
  if (!first) return null;
  const same = inputs.every(
    (i) =>
      i.ref.source_title === first.source_title &&
      i.ref.publisher === first.publisher &&
      i.ref.source_url === first.source_url,
  );
  return same
    ? { title: first.source_title, publisher: first.publisher, url: first.source_url || null }
    : null;
}
