/**
 * What each permission is about, for the role matrix (the admin groups the catalogue by it). A
 * `Record` over every permission: a new permission without a group fails the type check.
 */
import { PERMISSIONS, ALL_PERMISSIONS, type Permission } from './permissions';

export type PermissionGroup =
  'CASES' | 'FLOWS_SURVEYS' | 'CATEGORIES' | 'PEOPLE' | 'INTEGRATIONS' | 'AUDIT' | 'CALENDARS';

export const PERMISSION_GROUP: Readonly<Record<Permission, PermissionGroup>> = {
  'category.read': 'CATEGORIES',
  'category.write': 'CATEGORIES',
  'flow.read': 'FLOWS_SURVEYS',
  'flow.write': 'FLOWS_SURVEYS',
  'flow.publish': 'FLOWS_SURVEYS',
  'survey.read': 'FLOWS_SURVEYS',
  'survey.write': 'FLOWS_SURVEYS',
  'case.read': 'CASES',
  'case.work': 'CASES',
  'case.assign': 'CASES',
  'case.reveal-pii': 'CASES',
  'case.all-departments': 'CASES',
  'audit.read': 'AUDIT',
  'calendar.manage': 'CALENDARS',
  'user.manage': 'PEOPLE',
  'apiclient.manage': 'INTEGRATIONS',
  'webhook.manage': 'INTEGRATIONS',
};

export interface PermissionInfo {
  key: Permission;
  group: PermissionGroup;
  description: { zh: string; en: string };
}

/** The catalogue in its declared order. */
export function permissionCatalogue(): PermissionInfo[] {
  return ALL_PERMISSIONS.map((key) => ({
    key,
    group: PERMISSION_GROUP[key],
    description: { ...PERMISSIONS[key] },
  }));
}
