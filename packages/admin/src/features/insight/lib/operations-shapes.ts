/**
 * The Volume, Time and Negotiation tabs from their query results: key figures, and one dataset (table +
 * chart) per chart, with ids resolved to names. Pure.
 */
import type {
  InsightNegotiationTabQuery,
  InsightTimeTabQuery,
  InsightVolumeTabQuery,
} from '../../../generated/graphql';
import { col, type ShapeContext } from './shape-context';
import { share, type InsightDataset, type Kpi } from './insight-table';

export interface TabView {
  kpis: Kpi[];
  datasets: InsightDataset[];
}

type Volume = InsightVolumeTabQuery['insightVolume'];
type Group = Volume['byChannel'][number];

function groupDataset(
  ctx: ShapeContext,
  key: string,
  title: string,
  label: 'channel' | 'flow' | 'category',
  groups: readonly Group[],
  name: (key: string) => string,
): InsightDataset {
  const rows = [...groups]
    .sort((a, b) => b.opened - a.opened || b.closed - a.closed)
    .map((g) => [name(g.key), g.opened, g.closed, g.cancelled]);
  return {
    key,
    title,
    columns: [
      col(ctx, label, 'text'),
      col(ctx, 'opened', 'count'),
      col(ctx, 'closed', 'count'),
      col(ctx, 'cancelled', 'count'),
    ],
    rows,
    chart: { type: 'bar', series: [1, 2] },
  };
}

export function volumeView(v: Volume, ctx: ShapeContext): TabView {
  const { text, names } = ctx;
  return {
    kpis: [
      { key: 'opened', label: text.kpis.opened, value: v.opened, format: 'count' },
      { key: 'closed', label: text.kpis.closed, value: v.closed, format: 'count' },
      { key: 'openNow', label: text.kpis.openNow, value: v.openNow, format: 'count' },
    ],
    datasets: [
      {
        key: 'volume-days',
        title: text.charts.volumeDays,
        columns: [
          col(ctx, 'day', 'text'),
          col(ctx, 'opened', 'count'),
          col(ctx, 'closed', 'count'),
          col(ctx, 'cancelled', 'count'),
        ],
        rows: v.days.map((d) => [d.day, d.opened, d.closed, d.cancelled]),
        chart: { type: 'line', series: [1, 2] },
      },
      groupDataset(ctx, 'by-channel', text.charts.byChannel, 'channel', v.byChannel, names.channel),
      groupDataset(ctx, 'by-flow', text.charts.byFlow, 'flow', v.byFlow, names.flow),
      groupDataset(ctx, 'by-category', text.charts.byCategory, 'category', v.byCategory, names.category),
      {
        key: 'backlog',
        title: text.charts.backlog,
        columns: [col(ctx, 'step', 'text'), col(ctx, 'waiting', 'count')],
        rows: [...v.backlog]
          .filter((b) => b.count > 0)
          .sort((a, b) => b.count - a.count)
          .map((b) => [names.step(b.step), b.count]),
        chart: { type: 'hbar', series: [1] },
      },
    ],
  };
}

export function timeView(data: InsightTimeTabQuery, ctx: ShapeContext): TabView {
  const { text, names } = ctx;
  const sla = data.insightSla;
  const t = sla.totals;
  const regulatoryTotal = t.regulatoryOnTime + t.regulatoryExtended + t.regulatoryLate;
  const steps = [...data.insightTimeInStep.steps].sort((a, b) => (b.averageMs ?? -1) - (a.averageMs ?? -1));
  return {
    kpis: [
      { key: 'compliance', label: text.kpis.compliance, value: sla.compliance ?? null, format: 'percent' },
      { key: 'breaches', label: text.kpis.breaches, value: t.breaches, format: 'count' },
      { key: 'regulatoryLate', label: text.kpis.regulatoryLate, value: t.regulatoryLate, format: 'count' },
    ],
    datasets: [
      {
        key: 'time-in-step',
        title: text.charts.timeInStep,
        columns: [
          col(ctx, 'step', 'text'),
          col(ctx, 'averageHours', 'hours'),
          col(ctx, 'stays', 'count'),
          col(ctx, 'entered', 'count'),
          col(ctx, 'left', 'count'),
        ],
        rows: steps.map((s) => [names.step(s.step), s.averageMs ?? null, s.count, s.entered, s.left]),
        chart: { type: 'hbar', series: [1] },
      },
      {
        key: 'sla-days',
        title: text.charts.slaDays,
        columns: [
          col(ctx, 'day', 'text'),
          col(ctx, 'met', 'count'),
          col(ctx, 'missed', 'count'),
          col(ctx, 'breaches', 'count'),
        ],
        rows: sla.days.map((d) => [d.day, d.met, d.missed, d.breaches]),
        chart: { type: 'bar', stacked: true, series: [1, 2] },
      },
      {
        key: 'regulatory',
        title: text.charts.regulatory,
        columns: [col(ctx, 'result', 'text'), col(ctx, 'count', 'count'), col(ctx, 'share', 'percent')],
        rows: [
          [text.columns.onTime, t.regulatoryOnTime, share(t.regulatoryOnTime, regulatoryTotal)],
          [text.columns.extendedOnTime, t.regulatoryExtended, share(t.regulatoryExtended, regulatoryTotal)],
          [text.columns.late, t.regulatoryLate, share(t.regulatoryLate, regulatoryTotal)],
          [text.columns.extensions, t.extensions, null],
        ],
        chart: { type: 'bar', series: [1] },
      },
    ],
  };
}

export function negotiationView(data: InsightNegotiationTabQuery, ctx: ShapeContext): TabView {
  const { text } = ctx;
  const n = data.insightNegotiation;
  const t = n.totals;
  return {
    kpis: [
      { key: 'offers', label: text.kpis.offers, value: t.offersProposed, format: 'count' },
      { key: 'signed', label: text.kpis.signed, value: t.agreementsSigned, format: 'count' },
      {
        key: 'signedShare',
        label: text.kpis.signedShare,
        value: share(t.agreementsSigned, data.insightVolume.opened),
        format: 'percent',
        hint: text.kpis.signedShareHint,
      },
      { key: 'restructured', label: text.kpis.restructured, value: String(t.restructured), format: 'yuan' },
      { key: 'waived', label: text.kpis.waived, value: String(t.waived), format: 'yuan' },
    ],
    datasets: [
      {
        key: 'negotiation-days',
        title: text.charts.negotiationDays,
        columns: [
          col(ctx, 'day', 'text'),
          col(ctx, 'offersProposed', 'count'),
          col(ctx, 'offersAccepted', 'count'),
          col(ctx, 'changesRequested', 'count'),
          col(ctx, 'agreementsSigned', 'count'),
        ],
        rows: n.days.map((d) => [
          d.day,
          d.offersProposed,
          d.offersAccepted,
          d.changesRequested,
          d.agreementsSigned,
        ]),
        chart: { type: 'line', series: [1, 2, 3, 4] },
      },
      {
        key: 'amounts-days',
        title: text.charts.amountsDays,
        columns: [col(ctx, 'day', 'text'), col(ctx, 'restructured', 'yuan'), col(ctx, 'waived', 'yuan')],
        rows: n.days.map((d) => [d.day, String(d.restructured), String(d.waived)]),
        chart: { type: 'bar', series: [1, 2] },
      },
    ],
  };
}
