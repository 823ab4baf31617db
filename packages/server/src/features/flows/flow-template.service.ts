/**
 * Flow-template use cases: reads, create, save draft, publish, roll back, archive. Drafts and versions
 * live in the versioned-definition store (append-only, unique-index arbitrated); this service adds
 * what is particular to flows: names, kind, seeds, the engine's validation and the archived flag.
 *
 * Every mutation checks all of its input before its first write, and records itself in the config
 * audit log after the write.
 */
import type { FlowDefinition } from '@parley/engine';
import type { Models } from '../../db/models';
import type { Page } from '../../graphql/pagination';
import { actorName, type Viewer } from '../access';
import { isDuplicateKeyError } from '../../errors/app-error';
import { findImmutable } from '../definitions';
import { parseInput } from '../complaint-categories/complaint-category.input';
import type { DraftDoc, VersionDoc } from '../definitions';
import { definitionInvalid, definitionNotFound, versionNotFound } from '../definitions';
import { pageFromDatabase } from '../definitions';
import { checkRevision, definitionOf, VersionedDefinitionStore, type JsonRecord } from '../definitions';
import {
  hasErrors,
  readFlowDefinition,
  validateFlowDefinition,
  withHolderWarnings,
} from './flow-definition.checks';
import { recordFlowChange } from './flow.audit';
import { alreadyArchived, archivedTemplate, FLOW_ENTITY, unknownSeed } from './flow.errors';
import { scratchDefinition } from './flow-scratch';
import { createFlowTemplateInput } from './flow-template.input';
import { isDefinitionKey, releaseNotesInput } from '../definitions';
import type { FlowArchiveRecord, FlowKindValue, FlowTemplateDoc } from './flow-template.model';
import { seedTemplate } from './seed-templates';
import { SurveyRefs } from '../surveys';

type FieldPath = readonly (string | number)[];

export function flowStore(models: Models): VersionedDefinitionStore {
  return new VersionedDefinitionStore(
    {
      drafts: models.FlowDraft,
      versions: models.FlowVersion,
      hint: (key) =>
        models.FlowTemplate.findById(key, { draftRevision: 1, latestVersion: 1 })
          .lean<{ draftRevision: number; latestVersion: number }>()
          .exec(),
      project: async (key, projection) => {
        await models.FlowTemplate.updateOne({ _id: key }, { $set: projection }).exec();
      },
    },
    FLOW_ENTITY,
  );
}

/**
 * A definition from the request, ready to be stored as a draft of `key`: a flow definition in outline
 * (else DEFINITION_INVALID pointing into `fieldPath`), with the template's key stamped in.
 */
export function draftFromInput(json: unknown, key: string, fieldPath: FieldPath): JsonRecord {
  const read = readFlowDefinition(json);
  if (!read.ok) throw definitionInvalid(read.problems, fieldPath);
  return { ...(read.definition as unknown as JsonRecord), key };
}

/**
 * The bundle of a version: the definition with key and version stamped in, refused if invalid (the
 * refusal lists every problem, `ROLE_WITHOUT_HOLDER` warnings included; those alone never refuse).
 * Published surveys it refers to must exist and be published; `pin: 'publish'` references get the
 * survey's current version (`surveys: 'pin'`), or keep the one they record (`'keep'`, a roll back).
 */
export async function publishableBundle(
  models: Models,
  definition: JsonRecord,
  key: string,
  version: number,
  surveys: 'pin' | 'keep' = 'pin',
): Promise<JsonRecord> {
  const read = readFlowDefinition({ ...definition, key, version });
  const problems = read.ok ? validateFlowDefinition(read.definition) : read.problems;
  let bundle: JsonRecord = { ...definition, key, version };
  if (read.ok && !hasErrors(problems)) {
    const refs = await new SurveyRefs(models).pinForPublication(
      bundle,
      surveys === 'pin' ? 'publish' : 'keep',
    );
    bundle = refs.definition;
    problems.push(...refs.problems);
  }
  if (hasErrors(problems))
    throw definitionInvalid(
      read.ok ? await withHolderWarnings(models, read.definition, problems) : problems,
      null,
    );
  return bundle;
}

