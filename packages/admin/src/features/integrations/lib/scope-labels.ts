/**
 * A permission in words. Permission names contain dots, which vue-i18n reads as nesting, so the labels
 * are looked up in this feature's locale objects directly; an unknown permission is shown as itself.
 */
import type { AppLocale } from '../../../shared/lib/locale';
import zh from '../locales/zh-CN';
import en from '../locales/en';

const LABELS: Record<AppLocale, Readonly<Record<string, string>>> = { 'zh-CN': zh.scopes, en: en.scopes };

export function scopeLabel(scope: string, locale: AppLocale): string {
  const table = LABELS[locale];
  return Object.hasOwn(table, scope) ? table[scope]! : scope;
}
