/**
 * The regulatory complaint clock of 《银行业保险业消费投诉处理管理办法》 (CBIRC Order 2020 No. 3):
 * a decision within 15 days of receipt; complex cases may be extended to 30 days; especially complex
 * ones a further 30 days with the approval of a superior institution or senior management; the
 * complainant is told of every extension.
 *
 * Days are counted as 《民法典》 Art. 200–203 count periods: the day of receipt is not counted (Art. 201);
 * if the last day is a statutory rest day the period ends on the first working day after it (Art. 203,
 * read with the business calendar: weekends and holidays are rest days, 调休 make-up days are not);
 * the period ends at 24:00, or at close of business where the institution has business hours (Art. 203 ¶2).
 */
import {
  compileBusinessCalendar,
  compiledDayKind,
  compiledWorkingMinutes,
  provisionalYearsOf,
  trackProvisionalYears,
  type BusinessCalendar,
  type CompiledBusinessCalendar,
} from './business-calendar';
import { addDaysToIsoDate, type IsoDate } from './local-date';
import { TimeError } from './time-errors';
import {
  MS_PER_DAY,
  MS_PER_MINUTE,
  epochMsToIsoInstant,
  formatInstantInZone,
  instantToEpochMs,
  localDateOfInstant,
  zonedLocalToEpochMs,
  type InstantInput,
} from './zoned-time';
import type { LocalizedText } from '../shared/localized-text';

export type ComplaintClockStage = 'standard' | 'extended' | 'furtherExtended';

/** Total days from receipt at each stage. */
export interface ComplaintClockDays {
  readonly standard: number;
  readonly extended: number;
  readonly furtherExtended: number;
}

export const CBIRC_COMPLAINT_CLOCK_DAYS: ComplaintClockDays = {
  standard: 15,
  extended: 30,
  furtherExtended: 60,
};

export interface ComplaintClockOptions {
  /** 'endOfDay' (24:00 local, default) or 'closeOfBusiness' (end of the last working period that day). */
  readonly cutoff?: 'endOfDay' | 'closeOfBusiness';
  readonly days?: ComplaintClockDays;
}

export interface ComplaintClockExtension {
  readonly stage: 'extended' | 'furtherExtended';
  readonly totalDays: number;
  readonly reason: string;
  /** Required for the further extension: who approved it (上级机构或总行高级管理人员). */
  readonly approvedBy?: string;
  /** ISO UTC instant at which the extension was decided. */
  readonly at: string;
}

export interface ComplaintExtensionRequest {
  readonly reason: string;
  readonly approvedBy?: string;
  readonly at: InstantInput;
}

export interface NextComplaintExtension {
  readonly stage: 'extended' | 'furtherExtended';
  readonly totalDays: number;
  readonly requiresApproval: boolean;
}

export interface ComplaintClockState {
  readonly calendarId: string;
  readonly receivedAt: string;
  /** Local date of receipt (not counted). */
  readonly receivedOn: IsoDate;
  readonly stage: ComplaintClockStage;
  readonly totalDays: number;
  /** Receipt date + total days, before moving past rest days. */
  readonly periodLastDay: IsoDate;
  /** The last day after moving past rest days. */
  readonly dueDate: IsoDate;
  readonly dueAt: string;
  readonly movedPastRestDays: boolean;
  /**
   * True when finding the due date looked at a day of a year the calendar has no schedule for (its
   * provisional rule answered): the deadline moves if that year's notice differs.
   */
  readonly provisional: boolean;
  /** Those years, ascending (empty when not provisional). */
  readonly provisionalYears: readonly number[];
  readonly extensions: readonly ComplaintClockExtension[];
  readonly nextAllowedExtension: NextComplaintExtension | null;
  readonly options: Required<ComplaintClockOptions>;
}

export type ComplaintExtensionErrorCode =
  'EXTENSION_NOT_ALLOWED' | 'APPROVAL_REQUIRED' | 'EXTENSION_REASON_REQUIRED' | 'EXTENSION_AFTER_DEADLINE';

export interface ComplaintExtensionError {
  readonly code: ComplaintExtensionErrorCode;
  readonly message: LocalizedText;
}

