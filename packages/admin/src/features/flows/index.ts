/** The flows feature's public surface: its routes (the list and the designer, each a lazy chunk). */
import type { RouteRecordRaw } from 'vue-router';

export const flowRoutes: RouteRecordRaw[] = [
  {
    path: '/flows',
    name: 'flows',
    component: () => import('./components/FlowsPage.vue'),
    meta: { permission: 'flow.read' },
  },
  {
    // The designer's code is its own chunk: an agent (no flow.write) never loads it.
    path: '/flows/:key/edit',
    name: 'flow-designer',
    component: () => import('./designer/DesignerPage.vue'),
    meta: { permission: 'flow.write' },
  },
];
