/**
 * Designer section: the flow designer's canvas in headless Chromium (Debian's, through playwright-core,
 * as the e2e tests run it) against the real server and the built admin, on a generated 200-step flow
 * and, as the baseline in the same run, a generated 20-step flow (bench/fixtures/large-flow.ts).
 *
 * (a) Time to an interactive canvas: from opening `/flows/<key>/edit` until every step's node is in
 *     the page with its size measured (Vue Flow shows a node once it knows its size). Median of 3.
 * (b) Frame time while panning: requestAnimationFrame deltas during a scripted mouse pan of the pane.
 * (c) After an edit on the 200-step flow (adding a step from the palette), the time until the problem
 *     list shows the new problems, against `validateDefinition` alone on the same flow in Node.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { defaultRegistry, validateDefinition, type FlowDefinition } from '../../packages/engine/src/index';
import { resolveDatabase } from '../../packages/embedded-db/src/index';
import { connectDatabase } from '../../packages/server/src/db/connect';
import { startServer } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { createLogger } from '../../packages/server/src/logger';
import { ensureAccessBasics } from '../../packages/server/src/features/access/access.seed';
import { buildAdmin, serveAdmin } from '../../scripts/admin-app';
import { launchChromium } from '../../e2e/support/chromium';
import { largeFlow } from '../fixtures/large-flow';
import { percentile, row } from '../lib';
import type { BenchRow, BenchSection } from '../lib';

const PASSWORD = 'bench-only-secret-pw-1';
const RUNS = 3;
const BIG = 200;
const SMALL = 20;

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

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/**
 * From the flows list, opens the designer on `key` (its "Design" link: a route change in the app, as a
 * user does it) and waits until all `steps` nodes are drawn with their sizes.
 */
async function timeToCanvas(page: Page, key: string, steps: number): Promise<number> {
  if (!/\/flows$/.test(page.url())) {
    await page.locator('.designer__back').click();
    await page.waitForURL(/\/flows$/);
  }
  const link = page.getByTestId(`design-${key}`);
  await link.waitFor();
  const start = performance.now();
  await link.click();
  await page
    .waitForFunction(
      `(() => {
        const nodes = document.querySelectorAll('.vue-flow__node');
        if (nodes.length !== ${steps}) return false;
        for (const el of nodes) if (el.style.visibility === 'hidden' || el.offsetWidth === 0) return false;
        return true;
      })()`,
      undefined,
      { polling: 'raf', timeout: 60_000 },
    )
    .catch(async (err: Error) => {
      const seen = await page.evaluate(
        `({ nodes: document.querySelectorAll('.vue-flow__node').length, text: document.body.innerText.slice(0, 300) })`,
      );
      throw new Error(`${err.message}; at ${page.url()}: ${JSON.stringify(seen)}`);
    });
  return performance.now() - start;
}

/** Mean and p95 of the frame intervals while the mouse pans the canvas's pane back and forth. */
async function panFrames(page: Page): Promise<{ mean: number; p95: number; frames: number }> {
  const box = await page.getByTestId('designer-canvas').boundingBox();
  if (!box) throw new Error('canvas not visible');
  // Strings, not functions: tsx's helpers would not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    function tick(now) {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    }
    requestAnimationFrame(tick);
  })()`);
  // The pane below the flow: fitView leaves a margin there (the controls sit left, the minimap right).
  const x = box.x + box.width / 2;
  const y = box.y + box.height - 6;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(x + 150, y - 120, { steps: 30 });
    await page.mouse.move(x - 150, y - 40, { steps: 30 });
  }
  await page.mouse.up();
  const frames = await page.evaluate<number[]>(
    '(() => { window.__stop = true; return window.__frames.slice(1); })()',
  );
  if (frames.length < 10) throw new Error(`only ${frames.length} frames while panning`);
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    mean: frames.reduce((a, b) => a + b, 0) / frames.length,
    p95: percentile(sorted, 95),
    frames: frames.length,
  };
}

/** Adds a step from the palette and times until the problem list has changed. */
async function editToProblems(page: Page): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const list = document.querySelector('[data-testid="designer-problems"]');
    const button = document.querySelector('[data-testid="palette-review"]');
    if (!list || !button) throw new Error('designer not ready');
    const before = list.textContent;
    const start = performance.now();
    button.click();
    await new Promise((resolve) => {
      function check() {
        if (list.textContent !== before) resolve();
        else requestAnimationFrame(check);
      }
      requestAnimationFrame(check);
    });
    return performance.now() - start;
  })()`);
}

