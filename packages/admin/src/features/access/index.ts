/**
 * People and access (/access): users, roles and their permission matrix, departments and queues. The
 * API-client and webhook pages (/access/api-clients, /access/webhooks) belong to the integrations
 * feature and show {@link AccessTabs} at their top.
 */
import type { RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '../session';
import { ACCESS_PERMISSION, accessLanding } from './lib/access-tabs';

export { ACCESS_PERMISSION, ACCESS_TABS, visibleAccessTabs } from './lib/access-tabs';
export { default as AccessTabs } from './components/AccessTabs.vue';

export const accessRoutes: RouteRecordRaw[] = [
  {
    // The first tab the viewer may open (API clients or webhooks for an integrations manager); for a
    // viewer with none, the users tab, whose guard says "no access" (lib/access-tabs.ts).
    path: '/access',
    name: 'access',
    component: { render: () => null },
    beforeEnter: () => accessLanding((p) => useSessionStore().can(p)),
  },
  {
    path: '/access/users',
    name: 'access-users',
    component: () => import('./components/UsersPage.vue'),
    meta: { permission: ACCESS_PERMISSION },
  },
  {
    path: '/access/roles',
    name: 'access-roles',
    component: () => import('./components/RolesPage.vue'),
    meta: { permission: ACCESS_PERMISSION },
  },
  {
    path: '/access/departments',
    name: 'access-departments',
    component: () => import('./components/DepartmentsPage.vue'),
    meta: { permission: ACCESS_PERMISSION },
  },
];