/** Effect for the server to carry out: tell the complainant about the extension and the new deadline. */
export interface ComplaintNotifyCustomerEffect {
  readonly type: 'notifyCustomer';
  readonly topic: 'complaintClockExtended';
  readonly stage: 'extended' | 'furtherExtended';
  readonly previousDueAt: string;
  readonly dueAt: string;
  readonly dueDate: IsoDate;
  readonly reason: string;
  readonly message: LocalizedText;
}

export type ComplaintExtensionOutcome =
  | {
      readonly ok: true;
      readonly state: ComplaintClockState;
      readonly effects: readonly ComplaintNotifyCustomerEffect[];
    }
  | { readonly ok: false; readonly error: ComplaintExtensionError };

function nextExtension(stage: ComplaintClockStage, days: ComplaintClockDays): NextComplaintExtension | null {
  switch (stage) {
    case 'standard':
      return { stage: 'extended', totalDays: days.extended, requiresApproval: false };
    case 'extended':
      return { stage: 'furtherExtended', totalDays: days.furtherExtended, requiresApproval: true };
    case 'furtherExtended':
      return null;
  }
}

function isWorking(calendar: CompiledBusinessCalendar, date: IsoDate): boolean {
  const kind = compiledDayKind(calendar, date);
  return kind === 'workday' || kind === 'makeUpWorkday';
}

function deadline(
  calendar: CompiledBusinessCalendar,
  receivedOn: IsoDate,
  totalDays: number,
  cutoff: 'endOfDay' | 'closeOfBusiness',
): { periodLastDay: IsoDate; dueDate: IsoDate; dueAtMs: number } {
  const periodLastDay = addDaysToIsoDate(receivedOn, totalDays);
  let dueDate = periodLastDay;
  while (!isWorking(calendar, dueDate)) dueDate = addDaysToIsoDate(dueDate, 1);
  const lastRange = compiledWorkingMinutes(calendar, dueDate).at(-1);
  const dueAtMs =
    cutoff === 'closeOfBusiness' && lastRange
      ? zonedLocalToEpochMs(dueDate, lastRange[1] * MS_PER_MINUTE, calendar.timeZone)
      : zonedLocalToEpochMs(dueDate, MS_PER_DAY, calendar.timeZone);
  return { periodLastDay, dueDate, dueAtMs };
}

function stateFor(
  calendar: CompiledBusinessCalendar,
  receivedAtMs: number,
  stage: ComplaintClockStage,
  extensions: readonly ComplaintClockExtension[],
  options: Required<ComplaintClockOptions>,
): ComplaintClockState {
  const receivedOn = localDateOfInstant(receivedAtMs, calendar.timeZone);
  const totalDays = options.days[stage];
  const tracked = trackProvisionalYears(calendar);
  const { periodLastDay, dueDate, dueAtMs } = deadline(tracked, receivedOn, totalDays, options.cutoff);
  const provisionalYears = provisionalYearsOf(tracked);
  return {
    calendarId: calendar.id,
    receivedAt: epochMsToIsoInstant(receivedAtMs),
    receivedOn,
    stage,
    totalDays,
    periodLastDay,
    dueDate,
    dueAt: epochMsToIsoInstant(dueAtMs),
    movedPastRestDays: dueDate !== periodLastDay,
    provisional: provisionalYears.length > 0,
    provisionalYears,
    extensions,
    nextAllowedExtension: nextExtension(stage, options.days),
    options,
  };
}

function refuse(code: ComplaintExtensionErrorCode, message: LocalizedText): ComplaintExtensionOutcome {
  return { ok: false, error: { code, message } };
}

