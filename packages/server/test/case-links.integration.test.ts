/**
 * Linked cases over GraphQL: a collection-related complaint pauses the negotiation it refers to until it
 * ends; links are idempotent per pair; a crash between the steps is repaired by the links sweep.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseLinkService } from '../src/features/cases/links/case-links.service';
import { caseLinkModel } from '../src/features/cases/links/case-links.model';
import { CaseRuntime } from '../src/features/cases/runtime/case-runtime.service';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import { localObjectId } from '../src/features/cases/runtime/case-query.service';
import { startHarness, type Harness } from './harness';
import { code, ok, openInput, setUpCases, type Staff } from './cases-helpers';
import { createCategory, negotiationInput, openCase, publishNegotiation } from './case-links-helpers';

const LINK = `mutation($a: ID!, $b: ID!, $reason: String!, $key: String) {
  linkCases(caseId: $a, relatedCaseId: $b, reason: $reason, idempotencyKey: $key) {
    case { id status } events { seq type data } replayed } }`;
const LINKS = `query($id: ID!) { case(id: $id) { id status links { relation reason pausing at case { id status } } } }`;

interface LinkView {
  relation: string;
  reason: string;
  pausing: boolean;
  case: { id: string; status: string };
}

describe('linked cases', () => {
  let h: Harness;
  let staff: Staff;
  let collection: string;
  let service: string;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    await publishNegotiation(h);
    collection = await createCategory(h, 'LINK-DEBT', '债务催收');
    service = await createCategory(h, 'LINK-SVC', '服务态度及服务质量');
  });
  afterAll(async () => {
    await h?.close();
  });

  const complaint = (categoryId: string) => openCase(h, openInput({ categoryId }), staff.agent);
  const negotiation = () => openCase(h, negotiationInput(), staff.agent);
  const view = async (id: string) =>
    ok(await h.gql<{ case: { status: string; links: LinkView[] } }>(LINKS, { id }, { as: staff.agent })).case;
  const oid = (id: string) => localObjectId(id, 'Case')!;
  const eventsOf = (id: string, type: string) =>
    h.db.models.CaseEvent.countDocuments({ caseId: oid(id), type }).exec();
  const cancel = (id: string) =>
    h.gql(
      `mutation($id: ID!) { cancelCase(caseId: $id, reason: "撤诉") { case { status } } }`,
      { id },
      {
        as: staff.agent,
      },
    );

  it('a collection complaint pauses the negotiation it refers to, and its end resumes it', async () => {
    const n = await negotiation();
    const c = await complaint(collection);
    const linked = ok(
      await h.gql<{ linkCases: { case: { id: string }; events: { type: string; data: unknown }[] } }>(
        LINK,
        { a: c, b: n, reason: '客户投诉催收方式' },
        { as: staff.agent },
      ),
    ).linkCases;
    expect(linked.case.id).toBe(c);
    expect(linked.events.map((e) => e.type)).toEqual(['caseLinked']);
    const neg = await view(n);
    expect(neg.status).toBe('PAUSED');
    expect(neg.links).toEqual([
      {
        relation: 'REFERRED_BY',
        reason: '客户投诉催收方式',
        pausing: true,
        at: expect.any(String),
        case: { id: c, status: 'OPEN' },
      },
    ]);
    expect((await view(c)).links).toMatchObject([
      { relation: 'REFERS_TO', pausing: true, case: { id: n, status: 'PAUSED' } },
    ]);
    const paused = await h.db.models.CaseEvent.findOne({ caseId: oid(n), type: 'clockPaused' })
      .lean()
      .exec();
    expect(paused?.actor).toBe('system:case-links');
    expect(String(paused?.data['reason'])).toContain(
      (await h.db.models.Case.findById(oid(c)).lean().exec())!.reference,
    );

    // Linking the same pair again (with or without a key) appends nothing more.
    ok(await h.gql(LINK, { a: c, b: n, reason: '客户投诉催收方式' }, { as: staff.agent }));
    const keyed = ok(
      await h.gql<{ linkCases: { replayed: boolean } }>(
        LINK,
        { a: c, b: n, reason: '客户投诉催收方式', key: 'link-1' },
        { as: staff.agent },
      ),
    ).linkCases;
    expect(keyed.replayed).toBe(true);
    expect(await eventsOf(c, 'caseLinked')).toBe(1);
    expect(await eventsOf(n, 'caseLinked')).toBe(1);
    expect(await eventsOf(n, 'clockPaused')).toBe(1);

    ok(await cancel(c));
    const after = await view(n);
    expect(after.status).toBe('OPEN');
    expect(after.links[0]).toMatchObject({ pausing: false, case: { status: 'CANCELLED' } });
    expect(await eventsOf(n, 'clockResumed')).toBe(1);
  });

  it('does not pause for a complaint without a collection cause, nor lift a pause someone else made', async () => {
    const n1 = await negotiation();
    const c1 = await complaint(service);
    ok(await h.gql(LINK, { a: c1, b: n1, reason: '服务态度' }, { as: staff.agent }));
    expect((await view(n1)).status).toBe('OPEN');
    expect((await view(n1)).links[0]!.pausing).toBe(false);

    const n2 = await negotiation();
    ok(
      await h.gql(
        `mutation($id: ID!) { pauseCaseClock(caseId: $id, reason: "客户住院") { replayed } }`,
        { id: n2 },
        {
          as: staff.agent,
        },
      ),
    );
    const c2 = await complaint(collection);
    ok(await h.gql(LINK, { a: c2, b: n2, reason: '催收投诉' }, { as: staff.agent }));
    expect((await view(n2)).links[0]!.pausing).toBe(false);
    ok(await cancel(c2));
    expect((await view(n2)).status).toBe('PAUSED');
    expect(await eventsOf(n2, 'clockResumed')).toBe(0);
  });

  it('keeps the negotiation paused while another collection complaint about it is open', async () => {
    const n = await negotiation();
    const [c1, c2] = [await complaint(collection), await complaint(collection)];
    ok(await h.gql(LINK, { a: c1, b: n, reason: '第一次投诉' }, { as: staff.agent }));
    ok(await h.gql(LINK, { a: c2, b: n, reason: '第二次投诉' }, { as: staff.agent }));
    ok(await cancel(c1));
    expect((await view(n)).status).toBe('PAUSED');
    ok(await cancel(c2));
    expect((await view(n)).status).toBe('OPEN');
  });

  it('links a pair once when two requests race', async () => {
    const n = await negotiation();
    const c = await complaint(collection);
    const results = await Promise.all(
      [1, 2, 3].map(() => h.gql(LINK, { a: c, b: n, reason: '并发关联' }, { as: staff.agent })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(await eventsOf(c, 'caseLinked')).toBe(1);
    expect(await eventsOf(n, 'caseLinked')).toBe(1);
    expect(await eventsOf(n, 'clockPaused')).toBe(1);
    expect((await view(n)).status).toBe('PAUSED');
  });

  it('refuses bad links with coded errors and writes nothing', async () => {
    const n = await negotiation();
    const c = await complaint(collection);
    const before = await h.db.models.CaseEvent.countDocuments({}).exec();
    expect(code(await h.gql(LINK, { a: c, b: c, reason: 'x' }, { as: staff.agent }))).toBe('BAD_USER_INPUT');
    expect(code(await h.gql(LINK, { a: c, b: n, reason: '  ' }, { as: staff.agent }))).toBe('BAD_USER_INPUT');
    const hidden = await h.gql(LINK, { a: c, b: n, reason: '看不到' }, { as: staff.otherDept });
    expect(code(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0]!.extensions!.fieldPath).toEqual(['caseId']);
    expect(code(await h.gql(LINK, { a: c, b: 'Q2FzZTpub3Bl', reason: 'x' }, { as: staff.agent }))).toBe(
      'NOT_FOUND',
    );
    ok(await cancel(c));
    const closed = await h.gql(LINK, { a: c, b: n, reason: '已撤诉' }, { as: staff.agent });
    expect(code(closed)).toBe('CASE_CLOSED');
    expect(await h.db.models.CaseEvent.countDocuments({}).exec()).toBe(before + 1); // only the cancel
    expect(await (await caseLinkModel(h.db.conn)).countDocuments({ caseId: oid(c) }).exec()).toBe(0);
  });

  it('the sweep finishes a link a crash cut short, and lifts a pause whose complaint ended elsewhere', async () => {
    const n = await negotiation();
    const c = await complaint(collection);
    // The process died right after recording the pair: no half in either log, no pause.
    const links = await caseLinkModel(h.db.conn);
    await links.create({
      _id: `${oid(c).toHexString()}:${oid(n).toHexString()}`,
      caseId: oid(c),
      relatedCaseId: oid(n),
      reason: '崩溃前',
      pauses: true,
      open: true,
      actor: null,
      createdAt: new Date(),
    });
    const sweeper = new CaseLinkService(h.db.models);
    await sweeper.sweep();
    expect(await eventsOf(c, 'caseLinked')).toBe(1);
    expect(await eventsOf(n, 'caseLinked')).toBe(1);
    expect((await view(n)).status).toBe('PAUSED');
    await sweeper.sweep(); // nothing more to do
    expect(await eventsOf(n, 'clockPaused')).toBe(1);

    // The complaint ends without the close hook (as if the process died after the cancel's append).
    const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
    await runtime.run(
      { kind: 'system', name: 'test' },
      oid(c),
      'cancel',
      {},
      () => ({ kind: 'engine', command: (actor) => ({ type: 'cancel', actor, reason: '系统撤销' }) }),
      null,
    );
    expect((await view(n)).status).toBe('PAUSED');
    await sweeper.sweep();
    expect((await view(n)).status).toBe('OPEN');
    expect(
      (
        await links
          .findById(`${oid(c).toHexString()}:${oid(n).toHexString()}`)
          .lean()
          .exec()
      )?.open,
    ).toBe(false);
  });
});
