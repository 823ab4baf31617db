import { describe, expect, it } from 'vitest';
import { formatCell, type InsightDataset } from './insight-table';
import { negotiationView, timeView, volumeView } from './operations-shapes';
import { findingsView, reportView, satisfactionView } from './quality-shapes';
import { testContext } from './test-context';

const texts = (d: InsightDataset) =>
  d.rows.map((row) => row.map((c, i) => formatCell(c, d.columns[i]!.format)));
const byKey = (datasets: InsightDataset[], key: string) => datasets.find((d) => d.key === key)!;
const group = (key: string, opened: number, closed: number) => ({ key, opened, closed, cancelled: 0 });

describe('volume, time and negotiation shaping', () => {
  it('names channels, flows, categories and steps, busiest first, and leaves empty steps out', () => {
    const view = volumeView(
      {
        days: [{ day: '2026-12-05', opened: 2, closed: 1, cancelled: 0 }],
        opened: 2,
        closed: 1,
        cancelled: 0,
        openNow: 4,
        byChannel: [group('APP', 1, 0), group('HOTLINE', 3, 1), group('PIGEON', 1, 1)],
        byFlow: [group('complaint-handling@2', 2, 1), group('gone-flow@1', 1, 0)],
        byCategory: [group('', 1, 0), group('Q2F0OjE=', 2, 0), group('Q2F0Ojk=', 1, 0)],
        backlog: [
          { step: 'triage', count: 1 },
          { step: 'done', count: 0 },
          { step: 'custom-step', count: 3 },
        ],
      },
      testContext('zh-CN'),
    );
    expect(view.kpis.map((k) => [k.key, k.value])).toEqual([
      ['opened', 2],
      ['closed', 1],
      ['openNow', 4],
    ]);
    expect(texts(byKey(view.datasets, 'by-channel')).map((r) => r[0])).toEqual([
      '客服热线',
      '（未知）', // as many opened as the app, more closed
      '手机银行',
    ]);
    expect(texts(byKey(view.datasets, 'by-flow')).map((r) => r[0])).toEqual(['投诉处理 v2', '（未知） v1']);
    expect(texts(byKey(view.datasets, 'by-category')).map((r) => r[0])).toEqual([
      '信用卡年费',
      '（未分类）',
      '（未知）',
    ]);
    // The newest version's step name; a key no flow knows is shown as written.
    expect(texts(byKey(view.datasets, 'backlog'))).toEqual([
      ['custom-step', '3'],
      ['受理分派', '1'],
    ]);
    expect(byKey(view.datasets, 'volume-days').rows).toEqual([['2026-12-05', 2, 1, 0]]);
  });

  it('orders steps slowest first in hours and shares the regulatory outcomes', () => {
    const sla = {
      day: '2026-12-06',
      breaches: 2,
      met: 3,
      missed: 1,
      regulatoryOnTime: 2,
      regulatoryExtended: 1,
      regulatoryLate: 1,
      extensions: 1,
    };
    const view = timeView(
      {
        insightTimeInStep: {
          steps: [
            { step: 'triage', entered: 4, left: 3, count: 3, averageMs: 1_800_000 },
            { step: 'review', entered: 2, left: 2, count: 2, averageMs: 36_000_000 },
            { step: 'new', entered: 1, left: 0, count: 0, averageMs: null },
          ],
        },
        insightSla: { compliance: 0.75, days: [sla], totals: sla },
      },
      testContext('en'),
    );
    expect(texts(byKey(view.datasets, 'time-in-step'))).toEqual([
      ['review', '10.0', '2', '2', '2'],
      ['Intake triage', '0.5', '3', '4', '3'],
      ['new', '—', '0', '1', '0'],
    ]);
    expect(texts(byKey(view.datasets, 'regulatory'))).toEqual([
      ['On time', '2', '50.0%'],
      ['On time after extension', '1', '25.0%'],
      ['Late', '1', '25.0%'],
      ['Extensions', '1', '—'],
    ]);
    expect(formatCell(view.kpis[0]!.value, view.kpis[0]!.format)).toBe('75.0%');
  });

  it('keeps money in fen until shown as yuan, and the signed share over the cases opened', () => {
    const day = {
      day: '2026-12-06',
      offersProposed: 3,
      offersAccepted: 2,
      changesRequested: 1,
      agreementsSigned: 2,
      restructured: '9007199254740993',
      waived: '1050',
    };
    const view = negotiationView(
      { insightNegotiation: { days: [day], totals: day }, insightVolume: { opened: 8 } },
      testContext('zh-CN'),
    );
    const kpis = Object.fromEntries(view.kpis.map((k) => [k.key, formatCell(k.value, k.format)]));
    expect(kpis).toMatchObject({
      signedShare: '25.0%',
      restructured: '90,071,992,547,409.93',
      waived: '10.50',
    });
    expect(texts(byKey(view.datasets, 'amounts-days'))).toEqual([
      ['2026-12-06', '90,071,992,547,409.93', '10.50'],
    ]);
  });
});

const scores = (answered: number, nps: number | null, csat: number | null, ces: number | null) => ({
  sent: answered * 2,
  answered,
  responseRate: answered ? 0.5 : null,
  npsCount: answered,
  nps,
  csatCount: answered,
  csat,
  cesCount: answered,
  ces,
});

