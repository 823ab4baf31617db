/**
 * The insight queries: they read the daily buckets of the readable generation (and the running-total
 * buckets `day: 'all'` for backlogs), never cases or events. A period holds at most 366 days, so a
 * query reads at most (days × dimension combinations seen on those days) bucket documents.
 */
import { trusted } from 'mongoose';
import { AppError, badInput } from '../../errors/app-error';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access';
import { readDayBuckets } from './insight-read';
import type { InsightBucketRecord, InsightCounters, InsightKind, InsightModels } from './insight.model';

export interface InsightFilterInput {
  from: string;
  to: string;
  flowKey?: string | null;
  flowVersion?: number | null;
  department?: string | null;
  agent?: string | null;
  channel?: string | null;
  category?: string | null;
}

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export type Bucket = Pick<
  InsightBucketRecord,
  | 'key'
  | 'rev'
  | 'day'
  | 'step'
  | 'flowKey'
  | 'flowVersion'
  | 'department'
  | 'agent'
  | 'channel'
  | 'category'
  | 'c'
>;

export interface InsightSlice {
  from: string;
  to: string;
  days: string[];
  buckets: Bucket[];
}

function localId(id: string, type: string, field: string): string {
  const parsed = fromGlobalId(id);
  if (!parsed || parsed.type !== type)
    throw badInput(['filter', field], { zh: `不是有效的${type}标识`, en: `Not a ${type} id` });
  return parsed.localId;
}

/** The days of the period, checked. */
function periodDays(f: InsightFilterInput): string[] {
  const from = Date.parse(`${f.from}T00:00:00Z`);
  const to = Date.parse(`${f.to}T00:00:00Z`);
  if (!(to >= from))
    throw badInput(['filter', 'to'], {
      zh: '结束日期不能早于开始日期',
      en: 'The period ends before it starts',
    });
  const count = (to - from) / DAY_MS + 1;
  if (count > MAX_DAYS)
    throw badInput(['filter', 'to'], {
      zh: `统计期间最长 ${MAX_DAYS} 天`,
      en: `A period holds at most ${MAX_DAYS} days`,
    });
  return Array.from({ length: count }, (_, i) => new Date(from + i * DAY_MS).toISOString().slice(0, 10));
}

/** The dimension filter as a query, narrowed to the viewer's departments unless bank-wide. */
function dimensionFilter(f: InsightFilterInput, viewer: Viewer): Record<string, unknown> {
  const q: Record<string, unknown> = {};
  if (f.flowKey) q['flowKey'] = f.flowKey;
  if (f.flowVersion != null) q['flowVersion'] = f.flowVersion;
  if (f.channel) q['channel'] = f.channel;
  if (f.agent) q['agent'] = localId(f.agent, 'User', 'agent');
  if (f.category) q['category'] = localId(f.category, 'ComplaintCategory', 'category');
  const bankWide = viewer.kind !== 'user' || viewer.permissions.has('case.all-departments');
  const mine = viewer.kind === 'user' ? viewer.departments : [];
  if (f.department) {
    if (!bankWide && !mine.includes(f.department))
      throw new AppError(
        'FORBIDDEN',
        { zh: '只能查看本部门的统计', en: "Figures of other departments need 'case.all-departments'" },
        { fieldPath: ['filter', 'department'] },
      );
    q['department'] = f.department;
  } else if (!bankWide) q['department'] = trusted({ $in: [...mine] });
  return q;
}

