/**
 * A bounded cache of documents that never change once written: draft revisions and published versions
 * (append-only, never updated or deleted). Only hits are cached — a missing entry may be appended at
 * any moment — so a cached read is always a read the database would answer the same way.
 *
 * One cache per model object: each connection (and each test database) has its own models, so nothing
 * leaks between databases.
 */
import type { Model } from 'mongoose';

// Bounded by count: a 200-step bundle is ~50 kB of JSON, parsed a few times that.
const MAX_ENTRIES = 200;
const MAX_LOGS = 10_000;

export class ImmutableCache<T> {
  private readonly entries = new Map<string, T>();
  /** Per log (template or survey key): the highest number seen to exist. A lower bound forever. */
  private readonly highest = new Map<string, number>();

  highestSeen(log: string): number | undefined {
    return this.highest.get(log);
  }

  sawNumber(log: string, n: number): void {
    if ((this.highest.get(log) ?? 0) >= n) return;
    if (this.highest.size >= MAX_LOGS) this.highest.clear();
    this.highest.set(log, n);
  }

  get(id: string): T | undefined {
    const hit = this.entries.get(id);
    if (hit !== undefined) {
      // Re-insert to keep the most recently used last (Map keeps insertion order).
      this.entries.delete(id);
      this.entries.set(id, hit);
    }
    return hit;
  }

  set(id: string, value: T): void {
    this.entries.set(id, value);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

const caches = new WeakMap<object, ImmutableCache<unknown>>();

export function cacheOf<T>(model: Model<T>): ImmutableCache<T> {
  let cache = caches.get(model);
  if (!cache) {
    cache = new ImmutableCache<unknown>();
    caches.set(model, cache);
  }
  return cache as ImmutableCache<T>;
}

/** `findById(...).lean()` through the cache; a found entry `n` of log `log` raises its lower bound. */
export async function findImmutable<T>(
  model: Model<T>,
  id: string,
  log: string,
  n: number,
): Promise<T | null> {
  const cache = cacheOf(model);
  const hit = cache.get(id);
  if (hit) return hit;
  const found = await model.findById(id).lean<T>().exec();
  if (found) {
    cache.set(id, found);
    cache.sawNumber(log, n);
  }
  return found;
}

/** Records an entry this process has just appended. */
export function remember<T>(model: Model<T>, id: string, value: T, log: string, n: number): void {
  const cache = cacheOf(model);
  cache.set(id, value);
  cache.sawNumber(log, n);
}
