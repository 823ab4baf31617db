/**
 * Server errors in a form: problems naming the form's fields are shown under those fields (and follow
 * language switches, since both languages are kept); an error naming none of them becomes a toast.
 */
import { computed, shallowRef, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLocaleStore } from '../../app/locale.store';
import { errorMessage, type AppError, type FieldMessages } from '../lib/graphql-error';
import { pickLocalized } from '../lib/locale';

export interface ServerErrorState<F extends string> {
  /** The message for each field that has one, in the current language. */
  fieldErrors: ComputedRef<Partial<Record<F, string>>>;
  /** Shows `error` under its fields, or as a toast when it names none of this form's fields. */
  report(error: AppError): void;
  clear(): void;
}

export function useServerError<F extends string>(
  fieldsOf: (error: AppError) => FieldMessages<F>,
  notify: (message: string) => void,
): ServerErrorState<F> {
  const { t } = useI18n();
  const localeStore = useLocaleStore();
  const fieldMessages = shallowRef<FieldMessages<F>>({});

  const fieldErrors = computed(() => {
    const out: Partial<Record<F, string>> = {};
    for (const field of Object.keys(fieldMessages.value) as F[]) {
      const messages = fieldMessages.value[field];
      if (messages) out[field] = pickLocalized(messages, localeStore.locale);
    }
    return out;
  });

  function report(error: AppError): void {
    const fields = fieldsOf(error);
    fieldMessages.value = fields;
    if (Object.keys(fields).length === 0) {
      notify(
        errorMessage(error, localeStore.locale, {
          network: t('errors.network'),
          unknown: t('errors.unknown'),
        }),
      );
    }
  }

  return { fieldErrors, report, clear: () => (fieldMessages.value = {}) };
}
