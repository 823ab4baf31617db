/**
 * Due times on screen: the SLA tone (ok / warning / breached) and a countdown, from "now" passed in
 * (the injectable clock, shared/ui/clock.ts) — never read from the wall clock here.
 */

export type SlaTone = 'ok' | 'warning' | 'breached' | 'none';

/** A case turns to warning this long before its due time when the server gives no `warningAt`. */
export const DEFAULT_WARNING_MS = 24 * 60 * 60 * 1000;

function time(value: Date | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const t = (value instanceof Date ? value : new Date(value)).getTime();
  return Number.isNaN(t) ? null : t;
}

/** The tone of a due time at `now`: breached once due, warning from `warningAt` (or 24 h before). */
export function slaTone(
  dueAt: Date | string | null | undefined,
  warningAt: Date | string | null | undefined,
  now: number,
): SlaTone {
  const due = time(dueAt);
  if (due === null) return 'none';
  if (now >= due) return 'breached';
  const warn = time(warningAt) ?? due - DEFAULT_WARNING_MS;
  return now >= warn ? 'warning' : 'ok';
}

export interface Countdown {
  /** True once the due time has passed (the parts then count the time since). */
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** The time left until `dueAt` (or past it), split into days, hours, minutes and seconds. */
export function countdown(dueAt: Date | string | null | undefined, now: number): Countdown | null {
  const due = time(dueAt);
  if (due === null) return null;
  const overdue = now >= due;
  let s = Math.floor(Math.abs(due - now) / 1000);
  const days = Math.floor(s / 86400);
  s -= days * 86400;
  const hours = Math.floor(s / 3600);
  s -= hours * 3600;
  const minutes = Math.floor(s / 60);
  return { overdue, days, hours, minutes, seconds: s - minutes * 60 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2天 03:04:05` / `2d 03:04:05`; without days when under one. */
export function formatCountdown(c: Countdown, dayUnit: string): string {
  const clock = `${pad(c.hours)}:${pad(c.minutes)}:${pad(c.seconds)}`;
  return c.days > 0 ? `${c.days}${dayUnit} ${clock}` : clock;
}
