/** The admin SPA's composition root: the only place that wires plugins together. */
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import App from './App.vue';
import { createAppI18n, i18nPlugin } from './app/i18n';
import { createAppRouter } from './app/router';
import { createUrqlClient } from './app/urql-client';
import { installSessionGuard, useSessionStore } from './features/session';
import { readStoredLocale } from './shared/lib/locale';
import { notifyError } from './shared/ui/notify';

const locale = readStoredLocale(window.localStorage);
document.documentElement.lang = locale;
const i18n = createAppI18n(locale);
const pinia = createPinia();
const session = () => useSessionStore(pinia);
const client = createUrqlClient({
  getLocale: () => i18n.global.locale.value,
  auth: {
    accessToken: () => session().validAccessToken(),
    onUnauthenticated: () => session().expire(),
  },
});
const router = createAppRouter();
// A page refused for a missing permission: home, with a word of why (not a silent jump).
installSessionGuard(router, session, () => notifyError(i18n.global.t('errors.noAccess')));

// urql before the router: the first navigation's guard already needs the client.
createApp(App).use(pinia).use(i18nPlugin(i18n)).use(urql, client).use(router).mount('#app');
