/**
 * Engine refusals as coded GraphQL errors. Every refusal code has its own ErrorCode (same name) except
 * three that a client cannot cause through the API in a way it could act on differently.
 */
import type { MigrationPlan, Refusal, RefusalCode } from '@parley/engine';
import { AppError, notFound } from '../../errors/app-error';
import type { ErrorCode } from '../../generated/resolvers-types';
import { splitPath } from '../definitions';

const CODE: Readonly<Record<RefusalCode, ErrorCode>> = {
  CASE_NOT_STARTED: 'NOT_FOUND',
  CONSENT_INVALID: 'BAD_USER_INPUT',
  CASE_ALREADY_STARTED: 'CONFLICT',
  DEFINITION_MISMATCH: 'CONFLICT',
  CASE_CLOSED: 'CASE_CLOSED',
  CASE_NOT_FINISHED: 'CASE_NOT_FINISHED',
  UNKNOWN_STEP: 'UNKNOWN_STEP',
  STEP_NOT_ACTIVE: 'STEP_NOT_ACTIVE',
  COMMAND_NOT_APPLICABLE: 'COMMAND_NOT_APPLICABLE',
  FORM_INVALID: 'FORM_INVALID',
  GUARD_FAILED: 'GUARD_FAILED',
  NOT_AUTHORISED: 'NOT_AUTHORISED',
  OFFER_INVALID: 'OFFER_INVALID',
  OFFER_NOT_ELIGIBLE: 'OFFER_NOT_ELIGIBLE',
  OFFER_OUTSIDE_AUTHORITY: 'OFFER_OUTSIDE_AUTHORITY',
  NO_OPEN_OFFER: 'NO_OPEN_OFFER',
  CHANNEL_NOT_ALLOWED: 'CHANNEL_NOT_ALLOWED',
  CONTACT_NOT_ALLOWED: 'CONTACT_NOT_ALLOWED',
  UNKNOWN_TIMER: 'UNKNOWN_TIMER',
  CLOCK_ALREADY_PAUSED: 'CLOCK_ALREADY_PAUSED',
  CLOCK_NOT_PAUSED: 'CLOCK_NOT_PAUSED',
  EXTENSION_NOT_ALLOWED: 'EXTENSION_NOT_ALLOWED',
  LOOP_LIMIT: 'LOOP_LIMIT',
};

/**
 * The refusal as an AppError. Form problems get `fieldPath` = `dataPath` + the field's path inside the
 * data (the engine reports `data.amount`; the client sent it as e.g. `["data", "amount"]`).
 */
export function refusalError(refusal: Refusal, dataPath: readonly string[] = ['data']): AppError {
  const details: Record<string, unknown> = { refusal: refusal.code };
  if (refusal.problems)
    details['problems'] = refusal.problems.map((p) => {
      const path = splitPath(p.path);
      return {
        code: p.code,
        fieldPath: [...dataPath, ...(path[0] === 'data' ? path.slice(1) : path)],
        messages: { zh: p.message.zh, en: p.message.en },
      };
    });
  if (refusal.requiredRole) details['requiredRole'] = refusal.requiredRole;
  if (refusal.nextAllowedAt) details['nextAllowedAt'] = refusal.nextAllowedAt;
  return new AppError(CODE[refusal.code], { zh: refusal.message.zh, en: refusal.message.en }, { details });
}

export function caseNotFound(fieldPath: readonly (string | number)[] = ['caseId']): AppError {
  return notFound({ zh: '案件', en: 'case' }, fieldPath);
}

export function idempotencyKeyReused(): AppError {
  return new AppError(
    'IDEMPOTENCY_KEY_REUSED',
    {
      zh: '该幂等键已用于另一个不同的请求。',
      en: 'This idempotency key was already used with a different request.',
    },
    { fieldPath: ['idempotencyKey'] },
  );
}

/**
 * `retryAfterMs` tells the client when to ask again: a claim left by a crashed process is taken over
 * once it is stale, so a retry with the same key always ends in the one result.
 */
export function idempotencyInProgress(retryAfterMs = 1000): AppError {
  return new AppError(
    'CONFLICT',
    {
      zh: '使用该幂等键的请求仍在处理中，请稍后重试。',
      en: 'A request with this idempotency key is still in progress; retry shortly.',
    },
    { details: { reason: 'IDEMPOTENCY_IN_PROGRESS', retryAfterMs } },
  );
}

/** The engine's dry run found errors: the case stays where it is. */
export function migrationBlocked(plan: MigrationPlan): AppError {
  const errors = plan.problems.filter((p) => p.severity === 'error');
  const first = errors[0];
  return new AppError(
    'MIGRATION_BLOCKED',
    first
      ? { zh: first.message.zh, en: first.message.en }
      : { zh: '案件不能迁移。', en: 'The case cannot be migrated.' },
    {
      details: {
        problems: errors.map((p) => ({ code: p.code, path: p.path, messages: p.message })),
      },
    },
  );
}
