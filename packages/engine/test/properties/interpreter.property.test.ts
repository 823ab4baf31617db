import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES, checkCaseState, execute, replay } from '../../src/index';
import type { Actor, CaseEvent, CaseState, Command, FlowDefinition } from '../../src/index';
import { TEMPLATE_SCRIPTS } from '../templates/template-scripts';
import { fakePorts } from '../support/harness';

const supervisorOf = (def: FlowDefinition): Actor => ({
  kind: 'staff',
  id: 'boss',
  roles: def.roles.map((r) => r.key),
});
const customer: Actor = { kind: 'customer', id: 'c-1' };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The test-run script of the flow, without its start. */
function scriptOf(def: FlowDefinition): Command[] {
  return (TEMPLATE_SCRIPTS[def.key]?.steps ?? []).flatMap((s) =>
    s.command && s.command.type !== 'start' ? [s.command] : [],
  );
}

/** Commands that should often be refused, or that change a case without moving it on. */
function disturbances(def: FlowDefinition): Command[] {
  const boss = supervisorOf(def);
  const steps = def.steps.map((s) => s.key);
  return [
    { type: 'escalate', actor: boss, reason: 'slow' },
    { type: 'pauseClock', actor: boss, reason: 'waiting for documents' },
    { type: 'resumeClock', actor: boss },
    { type: 'timerFired', timerId: 'no-such-timer' },
    { type: 'timerFired', timerId: 'sla-warning', sla: 'warning' },
    { type: 'timerFired', timerId: 'sla-breach', sla: 'breach' },
    { type: 'extendDeadline', actor: boss, reason: 'complex', approvedBy: boss },
    { type: 'close', actor: boss },
    { type: 'cancel', actor: boss, reason: 'property test' },
    ...steps.flatMap((stepKey): Command[] => [
      { type: 'submitStep', stepKey, actor: boss, data: {} },
      { type: 'approve', stepKey, actor: customer },
      { type: 'reject', stepKey, actor: boss, reason: 'no' },
      { type: 'customerCounter', stepKey, actor: customer, comment: 'cheaper please' },
      { type: 'reassign', stepKey, actor: boss, assigneeId: 'u-2' },
      {
        type: 'logCommunication',
        stepKey,
        actor: boss,
        channel: 'phone',
        contact: '13800138000',
        answered: false,
        summary: '-',
      },
      { type: 'linkedCaseClosed', stepKey, actor: boss, linkedCaseId: 'linked-1', outcome: 'resolved' },
    ]),
  ];
}

/**
 * A session of work on a case: mostly the script's next line (so cases get far), sometimes a line
 * again or out of turn, sometimes a disturbance.
 */
type Move = Command | 'fire-timers';

function session(def: FlowDefinition): fc.Arbitrary<Move[]> {
  const script = scriptOf(def);
  const noise = disturbances(def);
  const move = fc.oneof(
    { weight: 10, arbitrary: fc.constant<'next'>('next') },
    { weight: 1, arbitrary: fc.constantFrom(...script) },
    { weight: 2, arbitrary: fc.constantFrom(...noise) },
    { weight: 2, arbitrary: fc.constant<'fire-timers'>('fire-timers') },
  );
  return fc.array(move, { maxLength: script.length * 2 + 10 }).map((moves) => {
    let next = 0;
    return moves.flatMap((m): Move[] =>
      m === 'next' ? (next < script.length ? [script[next++] as Command] : []) : [m],
    );
  });
}

describe.each(FLOW_TEMPLATES.map((t) => [t.key, t] as const))('interpreter properties on %s', (_key, def) => {
  const start: Command = { type: 'start', caseId: 'prop-1', actor: supervisorOf(def) };

  it('never reaches a state the definition does not allow; replay reproduces every state; refusals change nothing', () => {
    let finished = 0;
    fc.assert(
      fc.property(session(def), fc.integer({ min: 1, max: 6 * 3_600_000 }), (commands, stepMs) => {
        const ports = fakePorts('2026-03-02T01:00:00.000Z', stepMs);
        let state: CaseState | null = null;
        const events: CaseEvent[] = [];
        for (const move of [start, ...commands]) {
          // The host fires due timers (wait steps): here, whenever the session says so.
          const fired: Command[] = Object.keys(state?.timers ?? {}).map((timerId) => ({
            type: 'timerFired',
            timerId,
          }));
          const batch = move === 'fire-timers' ? fired : [move];
          for (const command of batch) {
            const before = state;
            const copy = JSON.parse(JSON.stringify(state)) as CaseState | null;
            const result = execute(def, state, deepFreeze(command), ports);
            if (!result.ok) {
              // A refusal says why, carries no events or effects, and leaves the case as it was: the
              // state equals a copy taken before, and the log so far still replays to it.
              expect(result.error.code).toMatch(/^[A-Z_]+$/);
              expect(result).not.toHaveProperty('events');
              expect(result).not.toHaveProperty('effects');
              expect(state).toEqual(copy);
              if (events.length > 0) expect(replay(def, events)).toEqual(copy);
              continue;
            }
            result.events.forEach((e, i) => expect(e.seq).toBe((before?.seq ?? 0) + i + 1));
            state = deepFreeze(result.state);
            events.push(...result.events);
            expect(checkCaseState(def, state)).toEqual([]);
            expect(replay(def, events)).toEqual(state);
          }
        }
        if (state?.status !== 'active') finished++;
      }),
      // The first example is the test-run script itself (timers fired as it goes), so at least one
      // session surely reaches the end; the random ones explore around it.
      { numRuns: 80, examples: [[scriptOf(def).flatMap((c): Move[] => [c, 'fire-timers']), 3_600_000]] },
    );
    // The generator must actually drive cases to their end, or the property says little.
    expect(finished).toBeGreaterThan(0);
  });
});
