/**
 * What the panel does with a command's answer. A CONFLICT (the case moved on while the agent worked)
 * and STEP_NOT_ACTIVE (someone else completed the step) reload the case and keep what was typed; an
 * answer lost on the network keeps its idempotency key so the retry cannot act twice; any other
 * refusal is final for that key (the next try is a new request). Pure.
 */
import type { AppError } from '../../../../shared/lib/graphql-error';

export type AfterFailure = 'reload-keep-draft' | 'retry-same-key' | 'show';

export function afterFailure(error: AppError): AfterFailure {
  if (error.kind === 'network') return 'retry-same-key';
  if (error.kind === 'server' && (error.code === 'CONFLICT' || error.code === 'STEP_NOT_ACTIVE'))
    return 'reload-keep-draft';
  return 'show';
}

/**
 * The form fields a FORM_INVALID (or other field) error names, by field name: the engine's problems
 * carry paths like `["data", "mobile"]` (or `["mobile"]`).
 */
export function formFieldProblems(
  error: AppError,
  fieldNames: readonly string[],
): Map<string, { zh: string; en: string }> {
  const out = new Map<string, { zh: string; en: string }>();
  if (error.kind !== 'server') return out;
  for (const { fieldPath, messages } of error.problems) {
    const name = fieldPath.find((segment) => typeof segment === 'string' && fieldNames.includes(segment));
    if (typeof name === 'string' && !out.has(name)) out.set(name, messages);
  }
  return out;
}

/** Idempotency keys for one action: the same key until the action is answered (or refused). */
export class IdempotencyKeys {
  private readonly pending = new Map<string, string>();
  constructor(private readonly newKey: () => string) {}

  /** The key for `action` (e.g. `submit:step`): a pending one, or a new one. */
  keyFor(action: string): string {
    let key = this.pending.get(action);
    if (!key) {
      key = this.newKey();
      this.pending.set(action, key);
    }
    return key;
  }

  /** The action was answered (done or refused): the next attempt is a new request. */
  settle(action: string): void {
    this.pending.delete(action);
  }
}