function applyExtension(
  calendar: CompiledBusinessCalendar,
  state: ComplaintClockState,
  request: ComplaintExtensionRequest,
): ComplaintExtensionOutcome {
  const next = state.nextAllowedExtension;
  if (!next) {
    return refuse('EXTENSION_NOT_ALLOWED', {
      zh: `投诉处理期限已延长至 ${state.totalDays} 日，不能再延长`,
      en: `The complaint deadline is already extended to ${state.totalDays} days and cannot be extended again`,
    });
  }
  const reason = request.reason?.trim() ?? '';
  if (reason === '') {
    return refuse('EXTENSION_REASON_REQUIRED', {
      zh: '延长投诉处理期限必须记录原因',
      en: 'Extending the complaint deadline requires a recorded reason',
    });
  }
  const approvedBy = request.approvedBy?.trim();
  if (next.requiresApproval && !approvedBy) {
    return refuse('APPROVAL_REQUIRED', {
      zh: `再次延长至 ${next.totalDays} 日须经上级机构或总行高级管理人员审批`,
      en: `The further extension to ${next.totalDays} days needs approval by a superior institution or senior management`,
    });
  }
  const atMs = instantToEpochMs(request.at);
  if (atMs >= instantToEpochMs(state.dueAt)) {
    return refuse('EXTENSION_AFTER_DEADLINE', {
      zh: `处理期限已于 ${formatInstantInZone(state.dueAt, calendar.timeZone)} 届满，不能再延长`,
      en: `The deadline passed at ${formatInstantInZone(state.dueAt, calendar.timeZone)}; it can no longer be extended`,
    });
  }
  const extension: ComplaintClockExtension = {
    stage: next.stage,
    totalDays: next.totalDays,
    reason,
    ...(approvedBy ? { approvedBy } : {}),
    at: epochMsToIsoInstant(atMs),
  };
  const newState = stateFor(
    calendar,
    instantToEpochMs(state.receivedAt),
    next.stage,
    [...state.extensions, extension],
    state.options,
  );
  const effect: ComplaintNotifyCustomerEffect = {
    type: 'notifyCustomer',
    topic: 'complaintClockExtended',
    stage: next.stage,
    previousDueAt: state.dueAt,
    dueAt: newState.dueAt,
    dueDate: newState.dueDate,
    reason,
    message: {
      zh: `您的投诉情况较为复杂，处理期限延长至 ${newState.dueDate}。原因：${reason}`,
      en: `Your complaint needs more time; we will reply by ${newState.dueDate}. Reason: ${reason}`,
    },
  };
  return { ok: true, state: newState, effects: [effect] };
}

function checkCalendar(calendar: BusinessCalendar, expectedId?: string): CompiledBusinessCalendar {
  const compiled = compileBusinessCalendar(calendar);
  if (expectedId !== undefined && compiled.id !== expectedId) {
    throw new TimeError(
      'CALENDAR_MISMATCH',
      {
        zh: `投诉时钟使用日历 ${expectedId}，却传入了 ${compiled.id}`,
        en: `The complaint clock runs on calendar ${expectedId} but was given ${compiled.id}`,
      },
      { expected: expectedId, actual: compiled.id },
    );
  }
  return compiled;
}

/**
 * The clock of a complaint received at `receivedAt`, replaying recorded extensions (throws
 * `COMPLAINT_CLOCK_INVALID` if the records could not have been made).
 */
export function complaintClock(
  receivedAt: InstantInput,
  calendar: BusinessCalendar,
  extensions: readonly ComplaintExtensionRequest[] = [],
  options: ComplaintClockOptions = {},
): ComplaintClockState {
  const compiled = checkCalendar(calendar);
  const fullOptions: Required<ComplaintClockOptions> = {
    cutoff: options.cutoff ?? 'endOfDay',
    days: options.days ?? CBIRC_COMPLAINT_CLOCK_DAYS,
  };
  let state = stateFor(compiled, instantToEpochMs(receivedAt), 'standard', [], fullOptions);
  extensions.forEach((request, index) => {
    const outcome = applyExtension(compiled, state, request);
    if (!outcome.ok) {
      throw new TimeError(
        'COMPLAINT_CLOCK_INVALID',
        {
          zh: `第 ${index + 1} 次延期记录无效：${outcome.error.message.zh}`,
          en: `Extension record ${index + 1} is invalid: ${outcome.error.message.en}`,
        },
        { index, code: outcome.error.code },
      );
    }
    state = outcome.state;
  });
  return state;
}

/** Extends the clock one stage, or says why not. The effect asks the server to tell the complainant. */
export function extendComplaintClock(
  state: ComplaintClockState,
  request: ComplaintExtensionRequest,
  calendar: BusinessCalendar,
): ComplaintExtensionOutcome {
  return applyExtension(checkCalendar(calendar, state.calendarId), state, request);
}

/** True once `now` is at or after the deadline. */
export function isComplaintClockOverdue(state: ComplaintClockState, now: InstantInput): boolean {
  return instantToEpochMs(now) >= instantToEpochMs(state.dueAt);
}
