/**
 * The collections of the insight roll-ups (docs/insight.md). Every write is an insert under a unique
 * `_id`, so FerretDB's non-atomic read-modify-write never decides anything, and every read on the
 * query path is a lookup by `_id` (the only lookup FerretDB's SQLite backend serves by index):
 * - `insight_generations` — one document per (re)build of the roll-ups; readers use the newest one
 *   that has caught up with the log, followers work on the newest one; `lastN` is a hint (never a
 *   decision) of the newest applied batch, where readers and followers start probing `_id`s;
 * - `insight_batches` — the follower's checkpoint chain: batch n+1 is claimed (inserted) only after
 *   batch n is applied, and names exactly which case events it folds (cases and seq ranges);
 * - `insight_batch_deltas` — what a batch adds to each bucket and each case's state afterwards,
 *   computed once (the first insert wins), so an applier that re-runs a batch writes the same figures;
 * - `insight_case_states` — per case, what the fold needs to know (dimensions, active steps and
 *   since when, offers, breach/extension flags) as of a batch; older revisions are pruned;
 * - `insight_buckets` — **day documents**: all buckets of one (kind, day) as of batch n, `_id`
 *   `${gen}:${kind}:${day}:${n}`; immutable once written (batch n's copy = the copy named by batch
 *   n-1's heads + batch n's deltas, so every applier of batch n writes the same document);
 * - `insight_heads` — per applied batch n (`${gen}:${n}`), which batch holds the current day document of
 *   every (kind, day): a query reads the newest heads, then exactly the day documents of its period.
 */
import { Schema, type Connection, type Model } from 'mongoose';

/** The dimensions of a bucket (null values stored as ''). */
export interface InsightDims {
  flowKey: string;
  flowVersion: number;
  department: string;
  agent: string;
  channel: string;
  category: string;
}

export type InsightKind = 'case' | 'step' | 'survey' | 'finding' | 'report' | 'plan';

/** The counters of a bucket: integers only (durations in ms, amounts in fen). */
export type InsightCounters = Record<string, number>;

/**
 * One bucket as the queries see it (an entry of a day document, with the day document's identity):
 * `rev` and `n` are the batch that wrote the day document.
 */
export interface InsightBucketRecord extends InsightDims {
  /** `${gen}:${key}`. */
  _id: string;
  gen: number;
  /** The bucket's identity within its generation (kind, day, dims, step). */
  key: string;
  rev: number;
  /** The batch whose application produced this revision. */
  n: number;
  kind: InsightKind;
  /** Asia/Shanghai calendar day `YYYY-MM-DD`, or `all` for the running totals (backlog). */
  day: string;
  /** The step (kind `step`), '' otherwise. */
  step: string;
  c: InsightCounters;
}

/** The storage format of the roll-ups; a generation of another format is rebuilt (docs/insight.md). */
export const INSIGHT_FORMAT = 2;

/** One bucket inside a day document. */
export interface InsightDayBucket extends InsightDims {
  key: string;
  step: string;
  c: InsightCounters;
}

/**
 * Bulky parts of these documents (a day's buckets, the heads, a batch's deltas, a case's state) are
 * stored as one JSON string: FerretDB v1 converts every nested field of a document on every read and
 * write, which made a day document of ~100 buckets cost tens of ms; one string is one value.
 */

/** All buckets of one (kind, day) as of batch `n` (immutable), buckets decoded. */
export interface InsightDay {
  _id: string;
  gen: number;
  kind: InsightKind;
  day: string;
  n: number;
  buckets: InsightDayBucket[];
}

/** A day document as stored: `buckets` is the JSON of `InsightDayBucket[]`. */
export interface InsightDayRecord {
  /** `${gen}:${kind}:${day}:${n}`. */
  _id: string;
  gen: number;
  kind: InsightKind;
  day: string;
  n: number;
  buckets: string;
}

/** After batch `n`: for every `${kind}|${day}`, the batch whose day document is current. */
export interface InsightHeadsRecord {
  /** `${gen}:${n}`. */
  _id: string;
  gen: number;
  n: number;
  /** JSON of `Record<string, number>`. */
  heads: string;
}

export interface InsightGenerationRecord {
  _id: number;
  startedAt: Date;
  caughtUpAt: Date | null;
  /** INSIGHT_FORMAT of its documents (absent: the first format, per-bucket revisions). */
  format?: number;
  /** A hint: some applied batch (readers and followers probe `_id`s upwards from it). */
  lastN?: number;
}

export interface InsightPosition {
  recordedAt: Date;
  eventId: string;
}

export interface InsightBatchRecord {
  /** `${gen}:${n}`. */
  _id: string;
  gen: number;
  n: number;
  /** Per case: fold its events up to and including `toSeq`. */
  cases: { caseId: string; toSeq: number }[];
  /** Where the scan of the log stopped (the next scan starts here, minus the lookback). */
  to: InsightPosition | null;
  /** How many events the batch folds (for throughput figures). */
  events: number;
  applied: boolean;
  claimedAt: Date;
}

