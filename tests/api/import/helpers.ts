/** Helpers of the import tests: run an import from text, and count what the database holds. */
import { Readable } from 'node:stream';
import type { Db } from '../../../api/db/connection';
import { runImport, type ImportRequest, type ImportResult } from '../../../api/import/commit';

export function streamOf(content: string | Buffer, chunkSize = 64 * 1024): Readable {
  const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const chunks: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunkSize) chunks.push(buf.subarray(i, i + chunkSize));
  return Readable.from(chunks);
}

export function importText(
  db: Db,
  kind: ImportRequest['kind'],
  content: string | Buffer,
  options: Partial<Omit<ImportRequest, 'kind' | 'input'>> = {},
): Promise<ImportResult> {
  return runImport(db.knex, db.kind, {
    kind,
    datasetName: 'Test dataset',
    fileName: 'test.csv',
    input: streamOf(content),
    ...options,
  });
}

/** Row counts of every table an import may write, to show that a rejected file changed nothing. */
export async function tableCounts(db: Db): Promise<Record<string, number>> {
  const tables = [
    'datasets',
    'organizations',
    'grants',
    'trainings',
    'service_records',
    'research_outputs',
    'need_indicators',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await db.knex(t).count<{ n: number }[]>({ n: '*' });
    out[t] = Number(row?.n ?? 0);
  }
  return out;
}

export const GRANT_HEADER =
  'grant_id,funder,recipient,fiscal_year,amount_usd,trafficking_type,labor_share,service_category,country,us_state,description';
