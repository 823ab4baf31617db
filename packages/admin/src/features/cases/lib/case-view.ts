/**
 * How the agent's workspace words a case: step keys to the flow's step names, actors, event types.
 * Pure, no Vue.
 */
import { pickLocalized, type AppLocale, type Localized } from '../../../shared/lib/locale';
import { formatInstant } from '../../../shared/lib/datetime';

export interface StepName {
  key: string;
  name: Localized;
}

/** The active steps by name (the key when the version does not know it), in order. */
export function stepNames(keys: readonly string[], steps: readonly StepName[], locale: AppLocale): string[] {
  return keys.map((key) => {
    const step = steps.find((s) => s.key === key);
    return step ? pickLocalized(step.name, locale) : key;
  });
}

export interface InboxRowSource {
  id: string;
  reference: string;
  status: string;
  activeSteps: readonly string[];
  dueAt?: Date | string | null;
  customer?: { name: string } | null;
  flowVersion: { steps: readonly StepName[] };
}

export interface InboxRow {
  id: string;
  reference: string;
  status: string;
  steps: string;
  dueAt: string;
  customer: string;
}

export function inboxRows(cases: readonly InboxRowSource[], locale: AppLocale): InboxRow[] {
  return cases.map((c) => ({
    id: c.id,
    reference: c.reference,
    status: c.status,
    steps: stepNames(c.activeSteps, c.flowVersion.steps, locale).join('、'),
    dueAt: formatInstant(c.dueAt ?? null),
    customer: c.customer?.name ?? '',
  }));
}

/** The step an event concerns, if its data names one. */
export function eventStepKey(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const key = (data as Record<string, unknown>)['stepKey'];
  return typeof key === 'string' ? key : null;
}
