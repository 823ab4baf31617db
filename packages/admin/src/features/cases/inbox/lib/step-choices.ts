/**
 * The inbox's step filter offers step names, not keys: the steps of the chosen flows (each flow's
 * newest published version), grouped by flow, or every flow's steps when no flow is chosen. Steps a
 * case never rests in (decisions, parallel split and join, the end) are left out. Pure.
 */
import type { StepKind } from '../../../../generated/graphql';
import { pickLocalized, type AppLocale, type Localized } from '../../../../shared/lib/locale';

export interface FlowSteps {
  key: string;
  name: Localized;
  latestVersion?: { steps: readonly { key: string; kind: StepKind; name: Localized }[] } | null;
}

export interface StepChoiceGroup {
  flowKey: string;
  label: string;
  steps: { key: string; label: string }[];
}

const PASSING: readonly StepKind[] = ['DECISION', 'PARALLEL_SPLIT', 'PARALLEL_JOIN', 'END'];

export function stepChoices(
  flows: readonly FlowSteps[],
  chosenFlows: readonly string[],
  locale: AppLocale,
): StepChoiceGroup[] {
  const shown = chosenFlows.length ? flows.filter((f) => chosenFlows.includes(f.key)) : flows;
  return shown
    .map((f) => ({
      flowKey: f.key,
      label: pickLocalized(f.name, locale),
      steps: (f.latestVersion?.steps ?? [])
        .filter((s) => !PASSING.includes(s.kind))
        .map((s) => ({ key: s.key, label: pickLocalized(s.name, locale) })),
    }))
    .filter((g) => g.steps.length > 0);
}

/** Whether `stepKey` is among the choices (a chosen step that left them is cleared). */
export function offersStep(groups: readonly StepChoiceGroup[], stepKey: string): boolean {
  return groups.some((g) => g.steps.some((s) => s.key === stepKey));
}
