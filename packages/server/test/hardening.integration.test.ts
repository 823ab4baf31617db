import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

// The harness signs in with exactly this text (whitespace differs: documents are compared printed).
const LOGIN = `mutation($u: String!, $p: String!) {
  login(username: $u, password: $p) { accessToken }
}`;
const TREE = `query AllowedTree { complaintCategoryTree { code } }`;

describe('GraphQL hardening in production mode', () => {
  let h: Harness;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-pq-'));
    const manifest = join(dir, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ a: LOGIN, b: TREE }));
    h = await startHarness({
      NODE_ENV: 'production',
      PARLEY_PERSISTED_QUERIES: 'allow-list',
      PARLEY_PERSISTED_QUERIES_FILE: manifest,
      // Production refuses to start without data-encryption keys (docs/cases.md).
      PARLEY_DATA_KEYS: `v1:${randomBytes(32).toString('base64')}`,
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('executes operations of the allow-list, whatever their formatting', async () => {
    const res = await h.gql(`query AllowedTree {
      complaintCategoryTree {
        code
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ complaintCategoryTree: [] });
  });

  it('refuses any other operation with a coded, bilingual error', async () => {
    const res = await h.gql(`query { complaintCategoryTree { code name { zh } } }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]!.extensions!.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(res.errors![0]!.extensions!.messages!.zh).toMatch(/白名单/);
  });

  it('answers no introspection and suggests no field names', async () => {
    const intro = await h.gql(`query { __schema { types { name } } }`);
    expect(intro.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await h.gql(`query { complaintCategoryTre { code } }`);
    expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
  });
});

describe('GraphQL limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses too many aliases and too many tokens with QUERY_TOO_COMPLEX', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: complaintCategoryTree { code }`).join(' ');
    const aliased = await h.gql(`query { ${aliases} }`);
    expect(aliased.errors![0]!.extensions!.code, aliased.errors![0]!.message).toBe('QUERY_TOO_COMPLEX');
    const tokens = Array.from({ length: 5000 }, () => 'code').join(' ');
    const long = await h.gql(`query { complaintCategoryTree { ${tokens} } }`);
    expect(long.errors![0]!.extensions!.code, long.errors![0]!.message).toBe('QUERY_TOO_COMPLEX');
  });

  it('suggests field names in development, where it helps', async () => {
    const typo = await h.gql(`query { complaintCategoryTre { code } }`);
    expect(typo.errors![0]!.message).toMatch(/Did you mean/);
  });
});
