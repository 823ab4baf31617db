/** The agent's workspace: the inbox and the case page. */
import type { RouteRecordRaw } from 'vue-router';

export const caseRoutes: RouteRecordRaw[] = [
  { path: '/inbox', name: 'inbox', component: () => import('./components/InboxPage.vue') },
  { path: '/cases/:id', name: 'case', component: () => import('./components/CasePage.vue'), props: true },
];
