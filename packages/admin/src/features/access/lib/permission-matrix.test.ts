import { describe, expect, it } from 'vitest';
import {
  cellState,
  groupPermissions,
  togglePermission,
  ungrantable,
  type PermissionEntry,
} from './permission-matrix';

const d = (en: string) => ({ zh: en, en });
const CATALOGUE: PermissionEntry[] = [
  { key: 'category.read', group: 'CATEGORIES', description: d('Read categories') },
  { key: 'flow.read', group: 'FLOWS_SURVEYS', description: d('Read flows') },
  { key: 'case.read', group: 'CASES', description: d('Read cases') },
  { key: 'audit.read', group: 'AUDIT', description: d('Read audit') },
  { key: 'case.work', group: 'CASES', description: d('Work cases') },
  { key: 'user.manage', group: 'PEOPLE', description: d('Manage people') },
];

describe('groupPermissions', () => {
  it('orders groups cases, flows & surveys, categories, people, …, audit, keeping the server’s order within', () => {
    const groups = groupPermissions(CATALOGUE);
    expect(groups.map((g) => g.group)).toEqual(['CASES', 'FLOWS_SURVEYS', 'CATEGORIES', 'PEOPLE', 'AUDIT']);
    expect(groups[0]!.permissions.map((p) => p.key)).toEqual(['case.read', 'case.work']);
  });

  it('puts a group it does not know last', () => {
    const later = { key: 'x.y', group: 'SOMETHING_NEW', description: d('New') } as unknown as PermissionEntry;
    expect(groupPermissions([later, ...CATALOGUE]).at(-1)!.group).toBe('SOMETHING_NEW');
  });
});

describe('cellState', () => {
  const held = new Set(['case.read', 'user.manage']);
  it('locks every cell of a built-in role', () => {
    expect(cellState({ key: 'agent', permissions: ['case.read'], builtIn: true }, 'case.read', held)).toEqual(
      {
        checked: true,
        locked: 'builtIn',
      },
    );
  });
  it('locks a permission the viewer does not hold, ticked or not', () => {
    const role = { key: 'x', permissions: ['audit.read'], builtIn: false };
    expect(cellState(role, 'audit.read', held)).toEqual({ checked: true, locked: 'notHeld' });
    expect(cellState(role, 'case.work', held)).toEqual({ checked: false, locked: 'notHeld' });
    expect(cellState(role, 'case.read', held)).toEqual({ checked: false, locked: null });
  });
});

describe('togglePermission', () => {
  it('adds in catalogue order and removes', () => {
    expect(togglePermission(['audit.read'], 'case.read', true, CATALOGUE)).toEqual([
      'case.read',
      'audit.read',
    ]);
    expect(togglePermission(['case.read', 'audit.read'], 'case.read', false, CATALOGUE)).toEqual([
      'audit.read',
    ]);
    expect(togglePermission(['case.read'], 'case.read', true, CATALOGUE)).toEqual(['case.read']);
  });
});

describe('ungrantable', () => {
  it('names the permissions the viewer lacks', () => {
    expect(ungrantable(['case.read', 'audit.read', 'case.work'], new Set(['case.read']))).toEqual([
      'audit.read',
      'case.work',
    ]);
  });
});
