/**
 * The dashboard's filter as it lives in the URL (`/insight?tab=volume&from=…&to=…&channel=HOTLINE`), so a
 * view can be shared: parsing (bad values fall back to the default), writing back, quick periods on
 * Asia/Shanghai calendar days, and the `InsightFilter` variables the queries take. Pure.
 */
import type { InsightFilter } from '../../../generated/graphql';

export const INSIGHT_TABS = ['volume', 'time', 'negotiation', 'satisfaction', 'findings', 'report'] as const;
export type InsightTab = (typeof INSIGHT_TABS)[number];

export const QUICK_PERIODS = [7, 30, 90] as const;
export const DEFAULT_PERIOD_DAYS = 30;

export interface InsightFilterState {
  from: string;
  to: string;
  /** '' (all), a flow key, or `key@version`. */
  flow: string;
  department: string;
  agent: string;
  channel: string;
  category: string;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // Asia/Shanghai has no daylight saving time.
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The Asia/Shanghai calendar day of an instant: `2026-12-06T16:30:00Z` → `2026-12-07`. */
export function shanghaiDay(epochMs: number): string {
  return new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `day` moved by `delta` calendar days. */
export function addDays(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to` inclusive (empty when reversed or not days). */
export function daysBetween(from: string, to: string): string[] {
  if (!isDay(from) || !isDay(to)) return [];
  const out: string[] = [];
  for (let day = from; day <= to && out.length <= 400; day = addDays(day, 1)) out.push(day);
  return out;
}

export function isDay(value: unknown): value is string {
  return (
    typeof value === 'string' && DAY_PATTERN.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  );
}

/** The last `days` Shanghai days, today included. */
export function quickPeriod(days: number, nowMs: number): { from: string; to: string } {
  const to = shanghaiDay(nowMs);
  return { from: addDays(to, -(days - 1)), to };
}

/** Which quick pick the period is, if any (so its button shows pressed). */
export function matchingQuickPeriod(
  state: Pick<InsightFilterState, 'from' | 'to'>,
  nowMs: number,
): number | null {
  return (
    QUICK_PERIODS.find((d) => {
      const q = quickPeriod(d, nowMs);
      return q.from === state.from && q.to === state.to;
    }) ?? null
  );
}

type Query = Record<string, unknown>;
const text = (value: unknown): string => (typeof value === 'string' ? value.trim().slice(0, 200) : '');

export function tabFromQuery(query: Query): InsightTab {
  const tab = text(query['tab']);
  return (INSIGHT_TABS as readonly string[]).includes(tab) ? (tab as InsightTab) : 'volume';
}

/** The filter in the URL; a missing or malformed period is the last 30 days. */
export function filterFromQuery(query: Query, nowMs: number): InsightFilterState {
  const fallback = quickPeriod(DEFAULT_PERIOD_DAYS, nowMs);
  const from = text(query['from']);
  const to = text(query['to']);
  const period = isDay(from) && isDay(to) ? { from, to } : fallback;
  return {
    ...period,
    flow: text(query['flow']),
    department: text(query['department']),
    agent: text(query['agent']),
    channel: text(query['channel']),
    category: text(query['category']),
  };
}

/** The URL query of a view: the tab and the filter's set values only. */
export function filterToQuery(state: InsightFilterState, tab: InsightTab): Record<string, string> {
  const out: Record<string, string> = { tab, from: state.from, to: state.to };
  for (const key of ['flow', 'department', 'agent', 'channel', 'category'] as const) {
    if (state[key]) out[key] = state[key];
  }
  return out;
}

/** The query variables: `flow` split into key and version. */
export function toInsightFilter(state: InsightFilterState): InsightFilter {
  const filter: InsightFilter = { from: state.from, to: state.to };
  const match = /^(.+)@(\d+)$/.exec(state.flow);
  if (match) {
    filter.flowKey = match[1]!;
    filter.flowVersion = Number(match[2]);
  } else if (state.flow) filter.flowKey = state.flow;
  if (state.department) filter.department = state.department;
  if (state.agent) filter.agent = state.agent;
  if (state.channel) filter.channel = state.channel;
  if (state.category) filter.category = state.category;
  return filter;
}
