/**
 * vue-i18n in Composition mode. zh-CN is the default and the schema of the messages: a key missing in
 * English, or a `t()` call with an unknown key, fails vue-tsc.
 */
import type { InjectionKey, Plugin } from 'vue';
import { createI18n } from 'vue-i18n';
import zhCN, { type MessageSchema } from '../locales/zh-CN';
import en from '../locales/en';
import { DEFAULT_LOCALE, type AppLocale } from '../shared/lib/locale';

declare module 'vue-i18n' {
  // Makes `t()` keys typed everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

export function createAppI18n(locale: AppLocale) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { 'zh-CN': zhCN, en },
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** Lets stores (which run outside components) reach the app's i18n instance. */
export const APP_I18N: InjectionKey<AppI18n> = Symbol('parley.i18n');

/** Installs vue-i18n and provides it under {@link APP_I18N}. */
export function i18nPlugin(i18n: AppI18n): Plugin {
  return {
    install(app) {
      app.use(i18n);
      app.provide(APP_I18N, i18n);
    },
  };
}
