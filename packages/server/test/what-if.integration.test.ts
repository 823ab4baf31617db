import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { startHarness, type Harness } from './harness';
import {
  CLASSIFY,
  COMPLAINT,
  HANDLE,
  OPEN,
  SUBMIT,
  LOG_CALL,
  code,
  ok,
  openInput,
  setUpCases,
  type CaseResult,
  type Staff,
} from './cases-helpers';
import { SAVE, TEMPLATE, createTemplate, type Json, type TemplateData } from './flows-helpers';

const KEY = 'complaint-handling';
const WHAT_IF = `query($key: String!, $last: Int) {
  simulateDraftOnCases(templateKey: $key, last: $last) {
    templateKey publishedVersion draftRevision total differentPath slaChanged blocked skipped
    differentPathExamples { caseId reference recordedPath draftPath recordedStep draftStep }
    blockedExamples { reference command stepKey refusalCode refusalMessage { zh en } }
    slaChangedExamples { reference recordedBreached draftBreached recordedDueAt draftDueAt }
    refusals { code count message { zh en } }
  } }`;

interface Report {
  templateKey: string;
  publishedVersion: number | null;
  draftRevision: number;
  total: number;
  differentPath: number;
  slaChanged: number;
  blocked: number;
  skipped: number;
  differentPathExamples: {
    caseId: string;
    reference: string;
    recordedPath: string[];
    draftPath: string[];
    recordedStep: string | null;
    draftStep: string | null;
  }[];
  blockedExamples: { reference: string; command: string; stepKey: string; refusalCode: string }[];
  slaChangedExamples: { reference: string; recordedBreached: boolean; draftBreached: boolean }[];
  refusals: { code: string; count: number; message: { zh: string; en: string } }[];
}

