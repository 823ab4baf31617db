/**
 * Business calendars, SLA clocks and the regulatory complaint clock. Pure: no clock is read here —
 * `now` always comes in as an argument. See packages/engine/docs/time.md.
 */
export { TimeError, isTimeError } from './time-errors';
export type { TimeErrorCode, TimeErrorFault } from './time-errors';

export {
  addDaysToIsoDate,
  addMonthsClamped,
  daysBetweenIsoDates,
  daysInMonth,
  isIsoDate,
  isoWeekdayOf,
  monthsAndDaysBetween,
  parseIsoDate,
} from './local-date';
export type { IsoDate, IsoDateParts, IsoWeekday } from './local-date';

export {
  DEFAULT_TIME_ZONE,
  assertTimeZone,
  epochMsToIsoInstant,
  formatInstantInZone,
  instantToEpochMs,
  instantToZonedParts,
  localDateOfInstant,
  parseClockTime,
  zonedLocalToEpochMs,
} from './zoned-time';
export type { InstantInput, ZonedDateTimeParts } from './zoned-time';

export {
  calendarDayKind,
  calendarTimeZone,
  calendarYearStatus,
  isWorkingDay,
  maintainedCalendarYears,
  validateBusinessCalendar,
} from './business-calendar';
export type {
  BusinessCalendar,
  CalendarDayKind,
  CalendarProblem,
  CalendarProblemCode,
  CalendarYearSchedule,
  WeekdayName,
  WeeklyWorkingHours,
  WorkingTimeRange,
} from './business-calendar';

export {
  CN_BANK_WORKING_HOURS,
  CN_HOLIDAY_NOTICES,
  CN_HOLIDAY_NOTICE_2025,
  CN_HOLIDAY_NOTICE_2026,
  calendarYearFromHolidayNotice,
  cnHolidayNameOn,
  createChinaBusinessCalendar,
} from './cn-holidays';
export type { ChinaBusinessCalendarOptions, HolidayNotice, HolidayPeriod } from './cn-holidays';

export { parseHolidayNotice } from './cn-holiday-notice-parser';
export type { ParsedHolidayNotice, ParsedHolidayPeriod, UnreadNoticeLine } from './cn-holiday-notice-parser';

export {
  CN_STATUTORY_FIRST_YEAR,
  CN_STATUTORY_LAST_YEAR,
  CN_STATUTORY_SOURCE,
  PROVISIONAL_HOLIDAY_RULES,
  cnStatutoryHolidayPeriods,
} from './cn-statutory-holidays';
export type { ProvisionalHolidayRule, StatutoryHolidayPeriod } from './cn-statutory-holidays';

export {
  CLOCK_UNIT_MS,
  addBusinessHours,
  addCalendarDays,
  addWorkingDays,
  businessTimeBetween,
  calendarLocalDate,
} from './business-time';
export type { BusinessTimeSpan, ClockUnit } from './business-time';

export { evaluateSla, referencedCalendarIds, slaPausesFromStateHistory, validateSlaPolicy } from './sla';
export type {
  SlaDuration,
  SlaEscalationRule,
  SlaEvaluation,
  SlaEvaluationInput,
  SlaPause,
  SlaPolicy,
  SlaPolicyProblem,
  SlaPolicyProblemCode,
  SlaWarning,
} from './sla';

export {
  CBIRC_COMPLAINT_CLOCK_DAYS,
  complaintClock,
  extendComplaintClock,
  isComplaintClockOverdue,
} from './complaint-clock';
export type {
  ComplaintClockDays,
  ComplaintClockExtension,
  ComplaintClockOptions,
  ComplaintClockStage,
  ComplaintClockState,
  ComplaintExtensionError,
  ComplaintExtensionErrorCode,
  ComplaintExtensionOutcome,
  ComplaintExtensionRequest,
  ComplaintNotifyCustomerEffect,
  NextComplaintExtension,
} from './complaint-clock';
