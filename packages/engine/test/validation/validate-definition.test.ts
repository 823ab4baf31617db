import { describe, expect, it } from 'vitest';
import { VALIDATION_MESSAGES, validateDefinition } from '../../src/index';
import { ASSIGNMENT_STRATEGIES } from '../../src/index';
import type {
  Assignment,
  AssignmentStrategy,
  FlowDefinition,
  StepDefinition,
  TransitionDefinition,
  ValidationCode,
} from '../../src/index';

const t = (zh: string, en: string) => ({ zh, en });
const name = (key: string) => t(key, key);

/** A small valid flow: form → review → (approved) end / (rejected) end, with a 2-day SLA. */
function base(): FlowDefinition {
  return {
    schemaVersion: 1,
    key: 'base',
    version: 1,
    name: t('基础', 'Base'),
    roles: [
      { key: 'agent', name: t('客户经理', 'Agent') },
      { key: 'supervisor', name: t('主管', 'Supervisor'), inherits: ['agent'] },
    ],
    forms: [
      {
        key: 'f',
        title: t('表单', 'Form'),
        elements: [
          {
            type: 'select',
            name: 'kind',
            title: t('类型', 'Kind'),
            choices: [{ value: 'a', text: t('甲', 'A') }],
          },
          { type: 'money', name: 'amountFen', title: t('金额', 'Amount') },
        ],
      },
    ],
    start: 'fill',
    steps: [
      { kind: 'form', key: 'fill', name: name('fill'), form: 'f' },
      { kind: 'review', key: 'check', name: name('check'), requiredRole: 'supervisor' },
      { kind: 'end', key: 'ok', name: name('ok'), outcome: 'resolved' },
      { kind: 'end', key: 'no', name: name('no'), outcome: 'rejected' },
    ],
    transitions: [
      { key: 't1', from: 'fill', to: 'check' },
      { key: 't2', from: 'check', to: 'ok', on: 'approved' },
      { key: 't3', from: 'check', to: 'no', on: 'rejected' },
    ],
    sla: {
      rules: [
        { policy: { id: 'two-days', calendarId: 'cn-mainland', target: { amount: 2, unit: 'workingDays' } } },
      ],
    },
  };
}

const withSteps = (
  def: FlowDefinition,
  steps: readonly StepDefinition[],
  transitions: readonly TransitionDefinition[] = [],
) => ({
  ...def,
  steps: [...def.steps, ...steps],
  transitions: [...def.transitions, ...transitions],
});

/** Finds of a code, as "severity path". */
function found(def: FlowDefinition, code: string, options = {}): string[] {
  return validateDefinition(def, options)
    .problems.filter((p) => p.code === code)
    .map((p) => `${p.severity} ${p.path}`);
}

const b = base();
const parallel = (splitKey = 'split'): FlowDefinition =>
  withSteps(
    b,
    [
      { kind: 'parallel-split', key: 'split', name: name('split') },
      { kind: 'form', key: 'left', name: name('left'), form: 'f' },
      { kind: 'form', key: 'right', name: name('right'), form: 'f' },
      { kind: 'parallel-join', key: 'join', name: name('join'), split: splitKey },
    ],
    [
      { key: 'p0', from: 'check', to: 'split', on: 'approved' },
      { key: 'p1', from: 'split', to: 'left' },
      { key: 'p2', from: 'split', to: 'right' },
      { key: 'p3', from: 'left', to: 'join' },
      { key: 'p4', from: 'right', to: 'join' },
      { key: 'p5', from: 'join', to: 'ok' },
    ],
  );

/** The base flow with its form step (steps[0]) and review step (steps[1]) assigned as given. */
const assigning = (fill: Assignment, check: Assignment): FlowDefinition => ({
  ...b,
  steps: b.steps.map((s) =>
    s.key === 'fill' ? { ...s, assignTo: fill } : s.key === 'check' ? { ...s, assignTo: check } : s,
  ),
});

