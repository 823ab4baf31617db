/**
 * The insight follower: folds the case event log into the daily buckets (docs/insight.md).
 *
 * Its checkpoint is a chain of batches (`insight_batches`, unique `${gen}:${n}`): batch n+1 is claimed
 * only once batch n is applied, and records exactly which events it folds — per case, the seq up to
 * which (the case's insight state says from which). Applying a batch:
 * 1. compute its deltas (buckets and case states) from the case states before it and its events, and
 *    insert them once (`insight_batch_deltas`; the first insert wins, later appliers read it);
 * 2. insert the cases' new states (unique per case and batch);
 * 3. add the deltas to the day documents (a copy per (kind, day) and batch, then the batch's heads,
 *    insert-only — insight-store.ts);
 * 4. mark the batch applied (and prune the cases' previous states by `_id`).
 * A process that dies anywhere in 1–4 leaves the batch unapplied; the next round of any process
 * applies it again, and every write finds its own earlier copy. Two followers at once race on the same
 * unique ids and agree. Events are found by paging the log by position (workers/event-log-scan.ts) from
 * the checkpoint minus a lookback; a case's events are folded in seq order by its state's `seq`, so an
 * event seen twice is folded once. The claimer computes the deltas from the events and states it has
 * just read (any other applier reads them again); the latest batch is found by probing `_id`s from
 * the generation's `lastN` hint.
 */
import { Types, trusted } from 'mongoose';
import type { Logger } from 'pino';
import { startPollingLoop } from '../../workers/polling-loop';
import { eventLogHead, LogReadAhead, type LogPosition } from '../../workers/event-log-scan';
import type { CaseEventFeedDoc, CaseEventFeedModel } from '../webhooks';
import type { FlowTemplateModel } from '../flows';
import { HeldStates } from './insight-held-states';
import { DeltaSet, EMPTY_STATE, foldCaseEvents, type BucketDelta } from './insight-fold';
import type {
  InsightBatchDeltas,
  InsightBatchRecord,
  InsightDeltaRecord,
  InsightModels,
} from './insight.model';
import type { InsightCaseState } from './insight-fold';
import {
  applyBucketDeltas,
  caseStates,
  deleteByIds,
  hintApplied,
  insertNew,
  probeLatest,
  readableGeneration,
  workingGeneration,
} from './insight-store';

export interface InsightFollowerModels extends InsightModels {
  CaseEventFeed: CaseEventFeedModel;
  FlowTemplate: FlowTemplateModel;
}

export interface InsightFollowerOptions {
  models: InsightFollowerModels;
  logger: Logger;
  intervalMs?: number;
  /** How far before the checkpoint each scan starts (events committed late). */
  lookbackMs?: number;
  /** Events per batch (about). */
  batchSize?: number;
  /** Events read from the log at once (several batches' worth; one scan on FerretDB). */
  readAhead?: number;
  /** Keep the case states this process wrote between batches (default true; off to measure). */
  holdStates?: boolean;
  /** Batches per round at most (a round then yields to the next). */
  maxBatchesPerRound?: number;
  /** Batch deltas are kept this long (for appliers that stalled mid-batch). */
  retainMs?: number;
  clock?: () => Date;
}

export interface InsightRoundResult {
  gen: number;
  batches: number;
  events: number;
  caughtUp: boolean;
}

export interface InsightFollower {
  /** One round now (queued behind a running one); returns what it did. */
  runOnce(): Promise<InsightRoundResult>;
  stop(): Promise<void>;
}

