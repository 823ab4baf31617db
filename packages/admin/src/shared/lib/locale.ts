/**
 * The languages Parley speaks, and how a UI locale maps onto the `{ zh, en }` pairs the server sends
 * (names, error messages). Pure: no Vue, no storage access beyond what is passed in.
 */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'parley.locale';

/** A text in both languages, as the server sends it (`LocalizedText`, `extensions.messages`). */
export interface Localized {
  zh: string;
  en: string;
}

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The stored choice, or the default when nothing (valid) is stored or storage is unavailable. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined): AppLocale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can throw (privacy mode, disabled cookies): the default is a fine answer.
    return DEFAULT_LOCALE;
  }
}

export function writeStoredLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: AppLocale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisting is acceptable; the choice still applies to this page.
  }
}

/** The key of a `{ zh, en }` pair that matches a UI locale. */
export function languageOf(locale: AppLocale): keyof Localized {
  return locale === 'en' ? 'en' : 'zh';
}

export function pickLocalized(text: Localized, locale: AppLocale): string {
  return text[languageOf(locale)];
}
