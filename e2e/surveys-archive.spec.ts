/**
 * A survey's life in the editor, in a real browser against the real server: a supervisor creates a
 * survey, edits and publishes it twice, compares the two versions in the versions drawer and rolls back
 * to the first; then archives it from the list — the confirmation says which flow versions use it and a
 * blank reason is refused under the field — after which it is listed only with "show archived", and
 * restores it. Screenshots at 1280 and 390 px go to /tmp/shots-surveys/.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { SurveyEditorPage, SurveysListPage } from './support/surveys';

const SHOTS = '/tmp/shots-surveys';
const KEY = 'retire-me';
const t = (zh: string, en: string) => ({ zh, en });

/** A flow whose survey step sends the library survey `surveyKey`, pinned at publication. */
function flowUsing(key: string, surveyKey: string) {
  return {
    schemaVersion: 1,
    key,
    version: 1,
    name: t('结案回访', 'Closing follow-up'),
    roles: [{ key: 'supervisor', name: t('主管', 'Supervisor') }],
    forms: [],
    start: 'ask',
    steps: [
      { kind: 'survey', key: 'ask', name: t('调查', 'Survey'), survey: { surveyKey, pin: 'publish' } },
      { kind: 'end', key: 'done', name: t('办结', 'Done'), outcome: 'resolved' },
    ],
    transitions: [{ key: 't1', from: 'ask', to: 'done' }],
  };
}

