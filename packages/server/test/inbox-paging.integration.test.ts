/**
 * The inbox's keyset pages (docs/cases.md): soonest due first, cases without a due time last, ties by
 * id; following `endCursor` never repeats or skips a case, even while cases are added between pages.
 * Cases are written straight into the projection (the inbox reads only the projection).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';

const PAGE = `query($first: Int, $after: String) {
  myInbox(first: $first, after: $after) {
    edges { cursor node { id reference dueAt } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;
const COUNT = `query { myInbox(first: 1) { totalCount } }`;

interface InboxPage {
  edges: { cursor: string; node: { id: string; reference: string; dueAt: string | null } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

let serial = 0;
function projection(assignee: Types.ObjectId, dueAt: Date | null, status = 'OPEN') {
  const open = status === 'OPEN' || status === 'PAUSED';
  const at = new Date('2026-11-01T00:00:00Z');
  return {
    _id: new Types.ObjectId(),
    reference: `T-2026-${String(++serial).padStart(6, '0')}`,
    templateKey: 'complaint-handling',
    version: 1,
    status,
    activeSteps: [],
    channel: 'API',
    customer: { masked: { name: '王*' } },
    categoryId: null,
    departmentCode: 'CUSTOMER_SERVICE',
    queueId: null,
    assigneeId: assignee,
    inboxKey: open ? assignee.toHexString() : null,
    dueAt,
    openedAt: at,
    closedAt: null,
    outcome: null,
    seq: 1,
    stateJson: 'null',
    headHash: '',
    updatedAt: at,
  };
}

/** The order the inbox promises: dated by (dueAt, id), then undated by id. */
function expectedOrder(docs: { reference: string; dueAt: Date | null; _id: Types.ObjectId }[]): string[] {
  const key = (d: (typeof docs)[0]) =>
    `${d.dueAt ? `0${String(d.dueAt.getTime()).padStart(16, '0')}` : '1'}:${d._id.toHexString()}`;
  return [...docs].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((d) => d.reference);
}

describe('inbox keyset paging', () => {
  let h: Harness;
  let token: string;
  let me: Types.ObjectId;
  const mine: ReturnType<typeof projection>[] = [];

  beforeAll(async () => {
    h = await startHarness();
    const id = ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username: 'inbox.owner',
            displayName: 'inbox.owner',
            password: 'correct horse battery',
            roles: ['agent'],
            departments: ['CUSTOMER_SERVICE'],
          },
        },
      ),
    ).createUser.id;
    me = new Types.ObjectId(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
    token = await h.login('inbox.owner', 'correct horse battery');
    const tie = new Date('2026-12-01T02:00:00Z');
    const due = (d: number) => new Date(Date.UTC(2026, 11, d, 1));
    // Ties on one due time, distinct due times out of order, and undated cases.
    for (const d of [tie, tie, tie, due(5), due(2), tie, due(9), null, due(2), null, tie, null, due(30)])
      mine.push(projection(me, d));
    const others = [
      projection(new Types.ObjectId(), due(1)),
      projection(new Types.ObjectId(), null),
      projection(me, due(1), 'CLOSED'),
      projection(me, null, 'RESOLVED'),
    ];
    await h.db.models.Case.collection.insertMany([...mine, ...others] as never[]);
  });
  afterAll(() => h.close());

  async function page(first: number, after?: string | null): Promise<InboxPage> {
    return ok(await h.gql<{ myInbox: InboxPage }>(PAGE, { first, after }, { as: token })).myInbox;
  }

  it('orders by due time, undated last, ties by id, across pages of every size', async () => {
    const want = expectedOrder(mine);
    for (const size of [1, 3, 4, 13, 50]) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const p = await page(size, after);
        expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...p.edges.map((e) => e.node.reference));
        pages++;
        if (!p.pageInfo.hasNextPage) break;
        expect(p.edges).toHaveLength(size);
        after = p.pageInfo.endCursor;
      }
      expect(seen, `page size ${size}`).toEqual(want);
      expect(pages).toBe(Math.max(1, Math.ceil(want.length / size)));
    }
  });

  it('neither repeats nor skips a case when cases are added between pages', async () => {
    const first = await page(5);
    const last = first.edges[4]!.node;
    const lastDoc = mine.find((d) => d.reference === last.reference)!;
    // One case sorting before the cursor (not shown: the client is past it), one after it on the same
    // due time (shown once), one undated (shown at the end).
    const before = projection(me, new Date('2026-12-01T00:00:00Z'));
    const sameTieAfter = projection(me, lastDoc.dueAt);
    const undated = projection(me, null);
    await h.db.models.Case.collection.insertMany([before, sameTieAfter, undated] as never[]);
    const rest: string[] = [];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const p = await page(4, after);
      rest.push(...p.edges.map((e) => e.node.reference));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const seen = [...first.edges.map((e) => e.node.reference), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    const all = [...mine, before, sameTieAfter, undated];
    const order = expectedOrder(all);
    const cut = order.indexOf(last.reference);
    expect(rest).toEqual(order.slice(cut + 1));
    expect(seen).not.toContain(before.reference);
    expect(rest).toContain(sameTieAfter.reference);
    expect(rest[rest.length - 1]).toBe(expectedOrder(all.filter((d) => d.dueAt === null)).pop());
    mine.push(before, sameTieAfter, undated);
  });

  it('counts the whole inbox only when totalCount is asked for', async () => {
    const res = ok(await h.gql<{ myInbox: { totalCount: number } }>(COUNT, {}, { as: token }));
    expect(res.myInbox.totalCount).toBe(mine.length);
  });

  it('refuses a cursor it did not issue', async () => {
    for (const after of [
      'bm9wZQ',
      Buffer.from('o:3').toString('base64url'),
      Buffer.from('i:x:1').toString('base64url'),
    ]) {
      const res = await h.gql(PAGE, { first: 2, after }, { as: token });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fieldPath).toEqual(['after']);
    }
  });
});
