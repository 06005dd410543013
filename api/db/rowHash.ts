import { createHash } from 'node:crypto';

/** Content hash of a record's identifying fields: the identity of a row without an external id. */
export function rowHash(values: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 32);
}
