/**
 * What the configuration audit log records about complaint categories. Entries name categories by code
 * (ids mean nothing to an auditor reading the log years later) and carry plain JSON snapshots.
 *
 * Written after the change itself: without transactions the two cannot be atomic, and a change that
 * happened but was not logged is the lesser evil than a log entry for a change that did not happen.
 */
import type { Models } from '../../db/models';
import type { Viewer } from '../access';
import { ConfigAuditService } from '../audit';
import type { ComplaintCategoryDoc } from './complaint-category.model';

export type CategoryAuditAction =
  | 'category.create'
  | 'category.rename'
  | 'category.update'
  | 'category.move'
  | 'category.reorder'
  | 'category.activate'
  | 'category.deactivate'
  | 'category.delete'
  | 'category.import';

export const CATEGORY_ENTITY = 'ComplaintCategory';
/** entityKey of reorders among the roots, which have no parent code to file them under. */
export const ROOTS_KEY = '(roots)';

export interface CategorySnapshot {
  code: string;
  name: { zh: string; en: string };
  parentCode: string | null;
  path: string[];
  order: number;
  active: boolean;
  severity: string;
  slaPolicyKey: string;
  routing: { departmentCode: string | null; queueCode: string | null } | null;
  regulatoryCodes: {
    jrtBusinessType: string | null;
    jrtCause: string | null;
    cfpbProduct: string | null;
    cfpbIssue: string | null;
  } | null;
  requiredFields: string[];
}

/** The parent code is the last-but-one path element; paths are kept correct by the tree services. */
export function snapshot(c: ComplaintCategoryDoc): CategorySnapshot {
  return {
    code: c.code,
    name: { zh: c.name.zh, en: c.name.en },
    parentCode: c.path.length > 1 ? (c.path[c.path.length - 2] ?? null) : null,
    path: [...c.path],
    order: c.order,
    active: c.active,
    severity: c.severity,
    slaPolicyKey: c.slaPolicyKey,
    routing: c.routing
      ? { departmentCode: c.routing.departmentCode ?? null, queueCode: c.routing.queueCode ?? null }
      : null,
    regulatoryCodes: c.regulatoryCodes
      ? {
          jrtBusinessType: c.regulatoryCodes.jrtBusinessType ?? null,
          jrtCause: c.regulatoryCodes.jrtCause ?? null,
          cfpbProduct: c.regulatoryCodes.cfpbProduct ?? null,
          cfpbIssue: c.regulatoryCodes.cfpbIssue ?? null,
        }
      : null,
    requiredFields: [...(c.requiredFields ?? [])],
  };
}

export function recordCategoryChange(
  models: Models,
  viewer: Viewer,
  action: CategoryAuditAction,
  entityKey: string,
  details: Record<string, unknown>,
): Promise<void> {
  return new ConfigAuditService(models.ConfigAudit).record(viewer, {
    action,
    entityType: CATEGORY_ENTITY,
    entityKey,
    details,
  });
}
