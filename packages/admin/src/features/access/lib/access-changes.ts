/**
 * What a destructive change on the people screens takes away, for its confirmation: the permissions a
 * role's save removes, the members a department's new list drops, and which field of the rename form a
 * server error points at. Pure.
 */
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';
import type { Localized } from '../../../shared/lib/locale';

/** Permissions in `before` that `after` lacks, in `before`'s order. */
export function removedPermissions(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((p) => !kept.has(p));
}

/** Current members whose id is not among the chosen ones, in the current list's order. */
export function removedMembers<M extends { id: string }>(
  current: readonly M[],
  chosenIds: readonly string[],
): M[] {
  const chosen = new Set(chosenIds);
  return current.filter((m) => !chosen.has(m.id));
}

/** Up to `max` items joined by `separator`, then "…" when there are more (the count is said elsewhere). */
export function joinShort(items: readonly string[], separator: string, max = 8): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown}${separator}…` : shown;
}

export interface NameForm {
  nameZh: string;
  nameEn: string;
}
export type NameField = keyof NameForm;

export function nameFormOf(name: Localized): NameForm {
  return { nameZh: name.zh, nameEn: name.en };
}

export function toNameInput(form: NameForm): Localized {
  return { zh: form.nameZh.trim(), en: form.nameEn.trim() };
}

/**
 * The rename form's fields named by a server error: `renameDepartment`/`renameQueue` point at
 * `name.zh`, `updateRole` at `input.name.zh`.
 */
export function nameFormErrors(error: AppError): FieldMessages<NameField> {
  const fields = new Map<string, NameField>([
    ['name.zh', 'nameZh'],
    ['name.en', 'nameEn'],
  ]);
  const direct = fieldMessages(error, [], fields);
  return Object.keys(direct).length > 0 ? direct : fieldMessages(error, ['input'], fields);
}
