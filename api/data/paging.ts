/** Cursor paging: an opaque cursor encodes the offset of the last item returned. */
import { BadUserInputError } from '../errors';

export const MAX_PAGE_SIZE = 500;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** The offset to start from, or a BAD_USER_INPUT error naming `after`. */
export function decodeCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const m = /^o:(\d+)$/.exec(text);
  if (!m) throw new BadUserInputError('after', 'The cursor in "after" is not one this API issued; pass an endCursor from a previous page.');
  return Number(m[1]) + 1;
}

/** Validates `first`. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `"first" must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${n}).`);
  }
  return n;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Builds a page from rows fetched with limit size+1. */
export function toPage<T>(rows: T[], offset: number, size: number, totalCount: number): Page<T> {
  const nodes = rows.slice(0, size);
  return {
    nodes,
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: nodes.length ? encodeCursor(offset + nodes.length - 1) : null,
    },
    totalCount,
  };
}
