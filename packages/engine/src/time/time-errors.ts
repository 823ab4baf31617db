import type { LocalizedText } from '../shared/localized-text';

export type TimeErrorCode =
  | 'TIME_INVALID_DATE'
  | 'TIME_INVALID_INSTANT'
  | 'TIME_INVALID_CLOCK_TIME'
  | 'TIME_INVALID_ARGUMENT'
  | 'TIME_ZONE_INVALID'
  | 'CALENDAR_INVALID'
  | 'CALENDAR_YEAR_NOT_MAINTAINED'
  | 'CALENDAR_NO_WORKING_TIME'
  | 'SLA_POLICY_INVALID'
  | 'SLA_CALENDAR_REQUIRED'
  | 'CALENDAR_MISMATCH'
  | 'COMPLAINT_CLOCK_INVALID';

/**
 * Who has to act on the error: `input` — the caller passed a malformed value;
 * `configuration` — calendar or policy data must be fixed or maintained by a supervisor.
 */
export type TimeErrorFault = 'input' | 'configuration';

const CONFIGURATION_CODES: ReadonlySet<TimeErrorCode> = new Set<TimeErrorCode>([
  'CALENDAR_INVALID',
  'CALENDAR_YEAR_NOT_MAINTAINED',
  'CALENDAR_NO_WORKING_TIME',
  'SLA_POLICY_INVALID',
  'SLA_CALENDAR_REQUIRED',
  'CALENDAR_MISMATCH',
  'TIME_ZONE_INVALID',
]);

/** Thrown by the calendar, SLA and complaint-clock functions; `code` is stable, `messages` bilingual. */
export class TimeError extends Error {
  override readonly name = 'TimeError';
  readonly code: TimeErrorCode;
  readonly fault: TimeErrorFault;
  readonly messages: LocalizedText;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: TimeErrorCode, messages: LocalizedText, details: Readonly<Record<string, unknown>> = {}) {
    super(`${code}: ${messages.en}`);
    this.code = code;
    this.fault = CONFIGURATION_CODES.has(code) ? 'configuration' : 'input';
    this.messages = messages;
    this.details = details;
  }
}

export function isTimeError(value: unknown): value is TimeError {
  return value instanceof TimeError;
}
