/** The text of a form field's problem (the first one found), in the page's language; '' when none. */
import { useI18n } from 'vue-i18n';
import type { OfferFormField, OfferFormProblem } from '../lib/offer-form';

export function useProblemText(problems: () => readonly OfferFormProblem[]) {
  const { t } = useI18n();
  return (...fields: OfferFormField[]): string => {
    const p = problems().find((x) => fields.includes(x.field));
    return p ? t(`offerBuilder.problems.${p.code}`) : '';
  };
}
