/**
 * The versioned-definition store's collections, shared by flow templates and surveys: an append-only
 * collection of draft revisions and an append-only collection of published versions per family.
 *
 * Concurrency is decided by the unique indexes `(key, revision)` and `(key, version)`: of two writers
 * that read revision n and append n + 1, exactly one insert wins (docs/database.md). Nothing here is
 * ever updated or deleted by the application, so a draft revision or a version, once read, never
 * changes.
 *
 * Documents are addressed by deterministic string ids — `<key>#<revision>`, `<key>@<version>` — so that
 * the hot reads (the newest draft or version, a version by number) are `_id` lookups, which FerretDB
 * answers without scanning the collection (it scans in Go for every other filter on SQLite), and so
 * that the `_id` index itself is a second arbiter of the same uniqueness.
 *
 * Definitions are stored as JSON text, not as sub-documents: a definition may carry keys with `.` or
 * `$` (plug-in options, JSON Logic) that FerretDB v1 refuses, and the author's key order survives.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export const draftId = (key: string, revision: number): string => `${key}#${revision}`;
export const versionId = (key: string, version: number): string => `${key}@${version}`;

export interface DraftRecord {
  /** `draftId(key, revision)`. */
  _id: string;
  /** Key of the template or survey the draft belongs to. */
  key: string;
  /** 1, 2, 3 … without gaps per key. */
  revision: number;
  definitionJson: string;
  savedAt: Date;
  /** The user who saved it; null for API clients and the system. */
  savedById: Types.ObjectId | null;
  /** Audit name of whoever saved it (user name, `api:<client>`, `system:<name>`). */
  savedBy: string;
}
export type DraftDoc = DraftRecord;

export interface VersionRecord {
  /** `versionId(key, version)`. */
  _id: string;
  key: string;
  /** 1, 2, 3 … without gaps per key. */
  version: number;
  /** The bundle as published, with key (and, for flows, version) stamped in. */
  definitionJson: string;
  /** SHA-256 (hex) of the canonical JSON of the bundle without its `version` stamp. */
  contentHash: string;
  releaseNotes: string | null;
  publishedAt: Date;
  publishedById: Types.ObjectId | null;
  publishedBy: string;
  /** The draft revision that was published; null for a rollback. */
  fromRevision: number | null;
  /** For a rollback: the version whose bundle was published again. */
  restoredFrom: number | null;
}
export type VersionDoc = VersionRecord;

/** Projections every header document (template, survey) carries; rebuilt from the append-only logs. */
export interface HeaderProjection {
  /** The key itself: headers are read by `_id`. */
  _id: string;
  key: string;
  /** Revision of the newest draft, 0 when there is none. A hint: decisions read the drafts. */
  draftRevision: number;
  /** Number of the newest version, 0 when none is published. A hint: decisions read the versions. */
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
}

export type DraftModel = Model<DraftRecord>;
export type VersionModel = Model<VersionRecord>;

const draftSchema = new Schema<DraftRecord>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    revision: { type: Number, required: true },
    definitionJson: { type: String, required: true },
    savedAt: { type: Date, required: true },
    savedById: { type: Schema.Types.ObjectId, default: null },
    savedBy: { type: String, required: true },
  },
  { autoIndex: false, versionKey: false },
);
draftSchema.index({ key: 1, revision: 1 }, { unique: true, name: 'key_revision_unique' });

const versionSchema = new Schema<VersionRecord>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    version: { type: Number, required: true },
    definitionJson: { type: String, required: true },
    contentHash: { type: String, required: true },
    releaseNotes: { type: String, default: null },
    publishedAt: { type: Date, required: true },
    publishedById: { type: Schema.Types.ObjectId, default: null },
    publishedBy: { type: String, required: true },
    fromRevision: { type: Number, default: null },
    restoredFrom: { type: Number, default: null },
  },
  { autoIndex: false, versionKey: false },
);
versionSchema.index({ key: 1, version: 1 }, { unique: true, name: 'key_version_unique' });

/** Schema fields of the projections, for the header schemas of each family. */
export const headerProjectionFields = {
  _id: { type: String, required: true },
  key: { type: String, required: true },
  draftRevision: { type: Number, required: true, default: 0 },
  latestVersion: { type: Number, required: true, default: 0 },
} as const;

export function draftModel(conn: Connection, name: string, collection: string): DraftModel {
  return (
    (conn.models[name] as DraftModel | undefined) ??
    conn.model<DraftRecord>(name, draftSchema.clone().set('collection', collection))
  );
}

export function versionModel(conn: Connection, name: string, collection: string): VersionModel {
  return (
    (conn.models[name] as VersionModel | undefined) ??
    conn.model<VersionRecord>(name, versionSchema.clone().set('collection', collection))
  );
}