/** Folds the log into the buckets; one call is one round of at most `maxBatchesPerRound` batches. */
export function createInsightFolder(options: InsightFollowerOptions): () => Promise<InsightRoundResult> {
  const { models } = options;
  const lookbackMs = options.lookbackMs ?? 10_000;
  const batchSize = options.batchSize ?? 5_000;
  const maxBatches = options.maxBatchesPerRound ?? 50;
  const retainMs = options.retainMs ?? 3_600_000;
  const clock = options.clock ?? (() => new Date());
  const log = new LogReadAhead(models.CaseEventFeed, options.readAhead ?? 4 * batchSize);

  const held = new HeldStates(models, options.holdStates ?? true);

  async function complaintFlows(): Promise<Set<string>> {
    const docs = await models.FlowTemplate.find({ kind: 'COMPLAINT' }).select({ key: 1 }).lean().exec();
    return new Set(docs.map((d) => d.key));
  }

  async function latestBatch(gen: number): Promise<InsightBatchRecord | null> {
    const [g] = await models.InsightGeneration.find({ _id: gen }).lean().exec();
    return probeLatest<InsightBatchRecord>(models.InsightBatch, gen, g?.lastN ?? 1);
  }

  /** Scans the log after the checkpoint for events not folded yet; claims them as batch n+1. */
  async function claimNext(
    gen: number,
    last: InsightBatchRecord | null,
    lookback: boolean,
  ): Promise<InsightBatchRecord | 'none' | 'lost'> {
    const n = (last?.n ?? 0) + 1;
    const checkpoint = last?.to ?? null;
    let start: { after: LogPosition } | { from: Date } = !checkpoint
      ? { from: new Date(0) }
      : lookback
        ? { from: new Date(checkpoint.recordedAt.getTime() - lookbackMs) }
        : { after: { recordedAt: checkpoint.recordedAt, _id: new Types.ObjectId(checkpoint.eventId) } };
    const work = new Map<string, number>();
    const seen = new Map<string, Map<number, CaseEventFeedDoc>>();
    const states = new Map<string, { n: number; state: InsightCaseState }>();
    let events = 0;
    let to: LogPosition | null = null;
    for (;;) {
      const page = await log.page(start, batchSize);
      if (page.length === 0) break;
      const ids = [...new Set(page.map((e) => e.caseId.toHexString()))].filter((id) => !states.has(id));
      for (const [id, st] of await held.statesBefore(gen, last?.n ?? 0, ids)) states.set(id, st);
      for (const e of page) {
        const id = e.caseId.toHexString();
        const folded = states.get(id)?.state.seq ?? 0;
        if (e.seq <= folded) continue;
        const mine = seen.get(id) ?? new Map<number, CaseEventFeedDoc>();
        mine.set(e.seq, e);
        seen.set(id, mine);
        if (e.batchEnd === false) continue;
        const prev = work.get(id) ?? folded;
        if (e.seq > prev) {
          events += e.seq - Math.max(prev, folded);
          work.set(id, e.seq);
        }
      }
      const lastEvent: CaseEventFeedDoc = page[page.length - 1]!;
      to = { recordedAt: lastEvent.recordedAt, _id: lastEvent._id };
      start = { after: to };
      if (page.length < batchSize || events >= batchSize) break;
    }
    const moved =
      to !== null &&
      (!checkpoint ||
        to.recordedAt > checkpoint.recordedAt ||
        (to.recordedAt.getTime() === checkpoint.recordedAt.getTime() &&
          to._id.toHexString() > checkpoint.eventId));
    if (work.size === 0 && !moved) return 'none';
    const batch: InsightBatchRecord = {
      _id: `${gen}:${n}`,
      gen,
      n,
      cases: [...work].map(([caseId, toSeq]) => ({ caseId, toSeq })),
      to: to ? { recordedAt: to.recordedAt, eventId: to._id.toHexString() } : checkpoint,
      events,
      applied: false,
      claimedAt: clock(),
    };
    const dup = await insertNew(models.InsightBatch, [batch]);
    if (dup.length > 0) return 'lost';
    // The states read above are those before batch n (batch n-1 was applied before we claimed n).
    const known = new Map<string, CaseEventFeedDoc[]>();
    for (const c of batch.cases) {
      const from = (states.get(c.caseId)?.state.seq ?? 0) + 1;
      const mine = seen.get(c.caseId);
      const list: CaseEventFeedDoc[] = [];
      for (let q = from; q <= c.toSeq && mine?.has(q); q++) list.push(mine.get(q)!);
      if (list.length === c.toSeq - from + 1) known.set(c.caseId, list);
    }
    await applyBatch(batch, { states, events: known });
    return batch;
  }

  /**
   * Batch n's deltas from the case states before it and its events. `known` (the claimer's own reads)
   * saves reading them again; what it lacks is read from the database.
   */
  async function computeDeltas(
    batch: InsightBatchRecord,
    known?: {
      states: Map<string, { n: number; state: InsightCaseState }>;
      events: Map<string, CaseEventFeedDoc[]>;
    },
  ): Promise<InsightBatchDeltas> {
    const ids = batch.cases.map((c) => c.caseId);
    const before = known?.states ?? (await caseStates(models, batch.gen, ids, batch.n));
    const byCase = new Map<string, CaseEventFeedDoc[]>(known?.events ?? []);
    const ranges = batch.cases
      .filter((c) => !byCase.has(c.caseId))
      .map((c) => ({
        caseId: new Types.ObjectId(c.caseId),
        seq: trusted({ $gt: before.get(c.caseId)?.state.seq ?? 0, $lte: c.toSeq }),
      }));
    const events =
      ranges.length === 0
        ? []
        : await models.CaseEventFeed.find({ $or: ranges })
            .select({ caseId: 1, seq: 1, type: 1, at: 1, data: 1 })
            .sort({ caseId: 1, seq: 1 })
            .lean<CaseEventFeedDoc[]>()
            .exec();
    for (const e of events) {
      const id = e.caseId.toHexString();
      const list = byCase.get(id) ?? [];
      list.push(e);
      byCase.set(id, list);
    }
    const complaint = await complaintFlows();
    const deltas = new DeltaSet();
    const states: InsightBatchDeltas['states'] = [];
    for (const c of batch.cases) {
      const prev = before.get(c.caseId);
      const state = prev?.state ?? EMPTY_STATE;
      const list = (byCase.get(c.caseId) ?? []).sort((a, b) => a.seq - b.seq);
      if (list.length !== c.toSeq - state.seq)
        throw new Error(`insight: case ${c.caseId} events ${state.seq + 1}..${c.toSeq} not all readable yet`);
      states.push({
        caseId: c.caseId,
        state: foldCaseEvents(state, list, (k) => complaint.has(k), deltas),
        prevN: prev?.n ?? 0,
      });
    }
    return { _id: batch._id, gen: batch.gen, n: batch.n, buckets: deltas.list(), states };
  }

  async function applyBatch(
    batch: InsightBatchRecord,
    known?: Parameters<typeof computeDeltas>[1],
  ): Promise<void> {
    const decode = (d: InsightDeltaRecord): InsightBatchDeltas => ({
      ...d,
      buckets: JSON.parse(d.buckets) as InsightBatchDeltas['buckets'],
      states: JSON.parse(d.states) as InsightBatchDeltas['states'],
    });
    const stored = await models.InsightDelta.findById(batch._id).lean<InsightDeltaRecord>().exec();
    let deltas = stored ? decode(stored) : null;
    if (!deltas) {
      const computed = await computeDeltas(batch, known);
      const dup = await insertNew(models.InsightDelta, [
        { ...computed, buckets: JSON.stringify(computed.buckets), states: JSON.stringify(computed.states) },
      ]);
      const again =
        dup.length === 0
          ? null
          : await models.InsightDelta.findById(batch._id).lean<InsightDeltaRecord>().exec();
      if (dup.length > 0 && !again) throw new Error(`insight: deltas of batch ${batch._id} vanished`);
      deltas = again ? decode(again) : computed;
    }
    await insertNew(
      models.InsightCaseState,
      deltas.states.map((s) => ({
        _id: `${batch.gen}:${s.caseId}:${batch.n}`,
        gen: batch.gen,
        caseId: s.caseId,
        n: batch.n,
        state: JSON.stringify(s.state),
      })),
    );
    await applyBucketDeltas(models, batch.gen, batch.n, deltas.buckets as BucketDelta[]);
    await models.InsightBatch.updateOne({ _id: batch._id }, { applied: true }).exec();
    await hintApplied(models, batch.gen, batch.n);
    // Older states of these cases are no longer read: a late applier of this batch reads its deltas.
    await deleteByIds(
      models.InsightCaseState,
      deltas.states
        .filter((s) => s.prevN !== undefined && s.prevN > 0 && s.prevN < batch.n)
        .map((s) => `${batch.gen}:${s.caseId}:${s.prevN}`),
    );
    held.applied(batch, deltas);
  }

  /** Housekeeping once caught up: older generations go once this one is readable; old deltas go. */
  async function tidy(gen: number): Promise<void> {
    await models.InsightGeneration.updateOne({ _id: gen, caughtUpAt: null }, { caughtUpAt: clock() }).exec();
    const older = { gen: trusted({ $lt: gen }) };
    if ((await models.InsightGeneration.countDocuments({ _id: trusted({ $lt: gen }) }).exec()) > 0) {
      for (const m of [
        models.InsightBucket,
        models.InsightHeads,
        models.InsightCaseState,
        models.InsightBatch,
        models.InsightDelta,
      ])
        await (m as unknown as typeof models.InsightBatch).deleteMany(older).exec();
      await models.InsightGeneration.deleteMany({ _id: trusted({ $lt: gen }) }).exec();
    }
    const cutoff = new Date(clock().getTime() - retainMs);
    const old = await models.InsightBatch.find({ gen, applied: true, claimedAt: trusted({ $lt: cutoff }) })
      .select({ n: 1 })
      .lean()
      .exec();
    const newest = Math.max(0, ...old.map((b) => b.n));
    if (newest > 0) {
      // The newest batch stays: the next claim starts from its checkpoint.
      await deleteByIds(
        models.InsightDelta,
        old.filter((b) => b.n <= newest).map((b) => `${gen}:${b.n}`),
      );
      await deleteByIds(
        models.InsightBatch,
        old.filter((b) => b.n < newest).map((b) => `${gen}:${b.n}`),
      );
    }
  }

  async function rounds(gen: number, result: InsightRoundResult): Promise<InsightRoundResult> {
    let lastClaimedHere = false;
    for (let i = 0; i < maxBatches; i++) {
      const last = await latestBatch(gen);
      if (last && !last.applied) {
        await applyBatch(last);
        continue;
      }
      // The lookback (events committed late) is scanned once per round, not once per batch.
      const claimed = await claimNext(gen, last, i === 0 || !lastClaimedHere);
      if (claimed === 'none') {
        result.caughtUp = true;
        await tidy(gen);
        break;
      }
      lastClaimedHere = claimed !== 'lost';
      if (claimed !== 'lost') {
        result.batches++;
        result.events += claimed.events;
      }
    }
    return result;
  }

  return async function round(): Promise<InsightRoundResult> {
    const gen = await workingGeneration(models, clock());
    const result: InsightRoundResult = { gen, batches: 0, events: 0, caughtUp: false };
    // Events appended since the last round are read fresh.
    log.reset();
    try {
      return await rounds(gen, result);
    } catch (err) {
      held.drop();
      throw err;
    }
  };
}

