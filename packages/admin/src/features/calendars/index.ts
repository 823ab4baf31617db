/** SLA working calendars: year view, pasting a State Council notice, preview and save (`/calendars`, lazy). */
import type { RouteRecordRaw } from 'vue-router';

export const calendarRoutes: RouteRecordRaw[] = [
  {
    path: '/calendars',
    name: 'calendars',
    component: () => import('./components/CalendarsPage.vue'),
    meta: { permission: 'calendar.manage' },
  },
];