/** A condition of a mongo-style filter (equality, `$in`, `$gte`/`$lte`) as a predicate. */
function condition(c: unknown): (v: unknown) => boolean {
  if (c === null || typeof c !== 'object' || c instanceof Date) return (v) => v === c;
  const o = c as Record<string, unknown>;
  const tests: ((v: unknown) => boolean)[] = [];
  for (const [op, arg] of Object.entries(o)) {
    if (op === '$in' && Array.isArray(arg)) tests.push((v) => arg.includes(v));
    else if (op === '$gte') tests.push((v) => (v as string | number) >= (arg as string | number));
    else if (op === '$lte') tests.push((v) => (v as string | number) <= (arg as string | number));
    else if (op === '$gt') tests.push((v) => (v as string | number) > (arg as string | number));
    else if (op === '$lt') tests.push((v) => (v as string | number) < (arg as string | number));
    else if (op === '$eq') tests.push((v) => v === arg);
    else throw new Error(`insight: unsupported bucket condition ${op}`);
  }
  return (v) => tests.every((t) => t(v));
}

/**
 * The buckets of one kind on the matching days, narrowed by the dimension filter. Reads the newest
 * heads and then exactly the day documents of those days, each by `_id` (insight-store.ts `readDays`):
 * the documents read depend on the period, not on how much data the roll-ups hold.
 */
async function read(
  models: InsightModels,
  kind: InsightKind,
  dayFilter: unknown,
  dims: Record<string, unknown>,
): Promise<Bucket[]> {
  const buckets = await readDayBuckets(models, kind, condition(dayFilter));
  if (!buckets) return [];
  const tests = Object.entries(dims).map(([field, c]) => [field, condition(c)] as const);
  return buckets.filter((b) =>
    tests.every(([field, test]) => test((b as unknown as Record<string, unknown>)[field])),
  );
}

/** The period's daily buckets of one kind. */
export async function periodBuckets(
  models: InsightModels,
  viewer: Viewer,
  kind: InsightKind,
  f: InsightFilterInput,
): Promise<InsightSlice> {
  const days = periodDays(f);
  const dims = dimensionFilter(f, viewer);
  const buckets = await read(models, kind, trusted({ $gte: f.from, $lte: f.to }), dims);
  return { from: f.from, to: f.to, days, buckets };
}

/** The running totals (all days) of one kind, for backlogs. */
export async function runningBuckets(
  models: InsightModels,
  viewer: Viewer,
  kind: InsightKind,
  f: InsightFilterInput,
): Promise<Bucket[]> {
  return read(models, kind, 'all', dimensionFilter(f, viewer));
}

export function sum(buckets: readonly Bucket[], names: readonly string[]): InsightCounters {
  const out: InsightCounters = Object.fromEntries(names.map((n) => [n, 0]));
  for (const b of buckets) for (const n of names) out[n] = (out[n] ?? 0) + (b.c[n] ?? 0);
  return out;
}

/** Per day of the period (every day, zeros included). */
export function perDay(
  slice: InsightSlice,
  names: readonly string[],
): { day: string; counts: InsightCounters }[] {
  const byDay = new Map<string, Bucket[]>();
  for (const b of slice.buckets) {
    const list = byDay.get(b.day);
    if (list) list.push(b);
    else byDay.set(b.day, [b]);
  }
  return slice.days.map((day) => ({ day, counts: sum(byDay.get(day) ?? [], names) }));
}

/** Grouped by a dimension (keys as clients know them: global ids for agents and categories). */
export function perGroup(
  buckets: readonly Bucket[],
  group: (b: Bucket) => string,
  names: readonly string[],
): { key: string; counts: InsightCounters }[] {
  const by = new Map<string, Bucket[]>();
  for (const b of buckets) {
    const key = group(b);
    const list = by.get(key);
    if (list) list.push(b);
    else by.set(key, [b]);
  }
  return [...by]
    .map(([key, list]) => ({ key, counts: sum(list, names) }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export const groupKey = {
  channel: (b: Bucket) => b.channel,
  flow: (b: Bucket) => `${b.flowKey}@${b.flowVersion}`,
  department: (b: Bucket) => b.department,
  category: (b: Bucket) => (b.category ? toGlobalId('ComplaintCategory', b.category) : ''),
  agent: (b: Bucket) => (b.agent ? toGlobalId('User', b.agent) : ''),
  step: (b: Bucket) => b.step,
};
