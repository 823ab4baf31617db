/**
 * Writing and reading the roll-up documents without relying on an atomic read-modify-write:
 * generations, versioned case states, immutable day documents and the heads that name the current
 * ones (see insight.model.ts). Reads on the query path are lookups by `_id` only.
 */
import { trusted, type Model } from 'mongoose';
import { duplicateKeyIndexes } from '../../errors/app-error';
import type { BucketDelta, InsightCaseState } from './insight-fold';
import {
  INSIGHT_FORMAT,
  type InsightBucketRecord,
  type InsightCounters,
  type InsightDayBucket,
  type InsightDay,
  type InsightDayRecord,
  type InsightGenerationRecord,
  type InsightHeadsRecord,
  type InsightKind,
  type InsightModels,
} from './insight.model';

/** Inserts documents, ignoring the ones whose `_id` exists; returns the indexes that were duplicates. */
export async function insertNew(
  model: { collection: { insertMany(docs: object[], o: { ordered: false }): Promise<unknown> } },
  docs: object[],
): Promise<number[]> {
  if (docs.length === 0) return [];
  try {
    await model.collection.insertMany(docs, { ordered: false });
    return [];
  } catch (err) {
    const duplicates = duplicateKeyIndexes(err, docs.length);
    if (!duplicates) throw err;
    return duplicates;
  }
}

/** The generation followers work on (created on first use; one of an older format is rebuilt). */
export async function workingGeneration(models: InsightModels, now: Date): Promise<number> {
  for (;;) {
    const [g] = await models.InsightGeneration.find({}).sort({ _id: -1 }).limit(1).lean().exec();
    if (g && g.format === INSIGHT_FORMAT) return g._id;
    const id = (g?._id ?? 0) + 1;
    const dup = await insertNew(models.InsightGeneration, [
      { _id: id, startedAt: now, caughtUpAt: null, format: INSIGHT_FORMAT },
    ]);
    if (dup.length === 0) return id;
  }
}

/** The generation readers use: the newest of this format that has caught up (else the newest). */
export async function readableGenerationRecord(
  models: InsightModels,
): Promise<InsightGenerationRecord | null> {
  const gens = (await models.InsightGeneration.find({}).sort({ _id: -1 }).limit(10).lean().exec()).filter(
    (g) => g.format === INSIGHT_FORMAT,
  );
  return gens.find((g) => g.caughtUpAt !== null) ?? gens[0] ?? null;
}

export async function readableGeneration(models: InsightModels): Promise<number | null> {
  return (await readableGenerationRecord(models))?._id ?? null;
}

/** Starts a new generation (a rebuild); followers switch to it and fold the log from its beginning. */
export async function startGeneration(models: InsightModels, now: Date): Promise<number> {
  for (;;) {
    const current = await workingGeneration(models, now);
    const dup = await insertNew(models.InsightGeneration, [
      { _id: current + 1, startedAt: now, caughtUpAt: null, format: INSIGHT_FORMAT },
    ]);
    if (dup.length === 0) return current + 1;
  }
}

/** Records (a hint only) that batch n of the generation is applied. */
export async function hintApplied(models: InsightModels, gen: number, n: number): Promise<void> {
  await models.InsightGeneration.updateOne({ _id: gen }, { $max: { lastN: n } }).exec();
}

/**
 * The document `${gen}:${n}` with the highest n of a chain whose members are inserted in order of n
 * and pruned from below: probes `_id`s upwards from the hint (index lookups everywhere); a hint that
 * has been pruned meanwhile falls back to one query over the collection (the chain's recent members).
 */
export async function probeLatest<T extends { n: number }>(
  model: Model<T>,
  gen: number,
  hint: number,
  projection: Record<string, 1> = {},
): Promise<T | null> {
  let best: T | null = null;
  for (let n = Math.max(1, hint); ; n++) {
    const doc = await model.findById(`${gen}:${n}`, projection).lean<T>().exec();
    if (!doc) break;
    best = doc;
  }
  if (best) return best;
  const [doc] = await model
    .find({ gen } as never, projection)
    .sort({ n: -1 })
    .limit(1)
    .lean<T[]>()
    .exec();
  return doc ?? null;
}

/** Deletes documents by `_id`, each delete an `_id` lookup (one round trip). */
type BulkOps = Parameters<Model<{ _id: string }>['collection']['bulkWrite']>[0];

export async function deleteByIds(
  model: { collection: { bulkWrite(ops: BulkOps, o: { ordered: false }): Promise<unknown> } },
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await model.collection.bulkWrite(
    ids.map((id) => ({ deleteOne: { filter: { _id: id as never } } })),
    { ordered: false },
  );
}

