/**
 * Reads every page of a GraphQL connection, one request after another, following `endCursor`. `page`
 * returns the connection of one request, or the error that stops the reading.
 */
import type { AppError } from './graphql-error';

export interface ConnectionPage<N> {
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export async function readAllPages<N>(
  page: (after: string | null) => Promise<ConnectionPage<N> | AppError>,
): Promise<{ nodes: N[] } | { error: AppError }> {
  const nodes: N[] = [];
  let after: string | null = null;
  do {
    const result: ConnectionPage<N> | AppError = await page(after);
    if (!('edges' in result)) return { error: result };
    nodes.push(...result.edges.map((edge) => edge.node));
    after = result.pageInfo.hasNextPage ? (result.pageInfo.endCursor ?? null) : null;
  } while (after !== null);
  return { nodes };
}
