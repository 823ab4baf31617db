/**
 * Relay connections over an already ordered list. Cursors are opaque offsets; `first` is bounded so no
 * client can ask for everything at once.
 */
import { AppError } from '../errors/app-error';

export const MAX_PAGE_SIZE = 200;

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argName = 'after'): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d+)$/.exec(raw);
  if (!m) {
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
      { fieldPath: [argName] },
    );
  }
  return Number(m[1]);
}

export function checkPageSize(first: number | null | undefined, argName = 'first'): number {
  const n = first ?? 50;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new AppError(
      'BAD_USER_INPUT',
      {
        zh: `每页数量必须在 1 到 ${MAX_PAGE_SIZE} 之间。`,
        en: `Page size must be between 1 and ${MAX_PAGE_SIZE}.`,
      },
      { fieldPath: [argName] },
    );
  }
  return n;
}

export function paginate<T>(
  ordered: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
): Page<T> {
  const size = checkPageSize(first);
  const start = after ? decodeCursor(after) + 1 : 0;
  const slice = ordered.slice(start, start + size);
  const edges = slice.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + size < ordered.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: ordered.length,
  };
}
