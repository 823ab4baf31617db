import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseRuntime } from '../src/features/cases/runtime/case-runtime.service';
import { localObjectId } from '../src/features/cases/runtime/case-query.service';
import { dataKeysOf } from '../src/features/privacy/data-keys';
import { startHarness, type Harness } from './harness';
import {
  CASE,
  CLASSIFY,
  COMPLAINT,
  OPEN,
  SUBMIT,
  code,
  ok,
  openInput,
  setUpCases,
  type CaseResult,
  type Staff,
} from './cases-helpers';
import { PUBLISH, SAVE, TEMPLATE, type Json, type TemplateData } from './flows-helpers';

const KEY = 'complaint-handling';
const RENAMED: Record<string, string> = { receive: 'intake', classify: 'triage' };

const OPEN_CASES = `query($v: Int!) { flowVersion(templateKey: "${KEY}", version: $v) {
  openCaseCount openCases(first: 10) { totalCount edges { node { id reference activeSteps } } } } }`;
const PLAN = `query($mapping: [StepMappingInput!]!, $ids: [ID!]) {
  planCaseMigration(templateKey: "${KEY}", fromVersion: 1, toVersion: 2, stepMapping: $mapping, caseIds: $ids) {
    migratableCount blockedCount
    cases { caseId reference migratable fromSteps toSteps changes { zh en } problems { code path severity message { zh en } } }
  } }`;
const MIGRATE = `mutation($mapping: [StepMappingInput!]!, $ids: [ID!], $size: Int) {
  migrateCases(templateKey: "${KEY}", fromVersion: 1, toVersion: 2, stepMapping: $mapping, caseIds: $ids, batchSize: $size) {
    batches migrated skipped failed results { caseId reference outcome code message { zh en } }
  } }`;
const AUDIT = `{ configAuditLog(entityType: "Case", first: 50) { edges { node { action entityType entityKey details } } } }`;

interface OpenCasesData {
  flowVersion: {
    openCaseCount: number;
    openCases: { totalCount: number; edges: { node: { id: string; reference: string } }[] };
  };
}
interface PlanItem {
  caseId: string;
  reference: string;
  migratable: boolean;
  fromSteps: string[];
  toSteps: string[];
  changes: { en: string }[];
  problems: { code: string; severity: string }[];
}
interface MigrateData {
  migrateCases: {
    batches: number;
    migrated: number;
    skipped: number;
    failed: number;
    results: { caseId: string; reference: string; outcome: string; code: string | null }[];
  };
}
interface CaseData {
  case: {
    reference: string;
    activeSteps: string[];
    flowVersion: { version: number };
    events: { totalCount: number; edges: { node: { type: string; data: Json } }[] };
  };
}

/** v2 of the flow: the first two steps renamed (`receive` → `intake`, `classify` → `triage`). */
function renamed(definition: Json): Json {
  const rename = (k: unknown) => (typeof k === 'string' ? (RENAMED[k] ?? k) : k);
  const steps = (definition['steps'] as Json[]).map((s) => ({ ...s, key: rename(s['key']) }));
  const transitions = (definition['transitions'] as Json[]).map((t) => ({
    ...t,
    from: rename(t['from']),
    to: rename(t['to']),
  }));
  return { ...definition, start: rename(definition['start']), steps, transitions };
}

