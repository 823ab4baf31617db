import { fill } from '../shared/localized-text';
import type { FillValue, LocalizedText } from '../shared/localized-text';
import type { Problem } from '../shared/problem.types';

/**
 * Why a command was refused. Codes are stable API (the server maps them to GraphQL error codes);
 * messages are for people. A refused command changes nothing.
 */
export const REFUSAL_MESSAGES = {
  CASE_NOT_STARTED: { zh: '案件尚未开始', en: 'The case has not started' },
  CASE_ALREADY_STARTED: { zh: '案件已经开始', en: 'The case has already started' },
  CASE_CLOSED: { zh: '案件已结束，不能再操作', en: 'The case is over; nothing more can be done' },
  CASE_NOT_FINISHED: {
    zh: '案件尚未办结，不能归档关闭',
    en: 'The case has not finished and cannot be closed',
  },
  DEFINITION_MISMATCH: {
    zh: '案件属于流程「{key}」第 {version} 版，与所给定义不符',
    en: 'The case belongs to flow "{key}" version {version}, not to the given definition',
  },
  UNKNOWN_STEP: { zh: '流程中没有步骤「{step}」', en: 'The flow has no step "{step}"' },
  STEP_NOT_ACTIVE: { zh: '步骤「{step}」当前不在办理中', en: 'Step "{step}" is not active' },
  COMMAND_NOT_APPLICABLE: {
    zh: '操作「{command}」不适用于步骤「{step}」',
    en: 'Command "{command}" does not apply to step "{step}"',
  },
  FORM_INVALID: { zh: '提交的数据有 {count} 处问题', en: 'The submitted data has {count} problem(s)' },
  GUARD_FAILED: {
    zh: '步骤「{step}」之后没有满足条件的去向',
    en: 'No transition out of step "{step}" has its condition met',
  },
  NOT_AUTHORISED: { zh: '无权执行此操作（需要角色：{role}）', en: 'Not authorised (needs role: {role})' },
  OFFER_INVALID: { zh: '方案不符合政策：{reason}', en: 'The offer breaks policy: {reason}' },
  OFFER_NOT_ELIGIBLE: { zh: '该案件不符合此方案的适用条件', en: 'The case is not eligible for this offer' },
  OFFER_OUTSIDE_AUTHORITY: {
    zh: '方案超出您的授权，需要「{role}」审批或提出',
    en: 'The offer is outside your authority; it needs "{role}"',
  },
  NO_OPEN_OFFER: { zh: '没有待确认的方案', en: 'There is no open offer' },
  CHANNEL_NOT_ALLOWED: {
    zh: '步骤「{step}」不使用渠道「{channel}」',
    en: 'Step "{step}" does not use channel "{channel}"',
  },
  CONTACT_NOT_ALLOWED: {
    zh: '此时不得联系客户：{reason}',
    en: 'The customer may not be contacted now: {reason}',
  },
  CONSENT_INVALID: {
    zh: '同意的有效期无效（开始时间须早于结束时间）',
    en: 'The consent period is invalid (it must start before it ends)',
  },
  UNKNOWN_TIMER: { zh: '没有待触发的定时器「{timer}」', en: 'No pending timer "{timer}"' },
  CLOCK_ALREADY_PAUSED: { zh: '计时已暂停', en: 'The clock is already paused' },
  CLOCK_NOT_PAUSED: { zh: '计时未暂停', en: 'The clock is not paused' },
  EXTENSION_NOT_ALLOWED: { zh: '不能延长时限：{reason}', en: 'The deadline cannot be extended: {reason}' },
  LOOP_LIMIT: {
    zh: '自动步骤循环超过 {limit} 次，流程可能存在无出口的循环',
    en: 'Automatic steps looped more than {limit} times; the flow may have a cycle without exit',
  },
} as const satisfies Record<string, LocalizedText>;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;

export interface Refusal {
  readonly code: RefusalCode;
  readonly message: LocalizedText;
  /** For FORM_INVALID and OFFER_INVALID: each finding with its field path. */
  readonly problems?: readonly Problem[];
  /** For NOT_AUTHORISED and OFFER_OUTSIDE_AUTHORITY: the role that would do. */
  readonly requiredRole?: string;
  /** For CONTACT_NOT_ALLOWED: the earliest instant the same contact would be allowed. */
  readonly nextAllowedAt?: string;
}

export function refuse(
  code: RefusalCode,
  values: Readonly<Record<string, FillValue>> = {},
  extra: Omit<Refusal, 'code' | 'message'> = {},
): Refusal {
  return { code, message: fill(REFUSAL_MESSAGES[code], values), ...extra };
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
