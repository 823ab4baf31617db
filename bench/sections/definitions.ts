/**
 * Definitions section: (1) publishing a generated 200-step flow through the API, side by side with the
 * engine's validateDefinition alone on the same definition (what publication costs beyond validating);
 * (2) reading a published version by template key under concurrent HTTP load (autocannon), against an
 * Apollo no-op query `{ __typename }` on the same server, with the same credentials, in the same run.
 *
 * It starts its own database with resolveDatabase (FerretDB on SQLite unless MONGODB_URI or
 * PARLEY_DB_BACKEND say otherwise; the row notes say which) and its own server, and removes both.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { parseFlowDefinition, validateDefinition } from '../../packages/engine/src/index';
import { resolveDatabase } from '../../packages/embedded-db/src/index';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { startServer } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { createLogger } from '../../packages/server/src/logger';
import { ensureAccessBasics } from '../../packages/server/src/features/access/access.seed';
import { largeFlow } from '../fixtures/large-flow';
import { opsPerSecondSync, percentile, row } from '../lib';
import type { BenchRow, BenchSection } from '../lib';

const PUBLISHES = 15;
const LOAD_SECONDS = 3;
const LOAD_ROUNDS = 2;
const CONNECTIONS = 10;
const PASSWORD = 'bench-only-secret-pw-1';
/** What another system reads: the version's identity, its steps and transitions, and the bundle. */
const READ_VERSION = `query($k: String!, $v: Int) {
  flowVersion(templateKey: $k, version: $v) { version contentHash steps { key kind requiredRole } transitions { from to guard } definition }
}`;

interface Gql {
  (query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown>>;
}

function client(url: string, authorization: string): Gql {
  return async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data ?? {};
  };
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($p: String!) { login(username: "admin", password: $p) { accessToken } }`,
      variables: { p: PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login?: { accessToken: string } } };
  if (!body.data?.login) throw new Error('bench sign-in failed');
  return `Bearer ${body.data.login.accessToken}`;
}

/** Median milliseconds of publishing: each round saves a changed draft (untimed), then publishes it. */
async function timePublishes(gql: Gql, key: string, definition: Record<string, unknown>): Promise<number[]> {
  await gql(`mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`, {
    input: { key, name: { zh: '两百步', en: '200 steps' }, kind: 'SERVICE', definition },
  });
  const times: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const revision = i + 1;
    if (i > 0) {
      await gql(
        `mutation($k: String!, $b: Int!, $d: JSON!) { saveFlowDraft(key: $k, baseRevision: $b, definition: $d) { revision } }`,
        {
          k: key,
          b: i,
          d: { ...definition, description: { zh: `第 ${i} 次修改`, en: `change ${i}` } },
        },
      );
    }
    const start = performance.now();
    await gql(
      `mutation($k: String!, $b: Int!) { publishFlowTemplate(key: $k, baseRevision: $b) { version } }`,
      {
        k: key,
        b: revision,
      },
    );
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

async function requestsPerSecond(url: string, authorization: string, body: string): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    headers: { 'content-type': 'application/json', authorization },
    body,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`load run had ${result.non2xx} non-2xx responses and ${result.errors} errors`);
  return result.requests.average;
}

export const definitionsSection: BenchSection = {
  name: 'definitions',
  async run(): Promise<BenchRow[]> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'parley-bench-db-'));
    const database = await resolveDatabase({ dataDir, ephemeral: true, log: () => undefined });
    const db = await connectDatabase(database.uri, `parley_bench_${randomBytes(4).toString('hex')}`);
    await ensureAccessBasics(db.models, PASSWORD);
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const server = await startServer({ config, db, logger: createLogger('silent') });
    try {
      const authorization = await signIn(server.url);
      const gql = client(server.url, authorization);
      const backend = database.kind;

      // (1) Publication of a 200-step flow vs. the engine's validation of the same definition.
      const definition = largeFlow('bench-200');
      const parsed = parseFlowDefinition(definition);
      if (!validateDefinition(parsed).ok) throw new Error('the generated 200-step flow is not valid');
      const validateMs = 1000 / opsPerSecondSync(() => validateDefinition(parsed), 1500, 300);
      const publishes = await timePublishes(gql, 'bench-200', definition);
      const publishMs = percentile(publishes, 50);

      // (2) A published version by key under load vs. a no-op on the same server.
      await gql(
        `mutation { createFlowTemplate(input: { key: "bench-seed", name: { zh: "民生", en: "Minsheng" }, kind: NEGOTIATION, fromSeed: "minsheng-e-negotiation" }) { key } }`,
      );
      await gql(`mutation { publishFlowTemplate(key: "bench-seed", baseRevision: 1) { version } }`);
      // The newest version (one `_id` lookup that finds nothing newer) and version 1 by number (served
      // from the in-process cache of immutable versions).
      const bodies = {
        noop: JSON.stringify({ query: '{ __typename }' }),
        newest: JSON.stringify({ query: READ_VERSION, variables: { k: 'bench-seed' } }),
        numbered: JSON.stringify({ query: READ_VERSION, variables: { k: 'bench-seed', v: 1 } }),
      };
      // A broken read fails loudly here, not as a fast error response under load.
      await gql(READ_VERSION, { k: 'bench-seed', v: 1 });
      // Interleaved rounds, best of each: all see the same background load on a shared machine.
      const rps = { noop: 0, newest: 0, numbered: 0 };
      for (let round = 0; round < LOAD_ROUNDS; round++)
        for (const which of ['noop', 'newest', 'numbered'] as const)
          rps[which] = Math.max(
            rps[which],
            await requestsPerSecond(server.url, authorization, bodies[which]),
          );
      const noop = { name: 'Apollo no-op { __typename }', value: rps.noop };
      const load = `${CONNECTIONS} connections, best of ${LOAD_ROUNDS}×${LOAD_SECONDS}s; ${backend}`;

      return [
        row(
          'definitions: publish a 200-step flow (HTTP)',
          'ms',
          publishMs,
          { name: 'engine validateDefinition alone', value: validateMs },
          {
            lowerIsBetter: true,
            note: `median of ${PUBLISHES} (p90 ${percentile(publishes, 90).toFixed(0)} ms); ${backend}`,
          },
        ),
        row('definitions: read the newest version by template key (HTTP)', 'req/s', rps.newest, noop, {
          note: `Minsheng seed: steps, transitions, bundle; ${load}`,
        }),
        row('definitions: read version n by template key (HTTP)', 'req/s', rps.numbered, noop, {
          note: `same selection, immutable version from the in-process cache; ${load}`,
        }),
      ];
    } finally {
      await server.stop();
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
      await database.stop();
    }
  },
};