describe('cases: migration between flow versions', () => {
  let h: Harness;
  let staff: Staff;
  const ids: string[] = [];
  let blocked = '';
  /** On v1 at `classify`: loses its append to a competitor once, then migrates with the rest. */
  let raced = '';
  const mapping = [{ from: 'classify', to: 'triage' }];

  const rawLog = async () =>
    JSON.stringify(await h.db.conn.collection('case_events').find({}).sort({ _id: 1 }).toArray()) +
    JSON.stringify(await h.db.conn.collection('cases').find({}).sort({ _id: 1 }).toArray());

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    const open = async () =>
      ok(
        await h.gql<{ openCase: CaseResult }>(
          OPEN,
          { input: openInput({ assignToMe: true }) },
          { as: staff.agent },
        ),
      ).openCase.case.id;
    for (let i = 0; i < 3; i++) {
      const id = await open();
      ok(await h.gql(SUBMIT, { id, step: 'receive', data: COMPLAINT }, { as: staff.agent }));
      ids.push(id);
    }
    raced = await open();
    ok(await h.gql(SUBMIT, { id: raced, step: 'receive', data: COMPLAINT }, { as: staff.agent }));
    blocked = await open(); // stays at `receive`, which v2 renamed and the mapping does not cover
    const v1 = ok(
      await h.gql<{ flowVersion: { definition: Json } }>(
        `query { flowVersion(templateKey: "${KEY}", version: 1) { definition } }`,
      ),
    ).flowVersion.definition;
    const tpl = ok(await h.gql<{ flowTemplate: TemplateData }>(TEMPLATE, { key: KEY })).flowTemplate;
    const saved = ok(
      await h.gql<{ saveFlowDraft: { revision: number } }>(SAVE, {
        key: KEY,
        base: tpl.draft?.revision ?? 0,
        def: renamed(v1),
      }),
    ).saveFlowDraft;
    const published = ok(
      await h.gql<{ publishFlowTemplate: { version: number } }>(PUBLISH, {
        key: KEY,
        base: saved.revision,
        notes: 'receive → intake, classify → triage',
      }),
    );
    expect(published.publishFlowTemplate.version).toBe(2);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists open cases per version, with their count, department-scoped', async () => {
    const v1 = ok(await h.gql<OpenCasesData>(OPEN_CASES, { v: 1 })).flowVersion;
    expect(v1.openCaseCount).toBe(5);
    expect(v1.openCases.totalCount).toBe(5);
    expect(v1.openCases.edges.map((e) => e.node.id).sort()).toEqual([...ids, raced, blocked].sort());
    const v2 = ok(await h.gql<OpenCasesData>(OPEN_CASES, { v: 2 })).flowVersion;
    expect(v2.openCaseCount).toBe(0);
    const otherDept = ok(await h.gql<OpenCasesData>(OPEN_CASES, { v: 1 }, { as: staff.otherDept }));
    expect(otherDept.flowVersion.openCaseCount).toBe(0);
    expect(otherDept.flowVersion.openCases.totalCount).toBe(0);
  });

  it('dry run: reports what would change and what blocks, writes nothing', async () => {
    const before = await rawLog();
    const plan = ok(
      await h.gql<{
        planCaseMigration: { migratableCount: number; blockedCount: number; cases: PlanItem[] };
      }>(PLAN, { mapping }),
    ).planCaseMigration;
    expect(await rawLog()).toBe(before);
    expect(plan.migratableCount).toBe(4);
    expect(plan.blockedCount).toBe(1);
    for (const id of ids) {
      const item = plan.cases.find((c) => c.caseId === id)!;
      expect(item).toMatchObject({ migratable: true, fromSteps: ['classify'], toSteps: ['triage'] });
      expect(item.changes.length).toBeGreaterThan(0);
    }
    const stuck = plan.cases.find((c) => c.caseId === blocked)!;
    expect(stuck.migratable).toBe(false);
    expect(stuck.fromSteps).toEqual(['receive']);
    expect(stuck.problems).toContainEqual(
      expect.objectContaining({ code: 'UNMAPPED_STEP', severity: 'error' }),
    );
  });

  it('refuses a mapping to a step the target version lacks, with its path', async () => {
    const res = await h.gql(PLAN, { mapping: [{ from: 'classify', to: 'nowhere' }] });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fieldPath).toEqual(['stepMapping', 0, 'to']);
  });

  it('an agent may not migrate (nor plan)', async () => {
    const before = await rawLog();
    expect(code(await h.gql(MIGRATE, { mapping, size: 2 }, { as: staff.agent }))).toBe('FORBIDDEN');
    expect(code(await h.gql(PLAN, { mapping }, { as: staff.agent }))).toBe('FORBIDDEN');
    expect(await rawLog()).toBe(before);
  });

  it('a concurrent command wins the append: that case is FAILED with CONFLICT and stays on v1', async () => {
    const opened = raced;
    const caseId = localObjectId(opened, 'Case')!;
    const events = h.db.conn.collection('case_events');
    const [last] = await events.find({ caseId }).sort({ seq: -1 }).limit(1).toArray();
    // Another writer appended seq n + 1 and has not folded it into the projection yet.
    const { _id: _ignored, ...rest } = last!;
    const competitor = await events.insertOne({
      ...rest,
      seq: Number(last!['seq']) + 1,
      recordedAt: new Date(),
    });
    const result = ok(await h.gql<MigrateData>(MIGRATE, { mapping, ids: [opened] })).migrateCases;
    expect(result.results[0]).toMatchObject({ outcome: 'FAILED', code: 'CONFLICT' });
    const c = ok(await h.gql<CaseData>(CASE, { id: opened })).case;
    expect(c.flowVersion.version).toBe(1);
    expect(await events.countDocuments({ caseId, type: 'caseMigrated' })).toBe(0);
    await events.deleteOne({ _id: competitor.insertedId });
  });

  it('migrates in batches: pinned to v2, caseMigrated in the log, audit per case, blocked one untouched', async () => {
    const readCase = async (id: string) => ok(await h.gql<CaseData>(CASE, { id })).case;
    const blockedBefore = await readCase(blocked);
    const result = ok(await h.gql<MigrateData>(MIGRATE, { mapping, size: 2 })).migrateCases;
    expect(result).toMatchObject({ batches: 2, migrated: 4, skipped: 1, failed: 0 });
    expect(result.results.find((r) => r.caseId === blocked)).toMatchObject({
      outcome: 'SKIPPED',
      code: 'MIGRATION_BLOCKED',
    });

    for (const id of ids) {
      const c = await readCase(id);
      expect(c.flowVersion.version).toBe(2);
      expect(c.activeSteps).toEqual(['triage']);
      const migrated = c.events.edges.map((e) => e.node).filter((e) => e.type === 'caseMigrated');
      expect(migrated).toHaveLength(1);
      expect(migrated[0]!.data).toMatchObject({ toVersion: 2 });
      // The projection folded from the log alone agrees (replays against v2).
      const runtime = new CaseRuntime(h.db.models, dataKeysOf(h.db.models));
      const rebuilt = await runtime.projectFromLog(localObjectId(id, 'Case')!);
      expect(rebuilt.version).toBe(2);
      expect(rebuilt.activeSteps).toEqual(['triage']);
    }
    const stuck = await readCase(blocked);
    expect(stuck.flowVersion.version).toBe(1);
    expect(stuck.events.totalCount).toBe(blockedBefore.events.totalCount);

    const audit = ok(
      await h.gql<{
        configAuditLog: { edges: { node: { action: string; entityKey: string; details: Json } }[] };
      }>(AUDIT),
    ).configAuditLog.edges.map((e) => e.node);
    const migratedRefs = result.results.filter((r) => r.outcome === 'MIGRATED').map((r) => r.reference);
    expect(
      audit
        .filter((a) => a.action === 'case.migrate')
        .map((a) => a.entityKey)
        .sort(),
    ).toEqual(migratedRefs.sort());
    expect(audit[0]!.details).toMatchObject({
      fromVersion: 1,
      toVersion: 2,
      fromSteps: ['classify'],
      toSteps: ['triage'],
    });

    expect(ok(await h.gql<OpenCasesData>(OPEN_CASES, { v: 1 })).flowVersion.openCaseCount).toBe(1);
    expect(ok(await h.gql<OpenCasesData>(OPEN_CASES, { v: 2 })).flowVersion.openCaseCount).toBe(4);
  });

  it('later commands run on v2', async () => {
    const id = ids[0]!;
    const next = ok(
      await h.gql<{ submitStep: CaseResult }>(
        SUBMIT,
        { id, step: 'triage', data: CLASSIFY },
        { as: staff.agent },
      ),
    ).submitStep;
    expect(next.case.activeSteps).toEqual(['handle']);
    // The old key is gone on v2.
    const old = await h.gql(SUBMIT, { id: ids[1], step: 'classify', data: CLASSIFY }, { as: staff.agent });
    expect(code(old)).toBe('UNKNOWN_STEP');
  });

  it('a second run finds nothing left to move on v1 but the blocked case', async () => {
    const result = ok(await h.gql<MigrateData>(MIGRATE, { mapping, size: 2 })).migrateCases;
    expect(result).toMatchObject({ migrated: 0, skipped: 1, failed: 0 });
    const explicit = ok(await h.gql<MigrateData>(MIGRATE, { mapping, ids: [ids[2]] })).migrateCases;
    expect(explicit.results[0]).toMatchObject({ outcome: 'SKIPPED', code: 'MIGRATION_BLOCKED' });
  });
});
