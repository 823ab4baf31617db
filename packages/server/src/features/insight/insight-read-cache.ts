/**
 * A per-process cache of decoded roll-up documents for the query path. Day documents
 * (`gen:kind:day:n`) and heads (`gen:n`) are immutable once written: every applier of batch n writes
 * the same content under the same `_id`, and a newer batch writes a new `_id` instead of changing one.
 * So a copy read once stays right for as long as a reader is sent to that `_id`, and a dashboard's
 * repeated queries (another filter, another tab, a refresh) read from the database only what a batch
 * has replaced since: the heads probe and the day documents the follower rewrote (docs/insight.md).
 *
 * A query's figures are a function of the snapshot (generation and heads n) and its arguments, so
 * they are kept too, under that key: the same query on an unchanged roll-up (a refresh, a second
 * supervisor, the export after the screen) reads only the generation and probes heads n+1.
 *
 * Entries are kept per model instance (one per connection: tests and benchmarks that open another
 * database get another cache) and per generation start, and bounded in number (least recently used
 * go first).
 */
import type { InsightBucketRecord, InsightDay } from './insight.model';

/** Day documents kept per connection (a year of every kind, with room). */
const MAX_DAYS = 3_000;
/** Query results kept per connection. */
const MAX_RESULTS = 200;

export interface CachedDay {
  day: InsightDay;
  /** The buckets as the queries see them (insight-store.ts `bucketsOf`), computed once. */
  buckets: InsightBucketRecord[];
}

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value!);
  }
  clear(): void {
    this.map.clear();
  }
}

interface Caches {
  days: Lru<CachedDay>;
  heads: Lru<Record<string, number>>;
  /** Query results by (roll-up snapshot, query, arguments, the caller's department scope). */
  results: Lru<unknown>;
}

const byModel = new WeakMap<object, Caches>();
let enabled = true;

/** The caches of one connection's bucket model. */
export function readCache(bucketModel: object): Caches | null {
  if (!enabled) return null;
  let c = byModel.get(bucketModel);
  if (!c) {
    c = { days: new Lru(MAX_DAYS), heads: new Lru(8), results: new Lru(MAX_RESULTS) };
    byModel.set(bucketModel, c);
  }
  return c;
}

/** Empties the caches of one connection (the benchmark measures cold reads this way). */
export function clearReadCache(bucketModel: object): void {
  const c = byModel.get(bucketModel);
  c?.days.clear();
  c?.heads.clear();
  c?.results.clear();
}

/** Empties only the kept query results (the benchmark measures a new filter on read documents). */
export function clearResultCache(bucketModel: object): void {
  byModel.get(bucketModel)?.results.clear();
}

/** Turns the cache off or on for the whole process (the benchmark compares both). */
export function setReadCacheEnabled(on: boolean): void {
  enabled = on;
}

/** The cache key of a document of a generation (the start tells a rebuilt database's ids apart). */
export const cacheKey = (genStartedAt: Date, id: string): string => `${genStartedAt.getTime()}|${id}`;
