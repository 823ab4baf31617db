/**
 * Out of the box: the demo users and the ten seed templates, published, after `prepareDatabase` (what
 * `pnpm start` runs) — and that the demo users between them hold every flow role a seed step needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES, holdsFlowRole, type FlowDefinition } from '@parley/engine';
import { testDatabaseUri, uniqueDatabaseName } from '../../../test-support/test-database';
import { connectDatabase } from '../src/db/connect';
import { ensureAccessBasics } from '../src/features/access/access.seed';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { prepareDatabase } from '../src/startup';
import { DEMO_USERS, demoUsersWanted, ensureDemoUsers } from '../src/seed/demo-users';
import { FLOW_SEED_MARKER, publishSeedTemplates } from '../src/seed/seed-flows';
import { startHarness, type Harness } from './harness';
import { COMPLAINT, CUSTOMER, ok, OPEN, SUBMIT } from './cases-helpers';

const PASSWORD = 'demo-users-password-1';
const KEYS = FLOW_TEMPLATES.map((t) => t.key).sort();

/** The role a step needs, if it names one (a rule-chosen role counts by each of its outcomes). */
function stepRoles(step: FlowDefinition['steps'][number]): string[] {
  const s = step as { requiredRole?: string; assignTo?: { role?: string; rule?: unknown } };
  if (s.requiredRole) return [s.requiredRole];
  if (s.assignTo?.role) return [s.assignTo.role];
  if (s.assignTo?.rule) {
    const roles = new Set<string>();
    JSON.stringify(s.assignTo.rule).replace(/"([a-z][a-z0-9-]*)"/g, (_m, word: string) => {
      roles.add(word);
      return '';
    });
    return [...roles];
  }
  return [];
}

const ALL = ['agent-cs', 'agent-policy', 'agent-product', 'supervisor'];
const FIRST_STEP_HOLDERS: Record<string, string[]> = {
  'cmbc-negotiation-mechanism': ALL,
  'complaint-handling': ['agent-cs', 'supervisor'],
  'enterprise-reception': ['agent-cs', 'supervisor'],
  'icbc-negotiation-scheme': ALL,
  'loan-application': ['agent-product', 'supervisor'],
  'minsheng-e-negotiation': ['supervisor'],
  'overdue-reminders': ALL,
  'satisfaction-follow-up': ALL,
  'service-plan-superior-review': ALL,
  'xw-bank-negotiation-policy': ALL,
};
const DEMO_NAMES = new Set(DEMO_USERS.map((u) => u.username));
async function demoUsers(h: Harness) {
  return (await h.db.models.User.find().lean().exec()).filter((u) => DEMO_NAMES.has(u.username));
}

describe('demo users and published seed templates', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates the four demo users once, with the departments of the contract', async () => {
    const created = await ensureDemoUsers(h.db.models, PASSWORD);
    expect(created.map((u) => u.username)).toEqual([
      'supervisor',
      'agent-cs',
      'agent-product',
      'agent-policy',
    ]);
    expect(created.every((u) => u.generatedPassword === null)).toBe(true);
    expect(await ensureDemoUsers(h.db.models, PASSWORD)).toEqual([]);
    const users = await demoUsers(h);
    const byName = Object.fromEntries(users.map((u) => [u.username, u]));
    expect(byName['supervisor']).toMatchObject({
      roles: ['supervisor'],
      departments: ['CUSTOMER_SERVICE', 'PRODUCT', 'POLICY'],
    });
    expect(byName['agent-cs']).toMatchObject({ roles: ['agent'], departments: ['CUSTOMER_SERVICE'] });
    expect(byName['agent-product']).toMatchObject({ roles: ['agent'], departments: ['PRODUCT'] });
    expect(byName['agent-policy']).toMatchObject({ roles: ['agent'], departments: ['POLICY'] });
    for (const u of DEMO_USERS) expect(await h.login(u.username, PASSWORD)).toMatch(/^Bearer /);
  });

  it('publishes all ten seed templates under their engine keys, once', async () => {
    expect((await publishSeedTemplates(h.db.models)).sort()).toEqual(KEYS);
    expect(await publishSeedTemplates(h.db.models)).toEqual([]);
    const agent = await h.login('agent-cs', PASSWORD);
    const res = ok(
      await h.gql<{
        flowTemplates: { edges: { node: { key: string; latestVersion: { version: number } | null } }[] };
      }>(
        `{ flowTemplates(first: 50) { edges { node { key latestVersion { version } } } } }`,
        {},
        { as: agent },
      ),
    );
    const published = res.flowTemplates.edges.map((e) => e.node);
    expect(published.map((t) => t.key).sort()).toEqual(KEYS);
    for (const t of published) expect(t.latestVersion, t.key).toEqual({ version: 1 });
  });

  it('gives every role-bearing step of every seed a demo user who holds its role', async () => {
    const users = await demoUsers(h);
    const profiles = users.map((u) => ({ username: u.username, roles: u.roles, departments: u.departments }));
    for (const definition of FLOW_TEMPLATES) {
      const roleKeys = new Set(definition.roles.map((r) => r.key));
      const staffSteps = definition.steps.filter((s) => stepRoles(s).length > 0);
      expect(staffSteps.length, definition.key).toBeGreaterThan(0);
      for (const step of staffSteps)
        for (const role of stepRoles(step).filter((r) => roleKeys.has(r)))
          expect(
            profiles.filter((p) => holdsFlowRole(definition, p, role)).map((p) => p.username),
            `${definition.key} / ${step.key} / ${role}`,
          ).not.toEqual([]);
      // Who may work the first staff step (an agent of the right department; Minsheng's review is the
      // reviewer's, which the supervisor holds).
      const first = stepRoles(staffSteps[0]!).filter((r) => roleKeys.has(r));
      expect(
        profiles
          .filter((p) => first.some((role) => holdsFlowRole(definition, p, role)))
          .map((p) => p.username)
          .sort(),
        `${definition.key} / ${staffSteps[0]!.key}`,
      ).toEqual(FIRST_STEP_HOLDERS[definition.key]);
    }
  });

  it('lets the customer-service agent open and receive a complaint (the admin alone could not)', async () => {
    const agent = await h.login('agent-cs', PASSWORD);
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string; activeSteps: string[] } } }>(
        OPEN,
        { input: { templateKey: 'complaint-handling', channel: 'HOTLINE', customer: CUSTOMER } },
        { as: agent },
      ),
    ).openCase.case;
    expect(opened.activeSteps).toEqual(['receive']);
    const received = ok(
      await h.gql<{ submitStep: { case: { activeSteps: string[] } } }>(
        SUBMIT,
        { id: opened.id, step: 'receive', data: COMPLAINT },
        { as: agent },
      ),
    ).submitStep.case;
    expect(received.activeSteps).toEqual(['classify']);
  });
});

