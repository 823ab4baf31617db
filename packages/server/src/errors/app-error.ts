/**
 * Errors with stable codes, classified by who is at fault. Resolvers and services throw these; one
 * formatter (format-error.ts) maps them to `extensions` and masks everything else. No resolver catches
 * and re-maps errors by hand.
 */
import type { ErrorCode } from '../generated/resolvers-types';

/** A message in both languages Parley speaks. */
export interface Messages {
  zh: string;
  en: string;
}

export interface AppErrorOptions {
  /** Path of the offending input field, e.g. ['input', 'code']. */
  fieldPath?: readonly (string | number)[];
  /** Extra structured detail that is safe to show (e.g. a list of problems). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Messages;
  readonly fieldPath: readonly (string | number)[] | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, messages: Messages, options: AppErrorOptions = {}) {
    super(messages.en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.fieldPath = options.fieldPath;
    this.details = options.details;
  }
}

export function badInput(fieldPath: readonly (string | number)[], messages: Messages): AppError {
  return new AppError('BAD_USER_INPUT', messages, { fieldPath });
}

export function notFound(what: Messages, fieldPath?: readonly (string | number)[]): AppError {
  return new AppError(
    'NOT_FOUND',
    { zh: `未找到${what.zh}`, en: `${capitalise(what.en)} not found` },
    fieldPath ? { fieldPath } : {},
  );
}

export function isDuplicateKeyError(err: unknown): boolean {
  return (
    typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === 11000
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
