import type { FillValue } from '../shared/localized-text';
import type { CompletionMode } from '../plugins/plugin.types';
import type { CaseState, Token } from './case-state.types';
import type { CommandType } from './command.types';
import type { CompiledFlow, CompiledStep } from './compiled-flow';
import type { Actor } from './ports.types';
import { holdsFlowRole } from '../definition/role-holders';
import { refuse } from './refusal';
import type { Refusal } from './refusal';

/**
 * Whether a staff actor holds `role`: by platform role key, through the role's `holders` (platform roles
 * and departments), or through a role that inherits it.
 */
export function hasRole(flow: CompiledFlow, actor: Actor, role: string): boolean {
  if (actor.kind !== 'staff') return false;
  return holdsFlowRole(flow.definition, actor, role, flow.roleClosure);
}

function roleLabel(flow: CompiledFlow, role: string): FillValue {
  return flow.definition.roles.find((r) => r.key === role)?.name ?? role;
}

/** Staff only; with a role, staff holding it. */
export function requireStaff(flow: CompiledFlow, actor: Actor, role: string | null): Refusal | undefined {
  if (actor.kind !== 'staff')
    return refuse('NOT_AUTHORISED', { role: role ? roleLabel(flow, role) : { zh: '员工', en: 'staff' } });
  if (role !== null && !hasRole(flow, actor, role))
    return refuse('NOT_AUTHORISED', { role: roleLabel(flow, role) }, { requiredRole: role });
  return undefined;
}

/** Staff, or the system itself (timers, integrations). */
export function requireStaffOrSystem(flow: CompiledFlow, actor: Actor): Refusal | undefined {
  return actor.kind === 'system' ? undefined : requireStaff(flow, actor, null);
}

/**
 * A customer step: the customer, or staff recording the customer's answer (assisted channels,
 * e.g. a confirmation given on the phone).
 */
export function requireCustomerOrStaff(
  flow: CompiledFlow,
  actor: Actor,
  role: string | null,
): Refusal | undefined {
  return actor.kind === 'customer' ? undefined : requireStaff(flow, actor, role);
}

export interface ActiveStep {
  readonly token: Token;
  readonly cs: CompiledStep;
}

/** The token waiting at `stepKey`, if the step exists, is active and completes by `modes`. */
export function activeStep(
  flow: CompiledFlow,
  state: CaseState,
  stepKey: string,
  command: CommandType,
  modes: readonly CompletionMode[],
): ActiveStep | Refusal {
  const cs = flow.steps.get(stepKey);
  if (!cs) return refuse('UNKNOWN_STEP', { step: stepKey });
  const token = state.tokens.find((t) => t.stepKey === stepKey && t.activatedAt !== null);
  if (!token) return refuse('STEP_NOT_ACTIVE', { step: cs.step.name });
  if (!modes.includes(cs.type.completion))
    return refuse('COMMAND_NOT_APPLICABLE', { command, step: cs.step.name });
  return { token, cs };
}

export function isActiveStep(value: ActiveStep | Refusal): value is ActiveStep {
  return 'token' in value;
}
