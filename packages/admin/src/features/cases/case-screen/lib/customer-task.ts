/**
 * Whether the customer has something to do on their link now: an active step that waits for them (a
 * confirmation, a signature the customer gives, a form the customer fills in). "Send customer link" is
 * offered only then. Pure, no Vue.
 */

export interface TaskStep {
  key: string;
  kind: string;
  config?: unknown;
}

function configValue(config: unknown, name: string): unknown {
  return typeof config === 'object' && config !== null
    ? (config as Record<string, unknown>)[name]
    : undefined;
}

/** True when the step, once active, waits for the customer. */
export function waitsForCustomer(step: TaskStep): boolean {
  switch (step.kind) {
    case 'CONFIRMATION':
      return true;
    case 'SIGNATURE':
      return configValue(step.config, 'signer') !== 'staff';
    case 'FORM':
      return configValue(step.config, 'submittedBy') === 'customer';
    default:
      return false;
  }
}

/** The active steps waiting for the customer, on a case still being worked (open or paused). */
export function customerTasks(
  c: { status: string; activeSteps: readonly string[] },
  steps: readonly TaskStep[],
): TaskStep[] {
  if (c.status !== 'OPEN' && c.status !== 'PAUSED') return [];
  return c.activeSteps
    .map((key) => steps.find((s) => s.key === key))
    .filter((s): s is TaskStep => s !== undefined && waitsForCustomer(s));
}

export function customerHasSomethingToDo(
  c: { status: string; activeSteps: readonly string[] },
  steps: readonly TaskStep[],
): boolean {
  return customerTasks(c, steps).length > 0;
}