describe('satisfaction, findings and report shaping', () => {
  it('labels satisfaction groups by agent, flow, category and outcome, and the complaint rate', () => {
    const view = satisfactionView(
      {
        totals: scores(5, 20, 0.8, 2.4),
        days: [{ day: '2026-12-06', scores: scores(5, 20, 0.8, 2.4) }],
        byAgent: [
          { key: 'VXNlcjox', scores: scores(4, 50, 1, 2) },
          { key: 'VXNlcjo5', scores: scores(1, -100, 0, 4) },
        ],
        byFlow: [{ key: 'complaint-handling@1', scores: scores(5, 20, 0.8, 2.4) }],
        byCategory: [{ key: 'Q2F0OjE=', scores: scores(5, 20, 0.8, 2.4) }],
        byOutcome: [
          { key: '', scores: scores(1, null, null, null) },
          { key: 'withdrawn', scores: scores(4, 0, 0.5, 3) },
        ],
        complaintRate: 1234.5678,
        complaintsOpened: 5,
        customersServed: 40,
        complaintRateDays: [{ day: '2026-12-06', complaints: 5, served: 40, rate: 1250 }],
      },
      testContext('en'),
    );
    expect(texts(byKey(view.datasets, 'satisfaction-agent'))).toEqual([
      ['王小明', '4', '50.0', '100.0%', '2.0'],
      ['(unknown)', '1', '-100.0', '0.0%', '4.0'],
    ]);
    expect(texts(byKey(view.datasets, 'satisfaction-outcome')).map((r) => r[0])).toEqual([
      'Withdrawn',
      '(none)',
    ]);
    expect(texts(byKey(view.datasets, 'satisfaction-flow'))[0]![0]).toBe('Complaint handling v1');
    const rate = view.kpis.find((k) => k.key === 'complaintRate')!;
    expect(formatCell(rate.value, rate.format)).toBe('1234.57');
    expect(rate.hint).toBe('5 complaints ÷ 40 customers served × 10,000');
  });

  it('pivots findings by category and by day over every day of the period, causes by their labels', () => {
    const view = findingsView(
      {
        total: 4,
        byCause: [
          { rootCause: 'service-attitude', count: 1 },
          { rootCause: 'pricing-fees', count: 3 },
        ],
        byCategory: [
          { category: 'Q2F0OjE=', rootCause: 'pricing-fees', count: 3 },
          { category: '', rootCause: 'service-attitude', count: 1 },
        ],
        days: [
          { day: '2026-12-01', rootCause: 'pricing-fees', count: 2 },
          { day: '2026-12-03', rootCause: 'pricing-fees', count: 1 },
          { day: '2026-12-03', rootCause: 'service-attitude', count: 1 },
        ],
      },
      testContext('zh-CN', ['2026-12-01', '2026-12-02', '2026-12-03']),
    );
    expect(texts(byKey(view.datasets, 'findings-cause'))).toEqual([
      ['收费与定价', '3', '75.0%'],
      ['服务态度与质量', '1', '25.0%'],
    ]);
    const byCategory = byKey(view.datasets, 'findings-category');
    expect(byCategory.columns.map((c) => c.label)).toEqual([
      '投诉分类',
      '收费与定价',
      '服务态度与质量',
      '合计',
    ]);
    expect(texts(byCategory)).toEqual([
      ['信用卡年费', '3', '0', '3'],
      ['（未分类）', '0', '1', '1'],
    ]);
    expect(texts(byKey(view.datasets, 'findings-days'))).toEqual([
      ['2026-12-01', '2', '0', '2'],
      ['2026-12-02', '0', '0', '0'],
      ['2026-12-03', '1', '1', '2'],
    ]);
  });

  it('lays the complaint report out with one column per outcome and the totals row last', () => {
    const row = (channel: string, received: number, outcomes: { outcome: string; count: number }[]) => ({
      channel,
      businessType: channel ? '银行卡' : '',
      cause: channel ? '收费定价' : '',
      received,
      closed: 2,
      closedOnTime: 1,
      extended: 1,
      late: 1,
      open: received - 2,
      onTimeShare: 0.5,
      outcomes,
    });
    const view = reportView(
      {
        from: '2026-11-01',
        to: '2026-11-30',
        rows: [
          row('HOTLINE', 3, [{ outcome: 'resolved', count: 2 }]),
          row('APP', 2, [{ outcome: 'withdrawn', count: 2 }]),
        ],
        totals: row('', 5, [
          { outcome: 'resolved', count: 2 },
          { outcome: 'withdrawn', count: 2 },
          { outcome: 'rejected', count: 0 },
        ]),
      },
      testContext('zh-CN'),
    );
    const report = view.datasets[0]!;
    expect(report.chart).toBeNull();
    expect(report.totalsRow).toBe(true);
    expect(report.columns.map((c) => c.label).slice(-3)).toEqual([
      '未办结',
      '办结结果：已解决',
      '办结结果：客户撤回',
    ]);
    expect(texts(report)).toEqual([
      ['客服热线', '银行卡', '收费定价', '3', '2', '1', '50.0%', '1', '1', '1', '2', '0'],
      ['手机银行', '银行卡', '收费定价', '2', '2', '1', '50.0%', '1', '1', '0', '0', '2'],
      ['合计', '', '', '5', '2', '1', '50.0%', '1', '1', '3', '2', '2'],
    ]);
  });
});
