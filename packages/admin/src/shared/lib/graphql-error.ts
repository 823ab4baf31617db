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

export type AppError =
  | { kind: 'server'; code: string; messages: Localized | null; fieldPath: FieldPath | null }
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
    return {
      kind: 'server',
      code: typeof ext['code'] === 'string' ? ext['code'] : 'UNKNOWN',
      messages: isLocalized(ext['messages']) ? ext['messages'] : null,
      fieldPath: isFieldPath(ext['fieldPath']) ? ext['fieldPath'] : null,
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
 * The part of the error's field path below `base`, dotted (`["input", "name", "zh"]` below
 * `["input"]` → `"name.zh"`); null when the error names no field under `base`.
 */
export function fieldBelow(error: AppError, base: FieldPath): string | null {
  if (error.kind !== 'server' || !error.fieldPath) return null;
  const path = error.fieldPath;
  if (path.length <= base.length || !base.every((segment, i) => path[i] === segment)) return null;
  return path.slice(base.length).join('.');
}

function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record['zh'] === 'string' && typeof record['en'] === 'string';
}

function isFieldPath(value: unknown): value is FieldPath {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((segment) => typeof segment === 'string' || typeof segment === 'number')
  );
}