export class FlowTemplateService {
  readonly store: VersionedDefinitionStore;

  constructor(private readonly models: Models) {
    this.store = flowStore(models);
  }

  /** By key order, a page at a time. */
  list(
    kind: FlowKindValue | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<FlowTemplateDoc>> {
    const filter = kind ? { kind } : {};
    return pageFromDatabase<FlowTemplateDoc>(
      first,
      after,
      () => this.models.FlowTemplate.countDocuments(filter).exec(),
      (skip, limit) =>
        this.models.FlowTemplate.find(filter)
          .sort({ key: 1 })
          .skip(skip)
          .limit(limit)
          .lean<FlowTemplateDoc[]>()
          .exec(),
    );
  }

  byKey(key: string): Promise<FlowTemplateDoc | null> {
    if (!isDefinitionKey(key)) return Promise.resolve(null);
    return this.models.FlowTemplate.findById(key).lean<FlowTemplateDoc>().exec();
  }

  async require(key: string, fieldPath: FieldPath = ['key']): Promise<FlowTemplateDoc> {
    const found = await this.byKey(key);
    if (!found) throw definitionNotFound(FLOW_ENTITY, key, fieldPath);
    return found;
  }

  /** A template that may still change: existing and not archived. */
  private async requireOpen(key: string): Promise<FlowTemplateDoc> {
    const template = await this.require(key);
    if (await this.isArchived(key)) throw archivedTemplate(key, ['key']);
    return template;
  }

  /** From the archive record (the truth); archiving is final, so a yes is cached for good. */
  async isArchived(key: string): Promise<boolean> {
    return (await findImmutable(this.models.FlowArchive, key, key, 1)) !== null;
  }

  /** The newest published version, or a given one; null when there is none. */
  async version(key: string, version?: number | null): Promise<VersionDoc | null> {
    if (!isDefinitionKey(key)) return null;
    return version == null ? this.store.latestVersion(key) : this.store.version(key, version);
  }

  async requireVersion(key: string, version: number, fieldPath: FieldPath): Promise<VersionDoc> {
    const found = await this.store.version(key, version);
    if (!found) throw versionNotFound(FLOW_ENTITY, key, version, fieldPath);
    return found;
  }

  async create(viewer: Viewer, raw: unknown): Promise<FlowTemplateDoc> {
    const input = parseInput(createFlowTemplateInput, raw, ['input']);
    let draft: JsonRecord;
    if (input.fromSeed) {
      const seed = seedTemplate(input.fromSeed);
      if (!seed) throw unknownSeed(input.fromSeed, ['input', 'fromSeed']);
      draft = {
        ...(structuredClone(seed.definition) as unknown as JsonRecord),
        key: input.key,
        name: input.name,
      };
    } else if (input.definition != null) {
      draft = draftFromInput(input.definition, input.key, ['input', 'definition']);
    } else {
      draft = scratchDefinition(input.key, input.name);
    }
    const template = await this.insertTemplate(viewer, input.key, input.name, input.kind, draft, [
      'input',
      'key',
    ]);
    await recordFlowChange(this.models, viewer, 'flow.create', input.key, {
      name: input.name,
      kind: input.kind,
      from: input.fromSeed ? { seed: input.fromSeed } : input.definition != null ? 'definition' : 'scratch',
      draftRevision: 1,
    });
    return template;
  }

  /** Inserts the template with `draft` as revision 1 (shared by create and import). */
  async insertTemplate(
    viewer: Viewer,
    key: string,
    name: { zh: string; en: string },
    kind: FlowKindValue,
    draft: JsonRecord,
    keyPath: FieldPath,
  ): Promise<FlowTemplateDoc> {
    await this.store.create(
      viewer,
      key,
      () => this.models.FlowTemplate.create({ _id: key, key, name, kind, archived: false, archivedAt: null }),
      draft,
      keyPath,
    );
    return this.require(key);
  }

  async saveDraft(viewer: Viewer, key: string, baseRevision: number, definition: unknown): Promise<DraftDoc> {
    checkRevision(baseRevision);
    await this.requireOpen(key);
    const draft = draftFromInput(definition, key, ['definition']);
    const saved = await this.store.appendDraft(viewer, key, baseRevision, draft);
    await recordFlowChange(this.models, viewer, 'flow.save-draft', key, {
      baseRevision,
      revision: saved.revision,
    });
    return saved;
  }

  async publish(
    viewer: Viewer,
    key: string,
    baseRevision: number,
    rawNotes: string | null | undefined,
  ): Promise<VersionDoc> {
    checkRevision(baseRevision);
    const releaseNotes = releaseNotesInput(rawNotes, ['releaseNotes']);
    await this.requireOpen(key);
    const { draft, version } = await this.store.publishDraft(
      viewer,
      key,
      baseRevision,
      (definition, n) => publishableBundle(this.models, definition, key, n),
      releaseNotes,
    );
    await recordFlowChange(this.models, viewer, 'flow.publish', key, {
      version: version.version,
      fromRevision: draft.revision,
      contentHash: version.contentHash,
      releaseNotes,
    });
    return version;
  }

  /** Publishes version `toVersion`'s bundle again as a new version; the draft is left as it is. */
  async rollback(
    viewer: Viewer,
    key: string,
    toVersion: number,
    rawNotes: string | null | undefined,
  ): Promise<VersionDoc> {
    const notes = releaseNotesInput(rawNotes, ['releaseNotes']);
    await this.requireOpen(key);
    const source = await this.requireVersion(key, toVersion, ['toVersion']);
    const restored = definitionOf(source);
    const releaseNotes = `回滚至第 ${toVersion} 版 / Rolled back to version ${toVersion}${notes ? `: ${notes}` : ''}`;
    const version = await this.store.publish(viewer, key, {
      build: (n) => publishableBundle(this.models, restored, key, n, 'keep'),
      releaseNotes,
      fromRevision: null,
      restoredFrom: toVersion,
    });
    await recordFlowChange(this.models, viewer, 'flow.rollback', key, {
      version: version.version,
      restoredFrom: toVersion,
      contentHash: version.contentHash,
      releaseNotes,
    });
    return version;
  }

  /**
   * No new cases start on an archived template; running cases continue. Archiving is final: the
   * archive record's unique `_id` decides a concurrent second archive, which is refused.
   */
  async archive(viewer: Viewer, key: string): Promise<FlowTemplateDoc> {
    await this.require(key);
    const archivedAt = new Date();
    try {
      await this.models.FlowArchive.create({ _id: key, archivedAt, archivedBy: actorName(viewer) });
    } catch (err) {
      if (isDuplicateKeyError(err)) throw alreadyArchived(key);
      throw err;
    }
    await this.syncArchived(key);
    await recordFlowChange(this.models, viewer, 'flow.archive', key, {
      archivedAt: archivedAt.toISOString(),
    });
    return this.require(key);
  }

  /** Copies the archive record onto the header (a projection, for listings). */
  private async syncArchived(key: string): Promise<void> {
    const record = await this.models.FlowArchive.findById(key).lean<FlowArchiveRecord>().exec();
    await this.models.FlowTemplate.updateOne(
      { _id: key },
      { $set: { archived: record !== null, archivedAt: record?.archivedAt ?? null } },
    ).exec();
  }

  /** Recomputes every template's projections from the append-only collections; returns how many. */
  async repairProjections(): Promise<number> {
    const headers = await this.models.FlowTemplate.find({}, { _id: 1 }).lean<{ _id: string }[]>().exec();
    const keys = headers.map((h) => h._id);
    for (const key of keys) {
      await this.store.syncProjection(key);
      await this.syncArchived(key);
    }
    return keys.length;
  }

  /** The parsed bundle of a stored version or draft. */
  static definition(doc: DraftDoc | VersionDoc): FlowDefinition {
    return definitionOf(doc) as unknown as FlowDefinition;
  }
}
