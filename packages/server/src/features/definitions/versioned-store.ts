/**
 * The versioned-definition store: drafts and published versions of one family (flow templates,
 * surveys) as two append-only collections, arbitrated by their unique indexes.
 *
 * - A save reads the newest draft revision n, refuses unless the editor's base revision is n, and
 *   inserts n + 1. Of two concurrent saves on n exactly one insert wins; the other hits the unique
 *   index and becomes CONFLICT. Nothing is ever overwritten.
 * - A publication inserts version m + 1 the same way; its bundle is built (stamped and validated)
 *   by the family before the insert, so a refused publication writes nothing.
 * - The header document's projections (newest draft revision, newest version) are written after the
 *   append and recomputed from the append-only collections by `syncProjection`, which is also the
 *   repair. No decision reads them: FerretDB's updates are read-modify-write, so two concurrent
 *   projection updates may leave a stale value until the next sync.
 */
import { Types } from 'mongoose';
import type { Messages } from '../../errors/app-error';
import { isDuplicateKeyError } from '../../errors/app-error';
import { actorName, type Viewer } from '../access';
import { contentHash } from './canonical-json';
import { cacheOf, findImmutable, remember } from './immutable-cache';
import {
  draftId,
  versionId,
  type DraftDoc,
  type DraftModel,
  type VersionDoc,
  type VersionModel,
} from './definition.model';
import {
  badRevision,
  definitionNotFound,
  keyTaken,
  nothingChanged,
  staleRevision,
  versionTaken,
} from './definition.errors';

export type JsonRecord = Record<string, unknown>;

export interface StoreCollections {
  drafts: DraftModel;
  versions: VersionModel;
  /** The header's projections, as hints for finding the newest draft and version (null: no header). */
  hint(key: string): Promise<{ draftRevision: number; latestVersion: number } | null>;
  /** Writes the projections onto the family's header document. */
  project(key: string, projection: { draftRevision: number; latestVersion: number }): Promise<void>;
}

export interface PublishRequest {
  /** Builds the bundle of version `version` (stamps it, validates it); throws (or rejects) to refuse. */
  build(version: number): JsonRecord | Promise<JsonRecord>;
  releaseNotes: string | null;
  fromRevision: number | null;
  restoredFrom: number | null;
}

/** The saver or publisher: a user id for `User` links, and the audit name. */
function identity(viewer: Viewer): { id: Types.ObjectId | null; name: string } {
  const id =
    viewer.kind === 'user' && Types.ObjectId.isValid(viewer.userId)
      ? new Types.ObjectId(viewer.userId)
      : null;
  return { id, name: actorName(viewer) };
}

/** Parsed definitions per stored document: versions and draft revisions never change once written. */
const parsed = new WeakMap<object, JsonRecord>();

export function definitionOf(doc: DraftDoc | VersionDoc): JsonRecord {
  let value = parsed.get(doc);
  if (!value) {
    value = JSON.parse(doc.definitionJson) as JsonRecord;
    parsed.set(doc, value);
  }
  return value;
}

