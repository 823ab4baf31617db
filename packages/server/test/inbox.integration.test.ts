/**
 * The workspace inbox (`inbox`) and saved views, against the embedded database: the four views with
 * department scoping, filters, search by case number and by exact phone (blind index), SLA states
 * from the injectable case clock, keyset paging, and saved views per user with validation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { startHarness, type Harness } from './harness';
import { code, CUSTOMER, ok, OPEN, openInput, PHONE, setUpCases, type Staff } from './cases-helpers';

const ROWS = `query($view: InboxView!, $filter: InboxFilter, $first: Int, $after: String) {
  inbox(view: $view, filter: $filter, first: $first, after: $after) {
    edges { cursor node {
      case { id reference activeSteps assignee { username } }
      customerName customerPhone flowName { zh en } currentSteps { key name { zh en } }
      dueAt warningAt slaState } }
    pageInfo { hasNextPage hasPreviousPage endCursor } } }`;

interface Row {
  case: { id: string; reference: string; activeSteps: string[]; assignee: { username: string } | null };
  customerName: string;
  customerPhone: string | null;
  flowName: { zh: string; en: string };
  currentSteps: { key: string; name: { zh: string; en: string } }[];
  dueAt: string | null;
  warningAt: string | null;
  slaState: string;
}
interface InboxPage {
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const NOW = new Date('2026-11-20T02:00:00Z');
const HOUR = 3600_000;

describe('workspace inbox', () => {
  let h: Harness;
  let staff: Staff;
  let teammate: string;
  let policyAgent: string;
  const refs: Record<'mine' | 'queued' | 'policy' | 'team', { id: string; reference: string }> = {} as never;

  async function open(extra: Record<string, unknown>) {
    const res = ok(
      await h.gql<{ openCase: { case: { id: string; reference: string } } }>(OPEN, {
        input: openInput(extra),
      }),
    );
    return res.openCase.case;
  }
  async function assign(caseId: string, assigneeId: string) {
    ok(
      await h.gql(`mutation($c: ID!, $a: ID) { reassignCase(caseId: $c, assigneeId: $a) { case { id } } }`, {
        c: caseId,
        a: assigneeId,
      }),
    );
  }
  async function setDue(caseId: string, dueAt: Date | null) {
    const local = Buffer.from(caseId, 'base64url').toString('utf8').split(':')[1]!;
    await h.db.models.Case.collection.updateOne({ _id: new Types.ObjectId(local) }, { $set: { dueAt } });
  }
  async function inbox(
    as: string,
    view: string,
    filter?: Record<string, unknown>,
    first = 50,
    after?: string,
  ) {
    return h.gql<{ inbox: InboxPage }>(ROWS, { view, filter, first, after }, { as });
  }
  const refsOf = (p: InboxPage) => p.edges.map((e) => e.node.case.reference);

  beforeAll(async () => {
    h = await startHarness();
    setCaseClock(h.db.models, () => NOW);
    staff = await setUpCases(h);
    const user = async (username: string, departments: string[]) =>
      ok(
        await h.gql<{ createUser: { id: string } }>(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          {
            input: {
              username,
              displayName: username,
              password: 'correct horse battery',
              roles: ['agent', 'service-dept'],
              departments,
            },
          },
        ),
      ).createUser.id;
    const teammateId = await user('agent.cs2', ['CUSTOMER_SERVICE']);
    teammate = await h.login('agent.cs2', 'correct horse battery');
    policyAgent = staff.otherDept;
    const departments = ok(
      await h.gql<{ departments: { code: string; queues: { id: string }[] }[] }>(
        `{ departments { code queues { id } } }`,
      ),
    ).departments;
    const queue = (code: string) => departments.find((d) => d.code === code)!.queues[0]!.id;
    refs.mine = await open({ queueId: queue('CUSTOMER_SERVICE') });
    refs.queued = await open({
      queueId: queue('CUSTOMER_SERVICE'),
      channel: 'WEBSITE',
      customer: { ...CUSTOMER, phone: '13900001111', idNumber: null },
    });
    refs.policy = await open({ departmentCode: 'POLICY', queueId: queue('POLICY') });
    refs.team = await open({
      queueId: queue('CUSTOMER_SERVICE'),
      customer: { ...CUSTOMER, phone: '13900002222' },
    });
    await assign(refs.mine.id, staff.agentId);
    await assign(refs.team.id, teammateId);
    await setDue(refs.mine.id, new Date(NOW.getTime() - HOUR)); // breached
    await setDue(refs.queued.id, new Date(NOW.getTime() + 2 * HOUR)); // warning
    await setDue(refs.team.id, new Date(NOW.getTime() + 72 * HOUR)); // ok
    await setDue(refs.policy.id, new Date(NOW.getTime() + 3 * HOUR));
  });
  afterAll(async () => {
    setCaseClock(h.db.models, null);
    await h.close();
  });

  it('MY_CASES lists the caller’s cases with masked customer, flow and step names, SLA state', async () => {
    const page = ok(await inbox(staff.agent, 'MY_CASES')).inbox;
    expect(refsOf(page)).toEqual([refs.mine.reference]);
    const row = page.edges[0]!.node;
    expect(row.customerName).toBe('张*');
    expect(row.customerPhone).toBe('138****5678');
    expect(JSON.stringify(row)).not.toContain(PHONE);
    expect(row.flowName.zh).not.toBe('complaint-handling');
    expect(row.currentSteps.map((s) => s.key)).toEqual(row.case.activeSteps);
    expect(row.currentSteps.length).toBeGreaterThan(0);
    expect(row.currentSteps[0]!.name.zh).not.toBe(row.currentSteps[0]!.key);
    expect(row.slaState).toBe('BREACHED');
    expect(new Date(row.dueAt!).getTime() - new Date(row.warningAt!).getTime()).toBe(24 * HOUR);
  });

  it('MY_QUEUES, UNASSIGNED and MY_TEAM respect the caller’s departments', async () => {
    const queues = refsOf(ok(await inbox(staff.agent, 'MY_QUEUES')).inbox);
    expect(queues).toEqual([refs.mine.reference, refs.queued.reference, refs.team.reference]);
    expect(refsOf(ok(await inbox(staff.agent, 'UNASSIGNED')).inbox)).toEqual([refs.queued.reference]);
    expect(refsOf(ok(await inbox(policyAgent, 'UNASSIGNED')).inbox)).toEqual([refs.policy.reference]);
    expect(refsOf(ok(await inbox(staff.agent, 'MY_TEAM')).inbox)).toEqual([
      refs.mine.reference,
      refs.team.reference,
    ]);
    expect(refsOf(ok(await inbox(policyAgent, 'MY_TEAM')).inbox)).toEqual([]);
    expect(refsOf(ok(await inbox(teammate, 'MY_CASES')).inbox)).toEqual([refs.team.reference]);
  });

  it('filters by SLA state, channel, flow, step and opening date', async () => {
    const by = async (filter: Record<string, unknown>) =>
      refsOf(ok(await inbox(staff.agent, 'MY_QUEUES', filter)).inbox);
    expect(await by({ slaStates: ['BREACHED'] })).toEqual([refs.mine.reference]);
    expect(await by({ slaStates: ['WARNING'] })).toEqual([refs.queued.reference]);
    expect(await by({ slaStates: ['OK'] })).toEqual([refs.team.reference]);
    expect(await by({ slaStates: ['OK', 'WARNING'] })).toEqual([refs.queued.reference, refs.team.reference]);
    expect(await by({ channels: ['WEBSITE'] })).toEqual([refs.queued.reference]);
    expect(await by({ templateKeys: ['no-such-flow'] })).toEqual([]);
    expect(await by({ templateKeys: ['complaint-handling'] })).toHaveLength(3);
    const row = ok(await inbox(staff.agent, 'MY_CASES')).inbox.edges[0]!.node;
    expect(await by({ stepKey: row.case.activeSteps[0] })).toHaveLength(3);
    expect(await by({ stepKey: 'no-such-step' })).toEqual([]);
    expect(await by({ openedFrom: new Date(NOW.getTime() + HOUR).toISOString() })).toEqual([]);
    expect(await by({ openedFrom: new Date(NOW.getTime() - HOUR).toISOString() })).toHaveLength(3);
    const rows = ok(await inbox(staff.agent, 'MY_QUEUES')).inbox.edges.map((e) => e.node.slaState);
    expect(rows).toEqual(['BREACHED', 'WARNING', 'OK']);
  });

  it('searches by case number and by exact phone through the blind index, never by a fragment', async () => {
    const search = async (as: string, view: string, s: string) =>
      refsOf(ok(await inbox(as, view, { search: s })).inbox);
    expect(await search(staff.agent, 'MY_QUEUES', refs.queued.reference.toLowerCase())).toEqual([
      refs.queued.reference,
    ]);
    expect(await search(staff.agent, 'MY_QUEUES', '139 0000 1111')).toEqual([refs.queued.reference]);
    expect(await search(staff.agent, 'MY_QUEUES', PHONE)).toEqual([refs.mine.reference]);
    // Another department's case is not found by its number.
    expect(await search(staff.agent, 'UNASSIGNED', refs.policy.reference)).toEqual([]);
    const fragment = await inbox(staff.agent, 'MY_QUEUES', { search: '1390000' });
    expect(code(fragment)).toBe('BAD_USER_INPUT');
    expect(fragment.errors?.[0]?.extensions?.['fieldPath']).toEqual(['filter', 'search']);
  });

  it('pages by due time with a keyset cursor', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const p = ok(await inbox(staff.agent, 'MY_QUEUES', undefined, 1, after)).inbox;
      seen.push(...refsOf(p));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor!;
    }
    expect(seen).toEqual([refs.mine.reference, refs.queued.reference, refs.team.reference]);
    expect(code(await inbox(staff.agent, 'MY_QUEUES', undefined, 1, 'bogus'))).toBe('BAD_USER_INPUT');
  });

  it('refuses a bad filter with its field path', async () => {
    const bad = await inbox(staff.agent, 'MY_QUEUES', { categoryId: 'nope' });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.['fieldPath']).toEqual(['filter', 'categoryId']);
    const range = await inbox(staff.agent, 'MY_QUEUES', {
      openedFrom: NOW.toISOString(),
      openedTo: new Date(NOW.getTime() - HOUR).toISOString(),
    });
    expect(range.errors?.[0]?.extensions?.['fieldPath']).toEqual(['filter', 'openedTo']);
  });

  it('a resolved case stays in the queue views until it is closed, as the queue counts count it', async () => {
    const local = Buffer.from(refs.queued.id, 'base64url').toString('utf8').split(':')[1]!;
    const setStatus = (status: string) =>
      h.db.models.Case.collection.updateOne({ _id: new Types.ObjectId(local) }, { $set: { status } });
    try {
      await setStatus('RESOLVED');
      expect(refsOf(ok(await inbox(staff.agent, 'UNASSIGNED')).inbox)).toEqual([refs.queued.reference]);
      expect(refsOf(ok(await inbox(staff.agent, 'MY_QUEUES')).inbox)).toContain(refs.queued.reference);
      await setStatus('CLOSED');
      expect(refsOf(ok(await inbox(staff.agent, 'UNASSIGNED')).inbox)).toEqual([]);
      expect(refsOf(ok(await inbox(staff.agent, 'MY_QUEUES')).inbox)).not.toContain(refs.queued.reference);
    } finally {
      await setStatus('OPEN');
    }
  });

  it('lists the users a supervisor may reassign to: their departments’ active staff', async () => {
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'lead.cs',
          displayName: 'lead.cs',
          password: 'correct horse battery',
          roles: ['supervisor'],
          departments: ['CUSTOMER_SERVICE'],
        },
      }),
    );
    const lead = await h.login('lead.cs', 'correct horse battery');
    const ASSIGNABLE = `{ assignableUsers { username } }`;
    const names = ok(
      await h.gql<{ assignableUsers: { username: string }[] }>(ASSIGNABLE, {}, { as: lead }),
    ).assignableUsers.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['agent.cs', 'agent.cs2', 'lead.cs', 'officer.pii']));
    expect(names).not.toContain('agent.policy');
    expect(code(await h.gql(ASSIGNABLE, {}, { as: staff.agent }))).toBe('FORBIDDEN');
  });

  describe('saved views', () => {
    const SAVE = `mutation($input: SaveInboxViewInput!) { saveInboxView(input: $input) { id name view filter } }`;
    const LIST = `{ inboxViews { id name view filter } }`;
    const DELETE = `mutation($id: ID!) { deleteInboxView(id: $id) }`;
    type Saved = { id: string; name: string; view: string; filter: Record<string, unknown> };

    it('saves, replaces by name, lists per user and deletes only the owner’s', async () => {
      const first = ok(
        await h.gql<{ saveInboxView: Saved }>(
          SAVE,
          {
            input: { name: ' 超时 ', view: 'MY_QUEUES', filter: { slaStates: ['BREACHED'], search: PHONE } },
          },
          { as: staff.agent },
        ),
      ).saveInboxView;
      expect(first).toMatchObject({ name: '超时', view: 'MY_QUEUES', filter: { slaStates: ['BREACHED'] } });
      expect(first.filter).not.toHaveProperty('search');
      const replaced = ok(
        await h.gql<{ saveInboxView: Saved }>(
          SAVE,
          { input: { name: '超时', view: 'UNASSIGNED', filter: { channels: ['WEBSITE'] } } },
          { as: staff.agent },
        ),
      ).saveInboxView;
      expect(replaced.id).toBe(first.id);
      ok(await h.gql(SAVE, { input: { name: 'A', view: 'MY_CASES' } }, { as: staff.agent }));
      const mine = ok(await h.gql<{ inboxViews: Saved[] }>(LIST, {}, { as: staff.agent })).inboxViews;
      expect(mine.map((v) => [v.name, v.view])).toEqual([
        ['A', 'MY_CASES'],
        ['超时', 'UNASSIGNED'],
      ]);
      expect(ok(await h.gql<{ inboxViews: Saved[] }>(LIST, {}, { as: teammate })).inboxViews).toEqual([]);
      // Another user cannot delete it; the owner can, once.
      expect(
        ok(await h.gql<{ deleteInboxView: boolean }>(DELETE, { id: first.id }, { as: teammate }))
          .deleteInboxView,
      ).toBe(false);
      expect(
        ok(await h.gql<{ deleteInboxView: boolean }>(DELETE, { id: first.id }, { as: staff.agent }))
          .deleteInboxView,
      ).toBe(true);
      expect(
        ok(await h.gql<{ deleteInboxView: boolean }>(DELETE, { id: first.id }, { as: staff.agent }))
          .deleteInboxView,
      ).toBe(false);
      const after = ok(await h.gql<{ inboxViews: Saved[] }>(LIST, {}, { as: staff.agent })).inboxViews;
      expect(after.map((v) => v.name)).toEqual(['A']);
    });

    it('validates the name and the filter', async () => {
      const empty = await h.gql(SAVE, { input: { name: '  ', view: 'MY_CASES' } }, { as: staff.agent });
      expect(code(empty)).toBe('BAD_USER_INPUT');
      expect(empty.errors?.[0]?.extensions?.['fieldPath']).toEqual(['input', 'name']);
      const long = await h.gql(
        SAVE,
        { input: { name: 'x'.repeat(41), view: 'MY_CASES' } },
        { as: staff.agent },
      );
      expect(code(long)).toBe('BAD_USER_INPUT');
      const badDate = await h.gql(
        SAVE,
        { input: { name: 'd', view: 'MY_CASES', filter: { dueFrom: 'not a date' } } },
        { as: staff.agent },
      );
      expect(code(badDate)).toBe('BAD_USER_INPUT');
      const badQueue = await h.gql(
        SAVE,
        { input: { name: 'q', view: 'MY_CASES', filter: { queueId: 'x' } } },
        { as: staff.agent },
      );
      expect(badQueue.errors?.[0]?.extensions?.['fieldPath']).toEqual(['input', 'filter', 'queueId']);
    });
  });
});
