/** The supervisors' approvals inbox (/approvals): offers beyond authority, plan reviews, complaint extensions. */
import type { RouteRecordRaw } from 'vue-router';

export const APPROVALS_PERMISSION = 'case.assign';

export const approvalRoutes: RouteRecordRaw[] = [
  {
    path: '/approvals',
    name: 'approvals',
    component: () => import('./components/ApprovalsPage.vue'),
    meta: { permission: APPROVALS_PERMISSION },
  },
];
