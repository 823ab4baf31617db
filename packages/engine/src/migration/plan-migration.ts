import { fill } from '../shared/localized-text';
import type { FillValue, LocalizedText } from '../shared/localized-text';
import type { Problem } from '../shared/problem.types';
import type { FlowDefinition } from '../definition/flow-definition.types';
import type { CaseState } from '../interpreter/case-state.types';
import type { PluginRegistry } from '../plugins/registry';
import { defaultRegistry } from '../plugins/built-in-plugins';
import { isWaitingMode } from '../plugins/completion-modes';
import { MIGRATION_MESSAGES } from './migration-messages';
import type { MigrationCode } from './migration-messages';

/** Old step key → new step key. Steps whose key is the same in both versions need no entry. */
export type StepMapping = Readonly<Record<string, string>>;

export type MigrationChange =
  | {
      readonly kind: 'move-token';
      readonly tokenId: string;
      readonly from: string;
      readonly to: string;
      readonly message: LocalizedText;
    }
  | { readonly kind: 'drop-field'; readonly field: string; readonly message: LocalizedText }
  | { readonly kind: 'cancel-timer'; readonly timerId: string; readonly message: LocalizedText };

/** A dry run: what migrating the case would change, and what stands in the way. */
export interface MigrationPlan {
  /** No blocking problems: `migrateState` will go ahead. */
  readonly ok: boolean;
  readonly changes: readonly MigrationChange[];
  readonly problems: readonly Problem[];
  readonly moves: readonly { readonly tokenId: string; readonly from: string; readonly to: string }[];
}

export interface MigrationOptions {
  readonly registry?: PluginRegistry;
}

/**
 * Works out how a running case would move from one version of its flow to another: where each
 * token lands (by the mapping, else by the same key), which fields and timers go, and what blocks
 * the move. Nothing is changed — show this to the supervisor before `migrateState`.
 */
export function planMigration(
  from: FlowDefinition,
  to: FlowDefinition,
  state: CaseState,
  mapping: StepMapping,
  options: MigrationOptions = {},
): MigrationPlan {
  const registry = options.registry ?? defaultRegistry;
  const problems: Problem[] = [];
  const changes: MigrationChange[] = [];
  const moves: { tokenId: string; from: string; to: string }[] = [];
  const problem = (
    code: MigrationCode,
    path: string,
    values: Record<string, FillValue>,
    severity: 'error' | 'warning' = 'error',
  ) => problems.push({ code, path, message: fill(MIGRATION_MESSAGES[code], values), severity });

  if (state.definitionKey !== from.key || state.definitionVersion !== from.version)
    problem('WRONG_SOURCE', 'definitionVersion', {
      key: state.definitionKey,
      version: state.definitionVersion,
    });
  if (state.status !== 'active') problem('CASE_NOT_ACTIVE', 'status', {});

  const oldSteps = new Map(from.steps.map((s) => [s.key, s]));
  const newSteps = new Map(to.steps.map((s) => [s.key, s]));
  const movedTokens = new Set<string>();
  state.tokens.forEach((token, i) => {
    const path = `tokens[${i}]`;
    const target = mapping[token.stepKey] ?? (newSteps.has(token.stepKey) ? token.stepKey : undefined);
    const oldStep = oldSteps.get(token.stepKey);
    const name = oldStep?.name ?? token.stepKey;
    if (target === undefined) return problem('UNMAPPED_STEP', path, { step: name });
    const newStep = newSteps.get(target);
    if (!newStep) return problem('UNKNOWN_TARGET', path, { step: target });
    const oldMode = oldStep ? registry.stepType(oldStep.kind)?.completion : undefined;
    const newMode = registry.stepType(newStep.kind)?.completion;
    if (token.activatedAt !== null && !isWaitingMode(newMode))
      return problem('TARGET_NOT_WAITING', path, { from: name, to: newStep.name });
    if (oldMode !== newMode)
      problem(
        'KIND_CHANGED',
        path,
        { from: name, to: newStep.name, a: oldMode ?? '?', b: newMode ?? '?' },
        'warning',
      );
    if (target !== token.stepKey) {
      movedTokens.add(token.id);
      moves.push({ tokenId: token.id, from: token.stepKey, to: target });
      changes.push({
        kind: 'move-token',
        tokenId: token.id,
        from: token.stepKey,
        to: target,
        message: fill(MIGRATION_MESSAGES.MOVE_TOKEN, { from: name, to: newStep.name }),
      });
    }
  });

  const newFields = new Map(to.forms.flatMap((f) => f.elements.map((e) => [e.name, e] as const)));
  for (const [name, value] of Object.entries(state.data)) {
    const field = newFields.get(name);
    if (!field) {
      changes.push({
        kind: 'drop-field',
        field: name,
        message: fill(MIGRATION_MESSAGES.DROP_FIELD, { name }),
      });
      continue;
    }
    if (value === undefined || value === null) continue;
    const issue = registry.fieldType(field.type)?.validateValue(value, field)[0];
    if (issue) problem('INVALID_FIELD', `data.${name}`, { name, reason: issue.message });
  }

  for (const [timerId, timer] of Object.entries(state.timers))
    if (movedTokens.has(timer.tokenId) || !newSteps.has(timer.stepKey))
      changes.push({
        kind: 'cancel-timer',
        timerId,
        message: fill(MIGRATION_MESSAGES.CANCEL_TIMER, { timer: timerId }),
      });

  for (const fork of Object.values(state.forks))
    if (newSteps.get(fork.splitKey)?.kind !== 'parallel-split')
      problem('OPEN_FORK', 'forks', { split: fork.splitKey });
  if (state.offers.length > 0 && !to.offerPolicy) problem('OFFER_POLICY_REMOVED', 'offers', {}, 'warning');

  return { ok: !problems.some((p) => p.severity === 'error'), changes, problems, moves };
}
