/**
 * Restoring an archived survey, shared by the list and the editor: it asks first and says what a restore
 * does, then restores and says so.
 */
import { useI18n } from 'vue-i18n';
import { useLocaleStore } from '../../app/locale.store';
import { errorMessage } from '../../shared/lib/graphql-error';
import { confirmAction } from '../../shared/ui/confirm';
import { notifyError, notifySuccess } from '../../shared/ui/notify';
import { useSurveysStore } from './surveys.store';

export function useSurveyRestore(): (key: string) => Promise<boolean> {
  const { t } = useI18n();
  const store = useSurveysStore();
  const localeStore = useLocaleStore();
  return async (key: string) => {
    const ok = await confirmAction({
      title: t('surveys.restore.title', { key }),
      message: t('surveys.restore.message', { key }),
      confirm: t('surveys.restore.confirm'),
      cancel: t('common.cancel'),
    });
    if (!ok) return false;
    const outcome = await store.restore(key);
    if (!outcome.ok) {
      notifyError(
        errorMessage(outcome.error, localeStore.locale, {
          network: t('errors.network'),
          unknown: t('errors.unknown'),
        }),
      );
      return false;
    }
    notifySuccess(t('surveys.restore.done', { key }));
    return true;
  };
}