/** The base flow with `holders` on its roles (agent, supervisor), malformed ones included. */
const holding = (agent: unknown, supervisor?: unknown): FlowDefinition =>
  ({
    ...b,
    roles: [
      { ...b.roles[0], holders: agent },
      supervisor === undefined ? b.roles[1] : { ...b.roles[1], holders: supervisor },
    ],
  }) as FlowDefinition;

/** A broken definition per code, and where the problem must be reported. */
const cases: Record<ValidationCode, () => [FlowDefinition, string[]]> = {
  NO_START: () => [{ ...b, start: 'nowhere' }, ['error start']],
  START_NOT_WAITING: () => [{ ...b, start: 'ok' }, ['error start']],
  NO_END: () => [
    {
      ...b,
      steps: b.steps.filter((s) => s.kind !== 'end'),
      transitions: [{ key: 't1', from: 'fill', to: 'check' }],
    },
    ['error steps'],
  ],
  DUPLICATE_KEY: () => [
    {
      ...b,
      transitions: [...b.transitions, { key: 't1', from: 'fill', to: 'check' }],
      roles: [...b.roles, { key: 'agent', name: name('agent') }],
    },
    ['error transitions[3].key', 'error roles[2].key'],
  ],
  UNKNOWN_STEP_KIND: () => [
    withSteps(
      b,
      [{ kind: 'x-robot', key: 'robot', name: name('robot') }],
      [{ key: 'r', from: 'fill', to: 'robot' }],
    ),
    ['error steps[4].kind'],
  ],
  UNKNOWN_FIELD_TYPE: () => [
    {
      ...b,
      forms: [
        { key: 'f', title: name('f'), elements: [{ type: 'x-iban', name: 'iban', title: name('iban') }] },
      ],
    },
    ['error forms[0].elements[0].type'],
  ],
  UNKNOWN_TRANSITION_STEP: () => [
    { ...b, transitions: [...b.transitions, { key: 'x', from: 'fill', to: 'ghost' }] },
    ['error transitions[3].to'],
  ],
  UNKNOWN_ROLE: () => [
    withSteps(
      b,
      [{ kind: 'review', key: 'boss', name: name('boss'), requiredRole: 'board' }],
      [
        { key: 'x', from: 'fill', to: 'boss' },
        { key: 'y', from: 'boss', to: 'ok' },
      ],
    ),
    ['error steps[4].requiredRole'],
  ],
  UNKNOWN_FORM: () => [
    { ...b, steps: b.steps.map((s) => (s.kind === 'form' ? { ...s, form: 'nope' } : s)) },
    ['error steps[0].form'],
  ],
  UNKNOWN_OUTCOME: () => [
    { ...b, transitions: [...b.transitions, { key: 'x', from: 'check', to: 'ok', on: 'approve' }] },
    ['error transitions[3].on'],
  ],
  FIELD_TYPE_CONFLICT: () => [
    {
      ...b,
      forms: [
        ...b.forms,
        {
          key: 'g',
          title: name('g'),
          elements: [{ type: 'text', name: 'amountFen', title: name('amount') }],
        },
      ],
    },
    ['error forms[1].elements[0].type'],
  ],
  SEVERAL_DEFAULTS: () => [
    withSteps(
      b,
      [{ kind: 'decision', key: 'route', name: name('route') }],
      [
        { key: 'x', from: 'fill', to: 'route' },
        { key: 'y', from: 'route', to: 'ok', isDefault: true },
        { key: 'z', from: 'route', to: 'no', isDefault: true },
      ],
    ),
    ['error steps[4]'],
  ],
  END_HAS_OUTGOING: () => [
    { ...b, transitions: [...b.transitions, { key: 'x', from: 'ok', to: 'fill' }] },
    ['warning steps[2]'],
  ],
  UNREACHABLE_STEP: () => [
    withSteps(
      b,
      [{ kind: 'form', key: 'orphan', name: name('orphan'), form: 'f' }],
      [{ key: 'x', from: 'orphan', to: 'ok' }],
    ),
    ['error steps[4]'],
  ],
  DEAD_END: () => [
    withSteps(
      b,
      [{ kind: 'form', key: 'stuck', name: name('stuck'), form: 'f' }],
      [{ key: 'x', from: 'check', to: 'stuck', on: 'approved' }],
    ),
    ['error steps[4]'],
  ],
  DEAD_END_OUTCOME: () => [
    { ...b, transitions: b.transitions.filter((x) => x.key !== 't3') },
    ['error steps[1]'],
  ],
  NO_PATH_TO_END: () => [
    withSteps(
      b,
      [
        { kind: 'form', key: 'a', name: name('a'), form: 'f' },
        { kind: 'form', key: 'z', name: name('z'), form: 'f' },
      ],
      [
        { key: 'x', from: 'check', to: 'a', on: 'approved' },
        { key: 'y', from: 'a', to: 'z' },
      ],
    ),
    ['error steps[4]'],
  ],
  CYCLE_WITHOUT_EXIT: () => [
    withSteps(
      b,
      [
        { kind: 'form', key: 'ping', name: name('ping'), form: 'f' },
        { kind: 'form', key: 'pong', name: name('pong'), form: 'f' },
      ],
      [
        { key: 'x', from: 'check', to: 'ping', on: 'approved' },
        { key: 'y', from: 'ping', to: 'pong' },
        { key: 'z', from: 'pong', to: 'ping' },
      ],
    ),
    ['error steps[5]'],
  ],
  AUTOMATIC_CYCLE: () => [
    withSteps(
      b,
      [
        { kind: 'decision', key: 'again', name: name('again') },
        {
          kind: 'notification',
          key: 'nag',
          name: name('nag'),
          channel: 'sms',
          recipient: 'customer',
          template: 'nag',
        },
      ],
      [
        { key: 'x', from: 'check', to: 'nag', on: 'approved' },
        { key: 'y', from: 'nag', to: 'again' },
        { key: 'z', from: 'again', to: 'nag', guard: { '==': [{ var: 'data.kind' }, 'a'] } },
        { key: 'w', from: 'again', to: 'ok', isDefault: true },
      ],
    ),
    ['error steps[4]'],
  ],
  BRANCH_WITHOUT_FALLBACK: () => [
    withSteps(
      b,
      [{ kind: 'decision', key: 'route', name: name('route') }],
      [
        { key: 'x', from: 'check', to: 'route', on: 'approved' },
        { key: 'y', from: 'route', to: 'ok', guard: { '==': [{ var: 'data.kind' }, 'a'] } },
      ],
    ),
    ['warning steps[4]'],
  ],
  JOIN_WITHOUT_SPLIT: () => [parallel('fill'), ['error steps[7].split']],
  JOIN_NOT_REACHED: () => [
    {
      ...parallel(),
      transitions: parallel().transitions.map((x) => (x.key === 'p4' ? { ...x, to: 'no' } : x)),
    },
    ['error steps[7]'],
  ],
  SPLIT_WITHOUT_JOIN: () => [
    {
      ...parallel(),
      steps: parallel().steps.filter((s) => s.key !== 'join'),
      transitions: parallel()
        .transitions.filter((x) => x.key !== 'p5')
        .map((x) => (x.to === 'join' ? { ...x, to: 'ok' } : x)),
    },
    ['warning steps[4]'],
  ],
  UNKNOWN_CALENDAR: () => [
    {
      ...b,
      sla: {
        rules: [{ policy: { id: 's', calendarId: 'atlantis', target: { amount: 1, unit: 'workingDays' } } }],
      },
    },
    ['error sla.rules[0].policy.calendarId'],
  ],
  PLAN_STEP_WITHOUT_POLICY: () => [
    withSteps(
      b,
      [{ kind: 'plan', key: 'plan', name: name('plan') }],
      [
        { key: 'x', from: 'check', to: 'plan', on: 'approved' },
        { key: 'y', from: 'plan', to: 'ok' },
      ],
    ),
    ['error steps[4]'],
  ],
  CONTACT_GUARD_WITHOUT_POLICY: () => [
    withSteps(
      b,
      [{ kind: 'communication', key: 'call', name: name('call'), channels: ['phone'], contactGuard: true }],
      [
        { key: 'x', from: 'check', to: 'call', on: 'approved' },
        { key: 'y', from: 'call', to: 'ok' },
      ],
    ),
    ['error steps[4].contactGuard'],
  ],
  ASSIGNMENT_STRATEGY_UNKNOWN: () => [
    assigning({ role: 'agent', strategy: 'random' as never }, { role: 'agent', strategy: 'round-robin' }),
    ['error steps[0].assignTo.strategy'],
  ],
  ASSIGNMENT_DEPARTMENT_INVALID: () => [
    assigning(
      { role: 'agent', strategy: 'least-loaded', department: 'policy dept' },
      { role: 'agent', department: '' },
    ),
    ['error steps[0].assignTo.department', 'error steps[1].assignTo.department'],
  ],
  AUTHORITY_INVALID: () => [
    {
      ...b,
      offerPolicy: {
        allowedKinds: ['interestFrozen'],
        planPolicy: {},
        authority: {
          escalationOrder: ['agent'],
          roles: {
            agent: { maxWaiverPercent: '-1', maxWaiverFen: 0, maxTermMonths: 12, maxDiscountPercent: '0' },
          },
        },
      },
    },
    ['error offerPolicy.authority.roles.agent.maxWaiverPercent'],
  ],
  ROLE_CYCLE: () => [
    {
      ...b,
      roles: [
        { key: 'agent', name: name('agent'), inherits: ['supervisor'] },
        { key: 'supervisor', name: name('supervisor'), inherits: ['agent'] },
      ],
    },
    ['error roles[0].inherits', 'error roles[1].inherits'],
  ],
  ROLE_HOLDERS_EMPTY: () => [
    holding({ roles: [] }, { departments: ['POLICY'] }),
    ['error roles[0].holders.roles', 'error roles[1].holders'],
  ],
  ROLE_HOLDER_ROLE_INVALID: () => [
    holding({ roles: ['agent', '', 7] }),
    ['error roles[0].holders.roles[1]', 'error roles[0].holders.roles[2]'],
  ],
  ROUTING_INVALID: () => [
    { ...base(), routing: { departmentCode: 'policy dept', queueCode: 7 } as never },
    ['error routing.departmentCode', 'error routing.queueCode'],
  ],
  ROLE_HOLDER_DEPARTMENT_INVALID: () => [
    holding(
      { roles: ['agent'], departments: ['POLICY', 'policy dept'] },
      { roles: ['x'], departments: 'POLICY' },
    ),
    ['error roles[0].holders.departments[1]', 'error roles[1].holders.departments'],
  ],
};

