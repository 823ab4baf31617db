/**
 * Errors with stable codes, classified by who is at fault. Resolvers and services throw these; one
 * formatter (format-error.ts) maps them to `extensions` and masks everything else. No resolver catches
 * and re-maps errors by hand.
 */
import type { LocalizedText } from '@parley/engine';
import type { ErrorCode } from '../generated/resolvers-types';

/** A message in both languages Parley speaks: the engine's `LocalizedText`, the one such type. */
export type Messages = LocalizedText;

/**
 * Who is at fault, sent as `extensions.fault`: `USER` (the request was wrong or not allowed: fix the
 * input, ask for the permission, retry later), `OPERATOR` (the installation: a database that cannot be
 * reached, a part of the contract not live on this server), `UNEXPECTED` (a bug: logged, masked).
 */
export type Fault = 'USER' | 'OPERATOR' | 'UNEXPECTED';

/** Codes whose fault is the installation's, not the caller's. */
const OPERATOR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['NOT_IMPLEMENTED']);

export function faultOf(code: ErrorCode): Fault {
  return OPERATOR_CODES.has(code) ? 'OPERATOR' : 'USER';
}

export interface AppErrorOptions {
  /** Path of the offending input field, e.g. ['input', 'code']. */
  fieldPath?: readonly (string | number)[];
  /** Extra structured detail that is safe to show (e.g. a list of problems). */
  details?: Record<string, unknown>;
  cause?: unknown;
  /** Overrides the fault the code implies (`faultOf`). */
  fault?: Fault;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Messages;
  readonly fieldPath: readonly (string | number)[] | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly fault: Fault;

  constructor(code: ErrorCode, messages: Messages, options: AppErrorOptions = {}) {
    super(messages.en, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.messages = messages;
    this.fieldPath = options.fieldPath;
    this.details = options.details;
    this.fault = options.fault ?? faultOf(code);
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

/** The code of one write error: the driver's `WriteError` carries it on itself or on `err`. */
function writeCode(w: unknown): unknown {
  if (typeof w !== 'object' || w === null) return undefined;
  const e = w as { code?: unknown; err?: { code?: unknown } };
  return e.code ?? e.err?.code;
}

/** A bulk write's `writeErrors`: a list, or (some drivers, one failure) a single error. */
function writeErrorsOf(err: object): unknown[] {
  const list = (err as { writeErrors?: unknown }).writeErrors;
  return Array.isArray(list) ? list : typeof list === 'object' && list !== null ? [list] : [];
}

/**
 * Whether a write failed on a unique index (E11000): a single write's error, or a bulk write
 * (`insertMany`, `bulkWrite`) whose `writeErrors` include one. The one test for it in the server.
 */
export function isDuplicateKeyError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  return writeCode(err) === 11000 || writeErrorsOf(err).some((w) => writeCode(w) === 11000);
}

/**
 * For an unordered bulk insert of `count` documents: the indexes of the documents refused as duplicates
 * when every refusal was a duplicate, or null when the failure was anything else (rethrow it). A single
 * write's duplicate error without `writeErrors` names document 0 when there was only one.
 */
export function duplicateKeyIndexes(err: unknown, count: number): number[] | null {
  if (typeof err !== 'object' || err === null) return null;
  const list = writeErrorsOf(err);
  if (list.length === 0) return count === 1 && writeCode(err) === 11000 ? [0] : null;
  const indexes: number[] = [];
  for (const w of list) {
    const index = (w as { index?: unknown }).index;
    if (writeCode(w) !== 11000 || typeof index !== 'number') return null;
    indexes.push(index);
  }
  return indexes;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
