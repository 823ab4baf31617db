/**
 * Error hygiene at the HTTP edge: whatever arrives at /graphql — broken JSON, wrong types, batches,
 * bodies too deep or too large, bad bytes, junk credentials, syntax errors — the answer is JSON with a
 * coded error, never a 5xx, never a stack trace or a path, and a malformed request is a 4xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness';
import { ok, OPEN, openInput, setUpCases } from '../cases-helpers';
import { errorCodes, figure, hygieneProblems, post, postRaw, type RawResponse } from './security-support';

const JSON_TYPE = { 'content-type': 'application/json' };

/** `{"query": …, "variables": {"d": [[[…]]]}}` nested `depth` deep, written as text (no recursion here). */
function deepBody(depth: number): string {
  return `{"query":"mutation($d: JSON!) { saveFlowDraft(key: \\"k\\", baseRevision: 1, definition: $d) { revision } }","variables":{"d":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
}

const MALFORMED: Record<string, { body: string | Buffer; headers?: Record<string, string> }> = {
  'truncated JSON': { body: '{"query": "{ me { id } }"' },
  'not JSON': { body: 'query { me { id } }' },
  'empty body': { body: '' },
  'JSON null': { body: 'null' },
  'JSON number': { body: '42' },
  'query is a number': { body: '{"query": 5}' },
  'query missing': { body: '{"variables": {}}' },
  'variables a string': { body: '{"query": "mutation { ping }", "variables": "x"}' },
  'a batch (batching is off)': { body: '[{"query": "mutation { ping }"}, {"query": "mutation { ping }"}]' },
  'a body over the size limit': {
    body: `{"query":"mutation { ping }","x":"${'a'.repeat(9 * 1024 * 1024)}"}`,
  },
  'text/plain (CSRF guard)': {
    body: '{"query": "mutation { ping }"}',
    headers: { 'content-type': 'text/plain' },
  },
  'form encoded': {
    body: 'query=mutation%20%7B%20ping%20%7D',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  },
};

const BAD_OPERATIONS: Record<string, string> = {
  'a syntax error': 'query { me { id ',
  'an unknown field': 'query { noSuchField }',
  'a fragment cycle': 'query { me { ...A } } fragment A on User { ...B } fragment B on User { ...A }',
  'too deep': `query { ${'node(id: "x") { ... on Case { linkedCases { '.repeat(8)} id ${'} } }'.repeat(8)} }`,
  'too many aliases': `query { ${Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
  'two operations, none named': 'query A { me { id } } query B { me { id } }',
  'a subscription over HTTP': 'subscription { queueCounts { total } }',
  'a variable of the wrong type': 'mutation($n: Int!) { ping }',
};

const CREDENTIALS = [
  'Bearer x',
  'Bearer a.b.c',
  'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9.',
  'ApiKey pk_nothing',
  'Basic YWRtaW46aGFybmVzcw==',
  'Bearer',
  `Bearer ${'x'.repeat(10_000)}`,
];

describe('error hygiene: every answer is clean JSON', () => {
  let h: Harness;
  let sent = 0;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    figure('error-hygiene requests sent', sent);
    await h?.close();
  });

  const clean = (res: RawResponse, what: string) => {
    sent++;
    expect(hygieneProblems(res), `${what}: ${res.status} ${res.text.slice(0, 300)}`).toEqual([]);
  };

  it.each(Object.entries(MALFORMED))('a malformed request (%s) gets a 4xx JSON answer', async (what, req) => {
    const res = await fetch(h.server.url, {
      method: 'POST',
      headers: { ...JSON_TYPE, ...req.headers },
      body: req.body,
    });
    const raw = { status: res.status, text: await res.text() } as RawResponse;
    try {
      raw.body = JSON.parse(raw.text) as RawResponse['body'];
    } catch {
      // hygieneProblems reports it
    }
    clean(raw, what);
    expect(raw.status, `${what}: ${raw.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    expect(raw.status).toBeLessThan(500);
  });

  it('invalid UTF-8 in a body is read with replacement characters, not a failure', async () => {
    const body = Buffer.concat([
      Buffer.from('{"query":"mutation { ping }","x":"'),
      Buffer.from([0xff, 0xfe, 0xc0]),
      Buffer.from('"}'),
    ]);
    const res = await fetch(h.server.url, { method: 'POST', headers: JSON_TYPE, body });
    const text = await res.text();
    clean({ status: res.status, text, body: JSON.parse(text) as RawResponse['body'] }, 'invalid UTF-8');
  });

  it('JSON nested 100,000 deep in a JSON argument is refused with a coded error, not a crash', async () => {
    const res = await fetch(h.server.url, {
      method: 'POST',
      headers: { ...JSON_TYPE, authorization: h.admin },
      body: deepBody(100_000),
    });
    const text = await res.text();
    const raw: RawResponse = { status: res.status, text };
    try {
      raw.body = JSON.parse(text) as RawResponse['body'];
    } catch {
      // hygieneProblems reports it
    }
    clean(raw, 'deep JSON');
    expect(errorCodes(raw).length, text.slice(0, 300)).toBeGreaterThan(0);
  });

  it('text with lone surrogates is refused or kept intact: the audit chain stays verifiable', async () => {
    await setUpCases(h);
    const id = ok(await h.gql<{ openCase: { case: { id: string } } }>(OPEN, { input: openInput() })).openCase
      .case.id;
    for (const text of ['\ud800', 'a\udfffb', '\udbff\udbff', '𠮷\ud83d']) {
      const res = await post(
        h.server.url,
        {
          query: `mutation($id: ID!, $t: String!) { commentOnCase(caseId: $id, text: $t) { replayed } }`,
          variables: { id, t: text },
        },
        h.admin,
      );
      clean(res, `comment ${JSON.stringify(text)}`);
      if (res.body?.errors) expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
    const audit = ok(
      await h.gql<{ verifyAudit: { ok: boolean } }>(`query($id: ID) { verifyAudit(caseId: $id) { ok } }`, {
        id,
      }),
    );
    expect(audit.verifyAudit.ok).toBe(true);
  });

  it.each(Object.entries(BAD_OPERATIONS))(
    'a bad operation (%s) gets a coded JSON error',
    async (what, query) => {
      const res = await post(h.server.url, { query }, h.admin);
      clean(res, what);
      expect(errorCodes(res).length, res.text).toBeGreaterThan(0);
    },
  );

  it('a syntax error is a 400 with GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(h.server.url, { query: 'query { me { id ' }, h.admin);
    clean(res, 'syntax error');
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it.each(CREDENTIALS.map((c) => [c.slice(0, 40), c]))(
    'a junk credential (%s) is a 401 UNAUTHENTICATED',
    async (_what, credential) => {
      const res = await post(h.server.url, { query: 'query { me { id } }' }, credential);
      clean(res, credential.slice(0, 40));
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    },
  );

  it('GET requests: a query is answered, a mutation and nothing at all are refused as JSON', async () => {
    for (const search of [
      '?query=%7B%20me%20%7B%20id%20%7D%20%7D',
      '?query=mutation%20%7B%20ping%20%7D',
      '',
      '?query=%7B',
    ]) {
      const res = await fetch(`${h.server.url}${search}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      const text = await res.text();
      const raw: RawResponse = { status: res.status, text };
      try {
        raw.body = JSON.parse(text) as RawResponse['body'];
      } catch {
        // reported below
      }
      clean(raw, `GET ${search}`);
    }
  });

  it('answers raw probes of the health endpoint without internals', async () => {
    const res = await postRaw(h.server.url.replace('/graphql', '/healthz'), '{}');
    expect(res.status).toBeLessThan(500);
    expect(res.text).not.toMatch(/node_modules|\/work\/|at .+\(/);
  });
});