describe('survey versions and archive (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function signIn(width: number, locale: 'zh-CN' | 'en', path: string): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
    await context.addInitScript((l) => window.localStorage.setItem('parley.locale', l), locale);
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}${path}`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_DEMO.supervisor);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }
  const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}`, fullPage: true });

  it('creates, edits and publishes twice, and compares the two versions in words', async () => {
    const page = await signIn(1280, 'zh-CN', '/surveys');
    const list = new SurveysListPage(page);
    await list.table.waitFor();
    await list.create(KEY, { zh: '旧版回访', en: 'Old follow-up' });
    await page.waitForURL(new RegExp(`/surveys/${KEY}$`));
    const editor = new SurveyEditorPage(page);
    await editor.root.waitFor();
    await editor.add('nps');
    await editor.save();
    await editor.toast('草稿已保存（修订 2）').waitFor();
    await editor.publish('首版');
    await editor.subtitle.filter({ hasText: '已发布第 1 版' }).waitFor();

    // Edit: a CSAT question, published as version 2.
    await editor.add('csat');
    await editor.publish('加上满意度');
    await editor.subtitle.filter({ hasText: '已发布第 2 版' }).waitFor();

    // The drawer compares version 1 with version 2 by default, in words.
    await page.getByTestId('survey-version-button').click();
    const drawer = page.getByTestId('survey-version-drawer');
    await drawer.getByTestId('survey-version-item-2').waitFor();
    const diff = drawer.getByTestId('survey-version-diff');
    await diff.waitFor();
    expect(await diff.innerText()).toContain('新增问题「您对本次服务满意吗？」');
    await shoot(page, 'survey-versions-diff-1280-zh.png');
    await page.context().close();
  }, 240_000);

  it('rolls back to the first version after asking', async () => {
    const page = await signIn(1280, 'zh-CN', `/surveys/${KEY}`);
    const editor = new SurveyEditorPage(page);
    await editor.subtitle.filter({ hasText: '已发布第 2 版' }).waitFor();
    await page.getByTestId('survey-version-button').click();
    const drawer = page.getByTestId('survey-version-drawer');
    const diff = drawer.getByTestId('survey-version-diff');
    await diff.waitFor();

    // Roll back to version 1: it asks first and says what it does; version 3 has version 1's questions.
    await drawer.getByTestId('survey-version-rollback-1').click();
    const box = page.locator('.confirm-action:visible');
    await box.waitFor();
    expect(await box.innerText()).toContain('回滚到第 1 版？');
    await editor.answerConfirmation(box, true);
    await editor.toast('已回滚：第 1 版的问题已发布为第 3 版。').waitFor();
    const v3 = drawer.getByTestId('survey-version-item-3');
    await v3.waitFor();
    expect(await v3.innerText()).toContain('回滚至第 1 版');
    // Compared with version 2, version 3 drops the CSAT question again.
    // One select's list at a time: the first list must have closed before the second opens, or the
    // option found may be the closing list's.
    const openList = page.locator('.el-select-dropdown:visible');
    await drawer.getByTestId('survey-version-from').click();
    await openList.locator('.el-select-dropdown__item', { hasText: '第 2 版' }).click();
    await expect.poll(() => openList.count()).toBe(0);
    await drawer.getByTestId('survey-version-to').click();
    await openList.locator('.el-select-dropdown__item', { hasText: '第 3 版' }).click();
    await expect.poll(() => openList.count()).toBe(0);
    await expect
      .poll(async () => diff.innerText(), { timeout: 15_000 })
      .toContain('删除问题「您对本次服务满意吗？」');
    await drawer.locator('.el-drawer__close-btn').click();
    await drawer.waitFor({ state: 'hidden' });
    await editor.subtitle.filter({ hasText: '已发布第 3 版' }).waitFor();
    expect(await editor.question('csat').count()).toBe(0);
    await page.context().close();
  }, 240_000);

  it('archives from the list after saying what it affects, shows it only on request, and restores it', async () => {
    // A published flow version pins the survey.
    const api = await GraphqlApi.signIn(
      stack.graphqlUrl,
      E2E_DEMO.supervisor.username,
      E2E_DEMO.supervisor.password,
    );
    await api.run(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`,
      {
        input: {
          key: 'uses-retire-me',
          name: t('结案回访', 'Closing follow-up'),
          kind: 'SERVICE',
          definition: flowUsing('uses-retire-me', KEY),
        },
      },
    );
    await api.run(
      `mutation { publishFlowTemplate(key: "uses-retire-me", baseRevision: 1, releaseNotes: "v1") { version } }`,
    );

    const page = await signIn(1280, 'zh-CN', '/surveys');
    const list = new SurveysListPage(page);
    await list.waitForRow(KEY);
    const dialog = await list.askToArchive(KEY);
    const affects = await dialog.getByTestId('survey-archive-affects').innerText();
    // The flow's published version 1 and its current draft (the one it was published from).
    expect(affects).toContain('1 个已发布的流程版本（照常发送），1 个流程草稿（引用它时将无法发布）');
    expect(affects).toContain('结案回访 (uses-retire-me): 第 1 版、当前草稿');
    // A blank reason: the server's refusal shows under the field, in the page's language.
    await list.confirmArchive('   ');
    await dialog.locator('.el-form-item__error', { hasText: '请说明归档原因。' }).waitFor();
    await shoot(page, 'survey-archive-1280-zh.png');
    await list.confirmArchive('已由新问卷替代');
    await dialog.waitFor({ state: 'hidden' });
    await list.row(KEY).waitFor({ state: 'detached' });

    // Only with the toggle, marked archived.
    await list.showArchived();
    await list.waitForRow(KEY);
    expect(await list.archivedTag(KEY).innerText()).toBe('已归档');
    await shoot(page, 'survey-list-archived-1280-zh.png');

    // The editor is read-only and says why.
    await list.row(KEY).click();
    const editor = new SurveyEditorPage(page);
    const banner = page.getByTestId('survey-archived-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('已由新问卷替代');
    expect(await page.getByTestId('survey-save').isDisabled()).toBe(true);
    await page.getByTestId('survey-back').click();

    // Restore asks first, then the survey is listed as before.
    await list.waitForRow(KEY);
    const box = await list.askToRestore(KEY);
    expect(await box.innerText()).toContain('可以修改、发布，并可被流程引用');
    await editor.answerConfirmation(box, true);
    await list.archivedTag(KEY).waitFor({ state: 'detached' });
    await list.showArchived();
    await list.waitForRow(KEY);
    await page.context().close();

    // The archive dialog on a phone, in English.
    const phone = await signIn(390, 'en', '/surveys');
    const phoneList = new SurveysListPage(phone);
    await phoneList.waitForRow(KEY);
    const phoneDialog = await phoneList.askToArchive(KEY);
    expect(await phoneDialog.getByTestId('survey-archive-affects').innerText()).toContain(
      'Referred to by 1 published flow version(s)',
    );
    await shoot(phone, 'survey-archive-390-en.png');
    await phone.context().close();
  }, 240_000);
});
