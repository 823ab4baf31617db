/**
 * `OpenCaseInput.receivedAt`: a case may be dated back to when the bank received it (a letter, a branch
 * complaint), with a reason, at most 30 days and never into the future; it is audited, and the
 * complaint clock and `Case.dueAt` count from it — and agree with each other.
 */
import { complaintClock, createChinaBusinessCalendar } from '@parley/engine';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { startHarness, type Harness } from './harness';
import { code, ok, openInput, setUpCases } from './cases-helpers';

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference dueAt receivedAt
  receivedAtReason complaintClock { receivedAt deadline } } } }`;
const EVENTS = `query($id: ID!) { case(id: $id) { events(first: 50) { edges { node { type data } } } } }`;
const VERIFY = `query($id: ID!) { verifyAudit(caseId: $id) { ok eventsChecked } }`;

interface Opened {
  id: string;
  reference: string;
  dueAt: string;
  receivedAt: string;
  receivedAtReason: string | null;
  complaintClock: { receivedAt: string; deadline: string };
}

const calendar = createChinaBusinessCalendar();

describe('opening a case with the date it was received', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await setUpCases(h);
  });
  afterEach(() => setCaseClock(h.db.models, null));
  afterAll(async () => {
    await h?.close();
  });

  const open = (extra: Record<string, unknown>) =>
    h.gql<{ openCase: { case: Opened } }>(OPEN, { input: openInput(extra) });
  const at = (iso: string) => setCaseClock(h.db.models, () => new Date(iso));

  it('refuses a backdated case without a reason, in the future, or more than 30 days back', async () => {
    at('2026-03-10T03:00:00.000Z');
    const noReason = await open({ receivedAt: '2026-03-06T02:00:00.000Z' });
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.extensions).toMatchObject({
      fieldPath: ['input', 'receivedAtReason'],
      messages: { zh: expect.stringContaining('原因'), en: expect.stringContaining('reason') },
    });
    const blank = await open({ receivedAt: '2026-03-06T02:00:00.000Z', receivedAtReason: '   ' });
    expect(blank.errors![0]!.extensions!.fieldPath).toEqual(['input', 'receivedAtReason']);

    const future = await open({ receivedAt: '2026-03-10T04:00:00.000Z' });
    expect(code(future)).toBe('BAD_USER_INPUT');
    expect(future.errors![0]!.extensions!.fieldPath).toEqual(['input', 'receivedAt']);

    const tooOld = await open({ receivedAt: '2026-02-07T02:00:00.000Z', receivedAtReason: '信函' });
    expect(code(tooOld)).toBe('BAD_USER_INPUT');
    expect(tooOld.errors![0]!.extensions).toMatchObject({
      fieldPath: ['input', 'receivedAt'],
      messages: { en: expect.stringContaining('30 days') },
    });
    expect(await h.db.models.Case.countDocuments({}).exec()).toBe(0);
  });

  it('backdates with a reason: audited, and the clock and the due time count from the receipt', async () => {
    at('2026-03-10T03:00:00.000Z');
    // A letter received on Friday 6 March: its 15th day is Saturday 21 March, so due Monday 23 March 24:00.
    const received = '2026-03-06T02:00:00.000Z';
    const c = ok(
      await open({
        channel: 'LETTER',
        receivedAt: received,
        receivedAtReason: '信函 3 月 6 日到达，今日录入',
      }),
    ).openCase.case;
    expect(c.receivedAt).toBe(received);
    expect(c.receivedAtReason).toBe('信函 3 月 6 日到达，今日录入');
    expect(c.complaintClock.receivedAt).toBe(received);
    expect(c.complaintClock.deadline).toBe('2026-03-23T16:00:00.000Z');
    expect(c.dueAt).toBe(c.complaintClock.deadline);
    expect(c.dueAt).toBe(complaintClock(received, calendar).dueAt);

    const events = ok(
      await h.gql<{
        case: { events: { edges: { node: { type: string; data: Record<string, unknown> } }[] } };
      }>(EVENTS, { id: c.id }),
    ).case.events.edges.map((e) => e.node);
    expect(events.map((e) => e.type).slice(0, 2)).toEqual(['caseOpened', 'receiptBackdated']);
    expect(events[1]!.data).toEqual({
      receivedAt: received,
      openedAt: '2026-03-10T03:00:00.000Z',
      reason: '信函 3 月 6 日到达，今日录入',
    });
    expect(events[0]!.data).toMatchObject({
      receivedAt: received,
      receivedAtReason: '信函 3 月 6 日到达，今日录入',
    });
    expect(ok(await h.gql<{ verifyAudit: { ok: boolean } }>(VERIFY, { id: c.id })).verifyAudit.ok).toBe(true);
  });

  it('a case received now is not backdated, and its due time is the clock deadline (end of day, not time of day)', async () => {
    at('2026-03-02T01:00:00.000Z');
    const c = ok(await open({ receivedAt: '2026-03-02T00:55:00.000Z', receivedAtReason: '不会保存' }))
      .openCase.case;
    expect(c.receivedAt).toBe('2026-03-02T01:00:00.000Z');
    expect(c.receivedAtReason).toBeNull();
    expect(c.dueAt).toBe('2026-03-17T16:00:00.000Z');
    expect(c.complaintClock.deadline).toBe(c.dueAt);
    const plain = ok(await open({})).openCase.case;
    expect(plain.dueAt).toBe(plain.complaintClock.deadline);
  });

  it('around Shanghai midnight: a letter of 23:50 entered at 00:30 the next day keeps its day', async () => {
    at('2026-03-03T16:30:00.000Z'); // 00:30 on 4 March in Shanghai
    const c = ok(
      await open({ channel: 'LETTER', receivedAt: '2026-03-03T15:50:00.000Z', receivedAtReason: '夜间信箱' }),
    ).openCase.case;
    // Received on 3 March (Shanghai): due 18 March 24:00; entered without backdating it would be 19 March.
    expect(c.dueAt).toBe('2026-03-18T16:00:00.000Z');
    expect(c.complaintClock.deadline).toBe(c.dueAt);
    const unbackdated = ok(await open({ channel: 'LETTER' })).openCase.case;
    expect(unbackdated.dueAt).toBe('2026-03-19T16:00:00.000Z');
    expect(unbackdated.complaintClock.deadline).toBe(unbackdated.dueAt);
  });
});
