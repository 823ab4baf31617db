import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  MOVE,
  RENAME,
  UPDATE,
  REORDER,
  SET_ACTIVE,
  CREATE,
  auditOf,
  cat,
  childCodes,
  databaseState,
  ok,
  refused,
  stored,
  type Category,
} from './complaint-categories-helpers';

describe('complaint-category tree: move, reorder, activate', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('moves a category with its subtree and recomputes path and depth below it', async () => {
    const a = await cat(h, 'MV-A');
    const a1 = await cat(h, 'MV-A1', a);
    const a1x = await cat(h, 'MV-A1X', a1);
    const a2 = await cat(h, 'MV-A2', a);
    const b = await cat(h, 'MV-B');
    const b1 = await cat(h, 'MV-B1', b);

    const moved = await ok<Category>(h, MOVE, { id: a1.id, parentId: b.id, order: 0 });
    expect(moved).toMatchObject({
      code: 'MV-A1',
      parent: { code: 'MV-B' },
      path: ['MV-B', 'MV-A1'],
      depth: 1,
    });
    expect(moved.order).toBe(0);
    expect(await stored(h, 'MV-A1X')).toMatchObject({ path: ['MV-B', 'MV-A1', 'MV-A1X'], depth: 2 });
    expect(await childCodes(h, 'MV-B')).toEqual(['MV-A1', 'MV-B1']);
    expect((await stored(h, 'MV-B1'))!.order).toBe(1);
    expect(await childCodes(h, 'MV-A')).toEqual(['MV-A2']);

    const audit = await auditOf(h, 'MV-A1');
    expect(audit.map((e) => e.action)).toEqual(['category.create', 'category.move']);
    expect(audit[1]).toMatchObject({
      actor: 'admin',
      details: {
        before: { parentCode: 'MV-A', path: ['MV-A', 'MV-A1'], order: 0 },
        after: { parentCode: 'MV-B', path: ['MV-B', 'MV-A1'], order: 0 },
        subtreeSize: 2,
      },
    });

    // Deeper: the whole B subtree (with A1 and A1X) under A2.
    await ok<Category>(h, MOVE, { id: b.id, parentId: a2.id });
    expect(await stored(h, 'MV-A1X')).toMatchObject({
      path: ['MV-A', 'MV-A2', 'MV-B', 'MV-A1', 'MV-A1X'],
      depth: 4,
    });
    expect(await stored(h, 'MV-B1')).toMatchObject({ path: ['MV-A', 'MV-A2', 'MV-B', 'MV-B1'], depth: 3 });

    // Back to the roots, first among them.
    const root = await ok<Category>(h, MOVE, { id: b.id, parentId: null, order: 0 });
    expect(root).toMatchObject({ parent: null, path: ['MV-B'], depth: 0, order: 0 });
    expect((await childCodes(h, null))[0]).toBe('MV-B');
    expect(await stored(h, 'MV-A1X')).toMatchObject({ path: ['MV-B', 'MV-A1', 'MV-A1X'], depth: 2 });
    expect(a1x.code).toBe('MV-A1X');
    expect(b1.code).toBe('MV-B1');
  });

  it('refuses to move a category under itself or a descendant, and writes nothing', async () => {
    const p = await cat(h, 'SELF-P');
    const c = await cat(h, 'SELF-C', p);
    const g = await cat(h, 'SELF-G', c);
    const before = await databaseState(h);

    for (const target of [p, c, g]) {
      const err = await refused(h, MOVE, { id: p.id, parentId: target.id });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['parentId'] });
    }
    expect(await databaseState(h)).toEqual(before);
  });

  it('refuses unknown ids, positions out of range and inactive parents, and writes nothing', async () => {
    const x = await cat(h, 'REF-X');
    const y = await cat(h, 'REF-Y');
    await cat(h, 'REF-Y1', y);
    const off = await cat(h, 'REF-OFF');
    await ok(h, SET_ACTIVE, { id: off.id, active: false });
    const before = await databaseState(h);

    expect((await refused(h, MOVE, { id: 'bm9wZQ', parentId: y.id })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      fieldPath: ['id'],
    });
    const ghost = Buffer.from('ComplaintCategory:0123456789abcdef01234567').toString('base64url');
    expect((await refused(h, MOVE, { id: x.id, parentId: ghost })).extensions).toMatchObject({
      code: 'NOT_FOUND',
      fieldPath: ['parentId'],
    });
    expect((await refused(h, MOVE, { id: x.id, parentId: y.id, order: 2 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['order'],
    });
    expect((await refused(h, MOVE, { id: x.id, parentId: y.id, order: -1 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['order'],
    });
    const inactive = await refused(h, MOVE, { id: x.id, parentId: off.id });
    expect(inactive.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['parentId'] });
    expect(inactive.extensions!.messages!.en).toMatch(/REF-OFF.*inactive/);
    expect(await databaseState(h)).toEqual(before);
  });

  it('reorders all children of a parent at once', async () => {
    const p = await cat(h, 'RO-P');
    const [c1, c2, c3] = [await cat(h, 'RO-1', p), await cat(h, 'RO-2', p), await cat(h, 'RO-3', p)];
    const result = await ok<Category[]>(h, REORDER, { parentId: p.id, orderedIds: [c3!.id, c1!.id, c2!.id] });
    expect(result.map((c) => [c.code, c.order])).toEqual([
      ['RO-3', 0],
      ['RO-1', 1],
      ['RO-2', 2],
    ]);
    expect(await childCodes(h, 'RO-P')).toEqual(['RO-3', 'RO-1', 'RO-2']);
    const audit = await auditOf(h, 'RO-P');
    expect(audit.at(-1)).toMatchObject({
      action: 'category.reorder',
      details: { before: ['RO-1', 'RO-2', 'RO-3'], after: ['RO-3', 'RO-1', 'RO-2'] },
    });

    // The roots too (parentId omitted): every root, reversed.
    const roots = (await childCodes(h, null)).reverse();
    const ids = await Promise.all(roots.map(async (code) => idOf(await stored(h, code))));
    const reordered = await ok<Category[]>(h, REORDER, { orderedIds: ids });
    expect(reordered.map((c) => c.code)).toEqual(roots);
    expect((await auditOf(h, '(roots)')).at(-1)!.details).toMatchObject({ after: roots });
  });

  it('refuses a reorder whose list is not exactly the current children, and writes nothing', async () => {
    const p = await cat(h, 'RB-P');
    const [c1, c2] = [await cat(h, 'RB-1', p), await cat(h, 'RB-2', p)];
    const stranger = await cat(h, 'RB-X');
    const before = await databaseState(h);

    const cases: [string[], (string | number)[]][] = [
      [[c1.id], ['orderedIds']], // a child missing
      [
        [c1.id, c2.id, stranger.id],
        ['orderedIds', 2],
      ], // not a child
      [
        [c1.id, c1.id, c2.id],
        ['orderedIds', 1],
      ], // twice
      [
        [c1.id, 'bm9wZQ'],
        ['orderedIds', 1],
      ], // not an id at all
    ];
    for (const [orderedIds, fieldPath] of cases) {
      const err = await refused(h, REORDER, { parentId: p.id, orderedIds });
      expect(err.extensions, JSON.stringify(orderedIds)).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath });
    }
    const noParent = await refused(h, REORDER, { parentId: 'bm9wZQ', orderedIds: [] });
    expect(noParent.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['parentId'] });
    expect(await databaseState(h)).toEqual(before);
  });

  it('deactivates and reactivates a whole subtree; inactive categories take no new children', async () => {
    const p = await cat(h, 'ACT-P');
    const c = await cat(h, 'ACT-C', p);
    const g = await cat(h, 'ACT-G', c);

    const off = await ok<Category>(h, SET_ACTIVE, { id: p.id, active: false });
    expect(off.active).toBe(false);
    for (const code of ['ACT-C', 'ACT-G']) expect((await stored(h, code))!.active).toBe(false);
    expect((await auditOf(h, 'ACT-P')).at(-1)).toMatchObject({
      action: 'category.deactivate',
      details: { before: { active: true }, after: { active: false }, affected: ['ACT-P', 'ACT-C', 'ACT-G'] },
    });

    const activeTree = await h.gql<{ complaintCategoryTree: { code: string }[] }>(
      `query { complaintCategoryTree(activeOnly: true) { code } }`,
    );
    expect(activeTree.data!.complaintCategoryTree.map((r) => r.code)).not.toContain('ACT-P');

    const before = await databaseState(h);
    const under = await refused(h, CREATE, {
      input: { code: 'ACT-NEW', name: { zh: '新', en: 'New' }, parentId: c.id },
    });
    expect(under.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['input', 'parentId'] });
    const child = await refused(h, SET_ACTIVE, { id: g.id, active: true });
    expect(child.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['active'] });
    expect(await databaseState(h)).toEqual(before);

    // Deactivating again changes nothing and logs nothing.
    await ok(h, SET_ACTIVE, { id: p.id, active: false });
    expect(await databaseState(h)).toEqual(before);

    const on = await ok<Category>(h, SET_ACTIVE, { id: p.id, active: true });
    expect(on.active).toBe(true);
    for (const code of ['ACT-C', 'ACT-G']) expect((await stored(h, code))!.active).toBe(true);
    expect((await auditOf(h, 'ACT-P')).at(-1)).toMatchObject({
      action: 'category.activate',
      details: { affected: ['ACT-P', 'ACT-C', 'ACT-G'] },
    });

    const missing = await refused(h, SET_ACTIVE, { id: 'bm9wZQ', active: false });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['id'] });
  });

  it('serialises concurrent moves that would close a cycle: one wins, the other is refused', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await cat(h, `CY${round}-A`);
      const b = await cat(h, `CY${round}-B`);
      const results = await Promise.all([
        h.gql(MOVE, { id: a.id, parentId: b.id }),
        h.gql(MOVE, { id: b.id, parentId: a.id }),
      ]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const loser = results.find((r) => r.errors)!;
      expect(loser.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['parentId'] });
      const [sa, sb] = [(await stored(h, `CY${round}-A`))!, (await stored(h, `CY${round}-B`))!];
      const [child, parent] = sa.parentId ? [sa, sb] : [sb, sa];
      expect(child.parentId!.equals(parent._id)).toBe(true);
      expect(parent.parentId).toBeNull();
      expect(child.path).toEqual([parent.code, child.code]);
    }
  });

  it('does not lose either of two concurrent changes to the same category', async () => {
    // FerretDB writes a whole document back on update; without the write lock one of these would vanish.
    for (let round = 0; round < 5; round++) {
      const c = await cat(h, `LU${round}`);
      const target = await cat(h, `LU${round}-P`);
      const results = await Promise.all([
        h.gql(RENAME, { id: c.id, name: { zh: '新名称', en: 'New name' } }),
        h.gql(UPDATE, { id: c.id, input: { severity: 'CRITICAL', requiredFields: ['amount'] } }),
        h.gql(MOVE, { id: c.id, parentId: target.id }),
      ]);
      for (const r of results) expect(r.errors).toBeUndefined();
      expect(await stored(h, `LU${round}`)).toMatchObject({
        name: { zh: '新名称', en: 'New name' },
        severity: 'CRITICAL',
        requiredFields: ['amount'],
        parentId: expect.anything(),
        path: [`LU${round}-P`, `LU${round}`],
      });
    }
  });
});

function idOf(doc: { _id: { toHexString(): string } } | null): string {
  return Buffer.from(`ComplaintCategory:${doc!._id.toHexString()}`).toString('base64url');
}
