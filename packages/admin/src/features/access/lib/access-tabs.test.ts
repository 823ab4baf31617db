import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { installSessionGuard, type useSessionStore } from '../../session';
import { ACCESS_TABS, accessLanding, visibleAccessTabs } from './access-tabs';

const Empty = { render: () => null };

const holding =
  (...held: string[]) =>
  (p: string) =>
    held.includes(p);

describe('access tabs', () => {
  it('shows users, roles and departments to user.manage, API clients and webhooks by their own permissions', () => {
    expect(visibleAccessTabs(holding('user.manage')).map((t) => t.path)).toEqual([
      '/access/users',
      '/access/roles',
      '/access/departments',
    ]);
    expect(visibleAccessTabs(holding('webhook.manage', 'apiclient.manage')).map((t) => t.path)).toEqual([
      '/access/api-clients',
      '/access/webhooks',
    ]);
  });

  it('sends /access to the first tab the viewer may open, else to the guarded users tab', () => {
    expect(accessLanding(holding('user.manage', 'webhook.manage'))).toBe('/access/users');
    expect(accessLanding(holding('webhook.manage'))).toBe('/access/webhooks');
    expect(accessLanding(holding('case.read'))).toBe('/access/users');
  });

  it('has the router guard refuse an agent at /access in words, and let an administrator in', async () => {
    const refusals: string[] = [];
    const land = async (held: string[]) => {
      const can = (p: string) => held.includes(p);
      const router = createRouter({
        history: createMemoryHistory(),
        routes: [
          { path: '/', component: Empty },
          { path: '/access', component: Empty, beforeEnter: () => accessLanding(can) },
          ...ACCESS_TABS.map((tab) => ({
            path: tab.path,
            component: Empty,
            meta: { permission: tab.permission },
          })),
        ],
      });
      const store = { restore: () => Promise.resolve(true), can } as unknown as ReturnType<
        typeof useSessionStore
      >;
      installSessionGuard(
        router,
        () => store,
        (path, permission) => refusals.push(`${path} needs ${permission}`),
      );
      await router.push('/access');
      return router.currentRoute.value.fullPath;
    };
    expect(await land(['case.read', 'case.work'])).toBe('/');
    expect(refusals).toEqual(['/access/users needs user.manage']);
    expect(await land(['user.manage'])).toBe('/access/users');
    expect(await land(['apiclient.manage'])).toBe('/access/api-clients');
    expect(refusals).toHaveLength(1);
  });
});
