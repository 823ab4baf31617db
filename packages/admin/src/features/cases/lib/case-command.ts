/**
 * The one way the case screen's panels send a command: with an idempotency key per action that is kept
 * while the answer is lost on the network (the retry cannot act twice), and, when the case moved on
 * meanwhile (CONFLICT, STEP_NOT_ACTIVE: see step-actions/lib/command-outcome.ts), a reload of the case
 * whose result says `reloaded` — the panel keeps what the agent typed and says so. Used by the step
 * actions, the offer builder and the complaint clock's extension request.
 */
import type { CombinedError } from '@urql/core';
import { toAppError, type Outcome } from '../../../shared/lib/graphql-error';
import { afterFailure, type IdempotencyKeys } from '../step-actions/lib/command-outcome';

/** How a command ended; `reloaded` when a concurrent change made the case reload (the draft stays). */
export type CaseCommandOutcome<T> = Outcome<T> & { reloaded?: boolean };

export interface CaseCommand<T> {
  keys: IdempotencyKeys;
  /** Names the action for its idempotency key, e.g. `case-1:draft-plan:propose`. */
  action: string;
  send(idempotencyKey: string): PromiseLike<{ data?: unknown; error?: CombinedError | undefined }>;
  /** The command's answer in the result's data; undefined when there is none. */
  pick(data: unknown): T | undefined;
  /** Reloads what the panel shows of the case (after success and after a concurrent change). */
  refresh(): Promise<void>;
  /** Before the reload, on success (e.g. drop the draft). */
  onSuccess?(value: T): void;
  /** Before the reload, on a concurrent change (e.g. remember that the draft is to be kept). */
  onConflict?(): void;
}

export async function runCaseCommand<T>(command: CaseCommand<T>): Promise<CaseCommandOutcome<T>> {
  const result = await command.send(command.keys.keyFor(command.action));
  const value = result.data ? command.pick(result.data) : undefined;
  if (value !== undefined) {
    command.keys.settle(command.action);
    command.onSuccess?.(value);
    await command.refresh();
    return { ok: true, value };
  }
  const error = toAppError(result.error);
  const next = afterFailure(error);
  if (next !== 'retry-same-key') command.keys.settle(command.action);
  if (next === 'reload-keep-draft') {
    command.onConflict?.();
    await command.refresh();
    return { ok: false, error, reloaded: true };
  }
  return { ok: false, error };
}
