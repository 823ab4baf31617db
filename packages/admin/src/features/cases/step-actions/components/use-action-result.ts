/**
 * How one step's panel says what its last action did: a success in words (and a toast), the server's
 * refusal in the page's language (following a language switch), or, after a conflict, that the case
 * was reloaded and the draft kept.
 */
import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLocaleStore } from '../../../../app/locale.store';
import { errorMessage, type AppError } from '../../../../shared/lib/graphql-error';
import { notifySuccess } from '../../../../shared/ui/notify';
import type { CommandOutcome } from '../step-actions.store';

/** Texts are kept as functions, so a message on screen follows a language switch. */
type Text = () => string;
type Notice =
  | { kind: 'success'; text: Text }
  | { kind: 'conflict' }
  | { kind: 'error'; error: AppError }
  | { kind: 'info'; text: Text };

export function useActionResult() {
  const { t } = useI18n();
  const localeStore = useLocaleStore();
  const notice = shallowRef<Notice | null>(null);

  const text = computed(() => {
    const n = notice.value;
    if (!n) return '';
    if (n.kind === 'conflict') return t('stepActions.conflict');
    if (n.kind === 'error')
      return t('stepActions.failed', {
        message: errorMessage(n.error, localeStore.locale, {
          network: t('errors.network'),
          unknown: t('errors.unknown'),
        }),
      });
    return n.text();
  });
  const type = computed(() => {
    const kind = notice.value?.kind;
    return kind === 'success'
      ? 'success'
      : kind === 'conflict'
        ? 'warning'
        : kind === 'info'
          ? 'info'
          : 'error';
  });

  /** Shows `outcome`; returns the error when it failed, for field errors. */
  function show(outcome: CommandOutcome, success: Text): AppError | null {
    if (outcome.ok) {
      const message: Text = outcome.value.replayed ? () => t('stepActions.replayed') : success;
      notice.value = { kind: 'success', text: message };
      notifySuccess(message());
      return null;
    }
    notice.value = outcome.reloaded ? { kind: 'conflict' } : { kind: 'error', error: outcome.error };
    return outcome.error;
  }

  return {
    notice,
    text,
    type,
    show,
    info: (message: Text) => (notice.value = { kind: 'info', text: message }),
    clear: () => (notice.value = null),
  };
}
