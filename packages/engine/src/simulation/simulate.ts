import { complaintClock, createChinaBusinessCalendar, evaluateSla, isTimeError } from '../time/index';
import type { BusinessCalendar, ComplaintClockState, SlaEvaluation, SlaPolicy } from '../time/index';
import type { FlowDefinition } from '../definition/flow-definition.types';
import type { CaseEvent } from '../interpreter/case-event.types';
import type { CaseState } from '../interpreter/case-state.types';
import type { Command } from '../interpreter/command.types';
import type { IssuedEffect } from '../interpreter/effect.types';
import { execute } from '../interpreter/execute';
import { addIsoDuration } from './iso-duration';
import type { SimulatedClock } from './simulated-clock';
import type {
  SimulatedRefusal,
  SimulationOptions,
  SimulationResult,
  SimulationScript,
  SlaOutcome,
} from './simulation.types';

interface Run {
  state: CaseState | null;
  readonly events: CaseEvent[];
  readonly effects: IssuedEffect[];
  /** Engine timers (wait steps) by id → due instant. */
  readonly timers: Map<string, string>;
}

/**
 * The designer's test run: plays a script of commands against a definition on a simulated clock,
 * firing wait-step timers and SLA warnings/breaches when they fall due (as the host would), and
 * returns the event log, the refusals and the SLA outcomes. Pure: the clock is the only "time".
 */
export function simulate(
  definition: FlowDefinition,
  script: SimulationScript,
  clock: SimulatedClock,
  options: SimulationOptions = {},
): SimulationResult {
  const calendars = options.calendars ?? [createChinaBusinessCalendar()];
  const run: Run = { state: null, events: [], effects: [], timers: new Map() };
  const refusals: SimulatedRefusal[] = [];
  const surprises: number[] = [];
  const exec = (command: Command): ReturnType<typeof execute> => {
    const result = execute(
      definition,
      run.state,
      command,
      clock,
      options.registry ? { registry: options.registry } : {},
    );
    if (result.ok) {
      run.state = result.state;
      run.events.push(...result.events);
      run.effects.push(...result.effects);
      for (const { effect } of result.effects) {
        if (effect.type === 'schedule-timer')
          run.timers.set(effect.timerId, addIsoDuration(clock.now(), effect.after));
        if (effect.type === 'cancel-timer') run.timers.delete(effect.timerId);
      }
    }
    return result;
  };

  script.steps.forEach((step, index) => {
    if (step.after !== undefined)
      passTime(definition, run, clock, calendars, exec, addIsoDuration(clock.now(), step.after));
    if (!step.command) return;
    const result = exec(step.command);
    if (!result.ok)
      refusals.push({
        index,
        command: step.command,
        error: result.error,
        expected: step.expectRefusal === result.error.code,
      });
    const asExpected = result.ok
      ? step.expectRefusal === undefined
      : step.expectRefusal === result.error.code;
    if (!asExpected) surprises.push(index);
  });

  const state = run.state;
  const at = state?.endedAt ?? clock.now();
  return {
    state,
    events: run.events,
    effects: run.effects,
    refusals,
    surprises,
    slaOutcomes: state ? slaOutcomes(definition, state, calendars, at) : [],
    complaintClock: state ? regulatoryClock(definition, state, run.events, calendars) : null,
    reachedEnd: state?.status === 'completed' || state?.status === 'closed',
    outcome: state?.outcome ?? null,
  };
}

function policyOf(definition: FlowDefinition, ruleKey: string | null): SlaPolicy | undefined {
  return definition.sla?.rules.find((r) => r.policy.id === ruleKey)?.policy;
}

