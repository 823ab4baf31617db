/**
 * A lease chain: at-most-one worker at a time for a unit of work (a timer firing, a webhook delivery),
 * decided by a unique index and nothing else. FerretDB v1 has no atomic read-modify-write, so a
 * compare-and-set on a status field cannot elect a worker; an insert into a unique (subject, n) index
 * can. Attempt n + 1 may only be claimed when attempt n is finished (failed and past its retry time)
 * or abandoned (still "running" after its lease expired: the worker crashed). Of concurrent claimers of
 * n + 1, exactly one insert wins. A lease document is only ever updated by the worker that inserted it,
 * so those updates never race.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { isDuplicateKeyError } from '../../errors/app-error';

export type LeaseState = 'running' | 'failed' | 'succeeded';

export interface LeaseRecord {
  /** What is worked on: a timer key, a delivery id. */
  subject: string;
  /** Attempt number, 1, 2, 3 … per subject. */
  n: number;
  /** Process that claimed it (for the log). */
  owner: string;
  state: LeaseState;
  startedAt: Date;
  /** A running lease past this time is abandoned; the next attempt may be claimed. */
  expiresAt: Date;
  finishedAt: Date | null;
  /** A failed attempt may be followed by the next one from this time on. */
  retryAt: Date | null;
  error: string | null;
  /** Outcome details worth keeping in the log (e.g. an HTTP status). */
  detail: Record<string, unknown> | null;
}
export type LeaseDoc = LeaseRecord & { _id: Types.ObjectId };
export type LeaseModel = Model<LeaseRecord>;

export function leaseModel(conn: Connection, name: string, collection: string): LeaseModel {
  const existing = conn.models[name] as LeaseModel | undefined;
  if (existing) return existing;
  const schema = new Schema<LeaseRecord>(
    {
      subject: { type: String, required: true },
      n: { type: Number, required: true },
      owner: { type: String, required: true },
      state: { type: String, required: true, enum: ['running', 'failed', 'succeeded'] },
      startedAt: { type: Date, required: true },
      expiresAt: { type: Date, required: true },
      finishedAt: { type: Date, default: null },
      retryAt: { type: Date, default: null },
      error: { type: String, default: null },
      detail: { type: Schema.Types.Mixed, default: null },
    },
    { collection, autoIndex: false, versionKey: false },
  );
  schema.index({ subject: 1, n: 1 }, { unique: true, name: 'subject_attempt_unique' });
  return conn.model<LeaseRecord>(name, schema);
}

/** What the latest attempt says about the subject. */
export type ChainStatus =
  | { kind: 'idle'; next: number }
  | { kind: 'busy'; latest: LeaseDoc }
  | { kind: 'backing-off'; latest: LeaseDoc }
  | { kind: 'succeeded'; latest: LeaseDoc };

export async function latestLease(model: LeaseModel, subject: string): Promise<LeaseDoc | null> {
  return model.findOne({ subject }).sort({ n: -1 }).lean<LeaseDoc>().exec();
}

export function chainStatus(latest: LeaseDoc | null, now: Date): ChainStatus {
  if (!latest) return { kind: 'idle', next: 1 };
  if (latest.state === 'succeeded') return { kind: 'succeeded', latest };
  if (latest.state === 'running' && latest.expiresAt > now) return { kind: 'busy', latest };
  if (latest.state === 'failed' && latest.retryAt && latest.retryAt > now)
    return { kind: 'backing-off', latest };
  return { kind: 'idle', next: latest.n + 1 };
}

/** Inserts attempt `n`; null when another worker claimed it first. */
export async function claimLease(
  model: LeaseModel,
  subject: string,
  n: number,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<LeaseDoc | null> {
  try {
    const created = await model.create({
      subject,
      n,
      owner,
      state: 'running',
      startedAt: now,
      expiresAt: new Date(now.getTime() + leaseMs),
      finishedAt: null,
      retryAt: null,
      error: null,
      detail: null,
    });
    return created.toObject<LeaseDoc>();
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
}

export async function finishLease(
  model: LeaseModel,
  lease: LeaseDoc,
  outcome: {
    state: 'failed' | 'succeeded';
    at: Date;
    retryAt?: Date | null;
    error?: string | null;
    detail?: Record<string, unknown> | null;
  },
): Promise<void> {
  await model
    .updateOne(
      { _id: lease._id },
      {
        state: outcome.state,
        finishedAt: outcome.at,
        retryAt: outcome.retryAt ?? null,
        error: outcome.error ?? null,
        detail: outcome.detail ?? null,
      },
    )
    .exec();
}

/** Exponential backoff: base · 2^(attempt − 1), capped. */
export function backoffMs(attempt: number, baseMs: number, capMs: number): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
