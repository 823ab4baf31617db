/**
 * Engine timers of cases, end to end against the real embedded database: the wait step's timer is
 * scheduled by the append, fired by the runner through the normal command path (one `timerFired`
 * however many runners or firings), cancelled when the case moves on, re-scheduled by the repair sweep
 * after a crash, and the daily audit anchor scheduled once however many processes start.
 */
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { schedulePendingEffects } from '../src/features/cases/timers/case-timer-effects';
import {
  auditAnchorKey,
  caseTimerHandlers,
  ensureAuditAnchorTimer,
  fireCaseTimer,
  shanghaiDay,
} from '../src/features/cases/timers/case-timer-handlers';
import { startTimerRunner, type TimerRunner } from '../src/features/scheduler/timer-runner';
import type { TimerDoc } from '../src/features/scheduler/timer.model';
import { startHarness, type Harness } from './harness';
import { OPEN, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';

const logger = createLogger('silent');
const localId = (globalId: string) =>
  new Types.ObjectId(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('case timers', () => {
  let h: Harness;
  let staff: Staff;
  const runners: TimerRunner[] = [];

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    const created = ok(
      await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
        {
          input: {
            key: 'satisfaction-follow-up',
            name: { zh: '满意度回访', en: 'Satisfaction follow-up' },
            kind: 'SURVEY_FOLLOW_UP',
            fromSeed: 'satisfaction-follow-up',
          },
        },
      ),
    );
    ok(
      await h.gql(
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'satisfaction-follow-up', base: created.createFlowTemplate.draft.revision },
      ),
    );
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    await h?.close();
  });

  const models = () => h.db.models;
  const runner = (): TimerRunner => {
    const r = startTimerRunner({
      models: models(),
      logger,
      handlers: caseTimerHandlers(models()),
      intervalMs: 30,
      retryBaseMs: 50,
    });
    runners.push(r);
    return r;
  };

  async function openFollowUp(): Promise<{ id: string; caseId: Types.ObjectId }> {
    const opened = ok(
      await h.gql<{ openCase: CaseResult }>(
        OPEN,
        { input: openInput({ templateKey: 'satisfaction-follow-up' }) },
        { as: staff.agent },
      ),
    ).openCase;
    return { id: opened.case.id, caseId: localId(opened.case.id) };
  }

  const timersOf = (caseId: Types.ObjectId) =>
    models().Timer.find({ 'payload.caseId': caseId.toHexString() }).lean<TimerDoc[]>().exec();
  const eventsOf = (caseId: Types.ObjectId, type: string) =>
    models().CaseEvent.countDocuments({ caseId, type }).exec();
  /** "Time passes": the timer is due now. */
  const makeDue = (key: string) =>
    models()
      .Timer.updateOne({ key }, { dueAt: new Date(Date.now() - 1000) })
      .exec();

  it('schedules the wait step timer with the append; a due timer fires once and advances the case', async () => {
    const { caseId } = await openFollowUp();
    const [timer, ...more] = await timersOf(caseId);
    expect(more).toHaveLength(0);
    expect(timer?.kind).toBe('case-timer');
    expect(timer?.status).toBe('pending');
    const opened = await models().CaseEvent.findOne({ caseId, type: 'timerScheduled' }).lean().exec();
    expect(timer?.key).toBe(`case:${caseId.toHexString()}:${String(opened?.data['timerId'])}:${opened?.seq}`);
    // P7D after the event.
    expect(timer!.dueAt.getTime() - opened!.at.getTime()).toBe(7 * 86_400_000);

    await makeDue(timer!.key);
    const r = runner();
    await waitFor(async () => (await timersOf(caseId))[0]?.status === 'fired');
    await r.stop();
    expect(await eventsOf(caseId, 'timerFired')).toBe(1);
    const c = await models().Case.findById(caseId).lean().exec();
    expect(c?.activeSteps).toContain('survey');
    expect(c?.activeSteps).not.toContain('wait-a-week');

    // A second firing of the same timer (at-least-once) replays: still one event.
    await fireCaseTimer(models(), {
      key: timer!.key,
      kind: timer!.kind,
      payload: timer!.payload,
      dueAt: timer!.dueAt,
      attempt: 2,
    });
    expect(await eventsOf(caseId, 'timerFired')).toBe(1);
  });

  it('fires exactly once when two runners start together after a crash left the timer due', async () => {
    const { caseId } = await openFollowUp();
    const [timer] = await timersOf(caseId);
    // The server was killed before the runner got to it: the timer is overdue and nobody ran it.
    await makeDue(timer!.key);
    const both = [runner(), runner()];
    await waitFor(async () => (await timersOf(caseId))[0]?.status === 'fired');
    // Stopped (each poll in progress finished), neither runner can fire it again: the counts are final.
    await Promise.all(both.map((r) => r.stop()));
    expect(await eventsOf(caseId, 'timerFired')).toBe(1);
    expect(await models().TimerFiring.countDocuments({ timerKey: timer!.key }).exec()).toBe(1);
    const c = await models().Case.findById(caseId).lean().exec();
    expect(c?.activeSteps).toContain('survey');
  });

  it('cancels the timer when the case moves on; a late firing is done, not retried', async () => {
    const { id, caseId } = await openFollowUp();
    ok(
      await h.gql(
        `mutation($id: ID!) { cancelCase(caseId: $id, reason: "客户撤回") { case { id status } } }`,
        { id },
        { as: staff.agent },
      ),
    );
    const [timer] = await timersOf(caseId);
    expect(timer?.status).toBe('cancelled');
    // Had it fired anyway (a runner that claimed it just before): the refusal is not an error.
    await expect(
      fireCaseTimer(models(), {
        key: timer!.key,
        kind: timer!.kind,
        payload: timer!.payload,
        dueAt: timer!.dueAt,
        attempt: 1,
      }),
    ).resolves.toBeUndefined();
    expect(await eventsOf(caseId, 'timerFired')).toBe(0);
  });

  it('the sweep schedules what a crash between the append and the scheduling left out, once', async () => {
    const { caseId } = await openFollowUp();
    const [timer] = await timersOf(caseId);
    // The process died after the append: the timer document never got written.
    await models().Timer.deleteOne({ key: timer!.key }).exec();
    expect(await timersOf(caseId)).toHaveLength(0);
    const since = new Date(Date.now() - 60_000);
    await Promise.all([schedulePendingEffects(models(), since), schedulePendingEffects(models(), since)]);
    const again = await timersOf(caseId);
    expect(again.map((t) => [t.key, t.status])).toEqual([[timer!.key, 'pending']]);
  });

  it('schedules the daily audit anchor once however many processes start, and it reschedules itself', async () => {
    // One "now" for the test and both processes: at 23:59:59 in Shanghai two reads could name two days.
    const now = new Date();
    const day = shanghaiDay(now);
    await Promise.all([ensureAuditAnchorTimer(models(), now), ensureAuditAnchorTimer(models(), now)]);
    const anchors = await models().Timer.find({ kind: 'audit-anchor' }).lean<TimerDoc[]>().exec();
    expect(anchors.map((t) => t.key)).toEqual([auditAnchorKey(day)]);

    await makeDue(auditAnchorKey(day));
    const r = runner();
    await waitFor(
      async () =>
        (
          await models()
            .Timer.findOne({ key: auditAnchorKey(day) })
            .lean<TimerDoc>()
            .exec()
        )?.status === 'fired',
    );
    await r.stop();
    expect(await models().AuditAnchor.countDocuments({ day }).exec()).toBe(1);
    const next = await models()
      .Timer.find({ kind: 'audit-anchor', status: 'pending' })
      .lean<TimerDoc[]>()
      .exec();
    expect(next).toHaveLength(1);
    expect(next[0]?.key).not.toBe(auditAnchorKey(day));
  });
});
