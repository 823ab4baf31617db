/** The customer's public intake page behind a signed link: its route (no sign-in, outside the staff layout). */
import type { RouteRecordRaw } from 'vue-router';

export const customerIntakeRoutes: RouteRecordRaw[] = [
  {
    path: '/apply/:token',
    name: 'customer-intake',
    component: () => import('./components/CustomerIntakePage.vue'),
    props: true,
    meta: { public: true },
  },
];
