/**
 * Published flow versions: reading them (steps, transitions, SLA, forms), diff, rollback, archive,
 * validation of arbitrary JSON, and the role check on publishing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  ARCHIVE,
  AUDIT,
  PUBLISH,
  ROLLBACK,
  SAVE,
  counts,
  createTemplate,
  errorOf,
  ok,
  reviewFlow,
  template,
  type Json,
  type VersionData,
} from './flows-helpers';

const VERSION = `query($key: String!, $v: Int) {
  flowVersion(templateKey: $key, version: $v) {
    id version contentHash
    steps { key kind name { zh en } requiredRole config form { fields { name type label { zh } required } definition } }
    transitions { from to guard guardText { zh en } }
    slaPolicy { key name { zh en } calendarId definition }
  }
}`;
const DIFF = `query($key: String!, $a: Int!, $b: Int!) {
  flowVersionDiff(templateKey: $key, fromVersion: $a, toVersion: $b) {
    stepsAdded stepsRemoved stepsChanged transitionsAdded transitionsRemoved transitionsChanged
    fieldsAdded fieldsRemoved fieldsChanged slaChanged offerPolicyChanged
  }
}`;
const VALIDATE = `query($d: JSON!) { validateFlowDefinition(definition: $d) { valid problems { code path message { zh en } severity } } }`;

const SLA = {
  rules: [
    {
      policy: {
        id: 'standard-5d',
        name: { zh: '标准（5 个工作日）', en: 'Standard (5 working days)' },
        calendarId: 'cn-mainland',
        target: { amount: 5, unit: 'workingDays' },
      },
    },
  ],
};

async function publish(h: Harness, key: string, base: number, notes?: string) {
  return ok(await h.gql<{ publishFlowTemplate: VersionData }>(PUBLISH, { key, base, notes }))
    .publishFlowTemplate;
}

describe('flow versions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    // v1: the review flow; v2: a new step, a changed guard, a new field, an SLA.
    await createTemplate(h, 'versioned', { definition: reviewFlow('versioned') });
    await publish(h, 'versioned', 1, 'v1');
    const v2 = reviewFlow('versioned', { sla: SLA }) as {
      steps: Json[];
      transitions: Json[];
      forms: { elements: Json[] }[];
    };
    v2.steps.splice(2, 0, {
      kind: 'notification',
      key: 'tell',
      name: { zh: '通知', en: 'Tell' },
      channel: 'sms',
      recipient: 'customer',
      template: 'done',
    });
    v2.transitions[1] = {
      key: 't2',
      from: 'check',
      to: 'tell',
      on: 'approved',
      guard: { '>=': [{ var: 'data.amountFen' }, 500] },
    };
    v2.transitions.push({ key: 't4', from: 'tell', to: 'done' });
    v2.forms[0]!.elements.push({ type: 'phone', name: 'mobile', title: { zh: '手机', en: 'Mobile' } });
    (v2.forms[0]!.elements[0] as Json)['maxLength'] = 200;
    ok(await h.gql(SAVE, { key: 'versioned', base: 1, def: v2 }));
    await publish(h, 'versioned', 2, 'v2');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reads a version: steps with kinds, roles and forms; transitions with guard text; the SLA policy', async () => {
    const v = ok(await h.gql<{ flowVersion: Json }>(VERSION, { key: 'versioned', v: 2 })).flowVersion as {
      steps: {
        key: string;
        kind: string;
        requiredRole: string | null;
        config: Json | null;
        form: { fields: Json[] } | null;
      }[];
      transitions: {
        from: string;
        to: string;
        guard: Json | null;
        guardText: { zh: string; en: string } | null;
      }[];
      slaPolicy: { key: string; calendarId: string; name: { en: string } };
    };
    expect(v.steps.map((s) => [s.key, s.kind])).toEqual([
      ['intake', 'FORM'],
      ['check', 'REVIEW'],
      ['tell', 'NOTIFICATION'],
      ['done', 'END'],
      ['refused', 'END'],
    ]);
    expect(v.steps[1]!.requiredRole).toBe('agent');
    expect(v.steps[2]!.config).toEqual({ channel: 'sms', recipient: 'customer', template: 'done' });
    expect(v.steps[0]!.form!.fields).toEqual([
      { name: 'summary', type: 'text', label: { zh: '摘要' }, required: true },
      { name: 'amountFen', type: 'money', label: { zh: '金额' }, required: false },
      { name: 'mobile', type: 'phone', label: { zh: '手机' }, required: false },
    ]);
    const guarded = v.transitions.find((t) => t.guard)!;
    expect(guarded.guardText!.zh).toContain('金额');
    expect(guarded.guardText!.en).toContain('Amount');
    expect(v.transitions.find((t) => t.from === 'intake')!.guardText).toBeNull();
    expect(v.slaPolicy).toMatchObject({
      key: 'standard-5d',
      calendarId: 'cn-mainland',
      name: { en: 'Standard (5 working days)' },
    });
    const newest = ok(
      await h.gql<{ flowVersion: { version: number } }>(VERSION, { key: 'versioned' }),
    ).flowVersion;
    expect(newest.version).toBe(2);
    const none = ok(await h.gql<{ flowVersion: null }>(VERSION, { key: 'versioned', v: 9 }));
    expect(none.flowVersion).toBeNull();
  });

  it('lists versions newest first and reads one by number on the template', async () => {
    const res = ok(
      await h.gql<{ flowTemplate: { versions: { version: number }[]; version: { releaseNotes: string } } }>(
        `query { flowTemplate(key: "versioned") { versions { version } version(version: 1) { releaseNotes } } }`,
      ),
    );
    expect(res.flowTemplate.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(res.flowTemplate.version.releaseNotes).toBe('v1');
  });

  it('diffs two versions: steps, transitions, fields and the SLA', async () => {
    const d = ok(
      await h.gql<{ flowVersionDiff: Json }>(DIFF, { key: 'versioned', a: 1, b: 2 }),
    ).flowVersionDiff;
    expect(d).toEqual({
      stepsAdded: ['tell'],
      stepsRemoved: [],
      stepsChanged: [],
      transitionsAdded: ['check→tell', 'tell→done'],
      transitionsRemoved: [],
      transitionsChanged: ['check→done'],
      fieldsAdded: ['intake.mobile'],
      fieldsRemoved: [],
      fieldsChanged: ['intake.summary'],
      slaChanged: true,
      offerPolicyChanged: false,
    });
    const back = ok(
      await h.gql<{ flowVersionDiff: Json }>(DIFF, { key: 'versioned', a: 2, b: 1 }),
    ).flowVersionDiff;
    expect(back).toMatchObject({ stepsRemoved: ['tell'], fieldsRemoved: ['intake.mobile'] });
    const missing = errorOf(await h.gql(DIFF, { key: 'versioned', a: 1, b: 5 }));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['toVersion'] });
  });

  it('lists every change with its values before and after', async () => {
    const CHANGES = `query($key: String!, $a: Int!, $b: Int!) {
      flowVersionDiff(templateKey: $key, fromVersion: $a, toVersion: $b) {
        changes { area key kind values { path before after } }
      }
    }`;
    const { changes } = ok(
      await h.gql<{ flowVersionDiff: { changes: Json[] } }>(CHANGES, { key: 'versioned', a: 1, b: 2 }),
    ).flowVersionDiff;
    expect(changes.map((c) => [c['area'], c['key'], c['kind']])).toEqual([
      ['FLOW', 'sla', 'ADDED'],
      ['STEP', 'tell', 'ADDED'],
      ['TRANSITION', 'check→tell', 'ADDED'],
      ['TRANSITION', 'tell→done', 'ADDED'],
      ['TRANSITION', 'check→done', 'CHANGED'],
      ['FIELD', 'intake.mobile', 'ADDED'],
      ['FIELD', 'intake.summary', 'CHANGED'],
    ]);
    const byKey = (key: string) => changes.find((c) => c['key'] === key)!['values'];
    expect(byKey('intake.summary')).toEqual([{ path: 'maxLength', before: null, after: 200 }]);
    // Two edges check→done on the same outcome: named by their keys; t2 went to the new step.
    expect(byKey('check→done')).toEqual([
      {
        path: 't2',
        before: {
          from: 'check',
          to: 'done',
          on: 'approved',
          guard: { '>=': [{ var: 'data.amountFen' }, 100] },
        },
        after: null,
      },
    ]);
    expect(byKey('sla')).toEqual([{ path: 'sla', before: null, after: SLA }]);
    expect(byKey('tell')).toEqual([
      { path: '', before: null, after: expect.objectContaining({ key: 'tell', channel: 'sms' }) },
    ]);
  });

  it('rolls back by publishing an earlier bundle as a new version, keeping history and the draft', async () => {
    const r = ok(
      await h.gql<{ rollbackFlowTemplate: VersionData }>(ROLLBACK, {
        key: 'versioned',
        to: 1,
        notes: 'v2 broke SMS',
      }),
    ).rollbackFlowTemplate;
    const v1 = ok(
      await h.gql<{ flowVersion: VersionData }>(
        `query { flowVersion(templateKey: "versioned", version: 1) { contentHash definition } }`,
      ),
    ).flowVersion;
    expect(r.version).toBe(3);
    expect(r.contentHash).toBe(v1.contentHash);
    expect(r.releaseNotes).toContain('Rolled back to version 1');
    expect(r.releaseNotes).toContain('回滚');
    expect(r.releaseNotes).toContain('v2 broke SMS');
    expect({ ...r.definition, version: 1 }).toEqual(v1.definition);
    expect((await template(h, 'versioned')).draft!.revision).toBe(2);
    const again = errorOf(await h.gql(ROLLBACK, { key: 'versioned', to: 1 }));
    expect(again.extensions!.code).toBe('BAD_USER_INPUT');
    const missing = errorOf(await h.gql(ROLLBACK, { key: 'versioned', to: 42 }));
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', fieldPath: ['toVersion'] });
    const log = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string; details: Json } }[] } }>(AUDIT, {
        key: 'versioned',
      }),
    );
    expect(log.configAuditLog.edges[0]!.node).toMatchObject({
      action: 'flow.rollback',
      details: { version: 3, restoredFrom: 1 },
    });
  });

  it('archives a template: flagged, audited, then read-only; archiving twice is refused', async () => {
    await createTemplate(h, 'to-archive');
    const a = ok(await h.gql<{ archiveFlowTemplate: { archived: boolean } }>(ARCHIVE, { key: 'to-archive' }));
    expect(a.archiveFlowTemplate.archived).toBe(true);
    const before = await counts(h);
    expect(errorOf(await h.gql(ARCHIVE, { key: 'to-archive' })).extensions!.code).toBe('BAD_USER_INPUT');
    const save = errorOf(await h.gql(SAVE, { key: 'to-archive', base: 1, def: reviewFlow('to-archive') }));
    expect(save.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldPath: ['key'] });
    expect(errorOf(await h.gql(PUBLISH, { key: 'to-archive', base: 1 })).extensions!.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await counts(h)).toEqual(before);
    const log = ok(
      await h.gql<{ configAuditLog: { edges: { node: { action: string } }[] } }>(AUDIT, {
        key: 'to-archive',
      }),
    );
    expect(log.configAuditLog.edges.map((e) => e.node.action)).toEqual(['flow.archive', 'flow.create']);
    expect(errorOf(await h.gql(ARCHIVE, { key: 'ghost-flow' })).extensions!.code).toBe('NOT_FOUND');
    // Concurrent archives: the archive record's unique id lets exactly one through.
    await createTemplate(h, 'archive-race');
    const racers = await Promise.all(
      Array.from({ length: 5 }, () => h.gql(ARCHIVE, { key: 'archive-race' })),
    );
    expect(racers.filter((r) => !r.errors)).toHaveLength(1);
    expect(racers.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toHaveLength(4);
    // The header's flag is a projection: even if lost to a racing projection update, the record decides.
    await h.db.models.FlowTemplate.updateOne({ _id: 'archive-race' }, { $set: { archived: false } }).exec();
    const read = ok(
      await h.gql<{ flowTemplate: { archived: boolean } }>(
        `query { flowTemplate(key: "archive-race") { archived } }`,
      ),
    );
    expect(read.flowTemplate.archived).toBe(true);
  });

  it('validates any JSON: engine problems with list paths, and a non-definition as one problem at its path', async () => {
    const good = ok(
      await h.gql<{ validateFlowDefinition: { valid: boolean; problems: Json[] } }>(VALIDATE, {
        d: reviewFlow('x'),
      }),
    );
    // Valid; the one warning is that no active user holds its role `agent` (only the administrator exists).
    expect(good.validateFlowDefinition).toEqual({
      valid: true,
      problems: [
        expect.objectContaining({ code: 'ROLE_WITHOUT_HOLDER', path: ['roles', '0'], severity: 'warning' }),
      ],
    });
    const broken = reviewFlow('x', { start: 'nowhere' });
    const bad = ok(
      await h.gql<{
        validateFlowDefinition: { valid: boolean; problems: { code: string; path: string[] }[] };
      }>(VALIDATE, { d: broken }),
    );
    expect(bad.validateFlowDefinition.valid).toBe(false);
    expect(bad.validateFlowDefinition.problems).toContainEqual(
      expect.objectContaining({ code: 'NO_START', path: ['start'] }),
    );
    for (const [d, path] of [
      ['just a string', []],
      [{ schemaVersion: 2 }, ['schemaVersion']],
      [{ ...reviewFlow('x'), transitions: [1] }, ['transitions']],
    ] as const) {
      const r = ok(
        await h.gql<{
          validateFlowDefinition: { valid: boolean; problems: { code: string; path: string[] }[] };
        }>(VALIDATE, { d }),
      );
      expect(r.validateFlowDefinition.valid).toBe(false);
      expect(r.validateFlowDefinition.problems).toEqual([
        expect.objectContaining({ code: 'DEFINITION_SHAPE', path, severity: 'error' }),
      ]);
    }
    // Warnings do not make a definition invalid (the Minsheng seed has one).
    const seed = await createTemplate(h, 'warned-seed', { fromSeed: 'minsheng-e-negotiation' });
    const warned = ok(
      await h.gql<{ validateFlowDefinition: { valid: boolean; problems: { severity: string }[] } }>(
        VALIDATE,
        {
          d: seed.draft.definition,
        },
      ),
    ).validateFlowDefinition;
    expect(warned.valid).toBe(true);
    expect(warned.problems.length).toBeGreaterThan(0);
    expect(warned.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('resolves templates and versions by global id through Query.node', async () => {
    const ids = ok(
      await h.gql<{ flowTemplate: { id: string; version: { id: string } } }>(
        `query { flowTemplate(key: "versioned") { id version(version: 2) { id } } }`,
      ),
    ).flowTemplate;
    const NODE = `query($id: ID!) { node(id: $id) { __typename ... on FlowTemplate { key } ... on FlowVersion { version } } }`;
    expect(ok(await h.gql<{ node: Json }>(NODE, { id: ids.id })).node).toEqual({
      __typename: 'FlowTemplate',
      key: 'versioned',
    });
    expect(ok(await h.gql<{ node: Json }>(NODE, { id: ids.version.id })).node).toEqual({
      __typename: 'FlowVersion',
      version: 2,
    });
    const gone = Buffer.from('FlowVersion:versioned@99').toString('base64url');
    expect(ok(await h.gql<{ node: null }>(NODE, { id: gone })).node).toBeNull();
  });

  it('lets an agent read but not publish (FORBIDDEN)', async () => {
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`, {
        input: {
          username: 'agent.wu',
          displayName: 'Wu',
          password: 'agent password 1',
          roles: ['agent'],
          departments: [],
        },
      }),
    );
    const agent = await h.login('agent.wu', 'agent password 1');
    const before = await counts(h);
    const denied = errorOf(await h.gql(PUBLISH, { key: 'versioned', base: 2 }, { as: agent }));
    expect(denied.extensions!.code).toBe('FORBIDDEN');
    const read = ok(
      await h.gql<{ flowVersion: { version: number } }>(VERSION, { key: 'versioned', v: 1 }, { as: agent }),
    );
    expect(read.flowVersion.version).toBe(1);
    expect(errorOf(await h.gql(PUBLISH, { key: 'versioned', base: 2 }, { as: null })).extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await counts(h)).toEqual(before);
  });
});