/** Runs the fold in rounds with the other background workers (PARLEY_WORKERS=on). */
export function startInsightFollower(options: InsightFollowerOptions): InsightFollower {
  const log = options.logger.child({ component: 'insight-follower' });
  const fold = createInsightFolder(options);
  const loop = startPollingLoop({
    round: fold,
    intervalMs: options.intervalMs ?? 1000,
    regular: undefined,
    onError: (err) => log.error({ err }, 'insight roll-up round failed'),
  });
  return { runOnce: () => loop.runOnce(), stop: () => loop.stop() };
}

/** How far the roll-ups are behind the log (the figure `insightStatus` reports). */
export async function insightLag(models: InsightFollowerModels): Promise<{
  generation: number | null;
  foldedUpTo: Date | null;
  logHead: Date | null;
  lagMs: number | null;
  caughtUp: boolean;
}> {
  const readable = await readableGeneration(models);
  const working = await models.InsightGeneration.find({}).sort({ _id: -1 }).limit(1).lean().exec();
  const gen = working[0]?._id ?? null;
  const last =
    gen === null
      ? null
      : await probeLatest<InsightBatchRecord>(models.InsightBatch, gen, working[0]?.lastN ?? 1, {
          to: 1,
          n: 1,
        });
  const foldedUpTo = last?.to?.recordedAt ?? null;
  const head = await eventLogHead(models.CaseEventFeed);
  const logHead = head?.recordedAt ?? null;
  const lagMs =
    logHead === null ? 0 : foldedUpTo === null ? null : Math.max(0, logHead.getTime() - foldedUpTo.getTime());
  return {
    generation: readable,
    foldedUpTo,
    logHead,
    lagMs,
    caughtUp:
      (logHead === null || (foldedUpTo !== null && foldedUpTo >= logHead)) && working[0]?.caughtUpAt != null,
  };
}
