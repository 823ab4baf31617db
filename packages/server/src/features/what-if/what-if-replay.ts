/**
 * One case, what if its flow had been the draft: the case's recorded commands issued again, at their
 * recorded instants, against the draft definition (the engine's `execute`), compared with what the
 * case really did — the steps entered, the first recorded command the draft refuses, and whether the
 * SLA would be breached. Pure: no database, no clock (the case's own timestamps are the time).
 */
import {
  evaluateSla,
  execute,
  replay,
  type BusinessCalendar,
  type CaseEvent,
  type CaseState,
  type Command,
  type FlowDefinition,
  type Refusal,
} from '@parley/engine';
import { effectivePolicy, pausesOf } from '../cases';
import { recordedCommands, stepsEntered } from './recorded-commands';

/** Finds the calendar an SLA policy names (stored calendars first, then the shipped one). */
export type CalendarLookup = (calendarId: string | undefined) => BusinessCalendar | undefined;

export interface SlaVerdict {
  /** The SLA rule in force; null when none applies. */
  readonly ruleKey: string | null;
  readonly breached: boolean;
  readonly dueAt: string | null;
}

export interface CaseWhatIf {
  /** Steps the case entered, as recorded. */
  readonly recordedPath: readonly string[];
  /** Steps it would have entered under the draft (up to a refusal, if any). */
  readonly draftPath: readonly string[];
  /** Where the paths part: the index, the recorded step and the draft's step there (null: none). */
  readonly divergence: {
    readonly index: number;
    readonly recordedStep: string | null;
    readonly draftStep: string | null;
  } | null;
  /**
   * A recorded command the draft refuses while the case was still on its recorded path (a refusal after
   * the paths parted follows from the divergence and is not a block of its own).
   */
  readonly blocked: {
    readonly index: number;
    readonly command: Command['type'];
    readonly stepKey: string | null;
    readonly refusal: Refusal;
  } | null;
  readonly recordedSla: SlaVerdict;
  readonly draftSla: SlaVerdict;
}

function slaVerdict(
  definition: FlowDefinition,
  state: CaseState | null,
  calendars: CalendarLookup,
  at: string,
): SlaVerdict {
  if (!state) return { ruleKey: null, breached: false, dueAt: null };
  const policy = effectivePolicy(definition, state);
  if (!policy) return { ruleKey: null, breached: false, dueAt: null };
  try {
    const evaluation = evaluateSla(policy, calendars(policy.calendarId), {
      startedAt: state.startedAt,
      pauses: pausesOf(state),
      now: state.endedAt ?? at,
    });
    return { ruleKey: policy.id, breached: evaluation.breached, dueAt: evaluation.dueAt };
  } catch {
    // A policy the calendars cannot evaluate (e.g. an unknown calendar): no verdict either way.
    return { ruleKey: policy.id, breached: false, dueAt: null };
  }
}

function firstDifference(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** The draft's timer for the step a recorded timer belonged to (timer ids differ between runs). */
function draftTimerId(
  command: Command,
  recordedTimers: ReadonlyMap<string, string>,
  state: CaseState | null,
): Command {
  if (command.type !== 'timerFired' || command.sla !== undefined || !state) return command;
  const stepKey = recordedTimers.get(command.timerId);
  const found = Object.entries(state.timers).find(([, t]) => t.stepKey === stepKey);
  return found ? { ...command, timerId: found[0] } : command;
}

/**
 * Replays one case's batches of engine events (as recorded against `published`) against `draft`.
 * The draft runs under the case's key and version, so its events and states line up with the log's.
 */
export function whatIfCase(
  published: FlowDefinition,
  draft: FlowDefinition,
  batches: readonly (readonly CaseEvent[])[],
  calendars: CalendarLookup,
): CaseWhatIf {
  const approverRole = published.sla?.regulatoryComplaintClock?.furtherExtensionApproverRole ?? null;
  const commands = recordedCommands(batches, approverRole);
  // Stamped once by the caller for a batch of cases, so the engine's compiled-flow cache is shared.
  const target: FlowDefinition =
    draft.key === published.key && draft.version === published.version
      ? draft
      : { ...draft, key: published.key, version: published.version };
  const recordedTimers = new Map<string, string>();
  const recordedEvents: CaseEvent[] = [];
  const draftEvents: CaseEvent[] = [];
  let state: CaseState | null = null;
  let blocked: CaseWhatIf['blocked'] = null;
  let ids = 0;

  for (const [index, recorded] of commands.entries()) {
    const pathBefore = stepsEntered(recordedEvents);
    const draftPathNow = stepsEntered(draftEvents);
    const ports = { now: () => recorded.at, newId: () => `what-if-${++ids}` };
    const command = draftTimerId(recorded.command, recordedTimers, state);
    for (const e of recorded.events)
      if (e.type === 'timerScheduled') recordedTimers.set(e.timerId, e.stepKey);
    recordedEvents.push(...recorded.events);
    const result = execute(target, state, command, ports);
    if (!result.ok) {
      const onPath = firstDifference(pathBefore, draftPathNow) === -1;
      if (onPath)
        blocked = {
          index,
          command: command.type,
          stepKey: 'stepKey' in command ? command.stepKey : null,
          refusal: result.error,
        };
      break;
    }
    state = result.state;
    draftEvents.push(...result.events);
  }

  // The recorded outcome comes from the log itself (the fold the runtime keeps), not from re-running.
  const recordedState = replay(published, batches.flat());
  const recordedPath = stepsEntered(recordedEvents);
  const draftPath = stepsEntered(draftEvents);
  const last = commands[commands.length - 1]?.at ?? '';
  const diff = firstDifference(recordedPath, draftPath);
  const divergence =
    blocked !== null || diff === -1
      ? null
      : { index: diff, recordedStep: recordedPath[diff] ?? null, draftStep: draftPath[diff] ?? null };
  return {
    recordedPath,
    draftPath,
    divergence,
    blocked,
    recordedSla: slaVerdict(published, recordedState, calendars, last),
    draftSla: slaVerdict(target, state, calendars, last),
  };
}
