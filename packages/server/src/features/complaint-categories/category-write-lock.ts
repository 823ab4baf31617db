/**
 * One writer at a time for the complaint-category tree, across every server process.
 *
 * Why: FerretDB v1 applies an update by reading the whole document and writing the whole document back
 * (its SQLite backend runs `UPDATE … SET _jsonb = ?` after a separate read). Two concurrent updates of
 * the same category — even of different fields, say a move writing `parentId` and a rename writing
 * `name` — can therefore silently undo each other, and a tree operation touches many documents. Without
 * transactions, the only atomic arbiter is a unique key on insert, so the lock is an insert-only
 * sequence of write tickets: a writer reads the last ticket and, if it is released or its lease has
 * expired, inserts the next number (`_id`, unique by construction). Of two writers exactly one insert
 * wins; the other waits and retries. Only the holder ever updates its own ticket (to release it), so
 * that update has no concurrent writer. A holder that dies leaves its lease to expire; whatever it left
 * half-done is finished by `repairCategoryTree` at the next start.
 *
 * The tickets double as a log of category writes (one small document each; they are never pruned,
 * since configuration changes are rare).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import type { Models } from '../../db/models';

export const WRITE_TICKETS_COLLECTION = 'complaint_category_write_tickets';

export interface WriteTicket {
  _id: number;
  /** What the holder is doing (for someone reading the collection). */
  operation: string;
  takenAt: Date;
  expiresAt: Date;
  releasedAt: Date | null;
}

/** Far longer than any category operation takes; only matters when a holder died. */
export const LEASE_MS = 30_000;
/** How long a request queues behind other writers before giving up with CONFLICT. */
const WAIT_MS = 5_000;

/**
 * Runs `work` holding the lock. `waitMs` bounds the queueing; the start-up repair passes more than a
 * lease, so that a server restarted right after a crash waits the dead holder's lease out.
 */
export async function withCategoryWriteLock<T>(
  models: Models,
  operation: string,
  work: () => Promise<T>,
  waitMs: number = WAIT_MS,
): Promise<T> {
  const tickets = models.ComplaintCategory.db.collection<WriteTicket>(WRITE_TICKETS_COLLECTION);
  const giveUpAt = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    const [last] = await tickets.find().sort({ _id: -1 }).limit(1).toArray();
    const now = new Date();
    const free = !last || last.releasedAt !== null || last.expiresAt <= now;
    if (free) {
      const seq = (last?._id ?? 0) + 1;
      let taken = false;
      try {
        await tickets.insertOne({
          _id: seq,
          operation,
          takenAt: now,
          expiresAt: new Date(now.getTime() + LEASE_MS),
          releasedAt: null,
        });
        taken = true;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
      }
      if (taken) {
        try {
          return await work();
        } finally {
          await tickets.updateOne({ _id: seq }, { $set: { releasedAt: new Date() } });
        }
      }
    }
    if (Date.now() >= giveUpAt) {
      throw new AppError('CONFLICT', {
        zh: '其他人正在修改投诉分类，请稍后重试。',
        en: 'Someone else is changing the complaint categories; try again in a moment.',
      });
    }
    // Jittered, growing back-off so that queued writers do not poll in lockstep.
    await sleep(Math.min(200, 10 * 2 ** Math.min(attempt, 4)) + Math.random() * 20);
  }
}
