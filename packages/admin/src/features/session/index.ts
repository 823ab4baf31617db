/** The session feature's public surface: the sign-in route, the guard, the store. */
import type { RouteRecordRaw, Router } from 'vue-router';
import type { useSessionStore } from './session.store';
import { safeRedirect } from './lib/session-lib';

export { useSessionStore, type SessionUser } from './session.store';

export const sessionRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./components/LoginPage.vue'),
    meta: { public: true },
  },
];

/**
 * Every route but public ones needs a session: resumed from the tab's refresh token after a reload,
 * else the user signs in and comes back to where they were going.
 */
export function installSessionGuard(
  router: Router,
  session: () => ReturnType<typeof useSessionStore>,
  /** Told when a route is refused for a missing permission (the app says "no access" in words). */
  onRefused: (path: string, permission: string) => void = () => {},
): void {
  router.beforeEach(async (to) => {
    const store = session();
    if (to.meta.public) {
      if (to.name === 'login' && (await store.restore())) return safeRedirect(to.query['redirect']);
      return true;
    }
    if (!(await store.restore())) return { name: 'login', query: { redirect: to.fullPath } };
    // A route that needs a permission the viewer lacks: back home rather than a page of refusals.
    if (to.meta.permission && !store.can(to.meta.permission)) {
      onRefused(to.fullPath, to.meta.permission);
      return { path: '/' };
    }
    return true;
  });
}
