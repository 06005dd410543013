/** The state one import carries from step to step inside its transaction. */
import type { Knex } from 'knex';
import type { DbKind } from '../../db/connection';
import type { ImportProgress } from '../jobs';
import type { KindPlan } from '../kinds';
import type { TempLifetime } from '../merge';
import type { NeedInput } from '../needs';
import type { NotTraffickingRow } from '../rows';
import type { RowError } from '../validate';
import type { ImportRequest } from './request';

/** What the import has learnt so far; kept outside the transaction for the job's final row. */
export interface RunState {
  errors: RowError[];
  preview: Record<string, unknown>[];
  header: string[] | null;
  sha256: string | null;
  bytes: number | null;
  /** USAspending awards left out as not about trafficking: how many, and the first ones. */
  notAboutTrafficking: { rows: number; examples: NotTraffickingRow[] };
}

export interface ImportRun {
  /** The import's transaction; the database itself when it runs in batches (run/interleaved). */
  trx: Knex;
  dbKind: DbKind;
  request: ImportRequest;
  plan: KindPlan;
  jobId: number;
  datasetName: string;
  dryRun: boolean;
  validOnly: boolean;
  existing: { id: number; name: string } | null;
  progress: ImportProgress;
  /** Publishes `progress` (job list, callers). */
  report: () => void;
  state: RunState;
  /** How long the staging tables live: the transaction's (default) or the session's. */
  stageLifetime?: TempLifetime;
  /** Runs `work` as a named, timed step. */
  step: <T>(name: string, work: () => Promise<T>) => Promise<T>;
}

/** What reading the file left in the staging tables. */
export interface StagedFile {
  total: number;
  rejected: number;
  /** Need-indicator rows (converted as a whole file), empty for other kinds. */
  needs: NeedInput[];
}
