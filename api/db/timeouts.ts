/** PostgreSQL's answers when a session timeout cut a query off, as a domain error. */
import { QueryTimeoutError } from '../errors';

/** SQLSTATEs: query_canceled (statement_timeout), lock_not_available, idle-in-transaction. */
const TIMEOUT_MESSAGES: Record<string, string> = {
  '57014':
    'The database stopped this request because it ran longer than the server allows (STATEMENT_TIMEOUT_MS). Narrow it (fewer years, datasets or draws) and try again.',
  '55P03':
    'The database stopped this request because the data it needs was locked by other work (an import, for example) for longer than the server allows. Try again in a moment.',
  '25P03':
    'The database closed a transaction that stayed idle for longer than the server allows. Nothing was saved; try again.',
};

/** The QueryTimeoutError for a database error cut off by a timeout, else null. */
export function queryTimeoutOf(err: unknown): QueryTimeoutError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code in TIMEOUT_MESSAGES)) return null;
  return new QueryTimeoutError(TIMEOUT_MESSAGES[code]!);
}
