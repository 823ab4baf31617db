/**
 * Workspace section: the agent's route (`/inbox`) in headless Chromium (Debian's, through playwright-core,
 * as the e2e tests run it) against the real server and the built admin, with 1,000 open cases in the
 * agent's inbox; the baseline, in the same run, is a blank Element Plus page (one `el-button`) built the
 * same way (the admin's Vite config: Vue plugin, Element Plus on demand, production build) and served by
 * the same preview server.
 *
 * (a) Initial JavaScript of the agent route: every `.js` file the browser loads to show `/inbox` for a
 *     signed-in agent (entry, its imports, the inbox's lazy chunk), gzip-compressed here (level 9) and
 *     summed; any designer chunk loaded is reported (there must be none). Target ≤ 250 KB.
 * (b) Time until the inbox is interactive: from navigation start until the first page of rows is in the
 *     table and "load more" is enabled (median of 3 fresh loads), against the blank page's time until
 *     its button is in the page.
 *
 * Each load is a fresh browser context that resumes a session from a refresh token (as after a
 * reload), so no sign-in page is counted.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { resolveDatabase } from '../../packages/embedded-db/src/index';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { startServer } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { createLogger } from '../../packages/server/src/logger';
import { ensureAccessBasics } from '../../packages/server/src/features/access/access.seed';
import { adminConfigFile, buildAdmin, serveAdmin } from '../../scripts/admin-app';
import { launchChromium } from '../../e2e/support/chromium';
import { percentile, row } from '../lib';
import type { BenchRow, BenchSection } from '../lib';

const PASSWORD = 'bench-only-secret-pw-1';
const AGENT_PASSWORD = 'bench-agent-secret-pw-1';
const CASES = 1000;
const RUNS = 3;
const TARGET_KB = 250;
const REFRESH_TOKEN_KEY = 'parley.refreshToken';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Inside packages/admin so the blank page resolves the same packages; `.cache/` is ignored by git. */
const blankRoot = path.join(repoRoot, 'packages', 'admin', '.cache', 'bench-blank');

const BLANK_FILES: Record<string, string> = {
  'index.html': `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8" /><title>blank</title></head>
<body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>
`,
  'main.ts': `import { createApp } from 'vue';
import App from './App.vue';
createApp(App).mount('#app');
`,
  'App.vue': `<template><el-button type="primary" data-testid="blank-ready">OK</el-button></template>
`,
};

/** Builds the blank Element Plus page with the admin's Vite config; returns its output directory. */
async function buildBlank(): Promise<string> {
  await rm(blankRoot, { recursive: true, force: true });
  await mkdir(blankRoot, { recursive: true });
  for (const [name, text] of Object.entries(BLANK_FILES)) await writeFile(path.join(blankRoot, name), text);
  const outDir = path.join(blankRoot, 'dist');
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: adminConfigFile,
      root: blankRoot,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}

async function gql(url: string, token: string, query: string, variables?: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

interface Load {
  /** Milliseconds from navigation start until ready. */
  ms: number;
  /** URL → gzip size of every script loaded. */
  scripts: Map<string, number>;
}

/** Loads `url` in a fresh context (with `refreshToken` in the tab's storage) and waits for `ready`. */
async function load(
  browser: Browser,
  url: string,
  ready: string,
  refreshToken: string | null,
): Promise<Load> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  try {
    if (refreshToken)
      await context.addInitScript(
        `sessionStorage.setItem(${JSON.stringify(REFRESH_TOKEN_KEY)}, ${JSON.stringify(refreshToken)})`,
      );
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const scripts = new Map<string, number>();
    page.on('response', (res) => {
      if (!res.url().endsWith('.js')) return;
      pending.push(
        res
          .body()
          .then((body) => void scripts.set(res.url(), gzipSync(body, { level: 9 }).length))
          .catch(() => undefined),
      );
    });
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 60_000 });
    const ms = await page.evaluate<number>('performance.now()');
    await Promise.all(pending);
    return { ms, scripts };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );
