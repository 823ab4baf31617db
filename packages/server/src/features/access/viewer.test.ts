import { describe, expect, it } from 'vitest';
import { ViewerCache, invalidateAllViewers, invalidateViewer, type CachedUser } from './viewer';

function entry(username: string, active = true): CachedUser {
  return {
    active,
    sessionVersion: 0,
    viewer: { kind: 'user', userId: username, username, permissions: new Set(), departments: [] },
  };
}

describe('ViewerCache', () => {
  it('reuses an entry within the TTL and reloads after it (fake clock)', async () => {
    let now = 1_000;
    const cache = new ViewerCache(5_000, () => now);
    let loads = 0;
    const load = () => Promise.resolve(entry(`u${++loads}`));
    expect((await cache.get('a', load))?.viewer.username).toBe('u1');
    now += 4_999;
    expect((await cache.get('a', load))?.viewer.username).toBe('u1');
    now += 1;
    expect((await cache.get('a', load))?.viewer.username).toBe('u2');
    cache.dispose();
  });

  it('reads through on every call when the TTL is 0', async () => {
    const cache = new ViewerCache(0);
    let loads = 0;
    const load = () => Promise.resolve(entry(`u${++loads}`));
    await cache.get('a', load);
    await cache.get('a', load);
    expect(loads).toBe(2);
  });

  it('forgets a user on invalidation, in every cache of the process', async () => {
    const one = new ViewerCache(60_000);
    const two = new ViewerCache(60_000);
    await one.get('a', () => Promise.resolve(entry('old')));
    await two.get('a', () => Promise.resolve(entry('old')));
    await two.get('b', () => Promise.resolve(entry('b-old')));
    invalidateViewer('a');
    expect((await one.get('a', () => Promise.resolve(entry('new'))))?.viewer.username).toBe('new');
    expect((await two.get('a', () => Promise.resolve(entry('new'))))?.viewer.username).toBe('new');
    expect((await two.get('b', () => Promise.resolve(entry('b-new'))))?.viewer.username).toBe('b-old');
    invalidateAllViewers();
    expect((await two.get('b', () => Promise.resolve(entry('b-new'))))?.viewer.username).toBe('b-new');
    one.dispose();
    two.dispose();
  });

  it('does not store a load that an invalidation overtook', async () => {
    const cache = new ViewerCache(60_000);
    let release!: () => void;
    const slow = cache.get(
      'a',
      () => new Promise<CachedUser>((resolve) => (release = () => resolve(entry('stale')))),
    );
    invalidateViewer('a'); // e.g. the user was deactivated while their row was being read
    release();
    expect((await slow)?.viewer.username).toBe('stale');
    expect((await cache.get('a', () => Promise.resolve(entry('fresh', false))))?.active).toBe(false);
    cache.dispose();
  });

  it('clears its entries when disposed', async () => {
    const cache = new ViewerCache(60_000);
    await cache.get('a', () => Promise.resolve(entry('x')));
    cache.dispose();
    expect((await cache.get('a', () => Promise.resolve(entry('y'))))?.viewer.username).toBe('y');
  });
});
