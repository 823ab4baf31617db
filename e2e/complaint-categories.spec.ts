/**
 * The complaint-category editor in a real browser against the real server and database: create and
 * edit every field, search, move by drag, deactivate, delete (refused with the reason, and allowed),
 * the server's field errors in zh and en, XLSX export then import of an edited file (and a bad file's
 * row problems), and an agent who sees none of it. Screenshots at 1280 and 390 px in both languages
 * go to /tmp/shots-categories/.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import {
  COLUMNS,
  readWorkbook,
  writeWorkbook,
  type Column,
} from '../packages/server/src/features/complaint-categories/import/complaint-category-xlsx';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { CategoryEditorPage } from './support/complaint-categories';

const SHOTS = '/tmp/shots-categories';

const CATEGORY = `query($id: ID!) { complaintCategory(id: $id) {
  code name { zh en } path active severity slaPolicyKey requiredFields
  routing { departmentCode queueCode }
  regulatoryCodes { jrtBusinessType jrtCause cfpbProduct cfpbIssue }
} }`;
const CREATE = `mutation($input: CreateComplaintCategoryInput!) { createComplaintCategory(input: $input) { id } }`;
const BY_CODE = `{ complaintCategories(first: 200) { edges { node { id code path active name { en } } } } }`;

describe('the complaint-category editor (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let api: GraphqlApi;
  const contexts: BrowserContext[] = [];

  async function signedIn(
    user: { username: string; password: string },
    locale: 'zh-CN' | 'en' = 'zh-CN',
    width = 1280,
  ): Promise<Page> {
    const context = await browser.newContext({
      locale,
      viewport: { width, height: 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}/login`);
    await new LoginPage(page).signIn(user);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  async function idOf(code: string): Promise<string> {
    const data = await api.run<{ complaintCategories: { edges: { node: { id: string; code: string } }[] } }>(
      BY_CODE,
    );
    const found = data.complaintCategories.edges.find((e) => e.node.code === code);
    if (!found) throw new Error(`no category ${code}`);
    return found.node.id;
  }

  async function stored(code: string) {
    const data = await api.run<{ complaintCategory: Record<string, unknown> }>(CATEGORY, {
      id: await idOf(code),
    });
    return data.complaintCategory;
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
    api = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await stack?.close();
  });

  it('creates a category, edits every field in the side panel, and shows field errors in zh and en', async () => {
    const page = await signedIn(E2E_DEMO.supervisor);
    const ui = new CategoryEditorPage(page);
    await ui.open(stack.adminUrl);
    expect(await page.locator('h2').innerText()).toBe('投诉分类');

    // A validation error from the server, under the code field, in Chinese.
    await ui.openCreate();
    await ui.fill({ code: 'bad code', zh: '坏编码', en: 'Bad code' });
    await ui.save();
    await ui.fieldError('code').waitFor();
    expect(await ui.fieldError('code').innerText()).toBe(
      '编码须为 2–40 个大写字母、数字、"-" 或 "_"，并以字母开头。',
    );

    // Create with every field.
    await ui.fill({
      code: 'E2E-LOANS',
      zh: '贷款催收',
      en: 'Loan collection',
      department: 'PRODUCT',
      severity: 'HIGH',
      slaPolicy: 'complaint-15-days',
      requiredFields: ['complainantMobile', 'amountInvolvedFen'],
      jrtBusinessType: 'LOANS',
      jrtCause: 'DEBT_COLLECTION',
      cfpbProduct: 'Debt collection',
      cfpbIssue: 'Attempts to collect debt not owed',
    });
    await ui.fill({ queue: 'GENERAL' });
    await ui.save();
    await expect.poll(() => page.getByTestId('category-editor-title').innerText()).toBe('编辑分类 E2E-LOANS');
    await ui.node('E2E-LOANS').waitFor();
    await shot(page, 'categories-editor-zh-1280');
    expect(await stored('E2E-LOANS')).toMatchObject({
      name: { zh: '贷款催收', en: 'Loan collection' },
      severity: 'HIGH',
      slaPolicyKey: 'complaint-15-days',
      requiredFields: ['complainantMobile', 'amountInvolvedFen'],
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
      regulatoryCodes: {
        jrtBusinessType: '贷款',
        jrtCause: '债务催收',
        cfpbProduct: 'Debt collection',
        cfpbIssue: 'Attempts to collect debt not owed',
      },
    });

    // Edit every editable field, after a reload.
    await page.reload();
    await ui.tree.waitFor();
    await ui.openEdit('E2E-LOANS');
    expect(await page.getByTestId('category-input-code').isDisabled()).toBe(true);
    await page.getByTestId('category-select-required').locator('.el-tag__close').first().click();
    await ui.fill({
      zh: '贷款催收投诉',
      en: 'Loan collection complaints',
      department: 'CUSTOMER_SERVICE',
      severity: 'CRITICAL',
      slaPolicy: 'regulatory-complaint',
      requiredFields: ['complaintText'],
      jrtBusinessType: 'BANK_CARDS',
      jrtCause: 'SERVICE_ATTITUDE',
      cfpbProduct: 'Credit card',
      cfpbIssue: 'Fees or interest',
    });
    await ui.save();
    await expect.poll(async () => (await stored('E2E-LOANS'))['severity']).toBe('CRITICAL');
    expect(await stored('E2E-LOANS')).toMatchObject({
      name: { zh: '贷款催收投诉', en: 'Loan collection complaints' },
      slaPolicyKey: 'regulatory-complaint',
      requiredFields: ['amountInvolvedFen', 'complaintText'],
      routing: { departmentCode: 'CUSTOMER_SERVICE', queueCode: null },
      regulatoryCodes: {
        jrtBusinessType: '银行卡',
        jrtCause: '服务态度及服务质量',
        cfpbProduct: 'Credit card',
        cfpbIssue: 'Fees or interest',
      },
    });

    // The same server error in English after switching the page's language.
    await ui.closeEditor();
    await ui.switchLanguage('English');
    expect(await page.locator('h2').innerText()).toBe('Complaint categories');
    await ui.openCreate();
    expect(await ui.fieldLabel('code').innerText()).toBe('Code');
    await ui.fill({ code: 'bad code', zh: '坏编码', en: 'Bad code' });
    await ui.save();
    await ui.fieldError('code').waitFor();
    expect(await ui.fieldError('code').innerText()).toBe(
      'The code must be 2–40 characters of A–Z, 0–9, "-" or "_", starting with a letter.',
    );
    await shot(page, 'categories-editor-en-1280');
    await ui.closeEditor();
    await ui.switchLanguage('中文');
  });

  it('searches, moves by drag, deactivates and deletes (refused with the reason, then allowed)', async () => {
    const parent = (
      await api.run<{ createComplaintCategory: { id: string } }>(CREATE, {
        input: { code: 'E2E-PARENT', name: { zh: '上级', en: 'Parent' } },
      })
    ).createComplaintCategory.id;
    await api.run(CREATE, { input: { code: 'E2E-MOVER', name: { zh: '待移动', en: 'Mover' } } });
    await api.run(CREATE, { input: { code: 'E2E-KID', name: { zh: '下级', en: 'Kid' }, parentId: parent } });
    const used = (
      await api.run<{ createComplaintCategory: { id: string } }>(CREATE, {
        input: { code: 'E2E-USED', name: { zh: '已使用', en: 'In use' } },
      })
    ).createComplaintCategory.id;
    // A case that references E2E-USED, opened over GraphQL.
    await api.run(`mutation($input: OpenCaseInput!) { openCase(input: $input) { __typename } }`, {
      input: {
        templateKey: 'complaint-handling',
        channel: 'HOTLINE',
        customer: { name: '赵六', phone: '13800138001' },
        categoryId: used,
      },
    });

    const page = await signedIn(E2E_DEMO.supervisor);
    const ui = new CategoryEditorPage(page);
    await ui.open(stack.adminUrl);

    // Search by English name: only the match and its ancestors stay visible.
    await ui.search('kid');
    await expect.poll(() => page.getByTestId('category-matches').innerText()).toBe('1 个匹配');
    expect(await ui.node('E2E-KID').isVisible()).toBe(true);
    expect(await ui.node('E2E-PARENT').isVisible()).toBe(true);
    expect(await ui.node('E2E-MOVER').isVisible()).toBe(false);
    await ui.search('');
    await ui.node('E2E-MOVER').waitFor();

    // Drag E2E-MOVER into E2E-PARENT.
    await ui.dragInto('E2E-MOVER', 'E2E-PARENT');
    await expect.poll(async () => (await stored('E2E-MOVER'))['path']).toEqual(['E2E-PARENT', 'E2E-MOVER']);
    await ui.treeItem('E2E-PARENT').locator('[data-testid="category-node-E2E-MOVER"]').waitFor();

    // Deactivate: the confirmation says what it affects (the two sub-categories).
    await ui.nodeAction('E2E-PARENT', 'deactivate');
    const said = await ui.confirm();
    expect(said).toContain('“上级”（E2E-PARENT）');
    expect(said).toContain('2 个下级分类');
    await expect.poll(async () => (await stored('E2E-KID'))['active']).toBe(false);
    await ui.node('E2E-PARENT').getByText('已停用').waitFor();

    // Delete refused: sub-categories, and a case; each reason in words.
    await ui.nodeAction('E2E-PARENT', 'delete');
    await ui.confirm();
    const refusal = page.getByTestId('category-delete-refused');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('下还有 2 个下级分类');
    await ui.nodeAction('E2E-USED', 'delete');
    expect(await ui.confirm()).toContain('“已使用”（E2E-USED）');
    await expect.poll(() => refusal.innerText()).toContain('有 1 个案件引用分类“E2E-USED”');
    await shot(page, 'categories-delete-refused-zh-1280');

    // Delete allowed for a leaf without cases.
    await ui.nodeAction('E2E-KID', 'delete');
    await ui.confirm();
    await ui.node('E2E-KID').waitFor({ state: 'detached' });
    await expect.poll(() => idOf('E2E-KID').catch(() => 'gone')).toBe('gone');
  });

  it('exports XLSX, imports an edited file, and shows a bad file’s row problems', async () => {
    const page = await signedIn(E2E_DEMO.supervisor, 'en');
    const ui = new CategoryEditorPage(page);
    await ui.open(stack.adminUrl);
    await ui.switchLanguage('English');

    const exported = await ui.export();
    const sheet = await readWorkbook(exported, 5000);
    expect(sheet.headerProblems).toEqual([]);
    const rows = sheet.rows.map((r) => ({ ...r.cells }) as Record<Column, string>);
    const loans = rows.find((r) => r.code === 'E2E-LOANS')!;
    expect(loans).toMatchObject({ nameEn: 'Loan collection complaints', severity: 'CRITICAL' });

    // A bad file: an unknown JR/T cause on one row. Nothing is written; the row and column are named.
    const bad = rows.map((r) =>
      r.code === 'E2E-LOANS' ? { ...r, jrtCause: 'Rudeness', nameEn: 'Changed' } : r,
    );
    const dialog = await ui.openImport();
    await ui.uploadForImport('bad.xlsx', await writeWorkbook(bad));
    const problems = page.getByTestId('category-import-problems');
    await problems.waitFor();
    const problemRow = rows.indexOf(loans) + 2;
    const firstProblem = await problems.locator('tbody tr').first().innerText();
    expect(firstProblem).toContain(String(problemRow));
    expect(firstProblem).toContain('jrtCause');
    expect(firstProblem).toContain('JR/T 0169-2018');
    expect(await page.getByTestId('category-import-submit').isDisabled()).toBe(true);
    await shot(page, 'categories-import-problems-en-1280');
    expect((await stored('E2E-LOANS'))['name']).toMatchObject({ en: 'Loan collection complaints' });

    // The edited file: a renamed category and a new one under it.
    const edited = rows.map((r) =>
      r.code === 'E2E-LOANS' ? { ...r, nameEn: 'Loan complaints (imported)' } : r,
    );
    const added = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
    edited.push({
      ...added,
      code: 'E2E-IMPORTED',
      parentCode: 'E2E-LOANS',
      nameZh: '导入的',
      nameEn: 'Imported',
    });
    await ui.uploadForImport('edited.xlsx', await writeWorkbook(edited));
    await expect
      .poll(() => page.getByTestId('category-import-clean').innerText())
      .toBe(`The file is fine. New: 1; to change: 1; unchanged: ${rows.length - 1}.`);
    await page.getByTestId('category-import-submit').click();
    expect(await ui.confirm()).toContain('New categories: 1; changed: 1;');
    await dialog.waitFor({ state: 'hidden' });
    await ui.node('E2E-IMPORTED').waitFor();
    expect((await stored('E2E-IMPORTED'))['path']).toEqual(['E2E-LOANS', 'E2E-IMPORTED']);
    expect((await stored('E2E-LOANS'))['name']).toMatchObject({ en: 'Loan complaints (imported)' });
    await shot(page, 'categories-tree-en-1280');
  });

  it('at 390 px in both languages, the tree and the panel fit the phone', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const page = await signedIn(E2E_DEMO.supervisor, locale, 390);
      const ui = new CategoryEditorPage(page);
      await ui.open(stack.adminUrl);
      if (locale === 'en') await ui.switchLanguage('English');
      await ui.node('E2E-LOANS').waitFor();
      await shot(page, `categories-tree-${locale}-390`);
      await ui.openEdit('E2E-LOANS');
      await shot(page, `categories-editor-${locale}-390`);
    }
  });

  it('an agent sees no menu entry and is sent away from the URL', async () => {
    const page = await signedIn(E2E_DEMO.agentCs);
    await page.getByTestId('current-user').waitFor();
    expect(await page.getByTestId('nav-complaint-categories').count()).toBe(0);
    await page.goto(`${stack.adminUrl}/complaint-categories`);
    await page.waitForURL((url) => !url.pathname.startsWith('/complaint-categories'));
    expect(await page.getByTestId('category-page').count()).toBe(0);
    // The server refuses the agent's writes too.
    const agent = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.agentCs.username,
      E2E_DEMO.agentCs.password,
    );
    const res = await agent.request(CREATE, {
      input: { code: 'E2E-AGENT', name: { zh: '代理', en: 'Agent' } },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
