/**
 * The designer's test run as data: a start (instant and start data) and the user's actions so far
 * (commands and time passing). Every change runs the whole script again with the engine's `simulate`
 * on a simulated clock — pure and deterministic, so the same document and actions always give the
 * same events, and editing the document re-runs the same script on the new draft.
 */
import {
  createSimulatedClock,
  isIsoDuration,
  simulate,
  type CaseEvent,
  type Command,
  type FlowDefinition,
  type SimulationResult,
  type SimulationScript,
} from '@parley/engine';
import { staffActor } from './available-commands';

/** One line the user added: a command, or time passing (ISO 8601 duration, e.g. `P2D`). */
export type RunAction =
  | { readonly kind: 'command'; readonly command: Command }
  | { readonly kind: 'advance'; readonly duration: string };

export interface TestRunSetup {
  /** The start instant, ISO 8601 UTC. */
  readonly startAt: string;
  /** Data the case starts with (e.g. pre-filled from CRM): fields of the flow's forms. */
  readonly startData: Readonly<Record<string, unknown>>;
}

/** The case id of every test run. */
export const TEST_RUN_CASE_ID = 'test-run';

/** Default start: Monday 2 March 2026, 09:00 in Asia/Shanghai (a working day, office hours). */
export const DEFAULT_START_LOCAL = '2026-03-02T09:00';

/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai (the bank's zone, UTC+8 without daylight saving) → ISO UTC. */
export function shanghaiLocalToInstant(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const date = new Date(`${local}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The calendar date of an instant in Asia/Shanghai, `YYYY-MM-DD`. */
export function shanghaiDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function buildScript(
  definition: FlowDefinition,
  setup: TestRunSetup,
  actions: readonly RunAction[],
): SimulationScript {
  return {
    steps: [
      {
        command: {
          type: 'start',
          caseId: TEST_RUN_CASE_ID,
          actor: staffActor(definition),
          data: { ...setup.startData },
        },
      },
      ...actions.map((a) => (a.kind === 'advance' ? { after: a.duration } : { command: a.command })),
    ],
  };
}

/** Where the run went, for the canvas: steps entered, steps waiting now, transitions taken. */
export interface RunPath {
  readonly visited: readonly string[];
  readonly active: readonly string[];
  readonly transitions: readonly string[];
}

export function runPath(events: readonly CaseEvent[], result: SimulationResult | null): RunPath {
  const visited: string[] = [];
  const transitions: string[] = [];
  for (const e of events) {
    if (e.type === 'caseStarted' && !visited.includes(e.startStep)) visited.push(e.startStep);
    if (e.type === 'transitionTaken') {
      if (!transitions.includes(e.transitionKey)) transitions.push(e.transitionKey);
      if (!visited.includes(e.to)) visited.push(e.to);
    }
  }
  const active = (result?.state?.tokens ?? []).flatMap((t) => (t.activatedAt !== null ? [t.stepKey] : []));
  return { visited, active, transitions };
}

export type TestRunOutcome =
  | {
      readonly ok: true;
      readonly result: SimulationResult;
      /** The simulated clock after the last line. */
      readonly now: string;
      readonly path: RunPath;
    }
  /** The engine could not run the document at all (e.g. a transition to a step that no longer exists). */
  | { readonly ok: false; readonly message: string };

export function runTestRun(
  definition: FlowDefinition,
  setup: TestRunSetup,
  actions: readonly RunAction[],
): TestRunOutcome {
  const clock = createSimulatedClock(setup.startAt, 'test-run');
  try {
    const result = simulate(definition, buildScript(definition, setup, actions), clock);
    return { ok: true, result, now: clock.now(), path: runPath(result.events, result) };
  } catch (error: unknown) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether a duration can be added to the clock (`P2D`, `PT4H`; not `P` or `2D`). */
export function isAdvanceDuration(value: string): boolean {
  return isIsoDuration(value.trim().toUpperCase());
}
