/**
 * Input rules shared by every versioned definition (flow templates, surveys): keys and release notes.
 */
import { z } from 'zod';
import type { Messages } from '../../errors/app-error';
import { badInput } from '../../errors/app-error';

/** zod carries one string per issue; ours are JSON-encoded {zh, en} pairs, decoded by parseInput. */
export const msg = (m: Messages) => ({ message: JSON.stringify(m) });

export const KEY_RULE: Messages = {
  zh: '键须为 3–60 个小写字母、数字或 "-"，并以字母开头。',
  en: 'The key must be 3–60 characters of a–z, 0–9 or "-", starting with a letter.',
};
export const KEY_PATTERN = /^[a-z][a-z0-9-]{2,59}$/;

export const definitionKey = z.string().trim().regex(KEY_PATTERN, msg(KEY_RULE));

/** Keys are looked up as given; a malformed one cannot exist, so it is not even queried. */
export function isDefinitionKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

export const RELEASE_NOTES_MAX = 2000;

/** Trimmed release notes; empty means none. */
export function releaseNotesInput(
  value: string | null | undefined,
  fieldPath: readonly string[],
): string | null {
  const notes = value?.trim() ?? '';
  if ([...notes].length > RELEASE_NOTES_MAX) {
    throw badInput(fieldPath, {
      zh: `发布说明不能超过 ${RELEASE_NOTES_MAX} 个字符。`,
      en: `Release notes must be at most ${RELEASE_NOTES_MAX} characters.`,
    });
  }
  return notes || null;
}
