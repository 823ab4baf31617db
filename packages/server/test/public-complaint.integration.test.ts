/**
 * The public complaint form and its tracking page, against the real embedded database: categories
 * with customer-facing names only; a complaint validated before anything is written (field paths, zh
 * and en), rate-limited per address, idempotent, routed to its category's department and queue, its
 * attachments checked and recorded in the case's log by the customer; the tracking page through the
 * signed token only, in plain words.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueCustomerLinkToken } from '../src/features/privacy/customer-link';
import { COMPLAINT_RATE_LIMIT } from '../src/features/public-complaint/public-complaint.service';
import { issueTrackingToken } from '../src/features/public-complaint/tracking-link';
import { fromGlobalId, toGlobalId } from '../src/graphql/global-id';
import { startHarness, type GqlResponse, type Harness } from './harness';
import {
  CLASSIFY,
  COMPLAINT,
  HANDLE,
  LOG_CALL,
  PHONE,
  code,
  ok,
  setUpCases,
  SUBMIT,
  type Staff,
} from './cases-helpers';
import { CREATE } from './complaint-categories-helpers';
import { caseNow } from '../src/features/cases/runtime/case-runtime.service';

const CATEGORIES = `{ publicComplaintCategories { id name { zh en } children { id name { zh en } children { id } } } }`;
const FILE = `mutation($input: PublicComplaintInput!, $k: String!) { submitComplaint(input: $input, idempotencyKey: $k) {
  caseReference trackingUrl trackingToken expiresAt deadline replayed } }`;
const TRACK = `query($t: String!) { complaintTracking(token: $t) { caseReference categoryName { zh en }
  departmentName { zh en } status receivedAt deadline entries { at text { zh en } } expiresAt } }`;

interface Receipt {
  caseReference: string;
  trackingUrl: string;
  trackingToken: string;
  expiresAt: string;
  deadline: string | null;
  replayed: boolean;
}
interface Tracking {
  caseReference: string;
  categoryName: { zh: string; en: string } | null;
  departmentName: { zh: string; en: string } | null;
  status: string;
  receivedAt: string;
  deadline: string | null;
  entries: { at: string; text: { zh: string; en: string } }[];
  expiresAt: string;
}
interface PublicCategory {
  id: string;
  name: { zh: string; en: string };
  children: PublicCategory[];
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
).toString('base64');

describe('public complaints', () => {
  let h: Harness;
  let staff: Staff;
  let productCard: string;
  let serviceCounter: string;
  let retired: string;
  let n = 0;
  const address = () => ({ 'x-forwarded-for': `198.51.100.${++n}` });
  const file = (input: Record<string, unknown>, key: string, headers = address()) =>
    h.gql<{ submitComplaint: Receipt }>(FILE, { input, k: key }, { as: null, headers });
  const track = (t: string) => h.gql<{ complaintTracking: Tracking }>(TRACK, { t }, { as: null });
  const complaint = (categoryId: string, extra: Record<string, unknown> = {}) => ({
    categoryId,
    text: '信用卡年费未经同意被扣取，客服不予处理。',
    customer: { name: '李四', phone: PHONE },
    ...extra,
  });
  const caseCount = () => h.db.models.Case.countDocuments({}).exec();
  const fieldPath = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.['fieldPath'];
  const messages = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.['messages'];
  const create = async (input: Record<string, unknown>) =>
    ok(await h.gql<{ createComplaintCategory: { id: string } }>(CREATE, { input })).createComplaintCategory
      .id;

  beforeAll(async () => {
    h = await startHarness({ TRUST_PROXY: '1' });
    staff = await setUpCases(h);
    const cards = await create({ code: 'PUB-CARDS', name: { zh: '银行卡', en: 'Bank cards' } });
    productCard = await create({
      code: 'PUB-CARD-FEES',
      name: { zh: '年费与收费', en: 'Fees and charges' },
      parentId: cards,
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
    });
    serviceCounter = await create({
      code: 'PUB-COUNTER',
      name: { zh: '网点服务', en: 'Branch service' },
      routing: { departmentCode: 'CUSTOMER_SERVICE', queueCode: 'GENERAL' },
    });
    retired = await create({ code: 'PUB-RETIRED', name: { zh: '已停用', en: 'Retired' } });
    ok(
      await h.gql(`mutation($id: ID!) { setComplaintCategoryActive(id: $id, active: false) { id } }`, {
        id: retired,
      }),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists the active categories as a tree, with names only, to anyone', async () => {
    const tree = ok(
      await h.gql<{ publicComplaintCategories: PublicCategory[] }>(CATEGORIES, {}, { as: null }),
    ).publicComplaintCategories;
    const cards = tree.find((c) => c.name.en === 'Bank cards');
    expect(cards?.children.map((c) => c.name)).toEqual([{ zh: '年费与收费', en: 'Fees and charges' }]);
    expect(cards?.children[0]?.id).toBe(productCard);
    expect(JSON.stringify(tree)).not.toContain('Retired');
    // Internal fields are not part of the type at all.
    const probe = await h.gql(
      `{ publicComplaintCategories { id code routing { departmentCode } } }`,
      {},
      {
        as: null,
      },
    );
    expect(probe.errors?.length).toBeGreaterThan(0);
  });

  it('refuses bad input with the field at fault, in zh and en, before writing anything', async () => {
    const before = await caseCount();
    const empty = await file(complaint(productCard, { text: '   ' }), 'v-1');
    expect(code(empty)).toBe('BAD_USER_INPUT');
    expect(fieldPath(empty)).toEqual(['input', 'text']);
    const m = messages(empty) as { zh: string; en: string };
    expect(m.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(m.en).toMatch(/[a-z]/);
    const long = await file(complaint(productCard, { text: '长'.repeat(4001) }), 'v-2');
    expect(fieldPath(long)).toEqual(['input', 'text']);
    const phone = await file(complaint(productCard, { customer: { name: '李四', phone: '12345' } }), 'v-3');
    expect(code(phone)).toBe('BAD_USER_INPUT');
    expect(fieldPath(phone)).toEqual(['input', 'customer', 'phone']);
    const noPhone = await file(complaint(productCard, { customer: { name: '李四' } }), 'v-4');
    expect(fieldPath(noPhone)).toEqual(['input', 'customer', 'phone']);
    const ghost = await file(
      complaint(toGlobalId('ComplaintCategory', new Types.ObjectId().toHexString())),
      'v-5',
    );
    expect(code(ghost)).toBe('NOT_FOUND');
    expect(fieldPath(ghost)).toEqual(['input', 'categoryId']);
    const inactive = await file(complaint(retired), 'v-6');
    expect(code(inactive)).toBe('BAD_USER_INPUT');
    expect(fieldPath(inactive)).toEqual(['input', 'categoryId']);
    // A "PNG" that is not one (magic bytes), and a type outside the list.
    const fake = await file(
      complaint(productCard, {
        attachments: [
          { fileName: 'ok.png', contentType: 'image/png', contentBase64: PNG },
          {
            fileName: 'x.png',
            contentType: 'image/png',
            contentBase64: Buffer.from('not a png').toString('base64'),
          },
        ],
      }),
      'v-7',
    );
    expect(code(fake)).toBe('ATTACHMENT_REJECTED');
    expect(fieldPath(fake)).toEqual(['input', 'attachments', 1, 'contentBase64']);
    const exe = await file(
      complaint(productCard, {
        attachments: [{ fileName: 'a.exe', contentType: 'application/x-msdownload', contentBase64: PNG }],
      }),
      'v-8',
    );
    expect(code(exe)).toBe('ATTACHMENT_REJECTED');
    expect(fieldPath(exe)).toEqual(['input', 'attachments', 0, 'contentType']);
    expect(await caseCount()).toBe(before);
  });

  it("opens one case per key, routed to the category's department and queue, attachments in its log", async () => {
    const input = complaint(productCard, {
      attachments: [{ fileName: '扣费短信.png', contentType: 'image/png', contentBase64: PNG }],
    });
    const first = ok(await file(input, 'file-1')).submitComplaint;
    expect(first.replayed).toBe(false);
    expect(first.trackingUrl).toBe(`/track/${first.trackingToken}`);
    expect(first.deadline).not.toBeNull();
    const again = ok(await file(input, 'file-1')).submitComplaint;
    expect(again.replayed).toBe(true);
    expect(again.caseReference).toBe(first.caseReference);
    expect(again.trackingToken).toBe(first.trackingToken);
    expect(await h.db.models.Case.countDocuments({ reference: first.caseReference }).exec()).toBe(1);
    const changed = await file({ ...input, text: '另一件事' }, 'file-1');
    expect(code(changed)).toBe('IDEMPOTENCY_KEY_REUSED');

    const stored = await h.db.models.Case.findOne({ reference: first.caseReference }).lean().exec();
    expect(stored?.templateKey).toBe('complaint-handling');
    expect(stored?.departmentCode).toBe('PRODUCT');
    const queue = await h.db.models.Queue.findOne({ departmentCode: 'PRODUCT', code: 'GENERAL' })
      .lean()
      .exec();
    expect(stored?.queueId?.toHexString()).toBe(queue?._id.toHexString());
    expect(stored?.categoryId?.toHexString()).toBe(fromGlobalId(productCard)?.localId);
    const events = await h.db.models.CaseEvent.find({ caseId: stored!._id }).sort({ seq: 1 }).lean().exec();
    const opened = events.find((e) => e.type === 'caseOpened');
    expect(opened?.actor).toMatch(/^customer:/);
    const added = events.filter((e) => e.type === 'attachmentAdded');
    expect(added).toHaveLength(1);
    expect(added[0]?.actor).toBe(opened?.actor);
    expect(added[0]?.data['contentType']).toBe('image/png');
    // The complaint's own form is prefilled with what the customer wrote (the name sealed, as sensitive).
    const state = JSON.parse(stored!.stateJson) as { data: Record<string, unknown> };
    expect(state.data['complaintText']).toBe(input.text);
    expect(state.data['complaintChannel']).toBe('online');
    expect(JSON.stringify(state.data['complainantName'])).not.toContain('李四');
  });

  it('limits complaints per address (refusals by validation do not count)', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.77' };
    for (let i = 0; i < 3; i++)
      expect(code(await file(complaint(productCard, { text: '' }), `rl-bad-${i}`, headers))).toBe(
        'BAD_USER_INPUT',
      );
    for (let i = 0; i < COMPLAINT_RATE_LIMIT; i++)
      ok(await file(complaint(serviceCounter), `rl-${i}`, headers));
    const over = await file(complaint(serviceCounter), 'rl-over', headers);
    expect(code(over)).toBe('RATE_LIMITED');
    expect(Number(over.errors?.[0]?.extensions?.['retryAfterSeconds'])).toBeGreaterThan(0);
    ok(await file(complaint(serviceCounter), 'rl-other-address'));
  });

  it('tracks the complaint through the signed token, in plain words, as it is worked', async () => {
    const receipt = ok(await file(complaint(serviceCounter), 'track-1')).submitComplaint;
    const seen = ok(await track(receipt.trackingToken)).complaintTracking;
    expect(seen.caseReference).toBe(receipt.caseReference);
    expect(seen.status).toBe('RECEIVED');
    expect(seen.categoryName).toEqual({ zh: '网点服务', en: 'Branch service' });
    expect(seen.departmentName).toEqual({ zh: '客服部门', en: 'Customer service' });
    expect(seen.deadline).toBe(receipt.deadline);
    const days = (new Date(seen.deadline!).getTime() - new Date(seen.receivedAt).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(14);
    expect(seen.entries.map((e) => e.text.zh)).toEqual(['我们已收到您的投诉。']);

    const stored = await h.db.models.Case.findOne({ reference: receipt.caseReference }).lean().exec();
    const id = toGlobalId('Case', stored!._id.toHexString());
    ok(await h.gql(SUBMIT, { id, step: 'receive', data: COMPLAINT }, { as: staff.agent }));
    ok(await h.gql(SUBMIT, { id, step: 'classify', data: CLASSIFY }, { as: staff.agent }));
    const worked = ok(await track(receipt.trackingToken)).complaintTracking;
    expect(worked.status).toBe('IN_PROGRESS');
    expect(worked.entries.map((e) => e.text.en)).toEqual([
      'We received your complaint.',
      'Done: Receive the complaint.',
      'Done: Classify.',
    ]);
    const text = JSON.stringify(worked);
    expect(text).not.toContain('agent.cs');
    expect(text).not.toContain('李四');
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('service-quality');

    // Handled, tracked, answered by phone (CLASSIFY chose phone feedback), followed up: closed.
    ok(await h.gql(SUBMIT, { id, step: 'handle', data: HANDLE }, { as: staff.agent }));
    ok(await h.gql(SUBMIT, { id, step: 'track', data: { trackingStatus: 'resolved' } }, { as: staff.agent }));
    ok(
      await h.gql(
        LOG_CALL,
        { id, step: 'phone-feedback', channel: 'phone', contact: PHONE, answered: true },
        { as: staff.agent },
      ),
    );
    const answered = ok(await track(receipt.trackingToken)).complaintTracking;
    expect(answered.status).toBe('ANSWERED');
    expect(answered.entries.at(-1)?.text).toEqual({
      zh: '我们已通过电话答复您。',
      en: 'We have given you our answer by phone.',
    });
    ok(
      await h.gql(
        SUBMIT,
        { id, step: 'follow-up', data: { complainantSatisfaction: 5 } },
        { as: staff.agent },
      ),
    );
    const ended = ok(await track(receipt.trackingToken)).complaintTracking;
    expect(ended.status).toBe('CLOSED');
    expect(ended.entries.at(-1)?.text.en).toBe('Your complaint is closed.');
  });

  it('refuses forged, foreign and expired tokens alike', async () => {
    expect(code(await track('not-a-token'))).toBe('LINK_INVALID');
    const stored = await h.db.models.Case.findOne({}).lean().exec();
    const caseId = stored!._id.toHexString();
    // A customer link's token (another audience) does not open a tracking page.
    const foreign = await issueCustomerLinkToken(h.db.models, caseId, 24);
    expect(code(await track(foreign.token))).toBe('LINK_INVALID');
    const old = await issueTrackingToken(
      h.db.models,
      caseId,
      'old-link',
      new Date(caseNow(h.db.models).getTime() - 3 * 3600_000),
      1,
    );
    expect(code(await track(old.token))).toBe('LINK_EXPIRED');
    const ghost = await issueTrackingToken(
      h.db.models,
      new Types.ObjectId().toHexString(),
      'ghost',
      new Date(),
    );
    expect(code(await track(ghost.token))).toBe('LINK_INVALID');
  });
});
