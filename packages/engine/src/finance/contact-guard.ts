/**
 * Contact-compliance guard for collection and reminder contacts. Defaults follow the China Banking
 * Association's 《金融机构个人消费类贷款催收工作指引（试行）》: no contact 22:00–08:00 without the
 * debtor's consent; after unanswered calls, no more than 6 attempts on the same contact method per day.
 * "Per day" is the local calendar day in the policy's time zone.
 */
import {
  DEFAULT_TIME_ZONE,
  assertTimeZone,
  epochMsToIsoInstant,
  instantToEpochMs,
  instantToZonedParts,
  parseClockTime,
  zonedLocalToEpochMs,
  type InstantInput,
} from '../time/index';
import { FinanceError } from './finance-errors';
import type { LocalizedText } from '../shared/localized-text';

export interface ContactCompliancePolicy {
  /** Local wall-clock window without contact; may wrap midnight ('22:00'–'08:00'). */
  readonly quietHours: { readonly start: string; readonly end: string };
  /** IANA zone of the quiet hours and of "per day" (default 'Asia/Shanghai'). */
  readonly timeZone?: string;
  /** Attempts refused once this many unanswered attempts reached the same contact that local day. */
  readonly maxUnansweredPerContactPerDay: number;
  /** Optional cap on all attempts (answered or not) per contact per local day. */
  readonly maxAttemptsPerContactPerDay?: number;
  /** Channels the daily limits count (e.g. ['phone']); default: every channel. */
  readonly countedChannels?: readonly string[];
}

export const CN_COLLECTION_CONTACT_POLICY: ContactCompliancePolicy = {
  quietHours: { start: '22:00', end: '08:00' },
  timeZone: DEFAULT_TIME_ZONE,
  maxUnansweredPerContactPerDay: 6,
};

export type ContactOutcome = 'answered' | 'unanswered' | 'delivered' | 'failed';

/** A past contact attempt of the case. `contact` identifies the contact method (e.g. a phone number). */
export interface ContactAttemptRecord {
  readonly at: InstantInput;
  readonly contact: string;
  readonly channel: string;
  readonly outcome: ContactOutcome;
}

export interface ContactAttemptRequest {
  readonly at: InstantInput;
  readonly contact: string;
  readonly channel: string;
  /** The customer's consent to be contacted during quiet hours, valid from `grantedAt` until `expiresAt`. */
  readonly quietHoursConsent?: { readonly grantedAt: InstantInput; readonly expiresAt?: InstantInput };
}

export type ContactRefusalCode = 'CONTACT_QUIET_HOURS' | 'CONTACT_ATTEMPT_LIMIT' | 'CONTACT_DAILY_LIMIT';

export interface ContactRefusal {
  readonly code: ContactRefusalCode;
  readonly message: LocalizedText;
}

export type ContactAttemptDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** The first refusal's code. */
      readonly code: ContactRefusalCode;
      readonly message: LocalizedText;
      readonly refusals: readonly ContactRefusal[];
      /** Earliest instant at which the same attempt would be allowed (ISO UTC). */
      readonly nextAllowedAt: string;
    };

interface CompiledContactPolicy {
  readonly timeZone: string;
  readonly quietStartMs: number;
  readonly quietEndMs: number;
  readonly maxUnanswered: number;
  readonly maxAttempts: number | undefined;
  readonly channels: ReadonlySet<string> | undefined;
}

function invalidPolicy(path: string, value: unknown): FinanceError {
  return new FinanceError(
    'CONTACT_POLICY_INVALID',
    {
      zh: `联系合规策略的 ${path} 无效：${String(value)}`,
      en: `Contact policy ${path} is invalid: ${String(value)}`,
    },
    { path },
  );
}

function compilePolicy(policy: ContactCompliancePolicy): CompiledContactPolicy {
  const timeZone = policy.timeZone ?? DEFAULT_TIME_ZONE;
  try {
    assertTimeZone(timeZone);
  } catch {
    throw invalidPolicy('timeZone', timeZone);
  }
  let quietStart: number;
  let quietEnd: number;
  try {
    quietStart = parseClockTime(policy.quietHours.start);
    quietEnd = parseClockTime(policy.quietHours.end);
  } catch {
    throw invalidPolicy('quietHours', `${policy.quietHours?.start}–${policy.quietHours?.end}`);
  }
  const isLimit = (n: unknown): boolean => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (!isLimit(policy.maxUnansweredPerContactPerDay)) {
    throw invalidPolicy('maxUnansweredPerContactPerDay', policy.maxUnansweredPerContactPerDay);
  }
  if (policy.maxAttemptsPerContactPerDay !== undefined && !isLimit(policy.maxAttemptsPerContactPerDay)) {
    throw invalidPolicy('maxAttemptsPerContactPerDay', policy.maxAttemptsPerContactPerDay);
  }
  return {
    timeZone,
    quietStartMs: quietStart * 60_000,
    quietEndMs: quietEnd * 60_000,
    maxUnanswered: policy.maxUnansweredPerContactPerDay,
    maxAttempts: policy.maxAttemptsPerContactPerDay,
    channels: policy.countedChannels ? new Set(policy.countedChannels) : undefined,
  };
}

