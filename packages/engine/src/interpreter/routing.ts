import type { TransitionDefinition } from '../definition/flow-definition.types';
import type { StepActionCall } from '../definition/step.types';
import type { JsonObject } from '../shared/json.types';
import { UnreachableCaseError } from '../shared/unreachable-case.error';
import type { StepContext } from '../plugins/plugin.types';
import type { Effect } from './effect.types';
import type { Actor } from './ports.types';
import type { CompiledStep } from './compiled-flow';
import { refuse } from './refusal';
import type { Refusal } from './refusal';
import { effect, emit, ruleContext } from './session';
import type { Session } from './session';

/** Automatic steps a single command may pass through before we call it a cycle without exit. */
export const MAX_STEPS_PER_COMMAND = 500;

type Result = Refusal | undefined;

function compiledStep(s: Session, key: string): CompiledStep {
  const step = s.flow.steps.get(key);
  // Transitions are checked by validateDefinition; a dangling one is a broken definition, not a user error.
  if (!step) throw new Error(`Transition to unknown step "${key}" in ${s.flow.definition.key}`);
  return step;
}

/** Completes the step a token waits at and moves the token on. */
export function completeStep(
  s: Session,
  tokenId: string,
  stepKey: string,
  outcome: string,
  actor: Actor | null,
  extra: {
    readonly data?: Readonly<Record<string, unknown>>;
    readonly cleared?: readonly string[];
    readonly note?: string;
  } = {},
): Result {
  const timers = s.draft.timers;
  for (const timerId in timers)
    if (timers[timerId]?.tokenId === tokenId) effect(s, { type: 'cancel-timer', timerId });
  emit(s, { type: 'stepCompleted', stepKey, tokenId, outcome, actor, ...extra });
  const cs = compiledStep(s, stepKey);
  runStepActions(s, tokenId, cs, cs.step.onExitActions);
  return route(s, tokenId, stepKey, outcome);
}

/** Picks the transition out of a step: the first whose `on` and guard match, else a default. */
function choose(s: Session, cs: CompiledStep, outcome: string | undefined): TransitionDefinition | undefined {
  let fallback: TransitionDefinition | undefined;
  let context;
  for (const t of cs.outgoing) {
    if (t.on !== undefined && t.on !== outcome) continue;
    if (t.isDefault) {
      fallback ??= t;
      continue;
    }
    if (t.guard === undefined) return t;
    context ??= ruleContext(s);
    if (s.flow.evaluator.holds(t.guard, context)) return t;
  }
  return fallback;
}

export function route(s: Session, tokenId: string, fromKey: string, outcome: string | undefined): Result {
  const cs = compiledStep(s, fromKey);
  const chosen = choose(s, cs, outcome);
  if (!chosen) return refuse('GUARD_FAILED', { step: cs.step.name });
  emit(s, { type: 'transitionTaken', transitionKey: chosen.key, tokenId, from: fromKey, to: chosen.to });
  return enter(s, tokenId, chosen.to);
}

/** A token arrives at a step: automatic steps run and move on, waiting steps are activated. */
export function enter(s: Session, tokenId: string, stepKey: string): Result {
  if (++s.entered > MAX_STEPS_PER_COMMAND) return refuse('LOOP_LIMIT', { limit: MAX_STEPS_PER_COMMAND });
  const cs = compiledStep(s, stepKey);
  const mode = cs.type.completion;
  switch (mode) {
    case 'branch':
      passThrough(s, tokenId, cs);
      return route(s, tokenId, stepKey, undefined);
    case 'fork':
      passThrough(s, tokenId, cs);
      return fork(s, tokenId, cs);
    case 'join':
      return join(s, tokenId, cs);
    case 'terminal': {
      runStepActions(s, tokenId, cs, cs.step.onEnterActions);
      const outcome = cs.step.kind === 'end' ? cs.step.outcome : 'resolved';
      emit(s, { type: 'endReached', stepKey, tokenId, outcome });
      const survey = s.flow.definition.surveyByOutcome?.[outcome];
      if (survey !== undefined) effect(s, { type: 'send-survey', survey, stepKey });
      return undefined;
    }
    case 'auto': {
      const outcome = runOnEnter(s, tokenId, cs) ?? cs.type.outcomes[0] ?? 'done';
      runStepActions(s, tokenId, cs, cs.step.onEnterActions);
      return completeStep(s, tokenId, stepKey, outcome, null);
    }
    case 'submit':
    case 'review':
    case 'communication':
    case 'offer':
    case 'confirmation':
    case 'signature':
    case 'timer':
    case 'linked-case': {
      const immediate = runOnEnter(s, tokenId, cs);
      runStepActions(s, tokenId, cs, cs.step.onEnterActions);
      if (immediate !== undefined) return completeStep(s, tokenId, stepKey, immediate, null);
      emit(s, { type: 'stepActivated', stepKey, tokenId, assigneeRole: assigneeRole(s, cs) });
      return undefined;
    }
    default:
      throw new UnreachableCaseError(mode);
  }
}