describe('what-if: the draft replayed on recorded cases', () => {
  let h: Harness;
  let staff: Staff;
  let otherDesigner = '';
  let v1: Json;
  const references: string[] = [];

  const rawLog = async () =>
    JSON.stringify(await h.db.conn.collection('case_events').find({}).sort({ _id: 1 }).toArray()) +
    JSON.stringify(await h.db.conn.collection('cases').find({}).sort({ _id: 1 }).toArray());

  const saveDraft = async (definition: Json) => {
    const tpl = ok(await h.gql<{ flowTemplate: TemplateData }>(TEMPLATE, { key: KEY })).flowTemplate;
    ok(await h.gql(SAVE, { key: KEY, base: tpl.draft?.revision ?? 0, def: definition }));
  };
  const whatIf = async (as?: string) =>
    ok(await h.gql<{ simulateDraftOnCases: Report }>(WHAT_IF, { key: KEY, last: 100 }, as ? { as } : {}))
      .simulateDraftOnCases;

  beforeAll(async () => {
    h = await startHarness({}, { monitorCommands: true });
    staff = await setUpCases(h);
    let now = new Date('2026-03-02T10:00:00+08:00');
    setCaseClock(h.db.models, () => now);
    ok(
      await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
        input: {
          key: 'designer',
          name: { zh: '设计', en: 'Designer' },
          permissions: ['flow.read', 'flow.write'],
        },
      }),
    );
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username: 'designer.policy',
          displayName: 'designer.policy',
          password: 'correct horse battery',
          roles: ['designer'],
          departments: ['POLICY'],
        },
      }),
    );
    otherDesigner = await h.login('designer.policy', 'correct horse battery');
    const as = { as: staff.agent };
    // Two cases answered on the phone at the end, one still waiting at `handle`.
    for (let i = 0; i < 3; i++) {
      const opened = ok(
        await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput({ assignToMe: true }) }, as),
      );
      const id = opened.openCase.case.id;
      references.push(opened.openCase.case.reference);
      ok(await h.gql(SUBMIT, { id, step: 'receive', data: COMPLAINT }, as));
      ok(await h.gql(SUBMIT, { id, step: 'classify', data: CLASSIFY }, as));
      if (i === 2) continue;
      now = new Date('2026-03-05T10:00:00+08:00'); // three days later
      ok(await h.gql(SUBMIT, { id, step: 'handle', data: HANDLE }, as));
      ok(await h.gql(SUBMIT, { id, step: 'track', data: { trackingStatus: 'resolved' } }, as));
      ok(
        await h.gql(
          LOG_CALL,
          { id, step: 'phone-feedback', channel: 'phone', contact: '13812345678', answered: true },
          as,
        ),
      );
      now = new Date('2026-03-02T10:00:00+08:00');
    }
    v1 = ok(
      await h.gql<{ flowVersion: { definition: Json } }>(
        `query { flowVersion(templateKey: "${KEY}", version: 1) { definition } }`,
      ),
    ).flowVersion.definition;
  });
  afterAll(async () => {
    if (h) setCaseClock(h.db.models, null);
    await h?.close();
  });

  it('the unchanged draft: every case replays the same', async () => {
    const report = await whatIf();
    expect(report).toMatchObject({
      templateKey: KEY,
      publishedVersion: 1,
      total: 3,
      differentPath: 0,
      blocked: 0,
      slaChanged: 0,
      skipped: 0,
    });
  });

  it('a changed guard: the cases past the decision take another path, with the first divergent step', async () => {
    const transitions = (v1['transitions'] as Json[]).map((t) =>
      t['key'] === 't6' ? { ...t, guard: { '==': [{ var: 'data.feedbackMethod' }, 'phone'] } } : t,
    );
    await saveDraft({ ...v1, transitions });
    const before = await rawLog();
    const report = await whatIf();
    expect(await rawLog()).toBe(before);
    expect(report.total).toBe(3);
    expect(report.differentPath).toBe(2);
    expect(report.blocked).toBe(0);
    expect(report.differentPathExamples.map((e) => e.reference).sort()).toEqual(
      references.slice(0, 2).sort(),
    );
    expect(report.differentPathExamples[0]).toMatchObject({
      recordedStep: 'phone-feedback',
      draftStep: 'written-feedback',
    });
    expect(report.differentPathExamples[0]?.recordedPath.slice(0, 3)).toEqual([
      'receive',
      'classify',
      'handle',
    ]);
  });

  it('a removed step: the command that led into it is blocked, refusals counted and localized', async () => {
    const steps = (v1['steps'] as Json[]).filter((s) => s['key'] !== 'handle');
    const transitions = (v1['transitions'] as Json[]).filter(
      (t) => t['from'] !== 'handle' && t['to'] !== 'handle',
    );
    await saveDraft({ ...v1, steps, transitions });
    const report = await whatIf();
    expect(report.total).toBe(3);
    expect(report.blocked).toBe(3);
    expect(report.differentPath).toBe(0);
    expect(report.blockedExamples[0]).toMatchObject({
      command: 'submitStep',
      stepKey: 'classify',
      refusalCode: 'GUARD_FAILED',
    });
    expect(report.refusals).toHaveLength(1);
    expect(report.refusals[0]).toMatchObject({ code: 'GUARD_FAILED', count: 3 });
    expect(report.refusals[0]?.message.zh).toContain('没有满足条件的去向');
    expect(report.refusals[0]?.message.en).toContain('No transition out of step');
  });

  it('a one-day SLA: the two cases worked over three days would breach; the fresh one would not', async () => {
    const sla = v1['sla'] as { rules: { policy: Json }[] };
    const rules = sla.rules.map((r) => ({
      ...r,
      policy: { ...r.policy, target: { amount: 1, unit: 'calendarDays' } },
    }));
    await saveDraft({ ...v1, sla: { ...sla, rules } });
    const report = await whatIf();
    expect(report.slaChanged).toBe(2);
    expect(report.slaChangedExamples.map((e) => e.reference).sort()).toEqual(references.slice(0, 2).sort());
    for (const e of report.slaChangedExamples)
      expect(e).toMatchObject({ recordedBreached: false, draftBreached: true });
  });

  it('reads the cases in chunks: one query for the cases, one for their events', async () => {
    const finds: string[] = [];
    const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
      if (e.commandName === 'find') finds.push(String(e.command['find']));
    };
    const client = h.db.models.Case.db.getClient();
    client.on('commandStarted', listener);
    try {
      expect((await whatIf()).total).toBe(3);
    } finally {
      client.off('commandStarted', listener);
    }
    expect(finds.filter((c) => c === 'cases')).toHaveLength(1);
    expect(finds.filter((c) => c === 'case_events')).toHaveLength(1);
  });

  it('department scoping: a designer of another department replays none of these cases', async () => {
    const report = await whatIf(otherDesigner);
    expect(report.total).toBe(0);
    expect(report.publishedVersion).toBe(1);
  });

  it('needs flow.write: an agent is refused', async () => {
    const res = await h.gql(WHAT_IF, { key: KEY, last: 5 }, { as: staff.agent });
    expect(code(res)).toBe('FORBIDDEN');
  });

  it('last is 1–500: 501 and 0 are refused with the field path', async () => {
    for (const last of [501, 0]) {
      const res = await h.gql(WHAT_IF, { key: KEY, last });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fieldPath).toEqual(['last']);
    }
  });

  it('limits to the newest `last` cases', async () => {
    const res = ok(await h.gql<{ simulateDraftOnCases: Report }>(WHAT_IF, { key: KEY, last: 1 }));
    expect(res.simulateDraftOnCases.total).toBe(1);
  });

  it('nothing published: an empty report', async () => {
    await createTemplate(h, 'unpublished-flow');
    const res = ok(
      await h.gql<{ simulateDraftOnCases: Report }>(WHAT_IF, { key: 'unpublished-flow', last: 10 }),
    );
    expect(res.simulateDraftOnCases).toMatchObject({ publishedVersion: null, total: 0 });
  });
});