function evaluate(
  policy: SlaPolicy,
  state: CaseState,
  calendars: readonly BusinessCalendar[],
  now: string,
): SlaEvaluation {
  const calendar = calendars.find((c) => c.id === policy.calendarId);
  const pauses = state.clock.pausedIntervals.map(([from, to]) => ({ from, to }));
  const open = state.clock.pausedSince;
  return evaluateSla(policy, calendar, {
    startedAt: state.startedAt,
    pauses: open ? [...pauses, { from: open }] : pauses,
    now,
  });
}

/** The next SLA point (warning, breach, repeated escalation) due by `until` that was not fired yet. */
function nextSlaPoint(
  definition: FlowDefinition,
  state: CaseState,
  calendars: readonly BusinessCalendar[],
  until: string,
): { readonly at: string; readonly sla: 'warning' | 'breach' } | undefined {
  if (state.status !== 'active') return undefined;
  const policy = policyOf(definition, state.clock.slaRuleKey);
  if (!policy) return undefined;
  let evaluation: SlaEvaluation;
  try {
    evaluation = evaluate(policy, state, calendars, until);
  } catch (error: unknown) {
    if (isTimeError(error)) return undefined;
    throw error;
  }
  const warnings = evaluation.warnings.filter((w) => w.reached).map((w) => w.at);
  const breaches = evaluation.breached ? [evaluation.dueAt, ...evaluation.escalations] : [];
  const warning = warnings[state.clock.slaWarnings];
  const breach = breaches[state.clock.slaBreaches];
  if (warning !== undefined && (breach === undefined || warning <= breach))
    return { at: warning, sla: 'warning' };
  return breach === undefined ? undefined : { at: breach, sla: 'breach' };
}

function passTime(
  definition: FlowDefinition,
  run: Run,
  clock: SimulatedClock,
  calendars: readonly BusinessCalendar[],
  exec: (command: Command) => ReturnType<typeof execute>,
  until: string,
): void {
  // Bounded: each round fires one timer or SLA point, and each can fire only once.
  for (let guard = 0; guard < 1000 && run.state; guard++) {
    let timer: [string, string] | undefined;
    for (const entry of run.timers) if (entry[1] <= until && (!timer || entry[1] < timer[1])) timer = entry;
    const sla = nextSlaPoint(definition, run.state, calendars, until);
    if (!timer && !sla) break;
    if (timer && (!sla || timer[1] <= sla.at)) {
      clock.set(timer[1]);
      run.timers.delete(timer[0]);
      exec({ type: 'timerFired', timerId: timer[0] });
    } else if (sla) {
      clock.set(sla.at);
      if (!exec({ type: 'timerFired', timerId: `sla-${sla.sla}`, sla: sla.sla }).ok) break;
    }
  }
  clock.set(until);
}

function slaOutcomes(
  definition: FlowDefinition,
  state: CaseState,
  calendars: readonly BusinessCalendar[],
  at: string,
): SlaOutcome[] {
  const ruleKey = state.clock.slaRuleKey;
  const policy = policyOf(definition, ruleKey);
  if (!policy || ruleKey === null) return [];
  try {
    return [{ ruleKey, evaluation: evaluate(policy, state, calendars, at) }];
  } catch (error: unknown) {
    if (!isTimeError(error)) throw error;
    return [{ ruleKey, error: error.messages }];
  }
}

function regulatoryClock(
  definition: FlowDefinition,
  state: CaseState,
  events: readonly CaseEvent[],
  calendars: readonly BusinessCalendar[],
): ComplaintClockState | null {
  const config = definition.sla?.regulatoryComplaintClock;
  const calendar = calendars.find((c) => c.id === config?.calendarId);
  if (!config || !calendar) return null;
  const extensions = events.flatMap((e) =>
    e.type === 'deadlineExtended'
      ? [{ reason: e.reason, at: e.at, ...(e.approvedBy !== null ? { approvedBy: e.approvedBy } : {}) }]
      : [],
  );
  try {
    return complaintClock(state.startedAt, calendar, extensions);
  } catch (error: unknown) {
    if (isTimeError(error)) return null;
    throw error;
  }
}