function assigneeRole(s: Session, cs: CompiledStep): string | null {
  const { step } = cs;
  const assign = step.assignTo;
  if (assign === undefined) return step.kind === 'review' ? step.requiredRole : null;
  if ('role' in assign) return assign.role;
  const role = s.flow.evaluator.value(assign.rule, ruleContext(s));
  return typeof role === 'string' && s.flow.roleClosure.has(role) ? role : null;
}

/**
 * What a step plug-in gets: read access to the case and ways to request effects. A class rather
 * than a literal of closures, so entering a step allocates one small object.
 */
class EngineStepContext implements StepContext {
  constructor(
    private readonly s: Session,
    private readonly tokenId: string,
    readonly stepKey: string,
  ) {}
  get caseId(): string {
    return this.s.caseId;
  }
  get now(): string {
    return this.s.now;
  }
  get data(): Readonly<Record<string, unknown>> {
    return this.s.draft.data;
  }
  effect(e: Effect): void {
    effect(this.s, e);
  }
  newId(): string {
    return this.s.ports.newId();
  }
  scheduleTimer(after: string): string {
    const timerId = this.s.ports.newId();
    emit(this.s, { type: 'timerScheduled', timerId, stepKey: this.stepKey, tokenId: this.tokenId, after });
    effect(this.s, { type: 'schedule-timer', timerId, after, stepKey: this.stepKey });
    return timerId;
  }
  runAction(name: string, options: JsonObject | undefined): string {
    const action = this.s.flow.registry.action(name);
    if (!action)
      throw new Error(`No action plug-in "${name}"; validate the definition with the same registry`);
    // Actions see the same context minus timers and nested actions.
    return action.run(options, this) ?? 'done';
  }
}

function runOnEnter(s: Session, tokenId: string, cs: CompiledStep): string | undefined {
  const onEnter = cs.type.onEnter;
  if (!onEnter) return undefined;
  return onEnter(cs.step, new EngineStepContext(s, tokenId, cs.step.key)) ?? undefined;
}

/**
 * Runs a step's entry or exit actions (`onEnterActions` / `onExitActions`) through the same path as
 * an action step; their outcomes do not route anything.
 */
function runStepActions(
  s: Session,
  tokenId: string,
  cs: CompiledStep,
  calls: readonly StepActionCall[] | undefined,
): void {
  if (!calls || calls.length === 0) return;
  const ctx = new EngineStepContext(s, tokenId, cs.step.key);
  for (const call of calls) ctx.runAction(call.action, call.options);
}

/** Routing steps (decision, split, join) are entered and left in the same moment. */
function passThrough(s: Session, tokenId: string, cs: CompiledStep): void {
  runStepActions(s, tokenId, cs, cs.step.onEnterActions);
  runStepActions(s, tokenId, cs, cs.step.onExitActions);
}

function fork(s: Session, tokenId: string, cs: CompiledStep): Result {
  const context = ruleContext(s);
  const guarded = cs.outgoing.filter(
    (t) => !t.isDefault && (t.guard === undefined || s.flow.evaluator.holds(t.guard, context)),
  );
  const branches = guarded.length > 0 ? guarded : cs.outgoing.filter((t) => t.isDefault);
  if (branches.length === 0) return refuse('GUARD_FAILED', { step: cs.step.name });
  const forkId = s.ports.newId();
  const childTokenIds = branches.map(() => s.ports.newId());
  emit(s, { type: 'tokensForked', stepKey: cs.step.key, tokenId, forkId, childTokenIds });
  for (let i = 0; i < branches.length; i++) {
    const t = branches[i] as TransitionDefinition;
    const child = childTokenIds[i] as string;
    emit(s, { type: 'transitionTaken', transitionKey: t.key, tokenId: child, from: cs.step.key, to: t.to });
    const refused = enter(s, child, t.to);
    if (refused) return refused;
  }
  return undefined;
}

function join(s: Session, tokenId: string, cs: CompiledStep): Result {
  const step = cs.step;
  const token = s.draft.tokens.find((t) => t.id === tokenId);
  const forkId = token?.forks[token.forks.length - 1];
  const forkRecord = forkId === undefined ? undefined : s.draft.forks[forkId];
  // Validation pairs every join with its split; a token from elsewhere simply passes through.
  if (step.kind !== 'parallel-join' || forkId === undefined || forkRecord?.splitKey !== step.split) {
    passThrough(s, tokenId, cs);
    return route(s, tokenId, step.key, undefined);
  }
  emit(s, { type: 'tokenArrived', stepKey: step.key, tokenId, forkId });
  const arrived = s.draft.forks[forkId]?.arrived.length ?? 0;
  if (arrived < forkRecord.expected) return undefined;
  const joined = s.ports.newId();
  emit(s, { type: 'tokensJoined', stepKey: step.key, forkId, tokenId: joined });
  passThrough(s, joined, cs);
  return route(s, joined, step.key, undefined);
}
