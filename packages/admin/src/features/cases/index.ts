/** The agent's workspace: the inbox, a new case and the case page. */
import type { RouteRecordRaw } from 'vue-router';
import { inboxRoutes } from './inbox';

export const caseRoutes: RouteRecordRaw[] = [
  ...inboxRoutes,
  // Before /cases/:id, which would otherwise take "new" for an id.
  {
    path: '/cases/new',
    name: 'new-case',
    component: () => import('./new-case/NewCasePage.vue'),
    meta: { permission: 'case.work' },
  },
  { path: '/cases/:id', name: 'case', component: () => import('./components/CasePage.vue'), props: true },
];
