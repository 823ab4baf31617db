/**
 * A server's refusal of a form (FORM_INVALID and the like) by the form's field names: the engine's
 * problems carry paths like `["data", "mobile"]` or `["data", "files", 1]`; the field is the path's
 * first segment that names one of the form's fields. Pure.
 */
import type { AppError } from '../../../shared/lib/graphql-error';
import type { Localized } from '../../../shared/lib/locale';

export function formFieldProblems(error: AppError, fieldNames: readonly string[]): Map<string, Localized> {
  const out = new Map<string, Localized>();
  if (error.kind !== 'server') return out;
  for (const { fieldPath, messages } of error.problems) {
    const name = fieldPath.find((segment) => typeof segment === 'string' && fieldNames.includes(segment));
    if (typeof name === 'string' && !out.has(name)) out.set(name, messages);
  }
  return out;
}
