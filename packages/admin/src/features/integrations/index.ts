/**
 * Integrations (/access/api-clients, /access/webhooks): API clients of other bank systems and webhook
 * subscriptions. Part of "People and access"; the access feature's tabs link here.
 */
import type { RouteRecordRaw } from 'vue-router';

export const API_CLIENTS_PERMISSION = 'apiclient.manage';
export const WEBHOOKS_PERMISSION = 'webhook.manage';

export const integrationRoutes: RouteRecordRaw[] = [
  {
    path: '/access/api-clients',
    name: 'api-clients',
    component: () => import('./components/ApiClientsPage.vue'),
    meta: { permission: API_CLIENTS_PERMISSION },
  },
  {
    path: '/access/webhooks',
    name: 'webhooks',
    component: () => import('./components/WebhooksPage.vue'),
    meta: { permission: WEBHOOKS_PERMISSION },
  },
];
