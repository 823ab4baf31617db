import { describe, expect, it } from 'vitest';
import { findTemplate, type FlowDefinition } from '@parley/engine';
import {
  addRole,
  holdersOf,
  removeRole,
  renameRole,
  roleKeyProblem,
  roleUses,
  rolesWithoutHolders,
  setRoleHolders,
  updateRole,
} from './role-edits';

// Minsheng as shipped maps `reviewer` to supervisors; start from a draft without that mapping.
const doc = setRoleHolders(findTemplate('minsheng-e-negotiation')!, 'reviewer', { roles: [] });
const role = (d: FlowDefinition, key: string) => d.roles.find((r) => r.key === key)!;

describe('role edits', () => {
  it('maps a flow role to platform roles and departments; empty removes the mapping', () => {
    expect(rolesWithoutHolders(doc)).toEqual(['agent', 'reviewer', 'supervisor']);
    const mapped = setRoleHolders(doc, 'agent', { roles: ['agent', 'collector'], departments: ['CARDS'] });
    expect(holdersOf(role(mapped, 'agent'))).toEqual({
      roles: ['agent', 'collector'],
      departments: ['CARDS'],
    });
    expect(rolesWithoutHolders(mapped)).toEqual(['reviewer', 'supervisor']);
    const rolesOnly = setRoleHolders(mapped, 'agent', { roles: ['agent'], departments: [] });
    expect(holdersOf(role(rolesOnly, 'agent'))).toEqual({ roles: ['agent'] });
    const cleared = setRoleHolders(rolesOnly, 'agent', { roles: [] });
    expect('holders' in role(cleared, 'agent')).toBe(false);
    expect(setRoleHolders(doc, 'nobody', { roles: ['x'] })).toBe(doc);
  });

  it('counts a flow role named like a platform role as held by it, and the roles it inherits', () => {
    // Minsheng's supervisor inherits agent and reviewer: whoever holds it holds those too.
    expect(rolesWithoutHolders(doc, new Set(['supervisor']))).toEqual([]);
    expect(rolesWithoutHolders(doc, new Set(['agent']))).toEqual(['reviewer', 'supervisor']);
  });

  it('counts a department-only mapping as mapped', () => {
    const mapped = setRoleHolders(doc, 'reviewer', { roles: [], departments: ['RISK'] });
    expect(rolesWithoutHolders(mapped)).not.toContain('reviewer');
  });

  it('adds roles with free keys and edits their names', () => {
    const { doc: one, key } = addRole(doc);
    expect(key).toBe('role');
    const { key: second } = addRole(one);
    expect(second).toBe('role-2');
    const named = updateRole(one, 'role', (r) => ({ ...r, name: { zh: '法务', en: 'Legal' } }));
    expect(role(named, 'role').name).toEqual({ zh: '法务', en: 'Legal' });
  });

  it('renames a role and every reference to it', () => {
    const next = renameRole(doc, 'supervisor', 'lead');
    expect(next.roles.map((r) => r.key)).toEqual(['agent', 'reviewer', 'lead']);
    expect(next.escalationRole).toBe('lead');
    expect(next.offerPolicy!.authority.escalationOrder).toEqual(['agent', 'lead']);
    expect(next.offerPolicy!.authority.roles['lead']).toEqual(doc.offerPolicy!.authority.roles['supervisor']);
    expect('supervisor' in next.offerPolicy!.authority.roles).toBe(false);

    const reviewer = renameRole(doc, 'reviewer', 'checker');
    expect(reviewer.steps.find((s) => s.key === 'review')).toMatchObject({ requiredRole: 'checker' });
    expect(role(reviewer, 'supervisor').inherits).toEqual(['agent', 'checker']);
  });

  it('refuses a rename onto a taken or malformed key', () => {
    expect(renameRole(doc, 'agent', 'supervisor')).toBe(doc);
    expect(renameRole(doc, 'agent', 'a b')).toBe(doc);
    expect(roleKeyProblem(doc, 'agent', 'supervisor')).toBe('taken');
    expect(roleKeyProblem(doc, 'agent', '')).toBe('empty');
    expect(roleKeyProblem(doc, 'agent', '1x')).toBe('format');
    expect(roleKeyProblem(doc, 'agent', 'collector')).toBeNull();
  });

  it('removes a role and others inheriting it; counts where it is used', () => {
    expect(roleUses(doc, 'reviewer')).toBe(1);
    expect(roleUses(doc, 'supervisor')).toBe(2);
    const next = removeRole(doc, 'reviewer');
    expect(next.roles.map((r) => r.key)).toEqual(['agent', 'supervisor']);
    expect(role(next, 'supervisor').inherits).toEqual(['agent']);
    const both = removeRole(next, 'agent');
    expect('inherits' in role(both, 'supervisor')).toBe(false);
  });
});
