import type { FlowDefinition, RoleHolderProfile } from '@parley/engine';
import { describe, expect, it } from 'vitest';
import { SEED_DEPARTMENTS } from '../../access';
import { BUILT_IN_ROLES } from '../../access';
import { seedTemplates } from '../seed-templates';
import { platformRoleKeys, rolesWithoutHolder } from './role-without-holder';

const name = (s: string) => ({ zh: s, en: s });

const definition = {
  roles: [
    { key: 'desk', name: name('Desk'), holders: { roles: ['agent'], departments: ['POLICY'] } },
    { key: 'lead', name: name('Lead'), inherits: ['desk'], holders: { roles: ['supervisor', 'agent'] } },
    { key: 'clerk', name: name('Clerk') },
  ],
} as unknown as FlowDefinition;

const paths = (profiles: RoleHolderProfile[]) =>
  rolesWithoutHolder(definition, profiles).map((p) => p.path.join('/'));

describe('rolesWithoutHolder', () => {
  it('names the platform roles through which anyone could hold a role', () => {
    expect(platformRoleKeys(definition)).toEqual(['desk', 'agent', 'lead', 'supervisor', 'clerk']);
  });

  it('warns for each role none of the profiles holds', () => {
    expect(paths([])).toEqual(['roles/0', 'roles/1', 'roles/2']);
    // An agent outside POLICY holds only `lead` (no departments) and, through it, `desk`.
    expect(paths([{ roles: ['agent'], departments: ['PRODUCT'] }])).toEqual(['roles/2']);
    expect(paths([{ roles: ['clerk'] }])).toEqual(['roles/0', 'roles/1']);
    expect(paths([{ roles: ['auditor'], departments: ['POLICY'] }])).toEqual([
      'roles/0',
      'roles/1',
      'roles/2',
    ]);
  });

  it('is a warning naming the role in both languages', () => {
    const [problem] = rolesWithoutHolder(definition, [{ roles: ['agent'] }]);
    expect(problem).toMatchObject({ code: 'ROLE_WITHOUT_HOLDER', severity: 'warning', path: ['roles', '2'] });
    expect(problem?.message.zh).toContain('「Clerk」');
    expect(problem?.message.en).toContain('"Clerk"');
  });
});

describe('the shipped templates', () => {
  // A fresh install: the built-in platform roles other than the administrator, in each seeded department.
  const profiles: RoleHolderProfile[] = BUILT_IN_ROLES.filter((r) => r.key !== 'administrator').flatMap((r) =>
    SEED_DEPARTMENTS.map((d) => ({ roles: [r.key], departments: [d.code] })),
  );

  it.each(seedTemplates().map((s) => [s.key, s.definition] as const))(
    '%s: every flow role is held by a built-in platform role in a seeded department',
    (_key, seed) => {
      expect(rolesWithoutHolder(seed, profiles)).toEqual([]);
    },
  );

  it.each(seedTemplates().map((s) => [s.key, s.definition] as const))(
    '%s: holders name only built-in platform roles and seeded departments',
    (_key, seed) => {
      const roles = new Set(BUILT_IN_ROLES.map((r) => r.key));
      const departments = new Set(SEED_DEPARTMENTS.map((d) => d.code));
      for (const role of seed.roles) {
        for (const r of role.holders?.roles ?? []) expect(roles).toContain(r);
        for (const d of role.holders?.departments ?? []) expect(departments).toContain(d);
      }
    },
  );

  it('maps the complaint departments to agents of the seeded departments', () => {
    const complaint = seedTemplates().find((s) => s.key === 'complaint-handling')!.definition;
    expect(Object.fromEntries(complaint.roles.map((r) => [r.key, r.holders]))).toEqual({
      'service-dept': { roles: ['agent'], departments: ['CUSTOMER_SERVICE'] },
      'product-dept': { roles: ['agent'], departments: ['PRODUCT'] },
      'policy-dept': { roles: ['agent'], departments: ['POLICY'] },
      'complaint-director': { roles: ['supervisor'] },
    });
  });
});
