import { describe, expect, it } from 'vitest';
import { DeltaSet, EMPTY_STATE, foldCaseEvents, shanghaiDay, type FoldEvent } from './insight-fold';

const at = (iso: string) => new Date(iso);
const opened: FoldEvent = {
  seq: 1,
  type: 'caseOpened',
  at: at('2026-03-01T15:30:00Z'), // 23:30 in Shanghai
  data: {
    templateKey: 'complaint-handling',
    version: 2,
    channel: 'HOTLINE',
    departmentCode: 'CS',
    categoryId: null,
    assigneeId: null,
  },
};

describe('insight fold', () => {
  it('buckets by the Asia/Shanghai day', () => {
    expect(shanghaiDay(at('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(shanghaiDay(at('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });

  it('counts time in step, reassignment, the regulatory outcome, and skips events already folded', () => {
    const events: FoldEvent[] = [
      opened,
      {
        seq: 2,
        type: 'stepActivated',
        at: at('2026-03-01T15:30:00Z'),
        data: { stepKey: 'receive', tokenId: 't' },
      },
      {
        seq: 3,
        type: 'caseAssigned',
        at: at('2026-03-01T16:00:00Z'),
        data: { assigneeId: 'u1', departmentCode: null },
      },
      {
        seq: 4,
        type: 'stepCompleted',
        at: at('2026-03-01T17:30:00Z'),
        data: { stepKey: 'receive', tokenId: 't' },
      },
      { seq: 5, type: 'deadlineExtended', at: at('2026-03-02T01:00:00Z'), data: {} },
      { seq: 6, type: 'caseClosed', at: at('2026-03-02T02:00:00Z'), data: {} },
    ];
    const out = new DeltaSet();
    const half = foldCaseEvents(EMPTY_STATE, events.slice(0, 3), () => true, out);
    const end = foldCaseEvents(half, events, () => true, out); // seq 1–3 again: skipped
    expect(end.seq).toBe(6);
    expect(end.dims).toMatchObject({ agent: 'u1', department: 'CS', flowVersion: 2 });
    const byKey = Object.fromEntries(
      out.list().map((b) => [`${b.kind}|${b.day}|${b.step}|${b.dims.agent}`, b.c]),
    );
    expect(byKey['case|2026-03-01||']).toEqual({ opened: 1, complaintsOpened: 1 });
    expect(byKey['step|2026-03-01|receive|']).toEqual({ entered: 1 });
    // Left on 2 March (Shanghai) under the agent then assigned, after two hours.
    expect(byKey['step|2026-03-02|receive|u1']).toEqual({ left: 1, durationMs: 7_200_000, durations: 1 });
    expect(byKey['case|2026-03-02||u1']).toEqual({ deadlineExtensions: 1, closed: 1, regExtended: 1 });
    expect(byKey['case|all||']).toEqual({ opened: 1, complaintsOpened: 1 });
    expect(byKey['case|all||u1']).toEqual({ closed: 1, regExtended: 1 });
  });

  it('prices a signed agreement from its proposed offer', () => {
    const out = new DeltaSet();
    foldCaseEvents(
      EMPTY_STATE,
      [
        { ...opened, data: { ...opened.data, templateKey: 'nego' } },
        {
          seq: 2,
          type: 'offerProposed',
          at: opened.at,
          data: { offerId: 'o1', summary: { kind: 'extension', owedTotalFen: 500, forgivenFen: 20 } },
        },
        { seq: 3, type: 'customerResponded', at: opened.at, data: { response: 'accepted', offerId: 'o1' } },
        { seq: 4, type: 'agreementSigned', at: opened.at, data: { offerId: 'o1' } },
      ],
      () => false,
      out,
    );
    const day = out.list().find((b) => b.kind === 'case' && b.day === '2026-03-01')!;
    expect(day.c).toEqual({
      opened: 1,
      offersProposed: 1,
      offersAccepted: 1,
      agreementsSigned: 1,
      restructuredFen: 500,
      waivedFen: 20,
    });
    const plan = out.list().filter((b) => b.kind === 'plan');
    expect(plan).toEqual([
      expect.objectContaining({
        step: 'extension',
        c: { offersProposed: 1, agreementsSigned: 1, restructuredFen: 500, waivedFen: 20 },
      }),
    ]);
  });
});
