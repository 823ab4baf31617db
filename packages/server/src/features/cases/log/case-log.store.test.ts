import { ENGINE_EVENT_TYPES } from '@parley/engine';
import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { Models } from '../../../db/models';
import { HOST_EVENT_TYPES, isHostEventOf, type HostEvent } from './case-event-codec';
import { CaseLog, type StoredEvent } from './case-log.store';

/** Models whose event collection records what it was asked to insert (nothing reaches a database). */
function recordingModels(): { models: Models; inserted: unknown[][] } {
  const inserted: unknown[][] = [];
  const models = {
    CaseEvent: {
      collection: {
        insertMany: (docs: unknown[]) => {
          inserted.push(docs);
          return Promise.reject(new Error('stop after the insert'));
        },
      },
    },
  } as unknown as Models;
  return { models, inserted };
}

const event = (type: string, seq: number): StoredEvent =>
  ({ caseId: new Types.ObjectId(), seq, type, data: {} }) as unknown as StoredEvent;

describe('CaseLog.append', () => {
  it('refuses a batch with an event type neither the engine nor the host knows, writing nothing', async () => {
    const { models, inserted } = recordingModels();
    await expect(
      new CaseLog(models).append([event('commentAdded', 1), event('commentAddedd', 2)]),
    ).rejects.toThrow('unknown case event type: commentAddedd');
    expect(inserted).toEqual([]);
  });

  it('passes every engine and host event type on to the insert', async () => {
    for (const type of [...ENGINE_EVENT_TYPES, ...HOST_EVENT_TYPES]) {
      const { models, inserted } = recordingModels();
      await expect(new CaseLog(models).append([event(type, 1)])).rejects.toThrow('stop after the insert');
      expect(inserted).toHaveLength(1);
    }
  });

  it('knows the engine types from the engine, and no type is both', () => {
    expect(ENGINE_EVENT_TYPES.has('stepCompleted')).toBe(true);
    expect(ENGINE_EVENT_TYPES.has('caseOpened')).toBe(false);
    for (const type of HOST_EVENT_TYPES) expect(ENGINE_EVENT_TYPES.has(type)).toBe(false);
  });
});

describe('host events', () => {
  it('are typed by their event: an unknown type or another shape of data does not compile', () => {
    const written: HostEvent[] = [
      { type: 'commentAdded', data: { text: 'called back' } },
      // @ts-expect-error -- not a host event type (caught when the command is written, not on replay)
      { type: 'commentAddedd', data: { text: 'called back' } },
      // @ts-expect-error -- a comment's data is its text
      { type: 'commentAdded', data: { body: 'called back' } },
    ];
    expect(written.map((e) => HOST_EVENT_TYPES.has(e.type))).toEqual([true, false, true]);
  });

  it('are read back narrowed by their type', () => {
    const stored = { ...event('caseLinked', 3), data: { relatedCaseId: 'x', relation: 'REFERS_TO' } };
    expect(isHostEventOf(stored, 'caseLinked') ? stored.data.relation : null).toBe('REFERS_TO');
    expect(isHostEventOf(stored, 'caseAssigned')).toBe(false);
  });
});
