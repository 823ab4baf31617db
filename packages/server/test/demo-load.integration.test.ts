/**
 * `pnpm demo:load` (scripts/demo): 30 cases with a fixed seed written through the command path on the
 * real test database, with the case clock moving over four months. The distribution is what a
 * dashboard needs (every seed flow, several channels, signed agreements, offers, breaches, closed
 * complaints with outcomes, months of events); every case's audit chain holds; the same seed over the
 * same period writes the same cases again.
 */
import type { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, FLOW_MIX, type DemoSummary } from '../../../scripts/demo/index';
import { caseNow } from '../src/features/cases/runtime/case-runtime.service';
import { createLogger } from '../src/logger';
import { startHarness, type Harness } from './harness';

const DAY = 86_400_000;

describe('demo data (pnpm demo:load)', () => {
  let h: Harness;
  let first: DemoSummary;
  let second: DemoSummary;
  let end: Date;

  beforeAll(async () => {
    h = await startHarness();
    end = caseNow(h.db.models);
    const options = {
      models: h.db.models,
      logger: createLogger('silent'),
      cases: 30,
      seed: 7,
      months: 4,
      end,
    };
    first = await loadDemo(options);
    second = await loadDemo(options);
  }, 1_500_000);
  afterAll(async () => {
    await h?.close();
  });

  it('writes every case without a failed step', () => {
    expect(first.failures).toEqual([]);
    expect(first.cases).toBe(30);
  });

  it('spreads the cases over every seed flow and several channels', () => {
    expect(Object.keys(first.byFlow).sort()).toEqual(FLOW_MIX.map((f) => f.flow).sort());
    expect(Object.keys(first.byChannel).length).toBeGreaterThanOrEqual(4);
    expect(first.byStatus['CLOSED']).toBeGreaterThan(8);
  });

  it('has signed agreements, proposed offers and SLA breaches', () => {
    expect(first.agreements).toBeGreaterThan(0);
    expect(first.offersProposed).toBeGreaterThan(0);
    expect(first.casesBreached).toBeGreaterThan(0);
    expect(first.breachEvents).toBeGreaterThanOrEqual(first.casesBreached);
  });

  it('writes events over several months of the case clock, none after its end', () => {
    const span = first.lastEventAt!.getTime() - first.firstEventAt!.getTime();
    expect(span).toBeGreaterThan(90 * DAY);
    expect(first.firstEventAt!.getTime()).toBeGreaterThanOrEqual(end.getTime() - 4 * 31 * DAY);
    expect(first.lastEventAt!.getTime()).toBeLessThanOrEqual(end.getTime());
  });

  it('closes complaints with an outcome', async () => {
    const closed = await h.db.models.Case.find(
      { templateKey: 'complaint-handling', status: 'CLOSED' },
      { outcome: 1 },
    )
      .lean<{ outcome: string | null }[]>()
      .exec();
    expect(closed.length).toBeGreaterThan(0);
    for (const c of closed) expect(c.outcome).toBeTruthy();
  });

  it('closes every complaint with its finding, and sends each a survey that most customers answer', async () => {
    const closed = await h.db.models.Case.find(
      { templateKey: 'complaint-handling', status: 'CLOSED' },
      { _id: 1 },
    )
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    expect(closed.length).toBeGreaterThan(0);
    const count = async (type: string) => {
      let n = 0;
      for (const c of closed) n += await h.db.models.CaseEvent.countDocuments({ caseId: c._id, type }).exec();
      return n;
    };
    expect(await count('complaintFindingRecorded')).toBe(closed.length);
    const sent = await count('surveySent');
    const answered = await count('surveyAnswered');
    expect(sent).toBe(closed.length);
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThanOrEqual(sent);
  });

  it('writes the same cases for the same seed and period', () => {
    expect(second.failures).toEqual([]);
    expect(second.byFlow).toEqual(first.byFlow);
    expect(second.byChannel).toEqual(first.byChannel);
    expect(second.byStatus).toEqual(first.byStatus);
    expect(second.variants).toEqual(first.variants);
    expect(second.agreements).toBe(first.agreements);
    expect(second.casesBreached).toBe(first.casesBreached);
    expect(second.caseIds.filter((id) => first.caseIds.includes(id))).toEqual([]);
  });

  it('leaves every case with an intact audit chain', async () => {
    const r = await h.gql<{ verifyAudit: { ok: boolean; casesChecked: number; firstBroken: unknown } }>(
      `{ verifyAudit { ok casesChecked firstBroken { caseId seq reason } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.verifyAudit.firstBroken).toBeNull();
    expect(r.data?.verifyAudit.ok).toBe(true);
    expect(r.data?.verifyAudit.casesChecked).toBeGreaterThanOrEqual(48);
  });
});
