/** The flows feature's public surface: its routes (the designer's screens join here). */
import type { RouteRecordRaw } from 'vue-router';

export const flowRoutes: RouteRecordRaw[] = [
  {
    path: '/flows',
    name: 'flows',
    component: () => import('./components/FlowsPage.vue'),
    meta: { permission: 'flow.read' },
  },
];