function inQuietHours(policy: CompiledContactPolicy, msOfDay: number): boolean {
  const { quietStartMs: start, quietEndMs: end } = policy;
  if (start === end) return false;
  return start < end ? msOfDay >= start && msOfDay < end : msOfDay >= start || msOfDay < end;
}

function consentCovers(request: ContactAttemptRequest, atMs: number): boolean {
  const consent = request.quietHoursConsent;
  if (!consent) return false;
  if (atMs < instantToEpochMs(consent.grantedAt)) return false;
  return consent.expiresAt === undefined || atMs < instantToEpochMs(consent.expiresAt);
}

function refusalsAt(
  policy: CompiledContactPolicy,
  history: readonly ContactAttemptRecord[],
  request: ContactAttemptRequest,
  atMs: number,
): ContactRefusal[] {
  const refusals: ContactRefusal[] = [];
  const local = instantToZonedParts(atMs, policy.timeZone);
  if (inQuietHours(policy, local.msOfDay) && !consentCovers(request, atMs)) {
    refusals.push({
      code: 'CONTACT_QUIET_HOURS',
      message: {
        zh: '未经客户同意，不得在休息时段（晚22:00至次日8:00等）联系客户',
        en: 'The customer may not be contacted during quiet hours (e.g. 22:00–08:00) without consent',
      },
    });
  }
  const counted = (record: ContactAttemptRecord): boolean =>
    record.contact === request.contact &&
    (!policy.channels || policy.channels.has(record.channel)) &&
    instantToEpochMs(record.at) <= atMs &&
    instantToZonedParts(record.at, policy.timeZone).date === local.date;
  const sameDay = history.filter(counted);
  const unanswered = sameDay.filter((record) => record.outcome === 'unanswered').length;
  if (unanswered >= policy.maxUnanswered) {
    refusals.push({
      code: 'CONTACT_ATTEMPT_LIMIT',
      message: {
        zh: `该联系方式今日已有 ${unanswered} 次未接通，已达上限 ${policy.maxUnanswered} 次`,
        en: `This contact has ${unanswered} unanswered attempts today, the limit is ${policy.maxUnanswered}`,
      },
    });
  }
  if (policy.maxAttempts !== undefined && sameDay.length >= policy.maxAttempts) {
    refusals.push({
      code: 'CONTACT_DAILY_LIMIT',
      message: {
        zh: `该联系方式今日已联系 ${sameDay.length} 次，已达上限 ${policy.maxAttempts} 次`,
        en: `This contact was tried ${sameDay.length} times today, the limit is ${policy.maxAttempts}`,
      },
    });
  }
  return refusals;
}

/** When the refusals found at `atMs` could first lift: the end of quiet hours or the next local day. */
function nextCandidate(
  policy: CompiledContactPolicy,
  refusals: readonly ContactRefusal[],
  atMs: number,
): number {
  const local = instantToZonedParts(atMs, policy.timeZone);
  if (refusals.some((r) => r.code !== 'CONTACT_QUIET_HOURS')) {
    return zonedLocalToEpochMs(local.date, 86_400_000, policy.timeZone);
  }
  const endToday = zonedLocalToEpochMs(local.date, policy.quietEndMs, policy.timeZone);
  return endToday > atMs
    ? endToday
    : zonedLocalToEpochMs(local.date, 86_400_000 + policy.quietEndMs, policy.timeZone);
}

/** Decides whether a contact attempt may be made now, given the case's contact history. */
export function evaluateContactAttempt(
  policy: ContactCompliancePolicy,
  history: readonly ContactAttemptRecord[],
  attempt: ContactAttemptRequest,
): ContactAttemptDecision {
  const compiled = compilePolicy(policy);
  const atMs = instantToEpochMs(attempt.at);
  const refusals = refusalsAt(compiled, history, attempt, atMs);
  const first = refusals[0];
  if (!first) return { allowed: true };
  let candidate = atMs;
  let pending = refusals;
  // Quiet hours and day limits interact (the next day starts in quiet hours); a few rounds settle it.
  for (let round = 0; round < 4 && pending.length > 0; round += 1) {
    candidate = nextCandidate(compiled, pending, candidate);
    pending = refusalsAt(compiled, history, attempt, candidate);
  }
  return {
    allowed: false,
    code: first.code,
    message: first.message,
    refusals,
    nextAllowedAt: epochMsToIsoInstant(candidate),
  };
}
