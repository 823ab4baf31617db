import type { LocalizedText } from '../shared/localized-text';
import type { JsonValue } from '../shared/json.types';

/**
 * A JSON Logic expression (https://jsonlogic.com), evaluated by json-logic-engine. Serialisable, so
 * it lives inside definitions and travels between server and browser unchanged.
 */
export type Rule = JsonValue;

/** What a rule position expects its result to be. */
export type RuleResultType = 'boolean' | 'string' | 'any';

/**
 * Types the checker reasons about. `money` is an integer number of fen (CNY); `date` is an ISO
 * date (`2026-03-01`); lists are what multi-select and file fields hold.
 */
export type ValueType =
  'string' | 'number' | 'money' | 'date' | 'boolean' | 'string-list' | 'file-list' | 'null' | 'any';

export interface ScopeOption {
  readonly value: string;
  readonly label: LocalizedText;
}

/** One variable a rule may read, e.g. `data.amountOwedFen` or `case.escalationLevel`. */
export interface ScopeVariable {
  readonly type: ValueType;
  readonly label: LocalizedText;
  /** Allowed values of select-like fields: comparisons against anything else are flagged. */
  readonly options?: readonly ScopeOption[];
}

/** Every variable path a rule in a given position can see, keyed by its `var` path. */
export type RuleScope = ReadonlyMap<string, ScopeVariable>;