describe('prepareDatabase (pnpm start)', () => {
  it('creates demo users with generated passwords in development, none in production unless asked', async () => {
    expect(demoUsersWanted({ NODE_ENV: 'development' })).toBe(true);
    expect(demoUsersWanted({ NODE_ENV: 'production' })).toBe(false);
    expect(demoUsersWanted({ NODE_ENV: 'production', PARLEY_DEMO_USERS: '1' })).toBe(true);

    const dbName = uniqueDatabaseName();
    const db = await connectDatabase(testDatabaseUri(dbName), dbName);
    const logger = createLogger('silent');
    try {
      const prod = await prepareDatabase(
        db,
        loadConfig({ NODE_ENV: 'production', PARLEY_ADMIN_PASSWORD: PASSWORD }),
        logger,
        { seed: true },
      );
      expect(prod.createdDemoUsers).toEqual([]);
      expect(await db.models.User.exists({ username: 'agent-cs' }).exec()).toBeNull();
      // The templates are published in production too.
      expect(await db.models.FlowTemplate.countDocuments().exec()).toBe(KEYS.length);

      const dev = await prepareDatabase(
        db,
        loadConfig({ NODE_ENV: 'development', PARLEY_ADMIN_PASSWORD: PASSWORD }),
        logger,
        { seed: true },
      );
      expect(dev.createdDemoUsers.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username));
      const passwords = dev.createdDemoUsers.map((u) => u.generatedPassword);
      for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9_-]{16}$/);
      expect(new Set(passwords).size).toBe(passwords.length);
      // Printed once: the next start creates nobody and has nothing to print.
      const again = await prepareDatabase(
        db,
        loadConfig({ NODE_ENV: 'development', PARLEY_ADMIN_PASSWORD: PASSWORD }),
        logger,
        { seed: true },
      );
      expect(again.createdDemoUsers).toEqual([]);
    } finally {
      await db.conn.dropDatabase();
      await db.close();
    }
  });

  it('publishes each seed once and creates each demo user once when several processes start at once', async () => {
    const dbName = uniqueDatabaseName();
    const processes = await Promise.all(
      [1, 2, 3].map(() => connectDatabase(testDatabaseUri(dbName), dbName)),
    );
    try {
      await ensureAccessBasics(processes[0]!.models, PASSWORD);
      const [users, flows] = await Promise.all([
        Promise.all(processes.map((p) => ensureDemoUsers(p.models, PASSWORD))),
        Promise.all(processes.map((p) => publishSeedTemplates(p.models))),
      ]);
      expect(
        users
          .flat()
          .map((u) => u.username)
          .sort(),
      ).toEqual(DEMO_USERS.map((u) => u.username).sort());
      expect(flows.flat().sort()).toEqual(KEYS);
      const models = processes[0]!.models;
      for (const key of KEYS) {
        expect(await models.FlowVersion.countDocuments({ key }).exec(), key).toBe(1);
      }
      expect(
        await models.FlowTemplate.db.collection('seed_runs').findOne({ _id: FLOW_SEED_MARKER as never }),
      ).not.toBeNull();
    } finally {
      await processes[0]!.conn.dropDatabase();
      await Promise.all(processes.map((p) => p.close()));
    }
  });
});
