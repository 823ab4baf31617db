/**
 * Survey use cases: reads, create, save draft, publish — on the same versioned-definition store as
 * flow templates (append-only drafts and versions, unique-index arbitrated, CONFLICT on a stale
 * revision, "nothing changed" refused), with the engine's form format and validator.
 */
import { z } from 'zod';
import type { Models } from '../../db/models';
import type { Page } from '../../graphql/pagination';
import type { Viewer } from '../access/viewer';
import { ConfigAuditService } from '../audit/config-audit.service';
import { localizedTextInput, parseInput } from '../complaint-categories/complaint-category.input';
import type { Messages } from '../../errors/app-error';
import type { DraftDoc, VersionDoc } from '../definitions/definition.model';
import { definitionInvalid, definitionNotFound } from '../definitions/definition.errors';
import { definitionKey, isDefinitionKey } from '../definitions/definition.input';
import { pageFromDatabase } from '../definitions/definition-page';
import { checkRevision, VersionedDefinitionStore, type JsonRecord } from '../definitions/versioned-store';
import { hasErrors } from '../definitions/problem-path';
import { checkSurveyDefinition, readSurveyDefinition } from './survey-definition.checks';
import type { SurveyDoc } from './survey.model';

export const SURVEY_ENTITY: Messages = { zh: '满意度调查', en: 'survey' };
export const SURVEY_ENTITY_TYPE = 'Survey';

type FieldPath = readonly (string | number)[];

const createSurveyInput = z.object({
  key: definitionKey,
  title: localizedTextInput,
  definition: z.unknown().optional(),
});

/** A definition from the request, ready to be a draft of `key`: outline checked, key stamped in. */
function draftFromInput(json: unknown, key: string, fieldPath: FieldPath): JsonRecord {
  const read = readSurveyDefinition(json);
  if (!read.ok) throw definitionInvalid(read.problems, fieldPath);
  return { ...(json as JsonRecord), key };
}

export class SurveyService {
  readonly store: VersionedDefinitionStore;

  constructor(private readonly models: Models) {
    this.store = new VersionedDefinitionStore(
      {
        drafts: models.SurveyDraft,
        versions: models.SurveyVersion,
        hint: (key) =>
          models.Survey.findById(key, { draftRevision: 1, latestVersion: 1 })
            .lean<{ draftRevision: number; latestVersion: number }>()
            .exec(),
        project: async (key, projection) => {
          await models.Survey.updateOne({ _id: key }, { $set: projection }).exec();
        },
      },
      SURVEY_ENTITY,
    );
  }

  list(first?: number | null, after?: string | null): Promise<Page<SurveyDoc>> {
    return pageFromDatabase<SurveyDoc>(
      first,
      after,
      () => this.models.Survey.countDocuments({}).exec(),
      (skip, limit) =>
        this.models.Survey.find({}).sort({ key: 1 }).skip(skip).limit(limit).lean<SurveyDoc[]>().exec(),
    );
  }

  byKey(key: string): Promise<SurveyDoc | null> {
    if (!isDefinitionKey(key)) return Promise.resolve(null);
    return this.models.Survey.findById(key).lean<SurveyDoc>().exec();
  }

  async require(key: string): Promise<SurveyDoc> {
    const found = await this.byKey(key);
    if (!found) throw definitionNotFound(SURVEY_ENTITY, key, ['key']);
    return found;
  }

  async create(viewer: Viewer, raw: unknown): Promise<SurveyDoc> {
    const input = parseInput(createSurveyInput, raw, ['input']);
    const draft =
      input.definition != null
        ? draftFromInput(input.definition, input.key, ['input', 'definition'])
        : { key: input.key, title: input.title, elements: [] };
    await this.store.create(
      viewer,
      input.key,
      () => this.models.Survey.create({ _id: input.key, key: input.key, title: input.title }),
      draft,
      ['input', 'key'],
    );
    await this.record(viewer, 'survey.create', input.key, { title: input.title, draftRevision: 1 });
    return this.require(input.key);
  }

  async saveDraft(
    viewer: Viewer,
    key: string,
    baseRevision: number,
    definition: unknown,
  ): Promise<SurveyDoc> {
    checkRevision(baseRevision);
    await this.require(key);
    const draft = draftFromInput(definition, key, ['definition']);
    const saved = await this.store.appendDraft(viewer, key, baseRevision, draft);
    await this.record(viewer, 'survey.save-draft', key, { baseRevision, revision: saved.revision });
    return this.require(key);
  }

  async publish(viewer: Viewer, key: string, baseRevision: number): Promise<SurveyDoc> {
    checkRevision(baseRevision);
    await this.require(key);
    const { draft, version } = await this.store.publishDraft(
      viewer,
      key,
      baseRevision,
      (definition) => {
        const bundle = { ...definition, key };
        const problems = checkSurveyDefinition(bundle, true);
        if (hasErrors(problems)) throw definitionInvalid(problems, null);
        return bundle;
      },
      null,
    );
    await this.record(viewer, 'survey.publish', key, {
      version: version.version,
      fromRevision: draft.revision,
      contentHash: version.contentHash,
    });
    return this.require(key);
  }

  /** Recomputes every survey's projections from the append-only collections; returns how many. */
  async repairProjections(): Promise<number> {
    const headers = await this.models.Survey.find({}, { _id: 1 }).lean<{ _id: string }[]>().exec();
    const keys = headers.map((h) => h._id);
    for (const key of keys) await this.store.syncProjection(key);
    return keys.length;
  }

  latestDraft(key: string): Promise<DraftDoc | null> {
    return this.store.latestDraft(key);
  }

  latestVersion(key: string): Promise<VersionDoc | null> {
    return this.store.latestVersion(key);
  }

  private record(
    viewer: Viewer,
    action: 'survey.create' | 'survey.save-draft' | 'survey.publish',
    key: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return new ConfigAuditService(this.models.ConfigAudit).record(viewer, {
      action,
      entityType: SURVEY_ENTITY_TYPE,
      entityKey: key,
      details,
    });
  }
}
