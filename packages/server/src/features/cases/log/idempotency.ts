/**
 * Idempotency keys, decided by the unique (scope, key) index: the first request claims the key with a
 * `pending` record BEFORE its first write and stores its result after; a retry finds the record and
 * gets the first result (or CONFLICT while the first is still running); the same key with another
 * request gets IDEMPOTENCY_KEY_REUSED. A refused request releases its claim (it wrote nothing).
 *
 * A claim left pending by a crashed process is taken over after STALE_AFTER_MS; the taker must then
 * find out whether the crashed attempt got as far as the log (case events carry the scoped key, and an
 * open pins its case id in the claim), so the effect still happens once.
 */
import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { badInput, isDuplicateKeyError } from '../../../errors/app-error';
import { canonicalJson } from '../../definitions';
import type { IdempotencyDoc } from '../case.model';
import { idempotencyInProgress, idempotencyKeyReused } from '../case.errors';

const STALE_AFTER_MS = 30_000;

export type Claim =
  | { kind: 'first' | 'takeover'; id: Types.ObjectId; caseId: Types.ObjectId | null; scopedKey: string }
  | { kind: 'replay'; result: Record<string, unknown> };

export function checkIdempotencyKey(key: string): void {
  if (!/^[\x21-\x7e]{1,200}$/.test(key))
    throw badInput(['idempotencyKey'], {
      zh: '幂等键须为 1–200 个可见 ASCII 字符。',
      en: 'An idempotency key is 1–200 printable ASCII characters.',
    });
}

export class IdempotencyStore {
  constructor(private readonly models: Models) {}

  async claim(
    scope: string,
    key: string,
    operation: string,
    request: unknown,
    caseId: Types.ObjectId | null,
  ): Promise<Claim> {
    checkIdempotencyKey(key);
    const requestHash = createHash('sha256')
      .update(canonicalJson({ operation, request }), 'utf8')
      .digest('hex');
    const scopedKey = `${scope}|${key}`;
    const id = new Types.ObjectId();
    try {
      await this.models.Idempotency.create({
        _id: id,
        scope,
        key,
        requestHash,
        operation,
        state: 'pending',
        caseId,
        result: null,
        createdAt: new Date(),
      });
      return { kind: 'first', id, caseId, scopedKey };
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    const existing = await this.models.Idempotency.findOne({ scope, key }).lean<IdempotencyDoc>().exec();
    // Released between our insert and this read: the caller may simply retry.
    if (!existing) throw idempotencyInProgress();
    if (existing.requestHash !== requestHash) throw idempotencyKeyReused();
    if (existing.state === 'done' && existing.result) return { kind: 'replay', result: existing.result };
    const age = Date.now() - existing.createdAt.getTime();
    if (age < STALE_AFTER_MS) throw idempotencyInProgress(Math.min(1000, STALE_AFTER_MS - age));
    return { kind: 'takeover', id: existing._id, caseId: existing.caseId, scopedKey };
  }

  async complete(id: Types.ObjectId, result: Record<string, unknown>): Promise<void> {
    await this.models.Idempotency.updateOne({ _id: id }, { $set: { state: 'done', result } }).exec();
  }

  async release(id: Types.ObjectId): Promise<void> {
    await this.models.Idempotency.deleteOne({ _id: id, state: 'pending' }).exec();
  }
}
