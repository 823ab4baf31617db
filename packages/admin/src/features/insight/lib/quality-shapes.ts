/**
 * The Satisfaction, Findings and Report tabs from their query results (contract SDL of issue 12). Pure.
 */
import type {
  InsightComplaintReportQuery,
  InsightFindingsTabQuery,
  InsightReportRowFragment,
  InsightSatisfactionTabQuery,
  InsightScoresFragment,
} from '../../../generated/graphql';
import { col, fill, type ShapeContext } from './shape-context';
import type { Cell, Column, InsightDataset } from './insight-table';
import type { TabView } from './operations-shapes';

type Satisfaction = InsightSatisfactionTabQuery['insightSatisfaction'];
type Scores = InsightScoresFragment;

function scoreColumns(ctx: ShapeContext): Column[] {
  return [
    col(ctx, 'answered', 'count'),
    col(ctx, 'nps', 'score'),
    col(ctx, 'csat', 'percent'),
    col(ctx, 'ces', 'score'),
  ];
}
const scoreCells = (s: Scores): Cell[] => [s.answered, s.nps ?? null, s.csat ?? null, s.ces ?? null];

function groupDataset(
  ctx: ShapeContext,
  key: string,
  title: string,
  label: 'agent' | 'flow' | 'category' | 'outcome',
  groups: Satisfaction['byAgent'],
  name: (key: string) => string,
): InsightDataset {
  return {
    key,
    title,
    columns: [col(ctx, label, 'text'), ...scoreColumns(ctx)],
    rows: [...groups]
      .sort((a, b) => b.scores.answered - a.scores.answered)
      .map((g) => [name(g.key), ...scoreCells(g.scores)]),
    chart: { type: 'bar', series: [2] },
  };
}

export function satisfactionView(s: Satisfaction, ctx: ShapeContext): TabView {
  const { text, names } = ctx;
  const t = s.totals;
  return {
    kpis: [
      { key: 'nps', label: text.kpis.nps, value: t.nps ?? null, format: 'score' },
      { key: 'csat', label: text.kpis.csat, value: t.csat ?? null, format: 'percent' },
      { key: 'ces', label: text.kpis.ces, value: t.ces ?? null, format: 'score' },
      {
        key: 'responseRate',
        label: text.kpis.responseRate,
        value: t.responseRate ?? null,
        format: 'percent',
      },
      {
        key: 'complaintRate',
        label: text.kpis.complaintRate,
        value: s.complaintRate ?? null,
        format: 'rate',
        hint: fill(text.kpis.complaintRateHint, {
          complaints: s.complaintsOpened,
          served: s.customersServed,
        }),
      },
    ],
    datasets: [
      {
        key: 'satisfaction-days',
        title: text.charts.satisfactionDays,
        columns: [col(ctx, 'day', 'text'), ...scoreColumns(ctx)],
        rows: s.days.map((d) => [d.day, ...scoreCells(d.scores)]),
        chart: { type: 'line', series: [2, 4] },
      },
      groupDataset(ctx, 'satisfaction-agent', text.charts.byAgent, 'agent', s.byAgent, names.agent),
      groupDataset(ctx, 'satisfaction-flow', text.charts.bySatisfactionFlow, 'flow', s.byFlow, names.flow),
      groupDataset(
        ctx,
        'satisfaction-category',
        text.charts.bySatisfactionCategory,
        'category',
        s.byCategory,
        names.category,
      ),
      groupDataset(ctx, 'satisfaction-outcome', text.charts.byOutcome, 'outcome', s.byOutcome, names.outcome),
      {
        key: 'complaint-rate-days',
        title: text.charts.complaintRateDays,
        columns: [
          col(ctx, 'day', 'text'),
          col(ctx, 'complaints', 'count'),
          col(ctx, 'served', 'count'),
          col(ctx, 'rate', 'rate'),
        ],
        rows: s.complaintRateDays.map((d) => [d.day, d.complaints, d.served, d.rate ?? null]),
        chart: { type: 'line', series: [3] },
      },
    ],
  };
}

type Findings = InsightFindingsTabQuery['insightFindings'];

