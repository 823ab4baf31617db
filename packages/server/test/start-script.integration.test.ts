/**
 * `pnpm start` as a user runs it (scripts/start.ts in a child process, on this run's database server):
 * the admin origin serves the built admin and /graphql, never the repository's files (the database under
 * .data/ holds the signing secrets); SIGTERM stops everything although a subscription and a keep-alive
 * connection are open; a second signal ends a shutdown that is still waiting. `pnpm dev`'s dev server
 * refuses the same files.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import WebSocket from 'ws';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const ADMIN_PASSWORD = 'start-script-pw-1';
const marker = `parley-secret-marker-${randomBytes(8).toString('hex')}`;
const markerDir = path.join(repoRoot, '.data', `start-test-${randomBytes(4).toString('hex')}`);
const sqliteFile = path.join(markerDir, 'db', 'sqlite', 'parley.sqlite');
const envFile = path.join(repoRoot, '.env');
let wroteEnv = false;

interface Instance {
  child: ChildProcess;
  adminUrl: string;
  graphqlUrl: string;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
}

const instances: Instance[] = [];

async function start(args: string[] = []): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      MONGODB_URI: inject('mongodbUri'),
      PARLEY_DB_NAME: `parley_start_${randomBytes(6).toString('hex')}`,
      PARLEY_SEED: 'false',
      PARLEY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PORT: '0',
      ADMIN_PORT: '0',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of waiters.splice(0)) w();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
    for (const w of waiters.splice(0)) w();
  });
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (;;) {
      const match = out.match(pattern);
      if (match) return match;
      if (gone) throw new Error(`exited before ${pattern}:\n${out}`);
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const partial: Partial<Instance> = { child, exited, waitFor, output: () => out };
  instances.push(partial as Instance);
  await waitFor(/Press Ctrl-C to stop/);
  partial.adminUrl = waitForSync(out, /Admin \(supervisors, agents\):\s+(http:\/\/\S+?)\/?\s/);
  partial.graphqlUrl = waitForSync(out, /GraphQL API:\s+(http:\/\/\S+)/);
  return partial as Instance;
}

function waitForSync(out: string, pattern: RegExp): string {
  const match = out.match(pattern);
  if (!match?.[1]) throw new Error(`no ${pattern} in:\n${out}`);
  return match[1];
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url);
  return { status: res.status, text: await res.text() };
}

async function login(graphqlUrl: string): Promise<string> {
  const res = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      variables: { u: 'admin', p: ADMIN_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login: { accessToken: string } } };
  if (!body.data) throw new Error(JSON.stringify(body));
  return `Bearer ${body.data.login.accessToken}`;
}

/** A graphql-ws subscriber (raw protocol) that, once its first result arrived, stops reading. */
async function silentSubscriber(url: string, authorization: string): Promise<WebSocket> {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  const messages: { type: string }[] = [];
  let notify = () => {};
  socket.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString()) as { type: string });
    notify();
  });
  const receive = async (type: string): Promise<void> => {
    while (!messages.some((m) => m.type === type))
      await new Promise<void>((resolve) => {
        notify = resolve;
      });
  };
  await new Promise<void>((resolve, reject) => socket.once('open', resolve).once('error', reject));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
  await receive('connection_ack');
  socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { queueCounts { open } }' },
    }),
  );
  await receive('next');
  (socket as unknown as { _socket: Socket })._socket.pause();
  return socket;
}

beforeAll(async () => {
  await mkdir(path.dirname(sqliteFile), { recursive: true });
  await writeFile(sqliteFile, `SQLite format 3\0 ${marker}`);
  if (!existsSync(envFile)) {
    await writeFile(envFile, `PARLEY_TEST_MARKER=${marker}\n`);
    wroteEnv = true;
  }
});

afterAll(async () => {
  for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
  await rm(markerDir, { recursive: true, force: true });
  if (wroteEnv) await rm(envFile, { force: true });
});

/** The repository's files the admin origin must not hand out (`exists`: the file is really there). */
function secretPaths(): { path: string; mustNotContain: string; exists: boolean }[] {
  return [
    { path: `/@fs${sqliteFile}`, mustNotContain: marker, exists: true },
    { path: '/.env', mustNotContain: 'PARLEY_TEST_MARKER', exists: false },
    { path: `/@fs${envFile}`, mustNotContain: 'PARLEY_TEST_MARKER', exists: true },
    {
      path: `/@fs${path.join(repoRoot, 'packages/server/src/config.ts')}`,
      mustNotContain: 'PARLEY_JWT_SECRET',
      exists: true,
    },
    { path: '/@fs/etc/passwd', mustNotContain: 'root:', exists: true },
  ];
}

