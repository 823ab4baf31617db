/** The customer's public page behind a signed link: its route (no sign-in, outside the staff layout). */
import type { RouteRecordRaw } from 'vue-router';

export const customerOfferRoutes: RouteRecordRaw[] = [
  {
    path: '/c/:token',
    name: 'customer-offer',
    component: () => import('./components/CustomerOfferPage.vue'),
    props: true,
    meta: { public: true },
  },
];
