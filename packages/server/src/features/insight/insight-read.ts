/**
 * The query path's reads of the roll-ups: the newest heads, then the day documents of the period by
 * `_id`, through the read cache (insight-read-cache.ts). Nothing here writes.
 */
import { cacheKey, readCache, type CachedDay } from './insight-read-cache';
import {
  bucketsOf,
  dayDocId,
  days,
  decodeHeads,
  probeLatest,
  readableGenerationRecord,
} from './insight-store';
import type {
  InsightBucketRecord,
  InsightDay,
  InsightGenerationRecord,
  InsightHeadsRecord,
  InsightKind,
  InsightModels,
} from './insight.model';

const byKind = new WeakMap<Record<string, number>, Map<string, [day: string, n: number][]>>();

/** The heads' entries by kind, worked out once per (cached, immutable) heads object. */
function headsByKind(heads: Record<string, number>): Map<string, [string, number][]> {
  let index = byKind.get(heads);
  if (!index) {
    index = new Map();
    for (const [hk, n] of Object.entries(heads)) {
      const i = hk.indexOf('|');
      const kind = hk.slice(0, i);
      const list = index.get(kind) ?? [];
      list.push([hk.slice(i + 1), n]);
      index.set(kind, list);
    }
    byKind.set(heads, index);
  }
  return index;
}

/** Cached buckets are shared by every query that reads them: frozen, so none can change another's. */
function frozen(list: InsightBucketRecord[]): InsightBucketRecord[] {
  for (const b of list) {
    Object.freeze(b.c);
    Object.freeze(b);
  }
  return list;
}

/**
 * The newest heads of the generation: a cached copy whose successor does not exist yet is the newest
 * (heads n-1 are pruned only after heads n exist), else probed upwards from the hint by `_id`.
 */
async function newestHeads(
  models: InsightModels,
  g: InsightGenerationRecord,
  hint: number,
): Promise<{ n: number; heads: Record<string, number> } | null> {
  const cache = readCache(models.InsightBucket);
  const cached = cache?.heads.get(cacheKey(g.startedAt, `${g._id}:${hint}`));
  if (cached) {
    const next = await models.InsightHeads.findById(`${g._id}:${hint + 1}`)
      .select({ n: 1 })
      .lean()
      .exec();
    if (!next) return { n: hint, heads: cached };
  }
  const doc = await probeLatest<InsightHeadsRecord>(models.InsightHeads, g._id, hint);
  if (!doc) return null;
  const heads = decodeHeads(doc);
  cache?.heads.set(cacheKey(g.startedAt, doc._id), heads);
  return { n: doc.n, heads };
}

/**
 * The current day documents of one kind whose day matches, each by `_id` (docs/insight.md), or from
 * the read cache: day documents never change under their `_id` (insight-read-cache.ts).
 */
async function currentDays(
  models: InsightModels,
  kind: InsightKind,
  matches: (day: string) => boolean,
): Promise<CachedDay[] | null> {
  const g = await readableGenerationRecord(models);
  if (!g) return null;
  const cache = readCache(models.InsightBucket);
  let hint = g.lastN ?? 1;
  for (let attempt = 0; attempt < 8; attempt++) {
    const found = await newestHeads(models, g, hint);
    if (!found) return [];
    const ids = (headsByKind(found.heads).get(kind) ?? [])
      .filter(([day]) => matches(day))
      .map(([day, m]) => dayDocId(g._id, kind, day, m));
    const out: CachedDay[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const hit = cache?.days.get(cacheKey(g.startedAt, id));
      if (hit) out.push(hit);
      else missing.push(id);
    }
    const docs = await days(models, missing);
    if (docs.size === missing.length) {
      for (const d of docs.values()) {
        const entry = { day: d, buckets: frozen(bucketsOf([d])) };
        cache?.days.set(cacheKey(g.startedAt, d._id), entry);
        out.push(entry);
      }
      return out;
    }
    // A newer batch replaced some of them between our two reads: read its heads.
    hint = found.n + 1;
  }
  throw new Error('insight: the day documents keep changing under the reader');
}

/** Reads the current day documents of one kind whose day matches (docs/insight.md). */
export async function readDays(
  models: InsightModels,
  kind: InsightKind,
  matches: (day: string) => boolean,
): Promise<InsightDay[] | null> {
  return (await currentDays(models, kind, matches))?.map((d) => d.day) ?? null;
}

/** The buckets of the current day documents of one kind whose day matches, as the queries see them. */
export async function readDayBuckets(
  models: InsightModels,
  kind: InsightKind,
  matches: (day: string) => boolean,
): Promise<InsightBucketRecord[] | null> {
  return (await currentDays(models, kind, matches))?.flatMap((d) => d.buckets) ?? null;
}

/**
 * The query's result for the current snapshot of the roll-ups: from the read cache when the same
 * query (`key`: its name, arguments and the caller's department scope) ran on this snapshot before,
 * else computed and kept. Only for queries whose figures come from the buckets alone.
 */
export async function onSnapshot<T>(
  models: InsightModels,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = readCache(models.InsightBucket);
  const g = cache ? await readableGenerationRecord(models) : null;
  const found = g ? await newestHeads(models, g, g.lastN ?? 1) : null;
  if (!cache || !g || !found) return compute();
  const at = cacheKey(g.startedAt, `${g._id}:${found.n}|${key}`);
  if (cache.results.get(at) === undefined) cache.results.set(at, await compute());
  return cache.results.get(at) as T;
}
