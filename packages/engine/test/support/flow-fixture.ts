import type { CaseEvent, Command, FlowDefinition, IssuedEffect } from '../../src/index';
import { parseFlowDefinition } from '../../src/index';
import { runCommands } from './harness';

/** A JSON flow fixture: a definition, the commands sent to one case, and the expected log. */
export interface FlowFixture {
  readonly name: string;
  readonly definition: unknown;
  readonly commands: readonly Command[];
  /** Events without `caseId` and `at` (the same for every event of the fixture's case and clock). */
  readonly expectedEvents?: readonly Record<string, unknown>[];
  readonly expectedEffects?: readonly Record<string, unknown>[];
  /** Codes of refused commands by index, `null` for accepted ones. */
  readonly expectedRefusals?: readonly (string | null)[];
}

export function compactEvent(event: CaseEvent): Record<string, unknown> {
  const { caseId: _caseId, at: _at, ...rest } = event;
  return rest;
}

export function compactEffect(effect: IssuedEffect): Record<string, unknown> {
  return { key: effect.idempotencyKey, ...effect.effect };
}

export function runFixture(fixture: FlowFixture): {
  definition: FlowDefinition;
  log: CaseEvent[];
  events: Record<string, unknown>[];
  effects: Record<string, unknown>[];
  refusals: (string | null)[];
} {
  const definition = parseFlowDefinition(fixture.definition);
  const run = runCommands(definition, fixture.commands);
  return {
    definition,
    log: run.events,
    events: run.events.map(compactEvent),
    effects: run.effects.map(compactEffect),
    refusals: run.results.map((r) => (r.ok ? null : r.error.code)),
  };
}
