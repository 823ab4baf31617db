/** The complaint-categories feature's public surface: its routes. */
import type { RouteRecordRaw } from 'vue-router';

export const complaintCategoryRoutes: RouteRecordRaw[] = [
  {
    path: '/complaint-categories',
    name: 'complaint-categories',
    component: () => import('./components/ComplaintCategoriesPage.vue'),
  },
];