/** A batch's deltas, decoded (stored in `InsightDeltaRecord` as JSON strings). */
export interface InsightBatchDeltas {
  _id: string;
  gen: number;
  n: number;
  buckets: {
    key: string;
    kind: InsightKind;
    day: string;
    step: string;
    dims: InsightDims;
    c: InsightCounters;
  }[];
  /** Each case's state after the batch, and the batch of its state before (0: none), to prune. */
  states: { caseId: string; state: unknown; prevN?: number }[];
}

export interface InsightDeltaRecord {
  _id: string;
  gen: number;
  n: number;
  /** JSON of `InsightBatchDeltas['buckets']`. */
  buckets: string;
  /** JSON of `InsightBatchDeltas['states']`. */
  states: string;
}

export interface InsightCaseStateRecord {
  /** `${gen}:${caseId}:${n}`. */
  _id: string;
  gen: number;
  caseId: string;
  n: number;
  /** JSON of the fold's `InsightCaseState`. */
  state: string;
}

const generationSchema = new Schema<InsightGenerationRecord>(
  {
    _id: Number,
    startedAt: { type: Date, required: true },
    caughtUpAt: { type: Date, default: null },
    format: { type: Number },
    lastN: { type: Number },
  },
  { collection: 'insight_generations', autoIndex: false, versionKey: false },
);

const batchSchema = new Schema<InsightBatchRecord>(
  {
    _id: String,
    gen: { type: Number, required: true },
    n: { type: Number, required: true },
    cases: { type: Schema.Types.Mixed, default: [] },
    to: { type: Schema.Types.Mixed, default: null },
    events: { type: Number, required: true },
    applied: { type: Boolean, required: true },
    claimedAt: { type: Date, required: true },
  },
  { collection: 'insight_batches', autoIndex: false, versionKey: false, minimize: false },
);
batchSchema.index({ gen: 1, n: -1 }, { name: 'gen_n' });

const deltaSchema = new Schema<InsightDeltaRecord>(
  {
    _id: String,
    gen: { type: Number, required: true },
    n: { type: Number, required: true },
    buckets: { type: String, required: true },
    states: { type: String, required: true },
  },
  { collection: 'insight_batch_deltas', autoIndex: false, versionKey: false, minimize: false },
);
deltaSchema.index({ gen: 1, n: 1 }, { name: 'gen_n' });

const stateSchema = new Schema<InsightCaseStateRecord>(
  {
    _id: String,
    gen: { type: Number, required: true },
    caseId: { type: String, required: true },
    n: { type: Number, required: true },
    state: { type: String, required: true },
  },
  { collection: 'insight_case_states', autoIndex: false, versionKey: false, minimize: false },
);
stateSchema.index({ gen: 1, caseId: 1, n: -1 }, { name: 'gen_case_n' });

const daySchema = new Schema<InsightDayRecord>(
  {
    _id: String,
    gen: { type: Number, required: true },
    kind: { type: String, required: true },
    day: { type: String, required: true },
    n: { type: Number, required: true },
    buckets: { type: String, required: true },
  },
  { collection: 'insight_buckets', autoIndex: false, versionKey: false, minimize: false },
);
daySchema.index({ gen: 1, kind: 1, day: 1, n: -1 }, { name: 'gen_kind_day_n' });

const headsSchema = new Schema<InsightHeadsRecord>(
  {
    _id: String,
    gen: { type: Number, required: true },
    n: { type: Number, required: true },
    heads: { type: String, required: true },
  },
  { collection: 'insight_heads', autoIndex: false, versionKey: false, minimize: false },
);
headsSchema.index({ gen: 1, n: -1 }, { name: 'gen_n' });

export interface InsightModels {
  InsightGeneration: Model<InsightGenerationRecord>;
  InsightBatch: Model<InsightBatchRecord>;
  InsightDelta: Model<InsightDeltaRecord>;
  InsightCaseState: Model<InsightCaseStateRecord>;
  /** Day documents (collection `insight_buckets`). */
  InsightBucket: Model<InsightDayRecord>;
  InsightHeads: Model<InsightHeadsRecord>;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function insightModels(conn: Connection): InsightModels {
  return {
    InsightGeneration: bind(conn, 'InsightGeneration', generationSchema),
    InsightBatch: bind(conn, 'InsightBatch', batchSchema),
    InsightDelta: bind(conn, 'InsightDelta', deltaSchema),
    InsightCaseState: bind(conn, 'InsightCaseState', stateSchema),
    InsightBucket: bind(conn, 'InsightBucket', daySchema),
    InsightHeads: bind(conn, 'InsightHeads', headsSchema),
  };
}
