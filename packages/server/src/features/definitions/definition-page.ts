/**
 * Relay pages read from the database a page at a time (skip/limit on an indexed order), with the
 * cursors and size bounds of graphql/pagination.ts, so a client that follows `endCursor` sees the same
 * cursors as on every other connection.
 */
import { checkPageSize, decodeCursor, encodeCursor, type Page } from '../../graphql/pagination';

export async function pageFromDatabase<T>(
  first: number | null | undefined,
  after: string | null | undefined,
  count: () => Promise<number>,
  fetch: (skip: number, limit: number) => Promise<T[]>,
): Promise<Page<T>> {
  const size = checkPageSize(first);
  const start = after ? decodeCursor(after) + 1 : 0;
  // One extra item tells whether another page follows without trusting the count under concurrent writes.
  const [totalCount, items] = await Promise.all([count(), fetch(start, size + 1)]);
  const slice = items.slice(0, size);
  const edges = slice.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > size,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
