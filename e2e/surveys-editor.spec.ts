/**
 * The survey editor in a real browser against the real server and database: a supervisor builds a
 * survey with NPS, CSAT, CES, a choice, a matrix and a conditional question, saves it, tries it in the
 * phone preview, and publishes it; the server's validation errors appear under their question in zh
 * and en; removing a question asks first; an agent sees no survey screens. Screenshots at 1280 and
 * 390 px in both languages go to /tmp/shots-surveys/.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { LoginPage } from './support/admin-pages';
import { GraphqlApi } from './support/graphql-api';
import { SurveyEditorPage, SurveysListPage } from './support/surveys';

const SHOTS = '/tmp/shots-surveys';
const KEY = 'after-service';

describe('survey editor (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    await mkdir(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function signIn(
    who: { username: string; password: string },
    width: number,
    path = '/surveys',
  ): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${stack.adminUrl}${path}`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(who);
    return { page, close: () => context.close() };
  }

  const shoot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}`, fullPage: true });

  it('a supervisor builds every question kind with a condition, saves, previews on a phone and publishes', async () => {
    const { page, close } = await signIn(E2E_DEMO.supervisor, 1280, '/');
    const list = new SurveysListPage(page);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await list.openFromMenu();
    expect(await page.locator('h2').innerText()).toBe('满意度调查');
    await list.create(KEY, { zh: '服务回访', en: 'Service follow-up' });
    await page.waitForURL(new RegExp(`/surveys/${KEY}$`));

    const editor = new SurveyEditorPage(page);
    await editor.root.waitFor();
    for (const kind of ['nps', 'csat', 'ces', 'single', 'matrix', 'textarea'] as const)
      await editor.add(kind);
    // The metric fixes the scale: the NPS question offers 0–10 and no bounds to edit.
    await editor.select('nps');
    await editor.setRequired();
    expect(await editor.editor.getByTestId('field-metric-scale').innerText()).toBe(
      'NPS：0–10 分（由指标决定）',
    );
    expect(await editor.editor.getByTestId('field-rateMin').count()).toBe(0);
    // The reason is asked only from detractors (NPS ≤ 6), through the designer's rule builder.
    await editor.select('textarea');
    await editor.showOnlyWhen('您向亲友推荐我行的可能性有多大？', '小于或等于', 6);
    expect(await editor.ruleSentence.innerText()).toContain('6');

    // Removing a question asks first, naming it; cancelling keeps it.
    await editor.add('text');
    let box = await editor.askToRemove('text');
    expect(await box.innerText()).toContain('删除问题「请填写」');
    await editor.answerConfirmation(box, false);
    expect(await editor.question('text').count()).toBe(1);
    box = await editor.askToRemove('text');
    await editor.answerConfirmation(box, true);
    await editor.question('text').waitFor({ state: 'detached' });

    expect(await editor.unsaved.isVisible()).toBe(true);
    await editor.save();
    await editor.toast('草稿已保存（修订 2）').waitFor();
    await editor.unsaved.waitFor({ state: 'detached' });

    // The phone preview: 390 px wide, the public page's renderer, the condition live.
    const frame = await editor.previewFrame.boundingBox();
    expect(frame?.width).toBe(390);
    expect(await editor.previewFrame.getByTestId('survey-preview-title').innerText()).toBe('服务回访');
    expect(await editor.previewQuestion('matrix').locator('table').count()).toBe(1);
    // A promoter is not asked why; a detractor is.
    await editor.previewChoose('nps', 9);
    await editor.previewQuestion('textarea').waitFor({ state: 'detached' });
    await editor.previewChoose('nps', 3);
    await editor.previewQuestion('textarea').waitFor();
    await shoot(page, 'survey-editor-1280-zh.png');
    await editor.previewChoose('nps', 10);
    await editor.previewQuestion('textarea').waitFor({ state: 'detached' });
    await editor.previewLanguage('en');
    expect(await editor.previewFrame.getByTestId('survey-preview-title').innerText()).toBe(
      'Service follow-up',
    );
    expect(await editor.previewQuestion('csat').innerText()).toContain(
      'How satisfied are you with this service?',
    );

    await editor.publish();
    await editor.subtitle.filter({ hasText: '已发布第 1 版' }).waitFor();
    expect(await editor.subtitle.innerText()).toContain('已发布第 1 版');
    // The versions drawer lists version 1 with the release notes given at publish.
    await page.getByTestId('survey-version-button').click();
    const item = page.getByTestId('survey-version-drawer').getByTestId('survey-version-item-1');
    await item.waitFor();
    expect(await item.innerText()).toContain('首个版本 / first version');
    await shoot(page, 'survey-versions-1280-zh.png');
    await page.keyboard.press('Escape');
    await page.getByTestId('survey-version-drawer').waitFor({ state: 'hidden' });

    await editor.switchLanguage('English');
    expect(await editor.subtitle.innerText()).toContain('Version 1 published');
    await shoot(page, 'survey-editor-1280-en.png');
    await page.getByTestId('survey-back').click();
    await list.waitForRow(KEY);
    expect(await page.getByTestId(`survey-version-${KEY}`).innerText()).toBe('Version 1');
    await shoot(page, 'survey-list-1280-en.png');
    await editor.switchLanguage('中文');
    await shoot(page, 'survey-list-1280-zh.png');
    await close();
  });

  it('shows the server’s refusal under the question it concerns, in zh and in en, keeping the draft', async () => {
    const { page, close } = await signIn(E2E_DEMO.supervisor, 1280, `/surveys/${KEY}`);
    const editor = new SurveyEditorPage(page);
    await editor.root.waitFor();
    await editor.select('single');
    await editor.setTitle('en', '');
    await editor.save();
    const zh = '问题 4「single」的标题缺少英文文字。';
    await editor.questionNotes('single').filter({ hasText: zh }).waitFor();
    expect(await editor.editor.getByTestId('survey-question-problems').innerText()).toContain(zh);
    await editor.toast('草稿未保存').waitFor();
    // The user's draft stays as typed.
    expect(await editor.unsaved.isVisible()).toBe(true);
    expect(await editor.editor.getByTestId('field-title-zh').inputValue()).toBe('单选题');
    await shoot(page, 'survey-error-1280-zh.png');

    await editor.switchLanguage('English');
    const en = 'The title of Question 4 "single" has no English text.';
    await editor.questionNotes('single').filter({ hasText: en }).waitFor();
    await shoot(page, 'survey-error-1280-en.png');

    await editor.setTitle('en', 'Which channel did you use?');
    await editor.save();
    await editor.toast('Draft saved (revision 3)').waitFor();
    expect(await editor.questionNotes('single').count()).toBe(0);
    await close();
  });

  it('keeps the user’s draft when someone else saved first, says so, and can save it over theirs', async () => {
    const { page, close } = await signIn(E2E_DEMO.supervisor, 1280, `/surveys/${KEY}`);
    const editor = new SurveyEditorPage(page);
    await editor.root.waitFor();
    await editor.select('csat');
    await editor.setTitle('en', 'Mine: how satisfied are you?');
    // Meanwhile the administrator saves the same draft through the API.
    const admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    const current = await admin.run<{ survey: { draftRevision: number; draftDefinition: unknown } }>(
      `query($k: String!) { survey(key: $k) { draftRevision draftDefinition } }`,
      { k: KEY },
    );
    await admin.run(
      `mutation($k: String!, $b: Int!, $d: JSON!) { saveSurveyDraft(key: $k, baseRevision: $b, definition: $d) { draftRevision } }`,
      {
        k: KEY,
        b: current.survey.draftRevision,
        d: {
          ...(current.survey.draftDefinition as object),
          title: { zh: '他人改过', en: 'Changed by someone' },
        },
      },
    );
    await editor.save();
    const conflict = page.getByTestId('survey-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('他人已在你之后保存了这份草稿');
    expect(await editor.editor.getByTestId('field-title-en').inputValue()).toBe(
      'Mine: how satisfied are you?',
    );
    expect(await editor.unsaved.isVisible()).toBe(true);
    await page.getByTestId('survey-conflict-overwrite').click();
    await conflict.waitFor({ state: 'detached' });
    await editor.unsaved.waitFor({ state: 'detached' });
    const after = await admin.run<{
      survey: { draftDefinition: { elements: { name: string; title: { en: string } }[] } };
    }>(`query($k: String!) { survey(key: $k) { draftDefinition } }`, { k: KEY });
    expect(after.survey.draftDefinition.elements.find((e) => e.name === 'csat')?.title.en).toBe(
      'Mine: how satisfied are you?',
    );
    await close();
  });

  it('fits a phone: the list and the editor with its preview at 390 px, in both languages', async () => {
    const { page, close } = await signIn(E2E_DEMO.supervisor, 390, '/surveys');
    const list = new SurveysListPage(page);
    await list.waitForRow(KEY);
    await shoot(page, 'survey-list-390-zh.png');
    await list.row(KEY).click();
    const editor = new SurveyEditorPage(page);
    await editor.root.waitFor();
    await editor.previewChoose('nps', 2);
    await editor.previewQuestion('textarea').waitFor();
    const frame = await editor.previewFrame.boundingBox();
    expect(frame!.width).toBeLessThanOrEqual(390);
    // The page itself does not scroll sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, 'survey-editor-390-zh.png');
    await editor.switchLanguage('English');
    await editor.previewLanguage('en');
    await shoot(page, 'survey-editor-390-en.png');
    await page.getByTestId('survey-back').click();
    await list.waitForRow(KEY);
    await shoot(page, 'survey-list-390-en.png');
    await close();
  });

  it('an agent sees no Surveys menu entry and is turned away from the URL', async () => {
    const { page, close } = await signIn(E2E_DEMO.agentCs, 1280, `/surveys/${KEY}`);
    await page.waitForURL(
      (url) => !url.pathname.startsWith('/login') && !url.pathname.startsWith('/surveys'),
    );
    await page.getByTestId('nav-inbox').waitFor();
    expect(await page.getByTestId('nav-surveys').count()).toBe(0);
    await page.goto(`${stack.adminUrl}/surveys`);
    await page.waitForURL((url) => !url.pathname.startsWith('/surveys'));
    expect(await page.getByTestId('survey-list-page').count()).toBe(0);
    await close();
  });
});
