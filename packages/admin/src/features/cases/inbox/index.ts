/** The workspace inbox: its route (`/inbox`, a lazy chunk). */
import type { RouteRecordRaw } from 'vue-router';

export const inboxRoutes: RouteRecordRaw[] = [
  {
    path: '/inbox',
    name: 'inbox',
    component: () => import('./components/InboxPage.vue'),
    meta: { permission: 'case.read' },
  },
];
