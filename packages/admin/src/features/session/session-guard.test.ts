/**
 * The session guard with a route that declares `meta.permission`: a signed-in viewer without it is
 * sent home, one with it gets through, a signed-out one goes to sign in.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { installSessionGuard, type useSessionStore } from './index';

const Empty = { render: () => null };

const refusals: string[] = [];

async function land(path: string, session: { signedIn: boolean; permissions: string[] }): Promise<string> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Empty },
      { path: '/login', name: 'login', component: Empty, meta: { public: true } },
      { path: '/flows', component: Empty, meta: { permission: 'flow.read' } },
    ],
  });
  const store = {
    restore: () => Promise.resolve(session.signedIn),
    can: (permission: string) => session.permissions.includes(permission),
  } as unknown as ReturnType<typeof useSessionStore>;
  installSessionGuard(
    router,
    () => store,
    (refused, permission) => refusals.push(`${refused} needs ${permission}`),
  );
  await router.push(path);
  return router.currentRoute.value.fullPath;
}

describe('installSessionGuard and meta.permission', () => {
  it('lets a viewer holding the permission in', async () => {
    expect(await land('/flows', { signedIn: true, permissions: ['flow.read'] })).toBe('/flows');
  });

  it('sends a signed-in viewer without it home, and says which route was refused for what', async () => {
    refusals.length = 0;
    expect(await land('/flows', { signedIn: true, permissions: ['case.read'] })).toBe('/');
    expect(refusals).toEqual(['/flows needs flow.read']);
    expect(await land('/flows', { signedIn: true, permissions: ['flow.read'] })).toBe('/flows');
    expect(refusals).toHaveLength(1);
  });

  it('sends a signed-out visitor to sign in first, remembering where they were going', async () => {
    expect(await land('/flows', { signedIn: false, permissions: [] })).toBe('/login?redirect=/flows');
  });
});
