import type { Actor, Command, ScriptStep, SimulationScript } from '../../src/index';

export const staff = (id: string, ...roles: string[]): Actor => ({ kind: 'staff', id, roles });
export const customer: Actor = { kind: 'customer', id: 'c-1' };
export const system: Actor = { kind: 'system', id: 'scheduler' };
export const file = (name: string) => [
  { id: `f-${name}`, name, sizeBytes: 120_000, mime: 'application/pdf' },
];

/** Each command an hour after the previous one, unless the line says otherwise. */
export function hourly(commands: readonly (Command | ScriptStep)[]): SimulationScript {
  return { steps: commands.map((c) => ('type' in c ? { after: 'PT1H', command: c } : c)) };
}

export const owed = {
  principalFen: 8_000_000,
  interestFen: 600_000,
  penaltyInterestFen: 300_000,
  feesFen: 100_000,
};
