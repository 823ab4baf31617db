/**
 * Wait durations as the designer edits them (a number and a unit) and as the engine stores them
 * (ISO 8601: `P3D`, `PT4H`). Only single-unit durations have a number + unit form; anything else the
 * engine accepts is kept as typed.
 */
import { isIsoDuration } from '@parley/engine';

export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface DurationParts {
  readonly amount: number;
  readonly unit: DurationUnit;
}

const ISO: Record<DurationUnit, (n: number) => string> = {
  minutes: (n) => `PT${n}M`,
  hours: (n) => `PT${n}H`,
  days: (n) => `P${n}D`,
  weeks: (n) => `P${n}W`,
  months: (n) => `P${n}M`,
};

/** `3, 'days'` → `P3D`; null unless the amount is a positive whole number. */
export function toIsoDuration(amount: number, unit: DurationUnit): string | null {
  if (!Number.isSafeInteger(amount) || amount <= 0) return null;
  const iso = ISO[unit](amount);
  return isIsoDuration(iso) ? iso : null;
}

const SINGLE: readonly [RegExp, DurationUnit][] = [
  [/^PT(\d+)M$/, 'minutes'],
  [/^PT(\d+)H$/, 'hours'],
  [/^P(\d+)D$/, 'days'],
  [/^P(\d+)W$/, 'weeks'],
  [/^P(\d+)M$/, 'months'],
];

/** `PT4H` → `{ amount: 4, unit: 'hours' }`; null for combined (`P1DT2H`) or invalid durations. */
export function fromIsoDuration(iso: string): DurationParts | null {
  if (!isIsoDuration(iso)) return null;
  for (const [pattern, unit] of SINGLE) {
    const m = pattern.exec(iso);
    if (m) {
      const amount = Number(m[1]);
      return amount > 0 ? { amount, unit } : null;
    }
  }
  return null;
}
