import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { complaintCategoryRoutes } from '../features/complaint-categories';
import { sessionRoutes } from '../features/session';
import { caseRoutes } from '../features/cases';
import { flowRoutes } from '../features/flows';
import { customerOfferRoutes } from '../features/customer-offer';
import { customerIntakeRoutes } from '../features/customer-intake';
import AppLayout from './AppLayout.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** The permission a viewer needs to open the route (and to see its menu entry). */
    permission?: string;
  }
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes: [
      ...sessionRoutes,
      ...customerOfferRoutes,
      ...customerIntakeRoutes,
      {
        path: '/',
        component: AppLayout,
        children: [
          { path: '', redirect: '/complaint-categories' },
          ...complaintCategoryRoutes,
          ...caseRoutes,
          ...flowRoutes,
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });
}
