/**
 * Names of step kinds and END outcomes in the UI language: the canvas's locale files for what Parley
 * ships, the plug-in's own label for plug-in kinds.
 */
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { defaultRegistry, type Lang } from '@parley/engine';
import { useLocaleStore } from '../../../../app/locale.store';
import { languageOf } from '../../../../shared/lib/locale';
import { messageKey } from './lib/step-kinds';

export function useCanvasTexts() {
  const { t, te } = useI18n();
  const localeStore = useLocaleStore();
  const lang = computed<Lang>(() => languageOf(localeStore.locale));

  function kindName(kind: string): string {
    const key = `canvas.kinds.${messageKey(kind)}`;
    if (te(key)) return t(key);
    return defaultRegistry.stepType(kind)?.label[lang.value] ?? kind;
  }

  function outcomeName(outcome: string): string {
    const key = `canvas.outcomes.${messageKey(outcome)}`;
    return te(key) ? t(key) : outcome;
  }

  return { t, lang, kindName, outcomeName };
}
