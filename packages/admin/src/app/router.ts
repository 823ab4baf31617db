import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { complaintCategoryRoutes } from '../features/complaint-categories';

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes: [
      { path: '/', redirect: '/complaint-categories' },
      ...complaintCategoryRoutes,
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });
}
