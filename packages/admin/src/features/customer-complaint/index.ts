/**
 * The customer's public complaint pages (no sign-in, outside the staff layout): the complaint form
 * (`/complain`) and the tracking page behind a signed link (`/track/:token`).
 */
import type { RouteRecordRaw } from 'vue-router';

export const customerComplaintRoutes: RouteRecordRaw[] = [
  {
    path: '/complain',
    name: 'customer-complaint',
    component: () => import('./components/ComplaintFormPage.vue'),
    meta: { public: true },
  },
  {
    path: '/track/:token',
    name: 'complaint-tracking',
    component: () => import('./components/ComplaintTrackingPage.vue'),
    props: true,
    meta: { public: true },
  },
];
