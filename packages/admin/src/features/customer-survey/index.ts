/**
 * Surveys in use, the admin's side: the customer's public survey page (`/s/:token`, no sign-in, outside
 * the staff layout) and the case screen's survey card (send a survey, invitations and answers).
 */
import { defineAsyncComponent } from 'vue';
import type { RouteRecordRaw } from 'vue-router';

/** The case screen's card, its own chunk (the router imports this file). */
export const CaseSurveyCard = defineAsyncComponent(() => import('./case-card/CaseSurveyCard.vue'));

export const customerSurveyRoutes: RouteRecordRaw[] = [
  {
    path: '/s/:token',
    name: 'customer-survey',
    component: () => import('./components/CustomerSurveyPage.vue'),
    props: true,
    meta: { public: true },
  },
];
