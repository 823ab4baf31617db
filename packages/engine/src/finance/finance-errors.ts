import type { LocalizedText } from '../shared/localized-text';

export type FinanceErrorCode =
  | 'MONEY_INVALID_FEN'
  | 'MONEY_INVALID_YUAN'
  | 'MONEY_TOO_PRECISE'
  | 'MONEY_OUT_OF_RANGE'
  | 'RATE_INVALID'
  | 'PLAN_INPUT_INVALID'
  | 'PLAN_NOTHING_TO_FINANCE'
  | 'PLAN_WAIVER_EXCEEDS_OWED'
  | 'PLAN_DOWN_PAYMENT_EXCEEDS_BALANCE'
  | 'PLAN_DISCOUNT_INVALID'
  | 'IRR_NOT_FOUND'
  | 'AUTHORITY_MATRIX_INVALID'
  | 'AUTHORITY_ROLE_UNKNOWN'
  | 'CONTACT_POLICY_INVALID';

/**
 * Thrown for malformed input or configuration (a bad amount, rate, plan, matrix or policy).
 * Business outcomes — a policy violation, an offer beyond authority, a refused contact — are returned
 * as values, never thrown.
 */
export class FinanceError extends Error {
  override readonly name = 'FinanceError';
  readonly code: FinanceErrorCode;
  readonly messages: LocalizedText;
  /** Where in the input the problem is, e.g. 'owed.principalFen'. */
  readonly path: string | undefined;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: FinanceErrorCode,
    messages: LocalizedText,
    options: { path?: string; details?: Readonly<Record<string, unknown>> } = {},
  ) {
    super(`${code}: ${messages.en}`);
    this.code = code;
    this.messages = messages;
    this.path = options.path;
    this.details = options.details ?? {};
  }
}

export function isFinanceError(value: unknown): value is FinanceError {
  return value instanceof FinanceError;
}
