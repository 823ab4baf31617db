import type { Language } from 'element-plus/es/locale';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import elementEn from 'element-plus/es/locale/lang/en';
import type { AppLocale } from '../shared/lib/locale';

const ELEMENT_LOCALES: Record<AppLocale, Language> = { 'zh-CN': elementZhCn, en: elementEn };

/** Element Plus's own texts (pagination, empty states, date pickers) in the UI language. */
export function elementLocale(locale: AppLocale): Language {
  return ELEMENT_LOCALES[locale];
}
