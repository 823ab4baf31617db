/**
 * Surveys section: which renderer the survey preview and the public survey page use, by measurement.
 * The same 12-question survey (bench/fixtures/survey-12.ts) is rendered on a phone-sized page (390 px)
 * by two pages built the same way (the admin's Vite config: Vue plugin, Element Plus on demand,
 * production build) and served by the same preview server:
 *
 * - **features/forms** — the project's own renderer (`SurveyForm` → `FormRenderer`), with the admin's
 *   i18n and Pinia as the public page would have them; the survey is the engine's form definition.
 * - **SurveyJS Form Library** — `survey-core` + `survey-vue3-ui` 3.0.0 (MIT) with its default theme and
 *   zh-cn strings; the survey is the engine's `toSurveyJson` of the same definition (as the server's
 *   `surveyJson` field serves it).
 *
 * (a) JavaScript the page loads, gzip-compressed here (level 9), summed; CSS likewise in the note.
 * (b) Time from navigation start until the last question's title is on the page (median of 5 fresh
 *     loads, each in a new browser context). The ratio is SurveyJS relative to features/forms.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { toSurveyJson } from '../../packages/engine/src/index';
import { adminConfigFile, serveAdmin } from '../../scripts/admin-app';
import { launchChromium } from '../../e2e/support/chromium';
import { survey12 } from '../fixtures/survey-12';
import { percentile, row } from '../lib';
import type { BenchRow, BenchSection } from '../lib';

const RUNS = 5;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** Inside packages/admin so both pages resolve the admin's packages; `.cache/` is ignored by git. */
const benchRoot = path.join(repoRoot, 'packages', 'admin', '.cache', 'bench-surveys');
const adminSrc = '../../../src';
/** The last question's title: on the page once the whole survey rendered. */
const LAST_TITLE = survey12.elements[survey12.elements.length - 1]!.title.zh;

const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>survey</title></head>
<body><div id="app"></div><script type="module" src="./main.ts"></script></body></html>
`;

const PAGES: Record<'forms' | 'surveyjs', Record<string, string>> = {
  forms: {
    'index.html': html,
    'main.ts': `import { createApp, h, ref } from 'vue';
import { createPinia } from 'pinia';
import { createAppI18n, i18nPlugin } from '${adminSrc}/app/i18n';
import { SurveyForm } from '${adminSrc}/features/surveys';
import 'element-plus/theme-chalk/base.css';
const definition = ${JSON.stringify(survey12)};
const answers = ref({});
createApp({
  render: () => h('div', { style: 'padding:16px' }, [h(SurveyForm, {
    definition, lang: 'zh', modelValue: answers.value,
    'onUpdate:modelValue': (v) => (answers.value = v),
  })]),
}).use(createPinia()).use(i18nPlugin(createAppI18n('zh-CN'))).mount('#app');
`,
  },
  surveyjs: {
    'index.html': html,
    'main.ts': `import { createApp, h } from 'vue';
import { Model } from 'survey-core';
import 'survey-core/i18n/simplified-chinese';
import 'survey-core/survey-core.css';
import { SurveyComponent } from 'survey-vue3-ui';
const model = new Model(${JSON.stringify(toSurveyJson(survey12))});
model.locale = 'zh-cn';
createApp({ render: () => h(SurveyComponent, { model }) }).mount('#app');
`,
  },
};

async function buildPage(name: keyof typeof PAGES): Promise<string> {
  const root = path.join(benchRoot, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const [file, text] of Object.entries(PAGES[name])) await writeFile(path.join(root, file), text);
  const outDir = path.join(root, 'dist');
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: adminConfigFile,
      root,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}

interface Load {
  ms: number;
  js: number;
  css: number;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const sizes = { js: 0, css: 0 };
    page.on('response', (res) => {
      const kind = res.url().endsWith('.js') ? 'js' : res.url().endsWith('.css') ? 'css' : null;
      if (!kind) return;
      pending.push(
        res
          .body()
          .then((body) => void (sizes[kind] += gzipSync(body, { level: 9 }).length))
          .catch(() => undefined),
      );
    });
    await page.goto(url);
    await page.waitForFunction(`document.body.innerText.includes(${JSON.stringify(LAST_TITLE)})`, undefined, {
      polling: 'raf',
      timeout: 60_000,
    });
    const ms = await page.evaluate<number>('performance.now()');
    await Promise.all(pending);
    return { ms, js: sizes.js / 1024, css: sizes.css / 1024 };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

export const surveysSection: BenchSection = {
  name: 'surveys',
  async run(): Promise<BenchRow[]> {
    const formsDir = await buildPage('forms');
    const surveyjsDir = await buildPage('surveyjs');
    // No API behind these pages: the proxy target is never reached.
    const forms = await serveAdmin(formsDir, 'http://127.0.0.1:9');
    const surveyjs = await serveAdmin(surveyjsDir, 'http://127.0.0.1:9');
    const origin = (s: typeof forms) => {
      const a = s.httpServer.address();
      return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`;
    };
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      await load(browser, origin(forms));
      await load(browser, origin(surveyjs));
      const own: Load[] = [];
      const sjs: Load[] = [];
      for (let i = 0; i < RUNS; i++) {
        own.push(await load(browser, origin(forms)));
        sjs.push(await load(browser, origin(surveyjs)));
      }
      const note = (l: Load) => `CSS ${l.css.toFixed(1)} KB gzip`;
      return [
        row(
          'surveys: SurveyJS page JS for a 12-question survey, gzip',
          'KB',
          sjs[0]!.js,
          { name: 'features/forms renderer', value: own[0]!.js },
          {
            lowerIsBetter: true,
            note: `SurveyJS ${note(sjs[0]!)}; features/forms ${note(own[0]!)} (Element Plus, Vue, vue-i18n, Pinia and the admin's texts included)`,
          },
        ),
        row(
          `surveys: SurveyJS 12 questions rendered at 390 px (median of ${RUNS})`,
          'ms',
          median(sjs.map((l) => l.ms)),
          { name: 'features/forms renderer', value: median(own.map((l) => l.ms)) },
          {
            lowerIsBetter: true,
            note: 'headless Chromium, fresh context per load, until the last question shows',
          },
        ),
      ];
    } finally {
      await browser?.close();
      await forms.close();
      await surveyjs.close();
      await rm(benchRoot, { recursive: true, force: true });
    }
  },
};