// Each case starts the whole stack in a child process (the admin build is cached per source state).
const SLOW = 180_000;

describe('pnpm start', () => {
  let app: Instance;
  beforeAll(async () => {
    app = await start();
  }, SLOW);

  it('serves the built admin and /graphql, and 404 for the database, .env and the sources', async () => {
    const index = await get(`${app.adminUrl}/`);
    expect(index.status).toBe(200);
    expect(index.text).toMatch(/<div id="app">/);
    expect(index.text).not.toMatch(/@vite\/client/);
    const proxied = await fetch(`${app.adminUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(await proxied.json()).toEqual({ data: { __typename: 'Query' } });
    for (const secret of secretPaths()) {
      const res = await get(`${app.adminUrl}${secret.path}`);
      expect(res.status, secret.path).toBe(404);
      expect(res.text, secret.path).not.toContain(secret.mustNotContain);
    }
  });

  it(
    'stops on SIGTERM with a subscription and a keep-alive connection open',
    async () => {
      const authorization = await login(app.graphqlUrl);
      const ws = createClient({
        url: app.graphqlUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization },
      });
      const closed = new Promise<void>((resolve) => ws.on('closed', () => resolve()));
      const firstCounts = new Promise<unknown>((resolve, reject) => {
        ws.subscribe(
          { query: 'subscription { queueCounts { open } }' },
          { next: resolve, error: reject, complete: () => undefined },
        );
      });
      await firstCounts;
      // A second subscriber that has stopped reading (a peer gone without closing its TCP connection): it
      // never answers the server's close, so the server must cut it off rather than wait for ws's 30-second
      // close timeout — past the shutdown deadline, which would end the process with exit code 1.
      const silent = await silentSubscriber(app.graphqlUrl.replace(/^http/, 'ws'), authorization);
      // A keep-alive connection, left open after its request.
      const agent = new http.Agent({ keepAlive: true });
      await new Promise<void>((resolve, reject) => {
        http
          .get(`${new URL(app.graphqlUrl).origin}/healthz`, { agent }, (res) => {
            res.resume();
            res.on('end', () => resolve());
          })
          .on('error', reject);
      });
      expect(agent.freeSockets).not.toEqual({});

      app.child.kill('SIGTERM');
      expect(await app.exited, app.output()).toEqual({ code: 0, signal: null });
      await closed;
      expect(app.output()).toMatch(/stopping Parley/);
      expect(app.output()).toMatch(/"msg":"stopped"/);
      agent.destroy();
      silent.terminate();
      await ws.dispose();
    },
    SLOW,
  );

  it(
    'exits at once on a second signal while the shutdown still waits for a request',
    async () => {
      const app = await start();
      // A request still in flight: its body never finishes, so the drain waits for it.
      const api = new URL(app.graphqlUrl);
      const req = http.request({
        host: api.hostname,
        port: api.port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '1000', expect: '100-continue' },
      });
      req.on('error', () => undefined);
      req.flushHeaders();
      // "100 Continue" comes back once the server has parsed the request and handed it on: it is in flight.
      await new Promise<void>((resolve) => req.once('continue', () => resolve()));
      app.child.kill('SIGTERM');
      await app.waitFor(/stopping Parley/);
      app.child.kill('SIGINT');
      expect(await app.exited, app.output()).toEqual({ code: 1, signal: null });
      expect(app.output()).toMatch(/second signal/);
      req.destroy();
    },
    SLOW,
  );
});

describe('pnpm dev', () => {
  it(
    'keeps the dev server off the database, .env and the server sources',
    async () => {
      const app = await start(['--dev']);
      for (const secret of secretPaths()) {
        const res = await get(`${app.adminUrl}${secret.path}`);
        // A path that names no file gets the SPA's index.html, as any unknown path does.
        if (secret.exists) expect(res.status, secret.path).toBe(403);
        expect(res.text, secret.path).not.toContain(secret.mustNotContain);
      }
      app.child.kill('SIGTERM');
      expect(await app.exited).toEqual({ code: 0, signal: null });
    },
    SLOW,
  );
});
