/**
 * Instants on screen, in the bank's time zone (Asia/Shanghai) whatever the browser's zone is:
 * `2026-11-25T01:30:00Z` → `2026-11-25 09:30`.
 */
export const BANK_TIME_ZONE = 'Asia/Shanghai';

const formatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BANK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD HH:mm` (or with seconds) in Asia/Shanghai; empty for a missing or invalid instant. */
export function formatInstant(value: Date | string | null | undefined, withSeconds = false): string {
  if (value === null || value === undefined || value === '') return '';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(date)) parts[part.type] = part.value;
  const time = `${parts['hour']}:${parts['minute']}${withSeconds ? `:${parts['second']}` : ''}`;
  return `${parts['year']}-${parts['month']}-${parts['day']} ${time}`;
}
