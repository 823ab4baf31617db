/**
 * Pure helpers of the survey picker: where a flow's survey comes from (a form of the flow, or a
 * published survey with a pin policy), switching between the two, and what the choice means in words.
 */
import type { LibrarySurveyRef, SurveyPin, SurveyRef } from '@parley/engine';

export type SurveySource = 'form' | 'library';

export interface LibrarySurvey {
  readonly key: string;
  readonly title: { readonly zh: string; readonly en: string };
  /** The newest published version; null when none is published (it cannot be chosen then). */
  readonly version: number | null;
  /** Archived (retired): it cannot be chosen, and a flow naming it cannot be published. */
  readonly archived?: boolean;
}

/** Whether a survey of the library may be chosen: published and not archived. */
export const choosable = (s: LibrarySurvey): boolean => s.version !== null && s.archived !== true;

export function isLibraryRef(ref: SurveyRef | undefined | null): ref is LibrarySurveyRef {
  return typeof ref === 'object' && ref !== null;
}

export function sourceOf(ref: SurveyRef | undefined | null): SurveySource {
  return isLibraryRef(ref) ? 'library' : 'form';
}

/**
 * The reference after switching the source: back to the flow's first form, or to the first published
 * survey pinned at publication. Nothing to switch to leaves it empty (undefined).
 */
export function switchSource(
  ref: SurveyRef | undefined,
  source: SurveySource,
  formKeys: readonly string[],
  library: readonly LibrarySurvey[],
): SurveyRef | undefined {
  if (sourceOf(ref) === source) return ref;
  if (source === 'form') return formKeys[0];
  const first = library.find(choosable);
  return first ? { surveyKey: first.key, pin: 'publish' } : undefined;
}

/** A published survey chosen: the pin policy is kept; a version pinned for another survey is dropped. */
export function chooseSurvey(ref: SurveyRef | undefined, surveyKey: string): LibrarySurveyRef {
  const pin: SurveyPin = isLibraryRef(ref) ? ref.pin : 'publish';
  if (isLibraryRef(ref) && ref.surveyKey === surveyKey) return ref;
  return { surveyKey, pin };
}

/** Another pin policy; `latest` records no version (the server pins `publish` at publication). */
export function choosePin(ref: LibrarySurveyRef, pin: SurveyPin): LibrarySurveyRef {
  if (ref.pin === pin) return ref;
  return { surveyKey: ref.surveyKey, pin };
}

/** Whether the reference names an archived survey of the library. */
export function archivedRef(ref: SurveyRef | undefined, library: readonly LibrarySurvey[] | null): boolean {
  if (!isLibraryRef(ref) || library === null) return false;
  return library.find((s) => s.key === ref.surveyKey)?.archived === true;
}

/** Whether the reference names a survey missing from the library, or one never published. */
export function unpublished(ref: SurveyRef | undefined, library: readonly LibrarySurvey[] | null): boolean {
  if (!isLibraryRef(ref) || library === null) return false;
  const found = library.find((s) => s.key === ref.surveyKey);
  return !found || found.version === null;
}
