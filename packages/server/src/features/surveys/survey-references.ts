/**
 * Which flows refer to a survey by key (`{ surveyKey, pin }`): the published flow versions that name it,
 * and the flows whose current draft names it — what archiving the survey affects (`Survey.referencedBy`).
 *
 * Definitions are stored as JSON text (definition.model.ts), so the database narrows the candidates by
 * the text `"surveyKey":"<key>"` and each candidate is then read properly (libraryRefsOf), so a question
 * text that happens to contain those characters never counts.
 */
import type { Models } from '../../db/models';
import type { DraftDoc, VersionDoc } from '../definitions';
import { isDefinitionKey } from '../definitions';
import { definitionOf } from '../definitions';
import { flowStore } from '../flows';
import type { FlowTemplateDoc } from '../flows';
import { libraryRefsOf } from './survey-refs';

export interface SurveyReferenceRow {
  flowKey: string;
  flowName: { zh: string; en: string };
  /** The published flow version; null for the flow's current draft. */
  flowVersion: number | null;
  draftRevision: number | null;
  path: string;
  pin: string;
  pinnedVersion: number | null;
}

export class SurveyReferences {
  constructor(private readonly models: Models) {}

  async of(surveyKey: string): Promise<SurveyReferenceRow[]> {
    if (!isDefinitionKey(surveyKey)) return [];
    // Keys are lower-case letters, digits and hyphens: nothing to escape in the pattern.
    const filter = { definitionJson: new RegExp(`"surveyKey":"${surveyKey}"`) };
    const [versions, drafts] = await Promise.all([
      this.models.FlowVersion.find(filter).sort({ key: 1, version: 1 }).lean<VersionDoc[]>().exec(),
      this.models.FlowDraft.find(filter).sort({ key: 1, revision: 1 }).lean<DraftDoc[]>().exec(),
    ]);
    const store = flowStore(this.models);
    const currentDrafts: DraftDoc[] = [];
    for (const draft of drafts) {
      const latest = await store.latestDraft(draft.key);
      if (latest?.revision === draft.revision) currentDrafts.push(draft);
    }
    const names = new Map<string, { zh: string; en: string }>();
    const nameOf = async (key: string) => {
      if (!names.has(key)) {
        const t = await this.models.FlowTemplate.findById(key, { name: 1 }).lean<FlowTemplateDoc>().exec();
        names.set(key, t ? { zh: t.name.zh, en: t.name.en } : { zh: key, en: key });
      }
      return names.get(key)!;
    };
    const rows: SurveyReferenceRow[] = [];
    const add = async (doc: VersionDoc | DraftDoc, published: boolean) => {
      for (const { ref, path } of await libraryRefsOf(definitionOf(doc))) {
        if (ref.surveyKey !== surveyKey) continue;
        rows.push({
          flowKey: doc.key,
          flowName: await nameOf(doc.key),
          flowVersion: published ? (doc as VersionDoc).version : null,
          draftRevision: published ? null : (doc as DraftDoc).revision,
          path,
          pin: ref.pin,
          pinnedVersion: published && ref.pin === 'publish' ? (ref.version ?? null) : null,
        });
      }
    };
    for (const v of versions) await add(v, true);
    for (const d of currentDrafts) await add(d, false);
    return rows;
  }
}
