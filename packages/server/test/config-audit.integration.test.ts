/**
 * The configuration audit log as the audit page reads it: entries written by real mutations, filtered
 * by entity type, key search, actor and time, paged by keyset, actors in words; and the case chain
 * check's findings in words with the case's reference.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GqlResponse, type Harness } from './harness';
import { OPEN, code, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';

interface Entry {
  at: string;
  actor: string;
  actorName: string;
  action: string;
  entityType: string;
  entityKey: string;
  details: Record<string, unknown> | null;
}
interface LogPage {
  configAuditLog: {
    totalCount: number;
    edges: { cursor: string; node: Entry }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const LOG = `query($filter: ConfigAuditFilter, $first: Int, $after: String, $type: String, $key: String) {
  configAuditLog(filter: $filter, first: $first, after: $after, entityType: $type, entityKey: $key) {
    totalCount
    edges { cursor node { at actor actorName action entityType entityKey details } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const FACETS = `query { configAuditFacets { entityTypes actors { key name entries } } }`;
const CREATE_CATEGORY = `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id code } }`;
const RENAME_CATEGORY = `mutation($id: ID!, $name: LocalizedTextInput!) { renameComplaintCategory(id: $id, name: $name) { code } }`;
const VERIFY = `query($id: ID) { verifyAudit(caseId: $id) { ok casesChecked eventsChecked firstBroken { caseId seq reason caseReference explanation { zh en } } } }`;

const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

function data<T>(res: GqlResponse<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

describe('configuration audit log: filters, keyset paging, actors in words', () => {
  let h: Harness;
  let staff: Staff;
  let supervisor: string;
  let categoryId: string;

  const log = async (variables: Record<string, unknown>, as?: string) =>
    data(await h.gql<LogPage>(LOG, { first: 200, ...variables }, as ? { as } : {})).configAuditLog;

  beforeAll(async () => {
    h = await startHarness();
    // Admin: publishes the complaint flow, creates roles and users (all audited).
    staff = await setUpCases(h);
    data(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'sup.wang',
          displayName: '王主管',
          password: 'correct horse battery',
          roles: ['supervisor'],
          departments: ['CUSTOMER_SERVICE'],
        },
      }),
    );
    supervisor = await h.login('sup.wang', 'correct horse battery');
    // The supervisor: a category created and renamed.
    categoryId = data(
      await h.gql<{ createComplaintCategory: { id: string } }>(
        CREATE_CATEGORY,
        { input: { code: 'FEES-CARD', name: { zh: '卡费', en: 'Card fees' }, severity: 'MEDIUM' } },
        { as: supervisor },
      ),
    ).createComplaintCategory.id;
    data(
      await h.gql(
        RENAME_CATEGORY,
        { id: categoryId, name: { zh: '信用卡费用', en: 'Credit card fees' } },
        { as: supervisor },
      ),
    );
    // And the administrator's own category.
    data(
      await h.gql(CREATE_CATEGORY, {
        input: { code: 'LOANS', name: { zh: '贷款', en: 'Loans' }, severity: 'HIGH' },
      }),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('filters by entity type and by actor, and names the actor by display name', async () => {
    const categories = await log({ filter: { entityTypes: ['ComplaintCategory'] } });
    expect(categories.edges.map((e) => e.node.action)).toEqual([
      'category.create',
      'category.rename',
      'category.create',
    ]);
    expect(categories.totalCount).toBe(3);

    const byWang = await log({ filter: { actor: 'sup.wang' } });
    expect(byWang.edges.map((e) => [e.node.action, e.node.entityKey])).toEqual([
      ['category.rename', 'FEES-CARD'],
      ['category.create', 'FEES-CARD'],
    ]);
    expect(byWang.edges.every((e) => e.node.actorName === '王主管')).toBe(true);
    const rename = byWang.edges[0]!.node;
    expect(rename.details).toEqual({
      before: { name: { zh: '卡费', en: 'Card fees' } },
      after: { name: { zh: '信用卡费用', en: 'Credit card fees' } },
    });

    // Both conditions hold together; the flow's publish is someone else's.
    const several = await log({
      filter: { entityTypes: ['FlowTemplate', 'ComplaintCategory'], actor: 'admin' },
    });
    expect(new Set(several.edges.map((e) => e.node.action))).toEqual(
      new Set(['flow.create', 'flow.publish', 'category.create']),
    );
    expect(several.edges.find((e) => e.node.action === 'flow.publish')!.node).toMatchObject({
      entityKey: 'complaint-handling',
      actorName: expect.any(String),
      details: { version: 1 },
    });
  });

  it('searches entity keys case-insensitively, as a literal (no pattern injection), and keeps the old arguments', async () => {
    const found = await log({ filter: { entityKeyContains: 'fees-' } });
    expect(found.edges.map((e) => e.node.entityKey)).toEqual(['FEES-CARD', 'FEES-CARD']);
    expect((await log({ filter: { entityKeyContains: '.*' } })).totalCount).toBe(0);
    const old = await log({ type: 'ComplaintCategory', key: 'LOANS' });
    expect(old.edges.map((e) => e.node.action)).toEqual(['category.create']);
    // The old argument and the new list must both hold.
    expect((await log({ type: 'User', filter: { entityTypes: ['ComplaintCategory'] } })).totalCount).toBe(0);
  });

  it('filters by time range and refuses a range that ends before it starts, in both languages', async () => {
    const all = await log({});
    const times = all.edges.map((e) => new Date(e.node.at).getTime());
    const newest = Math.max(...times);
    const inclusiveFrom = new Date(newest).toISOString();
    const recent = await log({ filter: { from: inclusiveFrom } });
    expect(recent.edges.length).toBe(times.filter((t) => t >= newest).length);
    expect(recent.edges.length).toBeGreaterThan(0);
    const before = await log({ filter: { to: inclusiveFrom } });
    expect(before.totalCount).toBe(all.totalCount - recent.totalCount);

    const res = await h.gql(LOG, {
      filter: { from: '2026-12-06T16:00:00.000Z', to: '2026-12-05T16:00:00.000Z' },
    });
    const err = res.errors![0]!;
    expect(err.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldPath: ['filter', 'to'],
      messages: { zh: '结束时间必须晚于开始时间。', en: 'The end must be after the start.' },
    });
    expect(code(await h.gql(LOG, { filter: { from: inclusiveFrom, to: inclusiveFrom } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('pages by keyset: every entry once, newest first, and new entries do not shift later pages', async () => {
    const all = (await log({})).edges.map((e) => e.node);
    expect(all.length).toBeGreaterThan(8);
    const seen: Entry[] = [];
    let after: string | null = null;
    let firstPage = true;
    for (;;) {
      const page: LogPage['configAuditLog'] = await log({ first: 3, after });
      seen.push(...page.edges.map((e) => e.node));
      if (firstPage) {
        firstPage = false;
        // Written after the first page was read: newer than everything, so it never appears later.
        data(
          await h.gql(CREATE_CATEGORY, {
            input: { code: 'LATE', name: { zh: '后来的', en: 'Late' }, severity: 'LOW' },
          }),
        );
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const bad = await h.gql(LOG, { after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['after'] });
  });

  it('lists the entity types and actors the log holds, and refuses an agent', async () => {
    const facets = data(
      await h.gql<{
        configAuditFacets: {
          entityTypes: string[];
          actors: { key: string; name: string; entries: number }[];
        };
      }>(FACETS),
    ).configAuditFacets;
    expect(facets.entityTypes).toEqual(['ComplaintCategory', 'FlowTemplate', 'Role', 'User']);
    expect(facets.actors).toContainEqual({ key: 'sup.wang', name: '王主管', entries: 2 });
    expect(facets.actors.map((a) => a.key)).toContain('admin');
    expect(code(await h.gql(FACETS, {}, { as: staff.agent }))).toBe('FORBIDDEN');
    expect(code(await h.gql(LOG, {}, { as: staff.agent }))).toBe('FORBIDDEN');
    // A supervisor holds audit.read.
    expect((await log({}, supervisor)).totalCount).toBeGreaterThan(0);
  });

  it('says in words why a case chain is broken, naming the case by reference', async () => {
    const opened = data(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent }),
    ).openCase.case;
    const intact = data(
      await h.gql<{ verifyAudit: { ok: boolean; firstBroken: unknown } }>(VERIFY, {}),
    ).verifyAudit;
    expect(intact).toMatchObject({ ok: true, firstBroken: null });

    await h.db.conn
      .db!.collection('case_events')
      .updateOne({ caseId: localId(opened.id), seq: 1 }, { $set: { 'data.tampered': true } });
    const broken = data(
      await h.gql<{
        verifyAudit: {
          ok: boolean;
          firstBroken: {
            caseId: string;
            seq: number;
            reason: string;
            caseReference: string | null;
            explanation: { zh: string; en: string };
          };
        };
      }>(VERIFY, {}),
    ).verifyAudit;
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken).toEqual({
      caseId: opened.id,
      seq: 1,
      reason: 'HASH_MISMATCH',
      caseReference: opened.reference,
      explanation: {
        zh: '该事件的内容在记录后被改动过（内容与其哈希不符）。',
        en: 'The event was altered after it was recorded (its content no longer matches its hash).',
      },
    });
  });
});
