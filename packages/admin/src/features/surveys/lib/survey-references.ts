/**
 * What archiving a survey affects, in a form the confirmation can say in words: per flow, the published
 * versions that refer to the survey and whether its current draft does. Pure: no Vue.
 */
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';
export interface SurveyReferenceLike {
  readonly flowKey: string;
  readonly flowName: { readonly zh: string; readonly en: string };
  /** A published flow version; null for the flow's current draft. */
  readonly flowVersion?: number | null;
}

export interface FlowUse {
  flowKey: string;
  flowName: { zh: string; en: string };
  /** Published versions that refer to the survey, ascending, each once. */
  versions: number[];
  /** Whether the flow's current draft refers to it. */
  draft: boolean;
}

export interface ReferenceSummary {
  /** Published flow versions that refer to the survey (a version naming it twice counts once). */
  versionCount: number;
  /** Flows whose current draft refers to it. */
  draftCount: number;
  flows: FlowUse[];
}

export function summariseReferences(refs: readonly SurveyReferenceLike[]): ReferenceSummary {
  const byFlow = new Map<string, FlowUse>();
  for (const ref of refs) {
    let use = byFlow.get(ref.flowKey);
    if (!use) {
      use = { flowKey: ref.flowKey, flowName: { ...ref.flowName }, versions: [], draft: false };
      byFlow.set(ref.flowKey, use);
    }
    if (ref.flowVersion == null) use.draft = true;
    else if (!use.versions.includes(ref.flowVersion)) use.versions.push(ref.flowVersion);
  }
  const flows = [...byFlow.values()].sort((a, b) => a.flowKey.localeCompare(b.flowKey));
  for (const f of flows) f.versions.sort((a, b) => a - b);
  return {
    versionCount: flows.reduce((n, f) => n + f.versions.length, 0),
    draftCount: flows.filter((f) => f.draft).length,
    flows,
  };
}

const ARCHIVE_FIELDS = new Map<string, 'reason'>([['reason', 'reason']]);

/** The server's refusal of an archive, on the dialog's one field (the reason). */
export const archiveSurveyErrors = (error: AppError): FieldMessages<'reason'> =>
  fieldMessages(error, [], ARCHIVE_FIELDS);
