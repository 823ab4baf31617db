/**
 * The case screen's server fields: `CaseEvent.performedBy` names staff by their display name, the
 * customer as the customer (never "System"), and `CaseEvent.title` words every event in both
 * languages; `ContactAttempt.performedBy` names who called (a Minsheng case driven through an offer
 * the customer accepts from their link). `caseByReference` finds a case within the caller's
 * departments; `Case.attachment(id)` reads one file and records that read only.
 */
import { Kind, print, visit, type DocumentNode, type FieldNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDetailQuery, caseEventsPageQuery } from '../../admin/src/features/cases/api/cases.documents';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';
import {
  ACCEPT,
  LINK,
  PLAN,
  PROPOSE,
  caseAtPlanDrafting,
  setUpOffers,
  type OfferStaff,
} from './offers-helpers';

interface EventJson {
  type: string;
  actorKey: string | null;
  performedBy: { kind: string; displayName: string | null; username: string | null };
  title: { zh: string; en: string };
}

const EVENTS = `query($id: ID!) { case(id: $id) {
  events(first: 200) { edges { node { type actorKey performedBy { kind displayName username } title { zh en } } } }
  contactAttempts { actor performedBy { kind displayName username } } } }`;

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The document as the admin's urql client sends it: `__typename` in every selection set. */
function asSent(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet: (node, _key, parent) =>
        parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION
          ? undefined
          : { ...node, selections: [...node.selections, TYPENAME] },
    }),
  );
}

describe('case timeline actors and titles', () => {
  let h: Harness;
  let staff: OfferStaff;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpOffers(h);
    // A display name that differs from the login name, to tell them apart.
    ok(
      await h.gql(`mutation($id: ID!) { updateUser(id: $id, input: { displayName: "王经理" }) { id } }`, {
        id: Buffer.from(`User:${staff.agentId}`).toString('base64url'),
      }),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('names staff by display name, the customer as the customer, and titles every event in zh and en', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await h.gql(PROPOSE, { id: c.id, plan: PLAN }, { as: staff.agent }));
    const link = ok(
      await h.gql<{ issueCustomerLink: { token: string } }>(
        LINK,
        { id: c.id, hours: 1 },
        { as: staff.agent },
      ),
    ).issueCustomerLink;
    ok(await h.gql(ACCEPT, { t: link.token }, { as: null }));

    const read = ok(
      await h.gql<{
        case: {
          events: { edges: { node: EventJson }[] };
          contactAttempts: { actor: string; performedBy: EventJson['performedBy'] }[];
        };
      }>(EVENTS, { id: c.id }, { as: staff.agent }),
    ).case;
    const events = read.events.edges.map((e) => e.node);

    const opened = events.find((e) => e.type === 'caseOpened')!;
    expect(opened.actorKey).toMatch(/^user:/);
    expect(opened.performedBy).toEqual({ kind: 'USER', displayName: '王经理', username: 'offer.agent' });

    const answered = events.find((e) => e.type === 'customerResponded')!;
    expect(answered.actorKey).toMatch(/^customer:/);
    expect(answered.performedBy).toEqual({ kind: 'CUSTOMER', displayName: null, username: null });

    // No staff event goes without a name; none shows a raw key.
    for (const e of events) {
      if (e.performedBy.kind === 'USER') expect(e.performedBy.displayName).toMatch(/^(王经理|offer\.\w+)$/);
      expect(JSON.stringify(e.performedBy)).not.toMatch(/user:|customer:/);
      // Every type the flow produced has a text of its own in both languages.
      expect(e.title.zh).not.toBe(e.type);
      expect(e.title.en).not.toBe(e.type);
      expect(e.title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(events.find((e) => e.type === 'customerLinkIssued')!.title).toEqual({
      zh: '发送客户链接',
      en: 'Customer link sent',
    });

    expect(read.contactAttempts).toHaveLength(1);
    expect(read.contactAttempts[0]!.performedBy).toEqual({
      kind: 'USER',
      displayName: '王经理',
      username: 'offer.agent',
    });
  });

  it('finds a case by its reference only within the caller’s departments', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const FIND = `query($r: String!) { caseByReference(reference: $r) { id reference } }`;
    expect(
      ok(await h.gql<{ caseByReference: unknown }>(FIND, { r: ` ${c.reference} ` }, { as: staff.agent })),
    ).toEqual({
      caseByReference: { id: c.id, reference: c.reference },
    });
    expect(ok(await h.gql(FIND, { r: 'C-1999-000001' }, { as: staff.agent }))).toEqual({
      caseByReference: null,
    });
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'policy.agent',
          displayName: 'policy.agent',
          password: 'correct horse battery',
          roles: ['agent'],
          departments: ['POLICY'],
        },
      }),
    );
    const policy = await h.login('policy.agent', 'correct horse battery');
    expect(ok(await h.gql(FIND, { r: c.reference }, { as: policy }))).toEqual({ caseByReference: null });
    expect(code(await h.gql(FIND, { r: c.reference }, { as: null }))).toBe('UNAUTHENTICATED');
  });

  it('reads one attachment by id and records that read only', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const ADD = `mutation($id: ID!, $name: String!, $content: String!) {
      addAttachment(caseId: $id, fileName: $name, contentType: "text/plain", contentBase64: $content) { id } }`;
    const add = async (name: string, text: string) =>
      ok(
        await h.gql<{ addAttachment: { id: string } }>(
          ADD,
          { id: c.id, name, content: Buffer.from(text).toString('base64') },
          { as: staff.agent },
        ),
      ).addAttachment.id;
    const first = await add('a.txt', '第一份材料');
    await add('b.txt', '第二份材料');
    const ONE = `query($id: ID!, $a: ID!) { case(id: $id) { attachment(id: $a) { id fileName contentBase64 } } }`;
    const read = ok(
      await h.gql<{ case: { attachment: { id: string; fileName: string; contentBase64: string } } }>(
        ONE,
        { id: c.id, a: first },
        { as: staff.agent },
      ),
    ).case.attachment;
    expect(read.fileName).toBe('a.txt');
    expect(Buffer.from(read.contentBase64, 'base64').toString()).toBe('第一份材料');
    const reads = (
      await h.db.models.CaseEvent.find({ type: 'attachmentRead' })
        .lean<{ data: { attachmentId: string } }[]>()
        .exec()
    ).map((e) => e.data.attachmentId);
    expect(reads).toEqual([first]);
    expect(ok(await h.gql(ONE, { id: c.id, a: 'no-such-file' }, { as: staff.agent }))).toEqual({
      case: { attachment: null },
    });
  });

  it('the case screen’s queries, as the admin sends them, are within the query cost limit', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    const detail = await h.gql<{ case: { id: string } }>(
      asSent(caseDetailQuery),
      { id: c.id },
      { as: staff.agent },
    );
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.case.id).toBe(c.id);
    // A document one page bigger is refused: the limit is real, so the page size matters.
    const bigger = asSent(caseDetailQuery).replace('events(first: 100)', 'events(first: 200)');
    const refused = await h.gql(bigger, { id: c.id }, { as: staff.agent });
    expect(code(refused)).toBe('QUERY_TOO_COMPLEX');
    const page = await h.gql(asSent(caseEventsPageQuery), { id: c.id, after: 'x' }, { as: staff.agent });
    expect(code(page)).not.toBe('QUERY_TOO_COMPLEX');
  });
});
