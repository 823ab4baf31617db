/**
 * The request edge (issue 15): every answer of /graphql is JSON with a code — malformed JSON, a body
 * over the limit, a bad Content-Encoding, a syntax error, the token limit — in production and in
 * development, with no stack trace or file path; ill-formed text (a lone surrogate) is stored well-formed
 * and the audit chain stays intact; JSON inputs have a depth and size limit.
 */
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { OPEN, SUBMIT, code, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';

interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  body: { errors?: { message: string; extensions?: { code?: string; messages?: unknown } }[] };
}

async function post(
  url: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  let parsed: RawAnswer['body'] = {};
  try {
    parsed = JSON.parse(text) as RawAnswer['body'];
  } catch {
    // left empty: the assertions on content type and code then fail with the text shown
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, body: parsed };
}

function expectCoded(answer: RawAnswer, status: number, errorCode: string): void {
  expect(answer.contentType, answer.text).toMatch(/^application\/(graphql-response\+)?json/);
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body.errors?.[0]?.extensions?.code, answer.text).toBe(errorCode);
  expect(answer.body.errors?.[0]?.extensions?.messages, answer.text).toBeDefined();
  // No stack trace, no file path.
  expect(answer.text).not.toMatch(/\s+at\s+\S+\s+\(|node_modules|\/work\/|\.ts:\d+|\.js:\d+/);
}

const TOKENS = Array.from({ length: 5000 }, () => 'code').join(' ');

describe.each<{ mode: string; env: Record<string, string> }>([
  {
    mode: 'production',
    env: { NODE_ENV: 'production', PARLEY_DATA_KEYS: `v1:${randomBytes(32).toString('base64')}` },
  },
  { mode: 'development', env: { NODE_ENV: 'development' } },
])('request-level errors in $mode mode answer coded JSON', ({ env }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(env);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('malformed JSON: 400 BAD_REQUEST', async () => {
    expectCoded(await post(h.server.url, '{"query": '), 400, 'BAD_REQUEST');
  });

  it('a body over the limit: 413 PAYLOAD_TOO_LARGE', async () => {
    const big = JSON.stringify({ query: '{ ping }', variables: { pad: 'x'.repeat(9 * 1024 * 1024) } });
    expectCoded(await post(h.server.url, big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unsupported Content-Encoding: 415, and broken compressed data: 400, both BAD_REQUEST', async () => {
    const gz = gzipSync('{"query":"{ __typename }"}');
    expectCoded(await post(h.server.url, gz, { 'content-encoding': 'x-unknown' }), 415, 'BAD_REQUEST');
    expectCoded(
      await post(h.server.url, gz.subarray(0, 12), { 'content-encoding': 'gzip' }),
      400,
      'BAD_REQUEST',
    );
    // A well-formed compressed body is fine.
    const fine = await post(h.server.url, gz, { 'content-encoding': 'gzip' });
    expect(fine.status, fine.text).toBe(200);
  });

  it('a body that is not JSON at all: 400 with a code', async () => {
    expectCoded(
      await post(h.server.url, 'query { ping }', { 'content-type': 'text/plain' }),
      400,
      'BAD_REQUEST',
    );
  });

  it('a syntax error: 400 GRAPHQL_PARSE_FAILED', async () => {
    expectCoded(await post(h.server.url, '{"query":"{"}'), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('the token limit: 400 QUERY_TOO_COMPLEX', async () => {
    const doc = JSON.stringify({ query: `query { complaintCategoryTree { ${TOKENS} } }` });
    expectCoded(await post(h.server.url, doc), 400, 'QUERY_TOO_COMPLEX');
  });
});

describe('input text and JSON limits at the GraphQL edge', () => {
  let h: Harness;
  let staff: Staff;
  let caseId: string;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    caseId = ok(await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent }))
      .openCase.case.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stores a lone surrogate as U+FFFD and the audit chain still verifies, for the case and bank-wide', async () => {
    const commented = ok(
      await h.gql<{ commentOnCase: CaseResult }>(
        `mutation($id: ID!, $t: String!) { commentOnCase(caseId: $id, text: $t) { events { type data } } }`,
        { id: caseId, t: 'before \ud800 after \udc00' },
        { as: staff.agent },
      ),
    );
    expect(commented.commentOnCase.events[0]!.data).toMatchObject({ text: 'before \ufffd after \ufffd' });
    const VERIFY = `query($id: ID) { verifyAudit(caseId: $id) { ok firstBroken { seq reason } } }`;
    const one = ok(await h.gql<{ verifyAudit: { ok: boolean } }>(VERIFY, { id: caseId }));
    expect(one.verifyAudit).toEqual({ ok: true, firstBroken: null });
    const all = ok(await h.gql<{ verifyAudit: { ok: boolean } }>(VERIFY, {}));
    expect(all.verifyAudit).toEqual({ ok: true, firstBroken: null });
  });

  it('refuses JSON nested 5,000 deep (with an idempotency key) as BAD_USER_INPUT and writes nothing', async () => {
    const COUNT = `query($id: ID!) { case(id: $id) { events(first: 1) { totalCount } } }`;
    const before = ok(await h.gql<{ case: { events: { totalCount: number } } }>(COUNT, { id: caseId }));
    // Built as text: JSON.stringify itself would overflow the stack on a value this deep.
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const variables = `{"id":${JSON.stringify(caseId)},"step":"receive","key":"deep-1","data":${deep}}`;
    const answer = await post(h.server.url, `{"query":${JSON.stringify(SUBMIT)},"variables":${variables}}`, {
      authorization: staff.agent,
    });
    expectCoded(answer, 400, 'BAD_USER_INPUT');
    const fieldPath = (answer.body.errors![0]!.extensions as { fieldPath?: unknown[] }).fieldPath;
    expect(fieldPath?.slice(0, 3)).toEqual(['data', 'a', 'a']);
    const after = ok(await h.gql<{ case: { events: { totalCount: number } } }>(COUNT, { id: caseId }));
    expect(after.case.events.totalCount).toBe(before.case.events.totalCount);
    // The idempotency key was not taken by the refused request.
    const retried = await h.gql(
      SUBMIT,
      { id: caseId, step: 'receive', key: 'deep-1', data: { a: 1 } },
      {
        as: staff.agent,
      },
    );
    expect(code(retried)).not.toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('refuses an over-deep JSON literal in the document too (the document is invalid)', async () => {
    const literal = '{a:'.repeat(70) + '1' + '}'.repeat(70);
    const res = await h.gql(`query { validateFlowDefinition(definition: ${literal}) { ok } }`);
    expect(code(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toMatch(/nested deeper than 64 levels/);
  });
});
