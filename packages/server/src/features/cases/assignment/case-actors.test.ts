import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { Models } from '../../../db/models';
import { ActorLoader, parseActorKey } from './case-actors';

const userId = new Types.ObjectId();
const clientId = new Types.ObjectId();
const missingId = new Types.ObjectId();

/** A fake of the two collections the loader reads, counting queries. */
function fakeModels() {
  const calls = { users: 0, clients: 0 };
  const query = (rows: unknown[]) => ({ lean: () => ({ exec: () => Promise.resolve(rows) }) });
  const models = {
    User: {
      find: () => {
        calls.users += 1;
        return query([{ _id: userId, username: 'agent.cs', displayName: '李客服' }]);
      },
    },
    ApiClient: {
      find: () => {
        calls.clients += 1;
        return query([{ _id: clientId, name: 'crm-bridge' }]);
      },
    },
  } as unknown as Models;
  return { models, calls };
}

describe('case actors', () => {
  it('reads actor keys by kind; null and customer links are the customer', () => {
    expect(parseActorKey(null).kind).toBe('CUSTOMER');
    expect(parseActorKey('customer:abc').kind).toBe('CUSTOMER');
    expect(parseActorKey('system:case-links').kind).toBe('SYSTEM');
    expect(parseActorKey(`user:${userId.toHexString()}`)).toEqual({ kind: 'USER', id: userId });
    expect(parseActorKey(`api:${clientId.toHexString()}`)).toEqual({ kind: 'API_CLIENT', id: clientId });
    expect(parseActorKey('user:not-an-id')).toEqual({ kind: 'USER', id: null });
  });

  it('resolves a page of keys with one query per collection, by name', async () => {
    const { models, calls } = fakeModels();
    const loader = new ActorLoader(models);
    const views = await Promise.all([
      loader.load(`user:${userId.toHexString()}`),
      loader.load(`user:${userId.toHexString()}`),
      loader.load(`user:${missingId.toHexString()}`),
      loader.load(`api:${clientId.toHexString()}`),
      loader.load('customer:link-1'),
      loader.load('system:scheduler'),
    ]);
    expect(views).toEqual([
      { kind: 'USER', displayName: '李客服', username: 'agent.cs' },
      { kind: 'USER', displayName: '李客服', username: 'agent.cs' },
      { kind: 'USER', displayName: null, username: null },
      { kind: 'API_CLIENT', displayName: 'crm-bridge', username: null },
      { kind: 'CUSTOMER', displayName: null, username: null },
      { kind: 'SYSTEM', displayName: null, username: null },
    ]);
    expect(calls).toEqual({ users: 1, clients: 1 });
    // Asked again later: answered from the request's cache.
    await loader.load(`user:${userId.toHexString()}`);
    expect(calls).toEqual({ users: 1, clients: 1 });
  });
});
