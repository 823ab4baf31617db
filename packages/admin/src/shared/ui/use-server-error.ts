/**
 * Server errors in a form: an error naming one of the form's fields is shown under that field (and
 * follows language switches, since both languages are kept); any other error becomes a toast.
 */
import { computed, shallowRef, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLocaleStore } from '../../app/locale.store';
import { errorMessage, type AppError } from '../lib/graphql-error';

export interface ServerErrorState<F extends string> {
  /** The message for each field that has one, in the current language. */
  fieldErrors: ComputedRef<Partial<Record<F, string>>>;
  /** Shows `error` under its field, or as a toast when it names none of this form's fields. */
  report(error: AppError): void;
  clear(): void;
}

export function useServerError<F extends string>(
  fieldOf: (error: AppError) => F | null,
  notify: (message: string) => void,
): ServerErrorState<F> {
  const { t } = useI18n();
  const localeStore = useLocaleStore();
  const fieldError = shallowRef<{ field: F; error: AppError } | null>(null);

  const messageOf = (error: AppError) =>
    errorMessage(error, localeStore.locale, { network: t('errors.network'), unknown: t('errors.unknown') });

  const fieldErrors = computed(() => {
    const current = fieldError.value;
    const out: Partial<Record<F, string>> = {};
    if (current) out[current.field] = messageOf(current.error);
    return out;
  });

  function report(error: AppError): void {
    const field = fieldOf(error);
    fieldError.value = field === null ? null : { field, error };
    if (field === null) notify(messageOf(error));
  }

  return { fieldErrors, report, clear: () => (fieldError.value = null) };
}