const kb = (scripts: Map<string, number>) => [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;

export const workspaceSection: BenchSection = {
  name: 'workspace',
  async run(): Promise<BenchRow[]> {
    const [outDir, blankDir] = [await buildAdmin(), await buildBlank()];
    const database = await resolveDatabase({
      dataDir: await mkdtemp(path.join(tmpdir(), 'parley-bench-workspace-')),
      ephemeral: true,
      log: () => undefined,
    });
    const db = await connectDatabase(database.uri, `parley_bench_${randomBytes(4).toString('hex')}`);
    await ensureAccessBasics(db.models, PASSWORD);
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const server = await startServer({ config, db, logger: createLogger('silent') });
    const admin = await serveAdmin(outDir, new URL(server.url).origin);
    const blank = await serveAdmin(blankDir, new URL(server.url).origin);
    const origin = (s: typeof admin) => {
      const a = s.httpServer.address();
      return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    };
    let browser: Browser | undefined;
    const note = `headless Chromium, ${database.kind}`;
    try {
      const adminToken = (
        (await gql(
          server.url,
          '',
          `mutation($p: String!) { login(username: "admin", password: $p) { accessToken } }`,
          { p: PASSWORD },
        )) as { login: { accessToken: string } }
      ).login.accessToken;
      const created = (await gql(
        server.url,
        adminToken,
        `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
        {
          input: {
            key: 'complaint-handling',
            name: { zh: '投诉处理', en: 'Complaints' },
            kind: 'COMPLAINT',
            fromSeed: 'complaint-handling',
          },
        },
      )) as { createFlowTemplate: { draft: { revision: number } } };
      await gql(
        server.url,
        adminToken,
        `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
        { key: 'complaint-handling', base: created.createFlowTemplate.draft.revision },
      );
      const agentGlobal = (
        (await gql(
          server.url,
          adminToken,
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          {
            input: {
              username: 'bench.agent',
              displayName: '基准坐席',
              password: AGENT_PASSWORD,
              roles: ['agent'],
              departments: ['CUSTOMER_SERVICE'],
            },
          },
        )) as { createUser: { id: string } }
      ).createUser.id;
      // The server's own mongoose (the bench's package has none): its ObjectId serialises with its driver.
      const { ObjectId } = db.models.Case.base.Types;
      const agentId = new ObjectId(Buffer.from(agentGlobal, 'base64url').toString('utf8').split(':')[1]);
      // 1,000 open cases in the agent's inbox, written straight into the projection (the inbox reads it).
      const now = Date.now();
      const docs = Array.from({ length: CASES }, (_, i) => ({
        _id: new ObjectId(),
        reference: `B-2026-${String(i + 1).padStart(6, '0')}`,
        templateKey: 'complaint-handling',
        version: 1,
        status: 'OPEN',
        activeSteps: ['receive'],
        channel: 'HOTLINE',
        customer: { masked: { name: '张*', phone: '138****8000' } },
        categoryId: null,
        departmentCode: 'CUSTOMER_SERVICE',
        queueId: null,
        assigneeId: agentId,
        inboxKey: agentId.toHexString(),
        dueAt: new Date(now + (i - 100) * 3_600_000),
        openedAt: new Date(now - 86_400_000),
        closedAt: null,
        outcome: null,
        seq: 1,
        stateJson: 'null',
        headHash: '',
        updatedAt: new Date(now),
      }));
      await db.models.Case.collection.insertMany(docs as never[]);

      const refreshToken = async () =>
        (
          (await gql(
            server.url,
            '',
            `mutation($p: String!) { login(username: "bench.agent", password: $p) { refreshToken } }`,
            { p: AGENT_PASSWORD },
          )) as { login: { refreshToken: string } }
        ).login.refreshToken;

      // The inbox query alone over HTTP (what the page waits for), for the note.
      const agentToken = (
        (await gql(
          server.url,
          '',
          `mutation($p: String!) { login(username: "bench.agent", password: $p) { accessToken } }`,
          { p: AGENT_PASSWORD },
        )) as { login: { accessToken: string } }
      ).login.accessToken;
      const queryMs: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const t = performance.now();
        await gql(
          server.url,
          agentToken,
          `{ inbox(view: MY_CASES, first: 50) { edges { node { customerName flowName { zh } currentSteps { key } dueAt slaState case { reference } } } } }`,
        );
        if (i > 0) queryMs.push(performance.now() - t);
      }

      browser = await launchChromium();
      const inboxReady = `document.querySelectorAll('[data-testid="inbox-table"] tbody tr[data-testid^="inbox-row-"]').length >= 50
        && !!document.querySelector('[data-testid="inbox-load-more"]:not([disabled])')`;
      const blankReady = `!!document.querySelector('[data-testid="blank-ready"]')`;
      // Warm-up: the server's caches, the browser's compilation cache is per context anyway.
      await load(browser, `${origin(admin)}/inbox`, inboxReady, await refreshToken());
      await load(browser, `${origin(blank)}/`, blankReady, null);
      const inbox: Load[] = [];
      const empty: Load[] = [];
      for (let i = 0; i < RUNS; i++) {
        inbox.push(await load(browser, `${origin(admin)}/inbox`, inboxReady, await refreshToken()));
        empty.push(await load(browser, `${origin(blank)}/`, blankReady, null));
      }
      const scripts = inbox[0]!.scripts;
      const designer = [...scripts.keys()].filter((u) => /designer|Designer|vue-flow|dagre/i.test(u));
      const js = kb(scripts);
      return [
        row(
          'workspace: initial JS of /inbox, gzip',
          'KB',
          js,
          { name: 'blank Element Plus page', value: kb(empty[0]!.scripts) },
          {
            lowerIsBetter: true,
            note: `${scripts.size} scripts; target ≤ ${TARGET_KB} KB: ${js <= TARGET_KB ? 'met' : 'NOT met'}; designer chunks loaded: ${designer.length}`,
            ...(designer.length ? { error: `designer chunks loaded: ${designer.join(', ')}` } : {}),
          },
        ),
        row(
          `workspace: /inbox interactive, ${CASES} cases (median of ${RUNS})`,
          'ms',
          median(inbox.map((l) => l.ms)),
          { name: 'blank Element Plus page', value: median(empty.map((l) => l.ms)) },
          {
            lowerIsBetter: true,
            note: `${note}; first page of 50 rows shown, "load more" enabled; the inbox query alone ${median(queryMs).toFixed(0)} ms`,
          },
        ),
      ];
    } finally {
      await browser?.close();
      await blank.close();
      await admin.close();
      await server.stop();
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
      await database.stop();
      await rm(blankRoot, { recursive: true, force: true });
    }
  },
};
