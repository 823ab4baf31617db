/**
 * The role matrix's pure parts: the catalogue grouped in a fixed order, what each cell shows (ticked,
 * and whether the viewer may change it, and why not), and toggling a cell. The server decides; these
 * only keep the viewer from trying what it would refuse.
 */
import type { PermissionGroup } from '../../../generated/graphql';
import type { Localized } from '../../../shared/lib/locale';

export interface PermissionEntry {
  key: string;
  group: PermissionGroup;
  description: Localized;
}

export interface MatrixRole {
  key: string;
  permissions: readonly string[];
  builtIn: boolean;
}

/** The order groups appear in, top to bottom (a group the server adds later comes last). */
export const GROUP_ORDER: readonly PermissionGroup[] = [
  'CASES',
  'FLOWS_SURVEYS',
  'CATEGORIES',
  'PEOPLE',
  'INTEGRATIONS',
  'AUDIT',
  'CALENDARS',
];

export interface PermissionGroupRows {
  group: PermissionGroup;
  permissions: PermissionEntry[];
}

/** The catalogue by group, groups in {@link GROUP_ORDER}, permissions in the server's order. */
export function groupPermissions(catalogue: readonly PermissionEntry[]): PermissionGroupRows[] {
  const rank = (g: PermissionGroup) => {
    const i = GROUP_ORDER.indexOf(g);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  const groups = [...new Set(catalogue.map((p) => p.group))].sort((a, b) => rank(a) - rank(b));
  return groups.map((group) => ({ group, permissions: catalogue.filter((p) => p.group === group) }));
}

/** Why a cell cannot be changed: built-in roles are fixed; nobody grants (or takes) what they lack. */
export type LockReason = 'builtIn' | 'notHeld';

export interface CellState {
  checked: boolean;
  locked: LockReason | null;
}

export function cellState(role: MatrixRole, permission: string, held: ReadonlySet<string>): CellState {
  const checked = role.permissions.includes(permission);
  if (role.builtIn) return { checked, locked: 'builtIn' };
  if (!held.has(permission)) return { checked, locked: 'notHeld' };
  return { checked, locked: null };
}

/** The role's permissions with `permission` on or off, in catalogue order. */
export function togglePermission(
  current: readonly string[],
  permission: string,
  on: boolean,
  catalogue: readonly PermissionEntry[],
): string[] {
  const next = new Set(current);
  if (on) next.add(permission);
  else next.delete(permission);
  const order = catalogue.map((p) => p.key);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...next].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The permissions among `wanted` the viewer cannot grant (shown before the server would refuse). */
export function ungrantable(wanted: readonly string[], held: ReadonlySet<string>): string[] {
  return wanted.filter((p) => !held.has(p));
}
