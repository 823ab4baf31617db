/** The configuration audit feature's public surface: its route (`/audit`, lazy, audit.read). */
import type { RouteRecordRaw } from 'vue-router';

export const auditRoutes: RouteRecordRaw[] = [
  {
    path: '/audit',
    name: 'audit',
    component: () => import('./components/AuditPage.vue'),
    meta: { permission: 'audit.read' },
  },
];
