/**
 * Turns whatever a GraphQL call failed with into one small, serialisable shape the UI can render.
 *
 * The server's contract (schema.graphql, `ErrorCode`): every error carries `extensions.code`,
 * `extensions.messages` (`{ zh, en }`) and, for bad input, `extensions.fieldPath`. We keep both
 * languages so a message already on screen follows a later language switch. Anything that does not
 * fit the contract is "unknown" and gets a generic, localized message — never raw server text.
 */
import type { CombinedError } from '@urql/core';
import { pickLocalized, type AppLocale, type Localized } from './locale';

export type FieldPath = readonly (string | number)[];

/** One offending input field and what is wrong with it. */
export interface FieldProblem {
  fieldPath: FieldPath;
  messages: Localized;
}

export type AppError =
  | {
      kind: 'server';
      code: string;
      messages: Localized | null;
      fieldPath: FieldPath | null;
      /** Every offending field (`extensions.problems`), or the one `fieldPath` names. */
      problems: readonly FieldProblem[];
    }
  | { kind: 'network' }
  | { kind: 'unknown' };

/** The result of a command: the value, or an error ready to show. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Localized fallbacks for errors that carry no message of their own. */
export interface GenericMessages {
  network: string;
  unknown: string;
}

export function toAppError(error: CombinedError | null | undefined): AppError {
  const first = error?.graphQLErrors[0];
  if (first) {
    const ext: Record<string, unknown> = first.extensions ?? {};
    const messages = isLocalized(ext['messages']) ? ext['messages'] : null;
    const fieldPath = isFieldPath(ext['fieldPath']) ? ext['fieldPath'] : null;
    const listed = Array.isArray(ext['problems']) ? ext['problems'].filter(isFieldProblem) : [];
    const single = fieldPath && messages ? [{ fieldPath, messages }] : [];
    return {
      kind: 'server',
      code: typeof ext['code'] === 'string' ? ext['code'] : 'UNKNOWN',
      messages,
      fieldPath,
      problems: listed.length > 0 ? listed : single,
    };
  }
  if (error?.networkError) return { kind: 'network' };
  return { kind: 'unknown' };
}

/** The message to show in `locale`. */
export function errorMessage(error: AppError, locale: AppLocale, generic: GenericMessages): string {
  switch (error.kind) {
    case 'server':
      return error.messages ? pickLocalized(error.messages, locale) : generic.unknown;
    case 'network':
      return generic.network;
    case 'unknown':
      return generic.unknown;
  }
}

/**
 * The error's field problems under `base`, keyed by the rest of the path, dotted
 * (`["input", "name", "zh"]` under `["input"]` → `"name.zh"`). The first problem of a field wins.
 */
export function problemsBelow(error: AppError, base: FieldPath): Map<string, Localized> {
  const out = new Map<string, Localized>();
  if (error.kind !== 'server') return out;
  for (const { fieldPath, messages } of error.problems) {
    if (fieldPath.length <= base.length || !base.every((segment, i) => fieldPath[i] === segment)) continue;
    const key = fieldPath.slice(base.length).join('.');
    if (!out.has(key)) out.set(key, messages);
  }
  return out;
}

/** A form's fields with the server's message for each offending one. */
export type FieldMessages<F extends string> = Partial<Record<F, Localized>>;

/**
 * Maps an error's problems under `base` onto form fields: `fields` maps a dotted path below `base`
 * (e.g. `"name.zh"`) to the form field showing it. Problems on fields the form lacks are left out.
 */
export function fieldMessages<F extends string>(
  error: AppError,
  base: FieldPath,
  fields: ReadonlyMap<string, F>,
): FieldMessages<F> {
  const out: FieldMessages<F> = {};
  for (const [path, messages] of problemsBelow(error, base)) {
    const field = fields.get(path);
    if (field !== undefined && out[field] === undefined) out[field] = messages;
  }
  return out;
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['zh'] === 'string' && typeof record['en'] === 'string';
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return isFieldPath(record['fieldPath']) && isLocalized(record['messages']);
}

function isFieldPath(value: unknown): value is FieldPath {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((segment) => typeof segment === 'string' || typeof segment === 'number')
  );
}