describe('validateDefinition', () => {
  it('accepts the base flow', () => {
    expect(validateDefinition(base()).problems).toEqual([]);
  });

  it('has a case for every validation code', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(VALIDATION_MESSAGES).sort());
  });

  it.each(Object.entries(cases))('%s', (code, make) => {
    const [def, where] = make();
    expect(found(def, code)).toEqual(where);
  });

  it('reports every problem at once, each in both languages', () => {
    const broken = {
      ...base(),
      start: 'nowhere',
      transitions: [...base().transitions, { key: 't1', from: 'ghost', to: 'ok' }],
    };
    const { ok, problems } = validateDefinition(broken);
    expect(ok).toBe(false);
    expect(new Set(problems.map((p) => p.code))).toEqual(
      new Set(['DUPLICATE_KEY', 'NO_START', 'UNKNOWN_TRANSITION_STEP', 'UNREACHABLE_STEP']),
    );
    for (const p of problems) expect(p.message.zh && p.message.en).toBeTruthy();
  });

  it('type-checks rules in guards, forms, SLA selection and offer eligibility', () => {
    const def: FlowDefinition = {
      ...withSteps(
        b,
        [{ kind: 'decision', key: 'route', name: name('route') }],
        [
          { key: 'x', from: 'check', to: 'route', on: 'approved' },
          { key: 'y', from: 'route', to: 'ok', guard: { '>': [{ var: 'data.amountFen' }, 'big'] } },
          { key: 'z', from: 'route', to: 'no', isDefault: true },
        ],
      ),
      sla: {
        rules: [
          {
            selectWhen: { '==': [{ var: 'data.kind' }, 'b'] },
            policy: { id: 's', calendarId: 'cn-mainland', target: { amount: 1, unit: 'calendarDays' } },
          },
        ],
      },
    };
    expect(validateDefinition(def).problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'RULE_TYPE_MISMATCH transitions[4].guard',
      'RULE_UNKNOWN_OPTION sla.rules[0].selectWhen',
    ]);
  });

  it('lets plug-ins report on their own options', () => {
    const def = withSteps(
      b,
      [
        { kind: 'wait', key: 'wait', name: name('wait'), duration: 'three days' },
        {
          kind: 'action',
          key: 'hook',
          name: name('hook'),
          action: 'webhook',
          options: { url: 'http://insecure' },
        },
      ],
      [
        { key: 'x', from: 'check', to: 'wait', on: 'approved' },
        { key: 'y', from: 'wait', to: 'hook' },
        { key: 'z', from: 'hook', to: 'ok' },
      ],
    );
    expect(validateDefinition(def).problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'INVALID_DURATION steps[4].duration',
      'ACTION_OPTIONS_INVALID steps[5].options.url',
    ]);
  });

  it('accepts every assignment strategy, a department, and role assignments without them', () => {
    const strategies: readonly AssignmentStrategy[] = ASSIGNMENT_STRATEGIES;
    expect(strategies).toEqual(['manual', 'round-robin', 'least-loaded']);
    for (const strategy of strategies)
      expect(
        validateDefinition(
          assigning({ role: 'agent', strategy, department: 'POLICY' }, { role: 'supervisor' }),
        ).problems,
      ).toEqual([]);
    expect(
      validateDefinition(assigning({ role: 'agent', department: 'CUSTOMER_SERVICE_2' }, { role: 'agent' }))
        .problems,
    ).toEqual([]);
  });

  it('accepts holders with and without departments, and names the role in holder problems', () => {
    expect(
      validateDefinition(
        holding({ roles: ['agent'], departments: ['CUSTOMER_SERVICE'] }, { roles: ['supervisor'] }),
      ).problems,
    ).toEqual([]);
    expect(validateDefinition(holding({ roles: ['agent'], departments: [] })).problems).toEqual([]);
    const [problem] = validateDefinition(holding({ roles: ['agent'], departments: ['x'] })).problems;
    expect(problem?.message).toEqual({
      zh: '角色「客户经理」的持有部门编码「x」无效（须为 2–40 个大写字母、数字或 "_"）',
      en: 'Role "Agent" names an invalid holder department code "x" (2–40 characters of A–Z, 0–9 or "_")',
    });
  });

  it('reports an automatic assignment to an unknown role as an unknown role', () => {
    expect(
      validateDefinition(
        assigning({ role: 'ghost', strategy: 'round-robin' }, { role: 'agent' }),
      ).problems.map((p) => `${p.code} ${p.path}`),
    ).toEqual(['UNKNOWN_ROLE steps[0].assignTo.role']);
  });

  it('knows the calendars the host has', () => {
    expect(found(base(), 'UNKNOWN_CALENDAR', { knownCalendarIds: ['cn-shanghai-branch'] })).toEqual([
      'error sla.rules[0].policy.calendarId',
    ]);
  });
});