export class VersionedDefinitionStore {
  constructor(
    private readonly collections: StoreCollections,
    /** The family's noun, for messages: { zh: '流程模板', en: 'flow template' }. */
    private readonly entity: Messages,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async latestDraft(key: string): Promise<DraftDoc | null> {
    const seen = cacheOf(this.collections.drafts).highestSeen(key);
    const start = seen ?? (await this.collections.hint(key))?.draftRevision ?? 0;
    return newest(
      start,
      (n) => this.draft(key, n),
      () => this.collections.drafts.findOne({ key }).sort({ revision: -1 }).lean<DraftDoc>().exec(),
    );
  }

  draft(key: string, revision: number): Promise<DraftDoc | null> {
    if (!Number.isInteger(revision) || revision < 1) return Promise.resolve(null);
    return findImmutable(this.collections.drafts, draftId(key, revision), key, revision);
  }

  async latestVersion(key: string): Promise<VersionDoc | null> {
    const seen = cacheOf(this.collections.versions).highestSeen(key);
    const start = seen ?? (await this.collections.hint(key))?.latestVersion ?? 0;
    return newest(
      start,
      (n) => this.version(key, n),
      () => this.collections.versions.findOne({ key }).sort({ version: -1 }).lean<VersionDoc>().exec(),
    );
  }

  version(key: string, version: number): Promise<VersionDoc | null> {
    if (!Number.isInteger(version) || version < 1) return Promise.resolve(null);
    return findImmutable(this.collections.versions, versionId(key, version), key, version);
  }

  /** Newest first. */
  versions(key: string): Promise<VersionDoc[]> {
    return this.collections.versions.find({ key }).sort({ version: -1 }).lean<VersionDoc[]>().exec();
  }

  /** The newest draft if its revision is `baseRevision`; otherwise CONFLICT naming the current one. */
  async requireCurrentDraft(key: string, baseRevision: number): Promise<DraftDoc | null> {
    checkRevision(baseRevision);
    const current = await this.latestDraft(key);
    const currentRevision = current?.revision ?? 0;
    if (currentRevision !== baseRevision)
      throw staleRevision(this.entity, key, baseRevision, currentRevision);
    return current;
  }

  /** Appends draft revision `baseRevision + 1`; CONFLICT when `baseRevision` is not the newest. */
  async appendDraft(
    viewer: Viewer,
    key: string,
    baseRevision: number,
    definition: JsonRecord,
  ): Promise<DraftDoc> {
    await this.requireCurrentDraft(key, baseRevision);
    const who = identity(viewer);
    let saved: DraftDoc;
    try {
      const doc = await this.collections.drafts.create({
        _id: draftId(key, baseRevision + 1),
        key,
        revision: baseRevision + 1,
        definitionJson: JSON.stringify(definition),
        savedAt: this.now(),
        savedById: who.id,
        savedBy: who.name,
      });
      saved = doc.toObject<DraftDoc>();
      remember(this.collections.drafts, saved._id, saved, key, saved.revision);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      const current = await this.latestDraft(key);
      throw staleRevision(this.entity, key, baseRevision, current?.revision ?? baseRevision + 1);
    }
    await this.syncProjection(key);
    return saved;
  }

  /** Inserts the next version; refuses an unchanged bundle and loses cleanly to a concurrent publisher. */
  async publish(viewer: Viewer, key: string, request: PublishRequest): Promise<VersionDoc> {
    const latest = await this.latestVersion(key);
    const version = (latest?.version ?? 0) + 1;
    const bundle = await request.build(version);
    const hash = contentHash(bundle);
    if (latest && latest.contentHash === hash) throw nothingChanged(this.entity, key, latest.version);
    const who = identity(viewer);
    let published: VersionDoc;
    try {
      const doc = await this.collections.versions.create({
        _id: versionId(key, version),
        key,
        version,
        definitionJson: JSON.stringify(bundle),
        contentHash: hash,
        releaseNotes: request.releaseNotes,
        publishedAt: this.now(),
        publishedById: who.id,
        publishedBy: who.name,
        fromRevision: request.fromRevision,
        restoredFrom: request.restoredFrom,
      });
      published = doc.toObject<VersionDoc>();
      remember(this.collections.versions, published._id, published, key, published.version);
    } catch (err) {
      if (isDuplicateKeyError(err)) throw versionTaken(this.entity, key, version);
      throw err;
    }
    await this.syncProjection(key);
    return published;
  }

  /**
   * Creates a template or survey: its header (whose unique key decides concurrent creates) and draft
   * revision 1. Should the process die in between, the header exists without a draft; a save on
   * revision 0 gives it one.
   */
  async create(
    viewer: Viewer,
    key: string,
    insertHeader: () => Promise<unknown>,
    draft: JsonRecord,
    keyPath: readonly (string | number)[],
  ): Promise<DraftDoc> {
    try {
      await insertHeader();
    } catch (err) {
      if (isDuplicateKeyError(err)) throw keyTaken(this.entity, key, keyPath, err);
      throw err;
    }
    return this.appendDraft(viewer, key, 0, draft);
  }

  /**
   * Publishes draft revision `baseRevision`, which must be the newest (CONFLICT otherwise). Drafts are
   * append-only, so what is published is exactly the revision the editor saw, even if a save lands
   * meanwhile. `build` stamps and validates the bundle and throws to refuse.
   */
  async publishDraft(
    viewer: Viewer,
    key: string,
    baseRevision: number,
    build: (definition: JsonRecord, version: number) => JsonRecord | Promise<JsonRecord>,
    releaseNotes: string | null,
  ): Promise<{ draft: DraftDoc; version: VersionDoc }> {
    const draft = await this.requireCurrentDraft(key, baseRevision);
    // Revision 0 is current only for a header whose first draft never landed: nothing to publish.
    if (!draft) throw definitionNotFound(this.entity, key, ['baseRevision']);
    const definition = definitionOf(draft);
    const version = await this.publish(viewer, key, {
      build: (n) => build(definition, n),
      releaseNotes,
      fromRevision: draft.revision,
      restoredFrom: null,
    });
    return { draft, version };
  }

  /** Recomputes the header's projections from the append-only collections (after writes; repair). */
  async syncProjection(key: string): Promise<{ draftRevision: number; latestVersion: number }> {
    const [draft, version] = await Promise.all([this.latestDraft(key), this.latestVersion(key)]);
    const projection = { draftRevision: draft?.revision ?? 0, latestVersion: version?.version ?? 0 };
    await this.collections.project(key, projection);
    return projection;
  }
}

/**
 * The newest entry of an append-only log numbered 1, 2, 3 … without gaps, found by `_id` lookups from
 * a lower bound: the highest number this process has seen, else the header's projection. Both can lag
 * (the projection after a concurrent writer's stale update) but never run ahead — entries are never
 * removed — so walking forward from them ends at the true newest, usually after one lookup that
 * misses. Should a bound ever name a missing entry (a hand-edited header), the sorted query decides.
 */
async function newest<T>(
  hint: number,
  at: (n: number) => Promise<T | null>,
  sortedQuery: () => Promise<T | null>,
): Promise<T | null> {
  let current: T | null = null;
  if (hint > 0) {
    current = await at(hint);
    if (!current) return sortedQuery();
  }
  for (let n = hint + 1; ; n++) {
    const next = await at(n);
    if (!next) return current;
    current = next;
  }
}

export function checkRevision(revision: number, fieldPath: readonly string[] = ['baseRevision']): void {
  if (!Number.isInteger(revision) || revision < 0) throw badRevision(fieldPath);
}
