/**
 * Writes and reads the configuration audit log. Services call `record` after a change has been written;
 * the entry names who (user or API client), what (action), which entity, and the details of the change.
 */
import type { ConfigAuditDoc, ConfigAuditModel } from './config-audit.model';
import type { Viewer } from '../access/viewer';
import { actorName } from '../access/viewer';

export interface AuditChange {
  action: string;
  entityType: string;
  entityKey: string;
  details?: Record<string, unknown>;
}

export class ConfigAuditService {
  constructor(
    private readonly model: ConfigAuditModel,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(viewer: Viewer, change: AuditChange): Promise<void> {
    await this.model.create({
      at: this.now(),
      actor: actorName(viewer),
      action: change.action,
      entityType: change.entityType,
      entityKey: change.entityKey,
      details: change.details ?? null,
    });
  }

  /** Newest first. */
  list(filter: { entityType?: string | null; entityKey?: string | null }): Promise<ConfigAuditDoc[]> {
    const query: Record<string, string> = {};
    if (filter.entityType) query['entityType'] = filter.entityType;
    if (filter.entityKey) query['entityKey'] = filter.entityKey;
    return this.model.find(query).sort({ at: -1, _id: -1 }).lean<ConfigAuditDoc[]>().exec();
  }
}
