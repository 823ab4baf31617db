import { createRouter, createWebHistory, type RouterHistory } from 'vue-router';
import { complaintCategoryRoutes } from '../features/complaint-categories';
import { sessionRoutes, useSessionStore } from '../features/session';
import { caseRoutes } from '../features/cases';
import { overviewRoutes } from '../features/overview';
import { insightRoutes } from '../features/insight';
import { calendarRoutes } from '../features/calendars';
import { landingPath, NO_ACCESS_PATH } from '../shared/lib/permissions';
import { NAV_ITEMS } from './navigation';
import { flowRoutes } from '../features/flows';
import { surveyRoutes } from '../features/surveys';
import { approvalRoutes } from '../features/approvals';
import { customerOfferRoutes } from '../features/customer-offer';
import { customerIntakeRoutes } from '../features/customer-intake';
import { customerComplaintRoutes } from '../features/customer-complaint';
import { customerSurveyRoutes } from '../features/customer-survey';
import { auditRoutes } from '../features/audit';
import { integrationRoutes } from '../features/integrations';
import { accessRoutes } from '../features/access';
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
      ...customerComplaintRoutes,
      ...customerSurveyRoutes,
      {
        path: '/',
        component: AppLayout,
        children: [
          {
            // Decided by what the viewer holds (after the session guard restored the session).
            path: '',
            name: 'home',
            component: { render: () => null },
            beforeEnter: () => landingPath((p) => useSessionStore().can(p), NAV_ITEMS),
          },
          {
            // Signed in, but no page of the menu is theirs: say so instead of bouncing.
            path: NO_ACCESS_PATH.slice(1),
            name: 'no-access',
            component: () => import('./NoAccessPage.vue'),
          },
          ...overviewRoutes,
          ...insightRoutes,
          ...complaintCategoryRoutes,
          ...caseRoutes,
          ...approvalRoutes,
          ...flowRoutes,
          ...auditRoutes,
          ...integrationRoutes,
          ...surveyRoutes,
          ...calendarRoutes,
          ...accessRoutes,
        ],
      },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });
}
