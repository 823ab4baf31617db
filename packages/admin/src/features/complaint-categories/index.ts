/**
 * The complaint-categories feature's public surface: its routes.
 *
 * The editor needs `category.write`, not `category.read`: agents hold `category.read` (they file and
 * filter complaints by category), but the issue wants them to see none of the configuration screens.
 */
import type { RouteRecordRaw } from 'vue-router';

export const CATEGORY_EDITOR_PERMISSION = 'category.write';

export const complaintCategoryRoutes: RouteRecordRaw[] = [
  {
    path: '/complaint-categories',
    name: 'complaint-categories',
    component: () => import('./components/ComplaintCategoriesPage.vue'),
    meta: { permission: CATEGORY_EDITOR_PERMISSION },
  },
];
