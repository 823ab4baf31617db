/** Insight dashboards for supervisors (`/insight`, case.assign, lazy): volume, time, negotiation, satisfaction, findings, the regulator's report. */
import type { RouteRecordRaw } from 'vue-router';

export const insightRoutes: RouteRecordRaw[] = [
  {
    path: '/insight',
    name: 'insight',
    component: () => import('./components/InsightPage.vue'),
    meta: { permission: 'case.assign' },
  },
];
