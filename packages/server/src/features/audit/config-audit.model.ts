/**
 * The configuration audit log: one append-only document per change to a definition (flow, survey,
 * category, role, user, API client). Never updated, never deleted by the application.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface ConfigAuditRecord {
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityKey: string;
  details: Record<string, unknown> | null;
}
export type ConfigAuditDoc = ConfigAuditRecord & {
  _id: Types.ObjectId;
  /** The actor in words, filled by the reader for a page at once (`config-audit.names.ts`); never stored. */
  actorName?: string;
};

const schema = new Schema<ConfigAuditRecord>(
  {
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    action: { type: String, required: true },
    entityType: { type: String, required: true },
    entityKey: { type: String, required: true },
    details: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'config_audit', autoIndex: false, versionKey: false },
);
schema.index({ at: -1 }, { name: 'by_time' });
schema.index({ entityType: 1, entityKey: 1, at: -1 }, { name: 'by_entity_time' });

export type ConfigAuditModel = Model<ConfigAuditRecord>;

export function configAuditModel(conn: Connection): ConfigAuditModel {
  return (
    (conn.models['ConfigAudit'] as ConfigAuditModel | undefined) ??
    conn.model<ConfigAuditRecord>('ConfigAudit', schema)
  );
}
