/**
 * What the configuration audit log records about flow templates. Entries name templates by key and
 * versions by number, with the content hash of what was published, so an auditor can tie a running
 * case to the exact bundle years later.
 *
 * Written after the change itself: without transactions the two cannot be atomic, and a change that
 * happened but was not logged is the lesser evil than a log entry for a change that did not happen.
 */
import type { Models } from '../../db/models';
import type { Viewer } from '../access';
import { ConfigAuditService } from '../audit';

export type FlowAuditAction =
  'flow.create' | 'flow.save-draft' | 'flow.publish' | 'flow.rollback' | 'flow.archive' | 'flow.import';

export const FLOW_ENTITY_TYPE = 'FlowTemplate';

export function recordFlowChange(
  models: Models,
  viewer: Viewer,
  action: FlowAuditAction,
  key: string,
  details: Record<string, unknown>,
): Promise<void> {
  return new ConfigAuditService(models.ConfigAudit).record(viewer, {
    action,
    entityType: FLOW_ENTITY_TYPE,
    entityKey: key,
    details,
  });
}