export function findingsView(f: Findings, ctx: ShapeContext): TabView {
  const { text, names } = ctx;
  const causeOrder = [...f.byCause].sort((a, b) => b.count - a.count).map((c) => c.rootCause);
  const causeColumns = causeOrder.map((code) => ({
    key: code,
    label: names.rootCause(code),
    format: 'count' as const,
  }));
  // Category × cause, and day × cause: one row per category (or day), one column per cause.
  const byCategory = new Map<string, Map<string, number>>();
  for (const c of f.byCategory) {
    const row = byCategory.get(c.category) ?? new Map<string, number>();
    row.set(c.rootCause, (row.get(c.rootCause) ?? 0) + c.count);
    byCategory.set(c.category, row);
  }
  const byDay = new Map<string, Map<string, number>>();
  for (const d of f.days) {
    const row = byDay.get(d.day) ?? new Map<string, number>();
    row.set(d.rootCause, (row.get(d.rootCause) ?? 0) + d.count);
    byDay.set(d.day, row);
  }
  const sum = (row: Map<string, number> | undefined) => [...(row?.values() ?? [])].reduce((a, b) => a + b, 0);
  const series = causeOrder.map((_, i) => i + 1);
  return {
    kpis: [{ key: 'findings', label: text.kpis.findings, value: f.total, format: 'count' }],
    datasets: [
      {
        key: 'findings-cause',
        title: text.charts.findingsByCause,
        columns: [col(ctx, 'rootCause', 'text'), col(ctx, 'count', 'count'), col(ctx, 'share', 'percent')],
        rows: causeOrder.map((code) => {
          const count = f.byCause.find((c) => c.rootCause === code)!.count;
          return [names.rootCause(code), count, f.total === 0 ? null : count / f.total];
        }),
        chart: { type: 'hbar', series: [1] },
      },
      {
        key: 'findings-category',
        title: text.charts.findingsByCategory,
        columns: [col(ctx, 'category', 'text'), ...causeColumns, col(ctx, 'total', 'count')],
        rows: [...byCategory.entries()]
          .sort((a, b) => sum(b[1]) - sum(a[1]))
          .map(([category, row]) => [
            names.category(category),
            ...causeOrder.map((code) => row.get(code) ?? 0),
            sum(row),
          ]),
        chart: { type: 'bar', stacked: true, series },
      },
      {
        key: 'findings-days',
        title: text.charts.findingsDays,
        columns: [col(ctx, 'day', 'text'), ...causeColumns, col(ctx, 'total', 'count')],
        rows: ctx.days.map((day) => {
          const row = byDay.get(day);
          return [day, ...causeOrder.map((code) => row?.get(code) ?? 0), sum(row)];
        }),
        chart: { type: 'bar', stacked: true, series },
      },
    ],
  };
}

type Report = InsightComplaintReportQuery['complaintReport'];

export function reportView(r: Report, ctx: ShapeContext): TabView {
  const { text, names } = ctx;
  const outcomeCodes = [
    ...new Set(
      [...r.rows, r.totals].flatMap((row) => row.outcomes.filter((o) => o.count > 0).map((o) => o.outcome)),
    ),
  ].sort();
  const cells = (row: InsightReportRowFragment, first: Cell[]): Cell[] => [
    ...first,
    row.received,
    row.closed,
    row.closedOnTime,
    row.onTimeShare ?? null,
    row.extended,
    row.late,
    row.open,
    ...outcomeCodes.map((code) => row.outcomes.find((o) => o.outcome === code)?.count ?? 0),
  ];
  const label = (code: string) => code || text.words.uncategorised;
  return {
    kpis: [
      { key: 'received', label: text.kpis.received, value: r.totals.received, format: 'count' },
      {
        key: 'onTimeShare',
        label: text.kpis.onTimeShare,
        value: r.totals.onTimeShare ?? null,
        format: 'percent',
      },
    ],
    datasets: [
      {
        key: 'complaint-report',
        title: text.charts.report,
        columns: [
          col(ctx, 'channel', 'text'),
          col(ctx, 'businessType', 'text'),
          col(ctx, 'cause', 'text'),
          col(ctx, 'received', 'count'),
          col(ctx, 'closed', 'count'),
          col(ctx, 'closedOnTime', 'count'),
          col(ctx, 'onTimeShare', 'percent'),
          col(ctx, 'extended', 'count'),
          col(ctx, 'late', 'count'),
          col(ctx, 'open', 'count'),
          ...outcomeCodes.map((code) => ({
            key: `outcome:${code}`,
            label: fill(text.columns.outcomeOf, { outcome: names.outcome(code) }),
            format: 'count' as const,
          })),
        ],
        rows: [
          ...r.rows.map((row) =>
            cells(row, [names.channel(row.channel), label(row.businessType), label(row.cause)]),
          ),
          cells(r.totals, [text.card.totals, '', '']),
        ],
        chart: null,
        totalsRow: true,
      },
    ],
  };
}
