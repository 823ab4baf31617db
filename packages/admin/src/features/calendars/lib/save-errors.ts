/**
 * Where the save dialog shows a server error: a problem with `reason` under the reason field, a problem
 * with the year's days (`input.*`) above the preview; anything else as a toast. Pure.
 */
import type { AppError, FieldMessages } from '../../../shared/lib/graphql-error';

export type SaveField = 'reason' | 'days';

export function saveFormErrors(error: AppError): FieldMessages<SaveField> {
  const out: FieldMessages<SaveField> = {};
  if (error.kind !== 'server') return out;
  for (const { fieldPath, messages } of error.problems) {
    const field: SaveField | null =
      fieldPath[0] === 'reason' ? 'reason' : fieldPath[0] === 'input' ? 'days' : null;
    if (field && !out[field]) out[field] = messages;
  }
  return out;
}
