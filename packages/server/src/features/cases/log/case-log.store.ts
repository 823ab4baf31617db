/**
 * Appending to and reading a case's log.
 *
 * One command's events are written by ONE ordered `insert` command (insertMany): the first document
 * (seq n + 1) meets the unique (caseId, seq) first, so of concurrent commands read at seq n exactly
 * one gets past it and the others fail before writing anything. The batch's last event carries
 * `batchEnd: true`; should the database die between the documents of one insert, the trailing
 * events without an end are ignored by every reader and removed by the next command that trips on them
 * once they are older than ORPHAN_AFTER_MS (long after any live insert would have finished).
 */
import { trusted, Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { HOT_INDEXES, queryCapabilitiesOf } from '../../../db/query-capabilities';
import { AppError, isDuplicateKeyError } from '../../../errors/app-error';
import type { CaseEventRecord, StoredEvent } from '../case.model';
import { eventHash } from './audit-chain';
import { isEngineEventType } from '@parley/engine';
import { completeEvents, isHostEvent } from './case-event-codec';
import { followBatch } from '../timers/case-timer-effects';

const ORPHAN_AFTER_MS = 60_000;

/** An event to append, before it has a place in the log. */
export interface EventDraft {
  type: string;
  at: Date;
  actor: string | null;
  data: Record<string, unknown>;
}

export type { StoredEvent } from '../case.model';

export function conflict(): AppError {
  return new AppError('CONFLICT', {
    zh: '案件刚刚被他人更新，请刷新后重试。',
    en: 'The case changed since it was read; re-read it and retry.',
  });
}

/** The documents of one batch, chained to `head` (seq and hash of the current last event). */
export function chainBatch(
  caseId: Types.ObjectId,
  head: { seq: number; hash: string | null },
  drafts: readonly EventDraft[],
  idempotencyKey: string | null,
  recordedAt: Date = new Date(),
): StoredEvent[] {
  let prevHash = head.hash;
  return drafts.map((d, i) => {
    const record: Omit<CaseEventRecord, 'hash'> = {
      caseId,
      seq: head.seq + i + 1,
      type: d.type,
      at: d.at,
      actor: d.actor,
      data: d.data,
      prevHash,
      recordedAt,
      batchEnd: i === drafts.length - 1,
      idempotencyKey: i === 0 ? idempotencyKey : null,
    };
    const hash = eventHash(record);
    prevHash = hash;
    return { _id: new Types.ObjectId(), ...record, hash };
  });
}

export class CaseLog {
  constructor(private readonly models: Models) {}

  /**
   * Inserts the batch; CONFLICT when another command took seq `head.seq + 1` first. `timerTokens`: see
   * `followBatch` (omitted: every completed step's timers are looked up).
   */
  async append(batch: readonly StoredEvent[], timerTokens?: ReadonlySet<string>): Promise<void> {
    // A type neither the engine nor the host knows would only fail when the case is next replayed.
    for (const e of batch)
      if (!isEngineEventType(e.type) && !isHostEvent(e.type))
        throw new Error(`refused to write an unknown case event type: ${e.type}`);
    try {
      await this.models.CaseEvent.collection.insertMany([...batch], { ordered: true });
    } catch (err) {
      if (isDuplicateKeyError(err)) throw conflict();
      throw err;
    }
    // The batch is committed; its timer effects follow it (a failure is repaired by the sweep).
    await followBatch(this.models, batch, undefined, timerTokens);
  }

  /** Every complete event of a case, by seq. */
  async events(caseId: Types.ObjectId): Promise<StoredEvent[]> {
    const all = await this.models.CaseEvent.find({ caseId }, null, await this.hint())
      .sort({ seq: 1 })
      .lean<StoredEvent[]>()
      .exec();
    return completeEvents(all);
  }

  /** On MongoDB a case's log is read through `case_seq_unique`, named (a missing index fails loudly). */
  private async hint(): Promise<{ hint?: string }> {
    const caps = await queryCapabilitiesOf(this.models.CaseEvent.db);
    return caps.hint ? { hint: HOT_INDEXES.caseLog } : {};
  }

  /** Events with seq in [from, to], by seq. */
  async range(caseId: Types.ObjectId, from: number, to: number): Promise<StoredEvent[]> {
    return this.models.CaseEvent.find(
      { caseId, seq: trusted({ $gte: from, $lte: to }) },
      null,
      await this.hint(),
    )
      .sort({ seq: 1 })
      .lean<StoredEvent[]>()
      .exec();
  }

  /**
   * After a lost race: removes an orphaned incomplete tail (see the file comment). Returns the seq of
   * the last complete event, so the caller can tell a stale projection from a live competitor.
   */
  async repairTail(
    caseId: Types.ObjectId,
  ): Promise<{ lastCompleteSeq: number; lastRecordedAt: Date | null }> {
    const all = await this.models.CaseEvent.find({ caseId }).sort({ seq: 1 }).lean<StoredEvent[]>().exec();
    const complete = completeEvents(all);
    const orphans = all.slice(complete.length);
    const last = orphans[orphans.length - 1];
    if (last && Date.now() - last.recordedAt.getTime() > ORPHAN_AFTER_MS) {
      await this.models.CaseEvent.deleteMany({ _id: trusted({ $in: orphans.map((o) => o._id) }) }).exec();
    }
    const head = complete[complete.length - 1];
    return { lastCompleteSeq: head?.seq ?? 0, lastRecordedAt: head?.recordedAt ?? null };
  }
}
