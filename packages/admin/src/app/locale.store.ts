/**
 * The UI language: the single place that switches it. Switching updates vue-i18n (and through it
 * Element Plus and the `Accept-Language` header), persists the choice and sets `<html lang>`.
 */
import { computed, inject } from 'vue';
import { defineStore } from 'pinia';
import { STORE_IDS } from './store-ids';
import { APP_I18N } from './i18n';
import { SUPPORTED_LOCALES, writeStoredLocale, type AppLocale } from '../shared/lib/locale';

export const useLocaleStore = defineStore(STORE_IDS.locale, () => {
  const i18n = inject(APP_I18N);
  if (!i18n) throw new Error('The locale store needs i18nPlugin() installed on the app.');
  const composer = i18n.global;

  const locale = computed<AppLocale>(() => composer.locale.value);

  function setLocale(next: AppLocale): void {
    composer.locale.value = next;
    writeStoredLocale(globalThis.localStorage, next);
    document.documentElement.lang = next;
  }

  return { locale, supported: SUPPORTED_LOCALES, setLocale };
});
