import { describe, expect, it } from 'vitest';
import { readAllPages } from './all-pages';
import type { AppError } from './graphql-error';

describe('readAllPages', () => {
  it('follows endCursor until the last page, in order', async () => {
    const asked: (string | null)[] = [];
    const pages: Record<string, { nodes: number[]; next: string | null }> = {
      start: { nodes: [1, 2], next: 'b' },
      b: { nodes: [3], next: 'c' },
      c: { nodes: [4, 5], next: null },
    };
    const read = await readAllPages<number>(async (after) => {
      asked.push(after);
      const p = pages[after ?? 'start']!;
      return {
        edges: p.nodes.map((node) => ({ node })),
        pageInfo: { hasNextPage: p.next !== null, endCursor: p.next },
      };
    });
    expect(read).toEqual({ nodes: [1, 2, 3, 4, 5] });
    expect(asked).toEqual([null, 'b', 'c']);
  });

  it('stops at the first error and returns it', async () => {
    const error = { kind: 'network' } as AppError;
    let calls = 0;
    const read = await readAllPages<number>(async () => {
      calls++;
      return calls === 1 ? { edges: [{ node: 1 }], pageInfo: { hasNextPage: true, endCursor: 'x' } } : error;
    });
    expect(read).toEqual({ error });
    expect(calls).toBe(2);
  });
});