export const designerSection: BenchSection = {
  name: 'designer',
  async run(): Promise<BenchRow[]> {
    const outDir = await buildAdmin();
    const database = await resolveDatabase({
      dataDir: await mkdtemp(path.join(tmpdir(), 'parley-bench-designer-')),
      ephemeral: true,
      log: () => undefined,
    });
    const db = await connectDatabase(database.uri, `parley_bench_${randomBytes(4).toString('hex')}`);
    await ensureAccessBasics(db.models, PASSWORD);
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    const server = await startServer({ config, db, logger: createLogger('silent') });
    const admin = await serveAdmin(outDir, new URL(server.url).origin);
    const address = admin.httpServer.address();
    const adminUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    let browser: Browser | undefined;
    const note = `headless Chromium, ${database.kind}`;
    try {
      const login = (await gql(
        server.url,
        '',
        `mutation($p: String!) { login(username: "admin", password: $p) { accessToken } }`,
        { p: PASSWORD },
      )) as { login: { accessToken: string } };
      const token = login.login.accessToken;
      const flows = { big: largeFlow('designer-big', BIG), small: largeFlow('designer-small', SMALL) };
      for (const [name, definition] of Object.entries(flows))
        await gql(
          server.url,
          token,
          `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`,
          { input: { key: `designer-${name}`, name: { zh: name, en: name }, kind: 'SERVICE', definition } },
        );

      browser = await launchChromium();
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${adminUrl}/flows`);
      await page.waitForURL(/\/login/);
      await page.getByTestId('input-username').fill('admin');
      await page.getByTestId('input-password').fill(PASSWORD);
      await page.getByTestId('submit-login').click();
      await page.waitForURL(/\/flows$/);

      // (a) and (b), warm-up first (the route's chunk, the fonts).
      await timeToCanvas(page, 'designer-small', SMALL);
      const open = { big: [] as number[], small: [] as number[] };
      const pan = { big: [] as number[], small: [] as number[] };
      const p95 = { big: [] as number[], small: [] as number[] };
      for (let i = 0; i < RUNS; i++) {
        for (const [name, steps] of [
          ['small', SMALL],
          ['big', BIG],
        ] as const) {
          open[name].push(await timeToCanvas(page, `designer-${name}`, steps));
          const frames = await panFrames(page);
          pan[name].push(frames.mean);
          p95[name].push(frames.p95);
        }
      }

      // (c) on the 200-step flow; the baseline is the engine's validation alone on the same flow.
      await timeToCanvas(page, 'designer-big', BIG);
      const edits: number[] = [];
      for (let i = 0; i < 5; i++) edits.push(await editToProblems(page));
      const big = flows.big as unknown as FlowDefinition;
      for (let i = 0; i < 20; i++) validateDefinition(big, { registry: defaultRegistry });
      const validations: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        validateDefinition(big, { registry: defaultRegistry });
        validations.push(performance.now() - t);
      }
      await context.close();

      return [
        row(
          `designer: open canvas, ${BIG} steps (median of ${RUNS})`,
          'ms',
          median(open.big),
          { name: `${SMALL} steps`, value: median(open.small) },
          { lowerIsBetter: true, note: `${note}; target ratio ≥ 0.33 (≤ 3× slower)` },
        ),
        row(
          `designer: frame time while panning, ${BIG} steps (mean)`,
          'ms',
          median(pan.big),
          { name: `${SMALL} steps`, value: median(pan.small) },
          {
            lowerIsBetter: true,
            note: `${note}; p95 ${median(p95.big).toFixed(1)} vs ${median(p95.small).toFixed(1)} ms`,
          },
        ),
        row(
          `designer: edit → problems shown, ${BIG} steps (median of 5)`,
          'ms',
          median(edits),
          { name: 'validateDefinition alone', value: median(validations) },
          { lowerIsBetter: true, note },
        ),
      ];
    } finally {
      await browser?.close();
      await admin.close();
      await server.stop();
      await db.conn.dropDatabase().catch(() => undefined);
      await db.close();
      await database.stop();
    }
  },
};
