import { describe, expect, it } from 'vitest';
import { holdsFlowRole, ownFlowRoles, roleHolderClauses, validateDefinition } from '../../src/index';
import type { Actor, FlowDefinition } from '../../src/index';
import { runCommands } from '../support/harness';

const t = (zh: string, en: string) => ({ zh, en });

/**
 * fill (form, policy-dept) → check (review by director) → end. Flow roles that no platform role is
 * called: `policy-dept` is held by agents of POLICY or LEGAL, `director` by supervisors anywhere.
 */
const flow: FlowDefinition = {
  schemaVersion: 1,
  key: 'holders',
  version: 1,
  name: t('持有者', 'Holders'),
  roles: [
    {
      key: 'policy-dept',
      name: t('政策部门', 'Policy department'),
      holders: { roles: ['agent'], departments: ['POLICY', 'LEGAL'] },
    },
    { key: 'helpdesk', name: t('服务台', 'Help desk'), holders: { roles: ['agent', 'trainee'] } },
    {
      key: 'director',
      name: t('负责人', 'Director'),
      inherits: ['policy-dept'],
      holders: { roles: ['supervisor'] },
    },
  ],
  forms: [{ key: 'f', title: t('表单', 'Form'), elements: [] }],
  start: 'fill',
  steps: [
    { kind: 'form', key: 'fill', name: t('填写', 'Fill'), form: 'f', assignTo: { role: 'policy-dept' } },
    { kind: 'review', key: 'check', name: t('审核', 'Check'), requiredRole: 'director' },
    { kind: 'end', key: 'done', name: t('完成', 'Done'), outcome: 'resolved' },
  ],
  transitions: [
    { key: 't1', from: 'fill', to: 'check' },
    { key: 't2', from: 'check', to: 'done', on: 'approved' },
    { key: 't3', from: 'check', to: 'done', on: 'rejected' },
  ],
};

const staff = (roles: string[], departments?: string[]): Actor =>
  departments ? { kind: 'staff', id: 'u', roles, departments } : { kind: 'staff', id: 'u', roles };

describe('holdsFlowRole', () => {
  it('is a valid definition', () => {
    expect(validateDefinition(flow).problems).toEqual([]);
  });

  it('maps a platform role in one of the holder departments', () => {
    expect(holdsFlowRole(flow, { roles: ['agent'], departments: ['POLICY'] }, 'policy-dept')).toBe(true);
    expect(holdsFlowRole(flow, { roles: ['agent'], departments: ['PRODUCT', 'LEGAL'] }, 'policy-dept')).toBe(
      true,
    );
  });

  it('refuses the platform role outside the holder departments, or without departments', () => {
    expect(holdsFlowRole(flow, { roles: ['agent'], departments: ['PRODUCT'] }, 'policy-dept')).toBe(false);
    expect(holdsFlowRole(flow, { roles: ['agent'] }, 'policy-dept')).toBe(false);
    expect(holdsFlowRole(flow, { roles: ['auditor'], departments: ['POLICY'] }, 'policy-dept')).toBe(false);
  });

  it('maps without departments for anyone of the platform roles', () => {
    expect(holdsFlowRole(flow, { roles: ['trainee'] }, 'helpdesk')).toBe(true);
    expect(holdsFlowRole(flow, { roles: ['auditor'] }, 'helpdesk')).toBe(false);
  });

  it('keeps matching by key, and passes mapped roles on to what they inherit', () => {
    expect(holdsFlowRole(flow, { roles: ['policy-dept'] }, 'policy-dept')).toBe(true);
    expect(holdsFlowRole(flow, { roles: ['director'] }, 'policy-dept')).toBe(true);
    // A supervisor holds director through holders, and so policy-dept, in any department.
    expect(holdsFlowRole(flow, { roles: ['supervisor'], departments: ['PRODUCT'] }, 'policy-dept')).toBe(
      true,
    );
    // Inheritance goes one way: a policy-dept agent is no director.
    expect(holdsFlowRole(flow, { roles: ['agent'], departments: ['POLICY'] }, 'director')).toBe(false);
    expect(holdsFlowRole(flow, { roles: ['supervisor'] }, 'helpdesk')).toBe(false);
  });

  it('treats an empty department list as no restriction', () => {
    const open: FlowDefinition = {
      ...flow,
      roles: [
        { key: 'policy-dept', name: t('政策', 'Policy'), holders: { roles: ['agent'], departments: [] } },
      ],
    };
    expect(holdsFlowRole(open, { roles: ['agent'] }, 'policy-dept')).toBe(true);
    expect(roleHolderClauses(open, 'policy-dept')).toEqual([
      { roles: ['policy-dept'] },
      { roles: ['agent'] },
    ]);
  });

  it('lists the flow roles a profile holds by itself', () => {
    expect(ownFlowRoles(flow, { roles: ['agent', 'supervisor'], departments: ['LEGAL'] })).toEqual([
      'policy-dept',
      'helpdesk',
      'director',
    ]);
    expect(ownFlowRoles(flow, { roles: ['agent'] })).toEqual(['helpdesk']);
  });
});

describe('roleHolderClauses', () => {
  it('lists the keys of the role and of the roles inheriting it, then their holders', () => {
    expect(roleHolderClauses(flow, 'policy-dept')).toEqual([
      { roles: ['policy-dept', 'director'] },
      { roles: ['agent'], departments: ['POLICY', 'LEGAL'] },
      { roles: ['supervisor'] },
    ]);
    expect(roleHolderClauses(flow, 'director')).toEqual([{ roles: ['director'] }, { roles: ['supervisor'] }]);
  });

  it('lists only the role’s own holders when asked not to follow inheritance', () => {
    expect(roleHolderClauses(flow, 'policy-dept', { inheriting: false })).toEqual([
      { roles: ['policy-dept'] },
      { roles: ['agent'], departments: ['POLICY', 'LEGAL'] },
    ]);
  });

  it('is empty for a role the flow does not define', () => {
    expect(roleHolderClauses(flow, 'ghost')).toEqual([]);
  });
});

describe('the interpreter honours holders', () => {
  const start = { type: 'start', caseId: 'c1', actor: staff(['agent'], ['POLICY']) } as const;
  const submit = (actor: Actor) => ({ type: 'submitStep', stepKey: 'fill', actor, data: {} }) as const;
  const approve = (actor: Actor) => ({ type: 'approve', stepKey: 'check', actor }) as const;

  it('lets a mapped holder in a holder department work the step', () => {
    const run = runCommands(flow, [
      start,
      submit(staff(['agent'], ['POLICY'])),
      approve(staff(['supervisor'])),
    ]);
    expect(run.results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(run.state?.status).toBe('completed');
  });

  it('refuses the same platform role in another department, and an unmapped role', () => {
    const run = runCommands(flow, [
      start,
      submit(staff(['agent'], ['PRODUCT'])),
      submit(staff(['auditor'], ['POLICY'])),
      submit(staff(['agent'], ['POLICY'])),
      approve(staff(['agent'], ['POLICY'])),
    ]);
    expect(run.results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'ok',
      'NOT_AUTHORISED',
      'NOT_AUTHORISED',
      'ok',
      'NOT_AUTHORISED',
    ]);
    const refused = run.results[1];
    expect(refused && !refused.ok && refused.error.requiredRole).toBe('policy-dept');
  });
});
