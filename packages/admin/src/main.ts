/** The admin SPA's composition root: the only place that wires plugins together. */
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import urql from '@urql/vue';
import App from './App.vue';
import { createAppI18n, i18nPlugin } from './app/i18n';
import { createAppRouter } from './app/router';
import { createUrqlClient } from './app/urql-client';
import { readStoredLocale } from './shared/lib/locale';

const locale = readStoredLocale(window.localStorage);
document.documentElement.lang = locale;
const i18n = createAppI18n(locale);
const client = createUrqlClient({ getLocale: () => i18n.global.locale.value });

createApp(App)
  .use(createPinia())
  .use(i18nPlugin(i18n))
  .use(urql, client)
  .use(createAppRouter())
  .mount('#app');
