/**
 * Survey use cases: reads, create, save draft, publish with release notes, roll back — on the same versioned-definition store as
 * flow templates (append-only drafts and versions, unique-index arbitrated, CONFLICT on a stale
 * revision, "nothing changed" refused), with the engine's form format and validator.
 */
import { trusted } from 'mongoose';
import { z } from 'zod';
import type { Models } from '../../db/models';
import type { Page } from '../../graphql/pagination';
import type { Viewer } from '../access';
import { ConfigAuditService } from '../audit';
import { localizedTextInput, parseInput } from '../complaint-categories/complaint-category.input';
import type { Messages } from '../../errors/app-error';
import type { DraftDoc, VersionDoc } from '../definitions';
import { definitionInvalid, definitionNotFound, nothingChanged, versionNotFound } from '../definitions';
import { definitionKey, isDefinitionKey, releaseNotesInput } from '../definitions';
import { pageFromDatabase } from '../definitions';
import { checkRevision, definitionOf, VersionedDefinitionStore, type JsonRecord } from '../definitions';
import { hasErrors } from '../definitions';
import { checkSurveyDefinition, readSurveyDefinition } from './survey-definition.checks';
import { surveyArchived } from './survey.errors';
import type { SurveyArchiveRecord, SurveyDoc } from './survey.model';

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

/** The bundle of a survey version: the definition with its key, refused with every problem if invalid. */
function publishableSurvey(definition: JsonRecord, key: string): JsonRecord {
  const bundle = { ...definition, key };
  const problems = checkSurveyDefinition(bundle, true);
  if (hasErrors(problems)) throw definitionInvalid(problems, null);
  return bundle;
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

  /** By key order, a page at a time; archived surveys only when `includeArchived`. */
  async list(
    first?: number | null,
    after?: string | null,
    includeArchived?: boolean | null,
  ): Promise<Page<SurveyDoc>> {
    const archived = includeArchived ? [] : await this.archivedKeys();
    const filter = archived.length > 0 ? { key: trusted({ $nin: archived }) } : {};
    return pageFromDatabase<SurveyDoc>(
      first,
      after,
      () => this.models.Survey.countDocuments(filter).exec(),
      (skip, limit) =>
        this.models.Survey.find(filter).sort({ key: 1 }).skip(skip).limit(limit).lean<SurveyDoc[]>().exec(),
    );
  }

  /** Keys of the archived surveys (few: retirements, not a growing log). */
  async archivedKeys(): Promise<string[]> {
    const found = await this.models.SurveyArchive.find({}, { _id: 1 }).lean<{ _id: string }[]>().exec();
    return found.map((a) => a._id);
  }

  /** The archive record of a survey, or null when it is not archived. */
  archiveOf(key: string): Promise<SurveyArchiveRecord | null> {
    if (!isDefinitionKey(key)) return Promise.resolve(null);
    return this.models.SurveyArchive.findById(key).lean<SurveyArchiveRecord>().exec();
  }

  async isArchived(key: string): Promise<boolean> {
    return (await this.archiveOf(key)) !== null;
  }

  /** A survey that may change: existing and not archived (else SURVEY_ARCHIVED). */
  async requireOpen(key: string): Promise<SurveyDoc> {
    const survey = await this.require(key);
    if (await this.isArchived(key)) throw surveyArchived(key);
    return survey;
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
    await this.requireOpen(key);
    const draft = draftFromInput(definition, key, ['definition']);
    const saved = await this.store.appendDraft(viewer, key, baseRevision, draft);
    await this.record(viewer, 'survey.save-draft', key, { baseRevision, revision: saved.revision });
    return this.require(key);
  }

  async publish(
    viewer: Viewer,
    key: string,
    baseRevision: number,
    rawNotes?: string | null,
  ): Promise<SurveyDoc> {
    checkRevision(baseRevision);
    const releaseNotes = releaseNotesInput(rawNotes, ['releaseNotes']);
    await this.requireOpen(key);
    const { draft, version } = await this.store.publishDraft(
      viewer,
      key,
      baseRevision,
      (definition) => publishableSurvey(definition, key),
      releaseNotes,
    );
    await this.record(viewer, 'survey.publish', key, {
      version: version.version,
      fromRevision: draft.revision,
      contentHash: version.contentHash,
      releaseNotes,
    });
    return this.require(key);
  }

  /**
   * Publishes version `toVersion`'s definition again as a new version and appends it as the draft
   * (revision `baseRevision + 1`), so the editor continues from what is live. Everything is checked
   * before the first write: the survey, the version, the draft revision, and that the restored
   * definition differs from the newest version. The draft append is the arbiter of a concurrent save.
   */
  async rollback(
    viewer: Viewer,
    key: string,
    toVersion: number,
    baseRevision: number,
    rawNotes?: string | null,
  ): Promise<SurveyDoc> {
    checkRevision(baseRevision);
    const notes = releaseNotesInput(rawNotes, ['releaseNotes']);
    await this.requireOpen(key);
    const source = await this.requireVersion(key, toVersion, ['toVersion']);
    await this.store.requireCurrentDraft(key, baseRevision);
    const latest = await this.store.latestVersion(key);
    if (latest && latest.contentHash === source.contentHash)
      throw nothingChanged(SURVEY_ENTITY, key, latest.version);
    const restored = definitionOf(source);
    const draft = await this.store.appendDraft(viewer, key, baseRevision, restored);
    const releaseNotes = `回滚至第 ${toVersion} 版 / Rolled back to version ${toVersion}${notes ? `: ${notes}` : ''}`;
    const version = await this.store.publish(viewer, key, {
      build: () => publishableSurvey(restored, key),
      releaseNotes,
      fromRevision: draft.revision,
      restoredFrom: toVersion,
    });
    await this.record(viewer, 'survey.rollback', key, {
      version: version.version,
      restoredFrom: toVersion,
      draftRevision: draft.revision,
      contentHash: version.contentHash,
      releaseNotes,
    });
    return this.require(key);
  }

  /** Published versions, newest first. */
  versions(key: string): Promise<VersionDoc[]> {
    return this.store.versions(key);
  }

  async requireVersion(key: string, version: number, fieldPath: FieldPath): Promise<VersionDoc> {
    const found = isDefinitionKey(key) ? await this.store.version(key, version) : null;
    if (!found) throw versionNotFound(SURVEY_ENTITY, key, version, fieldPath);
    return found;
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
    action: SurveyAuditAction,
    key: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return recordSurveyChange(this.models, viewer, action, key, details);
  }
}

export type SurveyAuditAction =
  | 'survey.create'
  | 'survey.save-draft'
  | 'survey.publish'
  | 'survey.rollback'
  | 'survey.archive'
  | 'survey.restore';

/** One entry of the configuration audit log about a survey. */
export function recordSurveyChange(
  models: Models,
  viewer: Viewer,
  action: SurveyAuditAction,
  key: string,
  details: Record<string, unknown>,
): Promise<void> {
  return new ConfigAuditService(models.ConfigAudit).record(viewer, {
    action,
    entityType: SURVEY_ENTITY_TYPE,
    entityKey: key,
    details,
  });
}