/** The latest state of each case as of batches before `beforeN` (absent: the case is new). */
export async function caseStates(
  models: InsightModels,
  gen: number,
  caseIds: string[],
  beforeN = Number.MAX_SAFE_INTEGER,
): Promise<Map<string, { n: number; state: InsightCaseState }>> {
  const out = new Map<string, { n: number; state: InsightCaseState }>();
  if (caseIds.length === 0) return out;
  const docs = await models.InsightCaseState.find({
    gen,
    caseId: trusted({ $in: caseIds }),
    n: trusted({ $lt: beforeN }),
  })
    .lean()
    .exec();
  for (const d of docs) {
    const seen = out.get(d.caseId);
    if (!seen || d.n > seen.n) out.set(d.caseId, { n: d.n, state: JSON.parse(d.state) as InsightCaseState });
  }
  return out;
}

/** Latest revision per key (concurrent writers may briefly leave two; the higher rev is the bucket). */
export function latestPerKey<T extends Pick<InsightBucketRecord, 'key' | 'rev'>>(docs: T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const d of docs) {
    const seen = out.get(d.key);
    if (!seen || d.rev > seen.rev) out.set(d.key, d);
  }
  return out;
}

function add(a: InsightCounters, b: InsightCounters): InsightCounters {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

export const headKey = (kind: string, day: string): string => `${kind}|${day}`;
export const dayDocId = (gen: number, kind: string, day: string, n: number): string =>
  `${gen}:${kind}:${day}:${n}`;

/**
 * The day documents batch n writes: for every (kind, day) its deltas touch, the previous copy (or
 * none) plus the deltas, and the heads after batch n. Pure: every applier of batch n computes the same.
 */
export function dayDocuments(
  gen: number,
  n: number,
  prevHeads: Readonly<Record<string, number>>,
  prevDocs: ReadonlyMap<string, InsightDay>,
  deltas: readonly BucketDelta[],
): { docs: InsightDay[]; heads: Record<string, number> } {
  const touched = new Map<string, { kind: InsightKind; day: string; list: BucketDelta[] }>();
  for (const d of deltas) {
    const hk = headKey(d.kind, d.day);
    if (hk.includes('.') || hk.startsWith('$')) throw new Error(`insight: bad bucket kind or day ${hk}`);
    const t = touched.get(hk) ?? { kind: d.kind, day: d.day, list: [] };
    t.list.push(d);
    touched.set(hk, t);
  }
  const heads = { ...prevHeads };
  const docs: InsightDay[] = [];
  for (const [hk, t] of touched) {
    const prev = prevDocs.get(hk);
    const byKey = new Map<string, InsightDayBucket>(prev?.buckets.map((b) => [b.key, b]) ?? []);
    for (const d of t.list) {
      const b = byKey.get(d.key);
      byKey.set(d.key, { key: d.key, step: d.step, ...d.dims, c: add(b?.c ?? {}, d.c) });
    }
    docs.push({
      _id: dayDocId(gen, t.kind, t.day, n),
      gen,
      kind: t.kind,
      day: t.day,
      n,
      buckets: [...byKey.values()],
    });
    heads[hk] = n;
  }
  return { docs, heads };
}

/** A day document as stored, and back. */
export const encodeDay = (d: InsightDay): InsightDayRecord => ({ ...d, buckets: JSON.stringify(d.buckets) });
const decodeDay = (d: InsightDayRecord): InsightDay => ({
  ...d,
  buckets: JSON.parse(d.buckets) as InsightDayBucket[],
});
export const encodeHeads = (gen: number, n: number, heads: Record<string, number>): InsightHeadsRecord => ({
  _id: `${gen}:${n}`,
  gen,
  n,
  heads: JSON.stringify(heads),
});
export const decodeHeads = (h: InsightHeadsRecord): Record<string, number> =>
  JSON.parse(h.heads) as Record<string, number>;

export async function days(models: InsightModels, ids: readonly string[]): Promise<Map<string, InsightDay>> {
  const found = await byIds<InsightDayRecord>(models.InsightBucket, ids);
  return new Map([...found].map(([id, d]) => [id, decodeDay(d)]));
}

async function byIds<T extends { _id: string }>(
  model: { findById(id: string): { lean<R>(): { exec(): Promise<R | null> } } },
  ids: readonly string[],
): Promise<Map<string, T>> {
  const docs = await Promise.all(ids.map((id) => model.findById(id).lean<T>().exec()));
  return new Map(docs.filter((d): d is NonNullable<typeof d> => d !== null).map((d) => [d._id, d]));
}

/**
 * Adds batch `n`'s deltas to the day documents. Its heads document is the mark that the batch's day
 * documents are all written: present → nothing to do. Otherwise, from batch n-1's heads, every day
 * document it touches gets a copy `:n` (insert; an applier racing on the same batch inserts the same
 * document and gets a duplicate), then the heads `:n`, then the superseded copies and heads `n-1` are
 * deleted (a reader that still held them reads the new heads). All reads and deletes are by `_id`.
 */
export async function applyBucketDeltas(
  models: InsightModels,
  gen: number,
  n: number,
  deltas: BucketDelta[],
): Promise<void> {
  const done = await models.InsightHeads.findById(`${gen}:${n}`).select({ n: 1 }).lean().exec();
  if (done) return;
  const prevHeadsDoc =
    n > 1
      ? await models.InsightHeads.findById(`${gen}:${n - 1}`)
          .lean<InsightHeadsRecord>()
          .exec()
      : null;
  if (n > 1 && !prevHeadsDoc) {
    // Batch n-1's heads are pruned only after batch n's heads exist.
    if (await models.InsightHeads.findById(`${gen}:${n}`).select({ n: 1 }).lean().exec()) return;
    throw new Error(`insight: heads of batch ${gen}:${n - 1} are missing`);
  }
  const prevHeads = prevHeadsDoc ? decodeHeads(prevHeadsDoc) : {};
  const touched = [...new Set(deltas.map((d) => headKey(d.kind, d.day)))];
  const prevIds = touched.filter((hk) => prevHeads[hk] !== undefined);
  const idOf = (hk: string, m: number) => {
    const i = hk.indexOf('|');
    return dayDocId(gen, hk.slice(0, i), hk.slice(i + 1), m);
  };
  const found = await days(
    models,
    prevIds.map((hk) => idOf(hk, prevHeads[hk]!)),
  );
  const prevDocs = new Map<string, InsightDay>();
  const skip = new Set<string>();
  const missing = prevIds.filter((hk) => !found.has(idOf(hk, prevHeads[hk]!)));
  // A copy pruned meanwhile: a racing applier of this batch wrote this day's copy `:n` already.
  const already = await byIds<InsightDayRecord>(
    models.InsightBucket,
    missing.map((hk) => idOf(hk, n)),
  ); // (only their presence counts)
  for (const hk of missing) {
    if (!already.has(idOf(hk, n)))
      throw new Error(`insight: day document ${idOf(hk, prevHeads[hk]!)} vanished`);
    skip.add(hk);
  }
  for (const hk of prevIds) {
    const d = found.get(idOf(hk, prevHeads[hk]!));
    if (d) prevDocs.set(hk, d);
  }
  const { docs, heads } = dayDocuments(
    gen,
    n,
    prevHeads,
    prevDocs,
    deltas.filter((d) => !skip.has(headKey(d.kind, d.day))),
  );
  for (const hk of skip) heads[hk] = n;
  await insertNew(models.InsightBucket, docs.map(encodeDay));
  await insertNew(models.InsightHeads, [encodeHeads(gen, n, heads)]);
  await deleteByIds(
    models.InsightBucket,
    prevIds.map((hk) => idOf(hk, prevHeads[hk]!)),
  );
  if (n > 1) await deleteByIds(models.InsightHeads, [`${gen}:${n - 1}`]);
}

/** Every bucket of a generation as key → counters (tests compare a rebuild with the incremental roll-up). */
export async function bucketSnapshot(
  models: InsightModels,
  gen: number,
): Promise<Record<string, InsightCounters>> {
  const [heads] = await models.InsightHeads.find({ gen }).sort({ n: -1 }).limit(1).lean().exec();
  if (!heads) return {};
  const docs = await days(
    models,
    Object.entries(decodeHeads(heads)).map(([hk, m]) => {
      const i = hk.indexOf('|');
      return dayDocId(gen, hk.slice(0, i), hk.slice(i + 1), m);
    }),
  );
  const out: [string, InsightCounters][] = [];
  for (const d of docs.values()) for (const b of d.buckets) out.push([b.key, b.c]);
  return Object.fromEntries(out.sort(([x], [y]) => x.localeCompare(y)));
}

/** The buckets of day documents as the queries see them. */
export function bucketsOf(list: readonly InsightDay[]): InsightBucketRecord[] {
  return list.flatMap((d) =>
    d.buckets.map((b) => ({
      ...b,
      _id: `${d.gen}:${b.key}`,
      gen: d.gen,
      rev: d.n,
      n: d.n,
      kind: d.kind,
      day: d.day,
    })),
  );
}
