/**
 * What every panel needs: the designer store, texts, the current language and `edit`, which runs a
 * pure edit through `store.apply` (one undo step, or joined with the previous one under `coalesce`).
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { FlowDefinition, LocalizedText } from '@parley/engine';
import { useLocaleStore } from '../../../../app/locale.store';
import { languageOf, pickLocalized } from '../../../../shared/lib/locale';
import { useDesignerStore } from '../designer.store';
import { settingsProblems, stepFieldProblems, transitionFieldProblems } from './lib/panel-problems';

export function usePanel() {
  const i18n = useI18n();
  const store = useDesignerStore();
  const localeStore = useLocaleStore();
  const lang = computed(() => languageOf(localeStore.locale));

  function edit(
    label: string,
    change: (d: FlowDefinition) => FlowDefinition | null,
    coalesce?: string,
  ): void {
    store.apply(label, (d) => change(d) ?? d, coalesce);
  }

  function local(text: LocalizedText | undefined): string {
    return text ? pickLocalized(text, localeStore.locale) : '';
  }

  /** The messages of the problems whose path names this field, for `el-form-item`'s `error` (empty: none). */
  function stepError(stepKey: string, field: string): string {
    const d = store.doc;
    if (!d) return '';
    return stepFieldProblems(d, store.problems, stepKey, field)
      .map((p) => p.message[lang.value])
      .join(' ');
  }

  function transitionError(transitionKey: string, field: string): string {
    const d = store.doc;
    if (!d) return '';
    return transitionFieldProblems(d, store.problems, transitionKey, field)
      .map((p) => p.message[lang.value])
      .join(' ');
  }

  function settingsError(prefix: string): string {
    return settingsProblems(store.problems, prefix)
      .map((p) => p.message[lang.value])
      .join(' ');
  }

  return { t: i18n.t, store, lang, edit, local, stepError, transitionError, settingsError };
}
