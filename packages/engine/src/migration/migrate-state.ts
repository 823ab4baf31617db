import type { FlowDefinition } from '../definition/flow-definition.types';
import { applyEvent } from '../interpreter/apply-event';
import type { CaseEvent } from '../interpreter/case-event.types';
import type { CaseState } from '../interpreter/case-state.types';
import type { IssuedEffect } from '../interpreter/effect.types';
import type { Actor, EnginePorts } from '../interpreter/ports.types';
import { planMigration } from './plan-migration';
import type { MigrationOptions, MigrationPlan, StepMapping } from './plan-migration';

export type MigrationResult =
  | {
      readonly ok: true;
      readonly state: CaseState;
      /** One `caseMigrated` event: replaying the log reproduces the migrated state. */
      readonly events: readonly CaseEvent[];
      readonly effects: readonly IssuedEffect[];
      readonly plan: MigrationPlan;
    }
  | { readonly ok: false; readonly plan: MigrationPlan };

/**
 * Moves a case to another version of its flow as planned by `planMigration`, or refuses with the
 * plan when it has blocking problems. The move is an event like any other, so it is audited and
 * replayed; timers of moved steps are cancelled.
 */
export function migrateState(
  from: FlowDefinition,
  to: FlowDefinition,
  state: CaseState,
  mapping: StepMapping,
  ports: EnginePorts,
  actor: Actor,
  options: MigrationOptions = {},
): MigrationResult {
  const plan = planMigration(from, to, state, mapping, options);
  if (!plan.ok) return { ok: false, plan };
  const newSteps = new Map(to.steps.map((s) => [s.key, s]));
  const moves = plan.moves.map((m) => {
    const step = newSteps.get(m.to);
    const assigneeRole =
      step?.assignTo && 'role' in step.assignTo
        ? step.assignTo.role
        : step?.kind === 'review'
          ? step.requiredRole
          : null;
    return { ...m, assigneeRole };
  });
  const droppedFields: string[] = [];
  const cancelledTimers: string[] = [];
  for (const change of plan.changes) {
    if (change.kind === 'drop-field') droppedFields.push(change.field);
    if (change.kind === 'cancel-timer') cancelledTimers.push(change.timerId);
  }
  const event: CaseEvent = {
    type: 'caseMigrated',
    caseId: state.caseId,
    seq: state.seq + 1,
    at: ports.now(),
    toKey: to.key,
    toVersion: to.version,
    moves,
    droppedFields,
    cancelledTimers,
    actor,
  };
  const draft = { ...state };
  applyEvent(draft, event);
  const effects: IssuedEffect[] = cancelledTimers.map((timerId, i) => ({
    caseId: state.caseId,
    idempotencyKey: `${state.caseId}:${event.seq}:${i}`,
    effect: { type: 'cancel-timer', timerId },
  }));
  return { ok: true, state: draft, events: [event], effects, plan };
}
