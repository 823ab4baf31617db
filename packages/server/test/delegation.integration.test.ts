/**
 * Issue 15, defect 4, over GraphQL against the real embedded database: nobody grants a scope, role or
 * permission they do not hold — not through API-client keys, custom roles, or roles given to users (new
 * or widened). Refusals are FORBIDDEN with a zh/en message and write nothing; administrators may grant
 * anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GqlResponse, type Harness } from './harness';
import { ok } from './cases-helpers';
import { toGlobalId } from '../src/graphql/global-id';

const PASSWORD = 'correct horse battery';
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { key permissions } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id roles { key } } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles { key } } }`;
const CREATE_KEY = `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { key client { scopes } } }`;

function expectRefused(res: GqlResponse<unknown>, missing: string): void {
  const ext = res.errors?.[0]?.extensions;
  expect(ext?.code, JSON.stringify(res.errors)).toBe('FORBIDDEN');
  expect(ext?.messages?.en).toContain(missing);
  expect(ext?.messages?.zh).toContain(missing);
  expect(ext?.messages?.zh).toMatch(/不能授予/);
}

describe('delegation: nobody grants what they do not hold', () => {
  let h: Harness;
  let keyManager: string;
  let peopleManager: string;
  let peopleManagerId: string;

  const role = (key: string, permissions: string[], as = h.admin) =>
    h.gql(CREATE_ROLE, { input: { key, name: { zh: key, en: key }, permissions } }, { as });
  const user = (username: string, roles: string[], as = h.admin) =>
    h.gql<{ createUser: { id: string } }>(
      CREATE_USER,
      { input: { username, displayName: username, password: PASSWORD, roles, departments: [] } },
      { as },
    );

  beforeAll(async () => {
    h = await startHarness();
    ok(await role('key-admin', ['apiclient.manage']));
    ok(await role('people-admin', ['user.manage', 'case.read']));
    ok(await role('reader', ['case.read']));
    ok(await user('key.manager', ['key-admin']));
    peopleManagerId = ok(await user('people.manager', ['people-admin'])).createUser.id;
    keyManager = await h.login('key.manager', PASSWORD);
    peopleManager = await h.login('people.manager', PASSWORD);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses an API key with scopes its creator does not hold, writing nothing', async () => {
    const res = await h.gql(
      CREATE_KEY,
      { input: { name: 'escalator', scopes: ['case.reveal-pii', 'user.manage'] } },
      { as: keyManager },
    );
    expectRefused(res, 'case.reveal-pii, user.manage');
    expect(res.errors![0]!.extensions!.fieldPath).toEqual(['input', 'scopes']);
    expect(await h.db.models.ApiClient.countDocuments({ name: 'escalator' }).exec()).toBe(0);
    // Within what the creator holds, a key is made.
    const own = ok(
      await h.gql<{ createApiClient: { client: { scopes: string[] } } }>(
        CREATE_KEY,
        { input: { name: 'sub-manager', scopes: ['apiclient.manage'] } },
        { as: keyManager },
      ),
    );
    expect(own.createApiClient.client.scopes).toEqual(['apiclient.manage']);
  });

  it('refuses to give a user a role (administrator included) beyond the granter’s own permissions', async () => {
    const admin = await user('made.admin', ['administrator'], peopleManager);
    expectRefused(admin, 'webhook.manage');
    expect(await h.db.models.User.countDocuments({ username: 'made.admin' }).exec()).toBe(0);
    // `agent` carries permissions the people manager lacks (case.work, flow.read…).
    expectRefused(await user('made.agent', ['agent'], peopleManager), 'case.work');
    ok(await user('made.reader', ['reader'], peopleManager));
  });

  it('refuses to widen an existing user, themselves included, and leaves their roles as they were', async () => {
    const res = await h.gql(
      UPDATE_USER,
      { id: peopleManagerId, input: { roles: ['people-admin', 'administrator'] } },
      { as: peopleManager },
    );
    expectRefused(res, 'apiclient.manage');
    const stored = await h.db.models.User.findOne({ username: 'people.manager' }).lean().exec();
    expect(stored!.roles).toEqual(['people-admin']);
    // Roles the user already holds are not granted again: the key manager keeps `key-admin` (whose
    // apiclient.manage the people manager lacks) through an update by the people manager.
    const keyManagerId = (await h.db.models.User.findOne({ username: 'key.manager' }).lean().exec())!._id;
    ok(
      await h.gql(
        UPDATE_USER,
        { id: toGlobalId('User', String(keyManagerId)), input: { roles: ['key-admin'], displayName: 'K' } },
        { as: peopleManager },
      ),
    );
  });

  it('refuses to give departments (whose cases a user sees) beyond the granter’s own', async () => {
    const res = await h.gql(
      CREATE_USER,
      {
        input: {
          username: 'made.policy',
          displayName: 'P',
          password: PASSWORD,
          roles: ['reader'],
          departments: ['POLICY'],
        },
      },
      { as: peopleManager },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.extensions?.fieldPath).toEqual(['input', 'departments']);
    expect(await h.db.models.User.countDocuments({ username: 'made.policy' }).exec()).toBe(0);
    const self = await h.gql(
      UPDATE_USER,
      { id: peopleManagerId, input: { departments: ['POLICY', 'PRODUCT'] } },
      { as: peopleManager },
    );
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await h.db.models.User.findOne({ username: 'people.manager' }).lean().exec())!.departments,
    ).toEqual([]);
  });

  it('refuses a role combining permissions the creator does not hold', async () => {
    const res = await role('shadow-admin', ['user.manage', 'case.reveal-pii'], peopleManager);
    expectRefused(res, 'case.reveal-pii');
    expect(res.errors![0]!.extensions!.fieldPath).toEqual(['input', 'permissions']);
    expect(await h.db.models.Role.countDocuments({ key: 'shadow-admin' }).exec()).toBe(0);
    ok(await role('reader-two', ['case.read'], peopleManager));
  });

  it('lets an administrator grant anything', async () => {
    ok(
      await h.gql(CREATE_KEY, { input: { name: 'full-power', scopes: ['case.reveal-pii', 'user.manage'] } }),
    );
    ok(await user('second.admin', ['administrator']));
  });
});
