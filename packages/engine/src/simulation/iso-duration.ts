const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * Adds an ISO 8601 duration (`P3D`, `PT4H`, `P1M`) to an instant, in UTC: years and months by the
 * calendar (clamped to the month's end), the rest as elapsed time. For simulated clocks and wait
 * steps; business-time durations belong to the time module.
 */
export function addIsoDuration(instant: string, duration: string): string {
  const m = PATTERN.exec(duration);
  if (!m) throw new Error(`Not an ISO 8601 duration: ${duration}`);
  const n = (i: number): number => Number(m[i] ?? 0);
  const date = new Date(instant);
  if (n(1) !== 0 || n(2) !== 0) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + n(1) * 12 + n(2));
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, last));
  }
  const ms = (((n(3) * 7 + n(4)) * 24 + n(5)) * 60 + n(6)) * 60_000 + n(7) * 1000;
  return new Date(date.getTime() + ms).toISOString();
}

export function isIsoDuration(value: string): boolean {
  return PATTERN.test(value);
}
