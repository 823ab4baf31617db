/** A root cause's name in the page's language (the engine's vocabulary); an unknown code as itself. */
import { rootCauseOf } from '@parley/engine';
import { pickLocalized, type AppLocale } from '../../../../shared/lib/locale';

export function rootCauseText(code: string, locale: AppLocale): string {
  const cause = rootCauseOf(code);
  return cause ? pickLocalized(cause.label, locale) : code;
}
