import type {
  Actor,
  CaseEvent,
  CaseState,
  Command,
  EnginePorts,
  ExecuteResult,
  FlowDefinition,
  IssuedEffect,
  PluginRegistry,
} from '../../src/index';
import { execute } from '../../src/index';

/** Deterministic ports: ids `id-1`, `id-2` …; the clock advances `stepMs` per reading. */
export function fakePorts(
  start = '2026-03-02T01:00:00.000Z',
  stepMs = 60_000,
): EnginePorts & { advance(ms: number): void } {
  let ms = Date.parse(start);
  let n = 0;
  return {
    now: () => {
      const at = new Date(ms).toISOString();
      ms += stepMs;
      return at;
    },
    newId: () => `id-${++n}`,
    advance: (by) => {
      ms += by;
    },
  };
}

export const actors = {
  agent: { kind: 'staff', id: 'u-agent', roles: ['agent'] },
  reviewer: { kind: 'staff', id: 'u-reviewer', roles: ['reviewer'] },
  supervisor: { kind: 'staff', id: 'u-supervisor', roles: ['supervisor'] },
  customer: { kind: 'customer', id: 'c-1' },
  system: { kind: 'system', id: 'scheduler' },
} as const satisfies Record<string, Actor>;

export interface Run {
  state: CaseState | null;
  events: CaseEvent[];
  effects: IssuedEffect[];
  results: ExecuteResult[];
}

/** Executes commands one after another; refused commands leave the state as it was. */
export function runCommands(
  definition: FlowDefinition,
  commands: readonly Command[],
  ports: EnginePorts = fakePorts(),
  registry?: PluginRegistry,
): Run {
  const run: Run = { state: null, events: [], effects: [], results: [] };
  for (const command of commands) {
    const result = execute(definition, run.state, command, ports, registry ? { registry } : {});
    run.results.push(result);
    if (result.ok) {
      run.state = result.state;
      run.events.push(...result.events);
      run.effects.push(...result.effects);
    }
  }
  return run;
}

/** Runs commands and fails loudly on the first refusal: for scripts that must go through. */
export function runOk(
  definition: FlowDefinition,
  commands: readonly Command[],
  ports?: EnginePorts,
  registry?: PluginRegistry,
): Run {
  const run = runCommands(definition, commands, ports, registry);
  run.results.forEach((r, i) => {
    if (!r.ok)
      throw new Error(
        `Command ${i} (${commands[i]?.type}) refused: ${r.error.code} ${r.error.message.en} ${JSON.stringify(r.error.problems ?? [])}`,
      );
  });
  return run;
}
