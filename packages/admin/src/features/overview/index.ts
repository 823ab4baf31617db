/** The supervisor's landing page: open, unassigned and breached cases per queue (`/overview`, lazy). */
import type { RouteRecordRaw } from 'vue-router';

export const overviewRoutes: RouteRecordRaw[] = [
  {
    path: '/overview',
    name: 'overview',
    component: () => import('./components/OverviewPage.vue'),
    meta: { permission: 'case.assign' },
  },
];
