/** What an import is asked to do, and what it answers. */
import type { Readable } from 'node:stream';
import type { ProvenanceInput } from '../dataset';
import type { ImportFileError } from '../errors';
import type { ImportCounts, ImportProgress, JobStatus } from '../jobs';
import type { TraffickingType } from '../../../core/vocabulary';
import type { NotTraffickingRow } from '../rows';
import type { ImportKind } from '../templates';
import type { RowError } from '../validate';

/** One timed step of an import (the benchmark prints them). */
export interface ImportStep {
  name: string;
  seconds: number;
}

export interface ImportRequest {
  kind: ImportKind;
  datasetName: string;
  fileName: string;
  input: Readable;
  /** File size when known (progress). */
  bytesTotal?: number | null;
  dryRun?: boolean;
  validOnly?: boolean;
  /** Provenance of the dataset; may resolve late (form fields sent after the file). */
  provenance?: () => ProvenanceInput | Promise<ProvenanceInput>;
  actorUserId?: number | null;
  /**
   * The organization whose data this is (HTTP imports: the steward's organization). The dataset
   * is matched by name among its datasets and created private to it. Null or absent: public
   * datasets without an owner (imports from the server's shell).
   */
  organizationId?: number | null;
  maxRowChars?: number;
  /**
   * USAspending only: import the awards the classifier finds not about trafficking with this type
   * (a steward's override, kept in each grant's classification). Default: leave them out.
   */
  notTraffickingAs?: TraffickingType | null;
  /** The uploading page's reference, kept with the job (api/import/uploadRefs.ts). */
  uploadRef?: string | null;
  onProgress?: (progress: ImportProgress & { jobId: number }) => void;
  /** Called as each step ends, with how long it took. */
  onStep?: (step: ImportStep) => void;
}

export interface ImportResult {
  jobId: number;
  status: JobStatus;
  dryRun: boolean;
  counts: ImportCounts;
  errors: RowError[];
  preview: Record<string, unknown>[];
  dataset: { id: number; name: string } | null;
  organizationsCreated: number;
  /**
   * USAspending awards the classifier found not about trafficking: how many were left out (or, with
   * notTraffickingAs, imported as that type), and the first MAX_ERRORS of them.
   */
  notAboutTrafficking: {
    rows: number;
    importedAs: TraffickingType | null;
    examples: NotTraffickingRow[];
  };
  message: string;
  /** The error that stopped the whole file, if one did (not serialized). */
  fileError?: ImportFileError;
}

export const MAX_ERRORS = 100;
export const PREVIEW_ROWS = 20;
/** Need-indicator files are converted as a whole (ALL rows need their LABOR row): keep them small. */
export const MAX_NEED_ROWS = 100_000;
