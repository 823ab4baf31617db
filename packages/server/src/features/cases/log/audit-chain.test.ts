import { mongo, Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { firstBrokenLink } from './audit-chain';
import type { CaseEventRecord } from '../case.model';
import { chainBatch } from './case-log.store';

/** What the database gives back: the document through BSON and back. */
function stored<T extends object>(doc: T): T {
  return mongo.BSON.deserialize(mongo.BSON.serialize(doc)) as T;
}

describe('the audit chain hashes what is stored', () => {
  it('verifies events whose text held lone surrogates (stored as U+FFFD)', () => {
    const caseId = new Types.ObjectId();
    const at = new Date('2026-01-02T03:04:05.000Z');
    const batch = chainBatch(
      caseId,
      { seq: 0, hash: null },
      [
        { type: 'commentAdded', at, actor: 'user:u\udfff', data: { text: '\ud800' } },
        { type: 'commentAdded', at, actor: 'user:u1', data: { ['k\ud800']: ['x\udc00y'] } },
      ],
      null,
      at,
    );
    const readBack = batch.map((e) => stored(e)) as unknown as CaseEventRecord[];
    expect((readBack[0]!.data as { text: string }).text).toBe('\ufffd');
    expect(firstBrokenLink(readBack)).toBeNull();
  });

  it('still catches a changed text', () => {
    const caseId = new Types.ObjectId();
    const at = new Date('2026-01-02T03:04:05.000Z');
    const [event] = chainBatch(
      caseId,
      { seq: 0, hash: null },
      [{ type: 'commentAdded', at, actor: 'user:u1', data: { text: '\ud800' } }],
      null,
      at,
    );
    const tampered = { ...stored(event!), data: { text: '\ufffe' } } as unknown as CaseEventRecord;
    expect(firstBrokenLink([tampered])?.reason).toBe('HASH_MISMATCH');
  });
});
