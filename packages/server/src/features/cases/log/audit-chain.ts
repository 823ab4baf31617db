/**
 * The per-case hash chain: every event carries the hash of the one before it, and its own hash is
 * SHA-256 over the canonical JSON of the event without `hash` (and without the storage `_id`, which
 * says nothing about the event). Hashes cover the stored form — ciphertext, not plaintext — so the
 * chain verifies without the data keys and a key rotation never needs to rewrite history.
 */
import { createHash } from 'node:crypto';
import type { Types } from 'mongoose';
import { canonicalJson } from '../../definitions';
import type { CaseEventRecord } from '../case.model';

export type HashableEvent = Omit<CaseEventRecord, 'hash'>;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function eventHash(e: HashableEvent): string {
  return sha256(
    canonicalJson({
      caseId: (e.caseId as Types.ObjectId).toHexString(),
      seq: e.seq,
      type: e.type,
      at: e.at.toISOString(),
      actor: e.actor,
      data: e.data,
      prevHash: e.prevHash,
      recordedAt: e.recordedAt.toISOString(),
      batchEnd: e.batchEnd,
      idempotencyKey: e.idempotencyKey,
    }),
  );
}

export interface BrokenLink {
  caseId: string;
  seq: number;
  reason: 'HASH_MISMATCH' | 'PREVIOUS_HASH_MISMATCH' | 'SEQUENCE_GAP' | 'ANCHOR_MISMATCH';
}

/**
 * The first broken link of one case's events (ordered by seq), or null. `expectedPrev` is the hash the
 * first given event must point to (null for seq 1).
 */
export function firstBrokenLink(
  events: readonly CaseEventRecord[],
  expectedPrev: string | null = null,
): BrokenLink | null {
  let prev = expectedPrev;
  let expectedSeq = events[0]?.seq ?? 1;
  for (const e of events) {
    const caseId = e.caseId.toHexString();
    if (e.seq !== expectedSeq) return { caseId, seq: expectedSeq, reason: 'SEQUENCE_GAP' };
    if (e.prevHash !== prev) return { caseId, seq: e.seq, reason: 'PREVIOUS_HASH_MISMATCH' };
    const { hash, ...rest } = e as CaseEventRecord & { _id?: unknown };
    delete (rest as { _id?: unknown })._id;
    if (eventHash(rest) !== hash) return { caseId, seq: e.seq, reason: 'HASH_MISMATCH' };
    prev = hash;
    expectedSeq++;
  }
  return null;
}

/** The anchor hash: the heads in caseId order, chained to the previous day's anchor. */
export function anchorHash(
  day: string,
  heads: readonly { caseId: string; seq: number; hash: string }[],
  prevAnchorHash: string | null,
): string {
  return sha256(canonicalJson({ day, heads, prevAnchorHash }));
}
