/**
 * Issue 9's story in Chromium against the real server: a supervisor builds the Minsheng 7-step
 * negotiation (客户申请 → 信息审核 → 线上沟通 → 方案制定 → 方案确认 → 签署协议 → 反馈与跟踪) from an empty
 * canvas through the UI alone — steps, a form with a conditional field, a guard on a transition, an
 * SLA, the offer policy, the role mapping — sees a problem on its node and fixes it, test-runs the
 * flow and publishes it; a case opened over GraphQL is counted on that version; version 2 is compared,
 * what-if'd and the open case migrated with the dry-run report. Screenshots in zh-CN and English.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { FlowsPage, LoginPage } from './support/admin-pages';
import { DesignerPage } from './support/designer-page';
import { DesignerCanvas } from './support/designer-canvas';
import { DesignerPanels } from './support/designer-panels';
import { DesignerVersionsPage } from './support/designer-versions';
import { TestRunDrawer } from './support/designer-simulation';
import { CUSTOMER, GraphqlApi } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const KEY = 'minsheng-designed';

/** The seven steps of seed 000 and the two ends, in the order the supervisor adds them. */
const STEPS = [
  { kind: 'form', name: '客户申请' },
  { kind: 'review', name: '信息审核' },
  { kind: 'communication', name: '线上沟通' },
  { kind: 'plan', name: '方案制定' },
  { kind: 'confirmation', name: '方案确认' },
  { kind: 'signature', name: '签署协议' },
  { kind: 'wait', name: '反馈与跟踪' },
  { kind: 'end', name: '协商完成' },
  { kind: 'end', name: '审核未通过', key: 'end-2' },
] as const;

const EDGES: readonly [string, string, string?][] = [
  ['form', 'review'],
  ['review', 'communication', 'approved'],
  ['review', 'end-2', 'rejected'],
  ['communication', 'plan'],
  ['plan', 'confirmation'],
  ['confirmation', 'signature', 'accepted'],
  ['confirmation', 'plan', 'changes-requested'],
  ['signature', 'wait'],
  ['wait', 'end'],
];

describe('a supervisor designs, tests, publishes and evolves the Minsheng flow (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: GraphqlApi;
  let caseId = '';
  let reference = '';

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    api = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto(`${stack.adminUrl}/flows`);
    await page.waitForURL(/\/login\?redirect=/);
    await new LoginPage(page).signIn(E2E_ADMIN);
    await page.waitForURL(/\/flows$/);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  afterEach(async (ctx) => {
    // What the page showed when a step failed, for whoever reads the failure.
    if (ctx.task.result?.state === 'fail')
      await page.screenshot({ path: new URL('designer-story-failure.png', SCREENSHOT_DIR).pathname });
  });

  async function shoot(name: string): Promise<void> {
    await page.waitForFunction(() => document.getAnimations().length === 0);
    await page.screenshot({ path: new URL(`designer-story-${name}.png`, SCREENSHOT_DIR).pathname });
  }

  async function choose(testid: string, option: string): Promise<void> {
    await page.getByTestId(testid).click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option })
      .first()
      .click();
  }

  it('builds the flow from an empty canvas and fixes the problem the plan step shows', async () => {
    const flows = new FlowsPage(page);
    await flows.table.waitFor();
    await page.getByTestId('open-create-flow').click();
    await page.getByTestId('mode-blank').click();
    await page.getByTestId('input-flow-key').fill(KEY);
    await page.getByTestId('input-flow-name-zh').fill('民生电子协商（自建）');
    await page.getByTestId('input-flow-name-en').fill('Minsheng e-negotiation (built here)');
    await choose('select-flow-kind', '协商');
    await flows.submitCreate();
    await page.getByTestId(`design-${KEY}`).click();
    const designer = new DesignerPage(page);
    await designer.draftState.waitFor();
    const canvas = new DesignerCanvas(page);
    const panels = new DesignerPanels(page);

    // An empty canvas: the blank template's start and end go.
    await canvas.node('start').waitFor();
    await canvas.canvas.focus();
    await canvas.press('Control+a');
    await canvas.press('Delete');
    expect(await canvas.nodeKeys()).toEqual([]);

    const edges = page.locator('.vue-flow__edge');
    /** Drags a connection; a drag the busy machine dropped is tried once more. */
    async function connect(from: string, to: string): Promise<void> {
      const before = await edges.count();
      await canvas.connect(from, to);
      if ((await edges.count()) === before) await canvas.connect(from, to);
      expect(await edges.count(), `${from} → ${to}`).toBe(before + 1);
    }
    const present = new Set<string>();
    const done = new Set<string>();
    for (const step of STEPS) {
      await canvas.paletteItem(step.kind).click();
      const key = 'key' in step ? step.key : step.kind;
      await canvas.node(key).waitFor();
      await panels.setStepName('zh', step.name);
      present.add(key);
      await canvas.autoLayout();
      await page.getByTestId('canvas-fit-view').click();
      // Each connection is drawn as soon as both its steps are there, while they are in view.
      for (const [from, to] of EDGES) {
        if (done.has(`${from}-${to}`) || !present.has(from) || !present.has(to)) continue;
        await connect(from, to);
        done.add(`${from}-${to}`);
      }
    }
    await choose('end-outcome', '已拒绝');
    await canvas.autoLayout();
    await page.getByTestId('canvas-fit-view').click();
    expect(await edges.count()).toBe(EDGES.length);

    // The plan step has no offer policy to draft within: the problem shows on its node and in the list.
    const planBadge = page.getByTestId('problems-plan');
    await planBadge.waitFor();
    await designer.problems.locator('[data-code="PLAN_STEP_WITHOUT_POLICY"]').click();
    expect(await canvas.selectedKeys()).toEqual(['plan']);
    await shoot('problem-1440-zh');

    // Outcomes on the branches, by selecting each edge.
    for (const [from, to, on] of EDGES) {
      if (!on) continue;
      await canvas.edge(`${from}-${to}`).click({ force: true });
      await page.getByTestId('transition-panel').waitFor();
      await choose('transition-on', on);
    }
    expect(await designer.problems.locator('[data-code="DEAD_END_OUTCOME"]').count()).toBe(0);

    // The application form: a channel, and an explanation asked only when the channel is "other".
    await page.getByTestId('canvas-fit-view').click();
    await canvas.node('form').click();
    await page.getByTestId('edit-form').click();
    const builder = page.getByTestId('form-builder');
    await builder.waitFor();
    await builder.getByTestId('form-builder-add-select').click();
    await builder.getByTestId('field-name-input').fill('channel');
    await builder.getByTestId('field-name-input').press('Enter');
    await builder.getByTestId('field-title-zh').fill('申请渠道');
    await builder.getByTestId('form-builder-add-text').click();
    await builder.getByTestId('field-name-input').fill('otherChannel');
    await builder.getByTestId('field-name-input').press('Enter');
    await builder.getByTestId('field-title-zh').fill('其他渠道说明');
    await builder.getByTestId('field-visible-rule').click();
    const visibleWhen = builder.getByTestId('field-visible-when');
    await visibleWhen.getByTestId('rule-add-condition').click();
    await visibleWhen.getByTestId('rule-field').click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '申请渠道' })
      .first()
      .click();
    await visibleWhen.getByTestId('rule-operator').click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '等于' })
      .first()
      .click();
    await visibleWhen.getByTestId('rule-value').click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '选项 2' })
      .first()
      .click();
    expect(await visibleWhen.getByTestId('rule-sentence').innerText()).toContain('申请渠道');
    // The live preview is the renderer the workspace uses: the explanation appears only for "选项 2".
    const preview = builder.getByTestId('form-builder-preview');
    expect(await preview.getByText('其他渠道说明').count()).toBe(0);
    await preview.getByText('选项 2').click();
    await preview.getByText('其他渠道说明').waitFor();
    await shoot('form-1440-zh');
    await page.locator('.el-drawer:visible .el-drawer__close-btn').click();
    await page.getByTestId('form-builder').waitFor({ state: 'hidden' });

    // A guard on a transition, written with the rule builder and read back on the edge.
    await page.getByTestId('canvas-fit-view').click();
    await canvas.edge('communication-plan').click({ force: true });
    const guard = page.getByTestId('transition-panel');
    await guard.getByTestId('rule-add-condition').click();
    await guard.getByTestId('rule-field').click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '申请渠道' })
      .first()
      .click();
    await guard.getByTestId('rule-operator').click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '等于' })
      .first()
      .click();
    await guard.getByTestId('rule-value').click();
    await page
      .locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '选项 1' })
      .first()
      .click();
    await canvas.edge('communication-plan').filter({ hasText: '申请渠道' }).waitFor();

    // Flow settings: the SLA, the offer policy (which fixes the plan step), the role mapping.
    await panels.openFlowSettings();
    await panels.openSection('sla');
    await page.getByTestId('add-sla-rule').click();
    await page.getByTestId('sla-rule-0').waitFor();
    await panels.openSection('offer');
    await page.getByTestId('settings-offer').getByText('等额本息分期').click();
    // The policy starts with the flow's first role in the authority matrix.
    await panels.authorityCell('agent', 'maxWaiverFen').fill('5000');
    await panels.authorityCell('agent', 'maxWaiverFen').press('Tab');
    await panels.openSection('roles');
    await panels.choose('role-holders-agent', '客服人员 / 客户经理');
    await page.keyboard.press('Escape');
    await planBadge.waitFor({ state: 'detached' });
    expect(await designer.problems.locator('[data-code="PLAN_STEP_WITHOUT_POLICY"]').count()).toBe(0);
    await panels.waitSaved();
    await shoot('settings-1440-zh');

    const saved = await api.run<{ flowTemplate: { draft: { definition: Record<string, unknown> } } }>(
      `query($key: String!) { flowTemplate(key: $key) { draft { definition } } }`,
      { key: KEY },
    );
    const def = saved.flowTemplate.draft.definition as {
      steps: { key: string; name: { zh: string } }[];
      forms: { elements: { name: string; visibleWhen?: unknown }[] }[];
      transitions: { key: string; on?: string; guard?: unknown }[];
      sla?: { rules: unknown[] };
      offerPolicy?: {
        allowedKinds: string[];
        authority: { roles: Record<string, { maxWaiverFen: number }> };
      };
      roles: { key: string; holders?: { roles: string[] } }[];
    };
    expect(def.steps.map((st) => st.name.zh)).toEqual(STEPS.map((st) => st.name));
    expect(def.forms[0]?.elements.find((e) => e.name === 'otherChannel')?.visibleWhen).toEqual({
      '==': [{ var: 'data.channel' }, 'option2'],
    });
    expect(def.transitions.find((tr) => tr.key === 'communication-plan')?.guard).toEqual({
      '==': [{ var: 'data.channel' }, 'option1'],
    });
    expect(def.transitions.find((tr) => tr.key === 'review-end-2')?.on).toBe('rejected');
    expect(def.sla?.rules).toHaveLength(1);
    expect(def.offerPolicy?.allowedKinds).toContain('equalInstalment');
    expect(def.offerPolicy?.authority.roles['agent']?.maxWaiverFen).toBe(500_000);
    expect(def.roles.find((r) => r.key === 'agent')?.holders).toEqual({ roles: ['agent'] });
  });

  it('test-runs the draft step by step along the guarded path, then publishes it', async () => {
    const run = new TestRunDrawer(page);
    await run.open();
    await run.start();
    await run.act('form:submitStep');
    await expect.poll(() => run.activeSteps.innerText()).toContain('信息审核');
    await run.act('review:approve');
    await expect.poll(() => run.activeSteps.innerText()).toContain('线上沟通');
    await run.act('communication:logCommunication');
    // The sample application names the first channel, so the guard lets the case on to the plan.
    await expect.poll(() => run.activeSteps.innerText()).toContain('方案制定');
    await run.advance('P10D');
    await expect.poll(() => run.slaState.innerText()).toMatch(/\S/);
    expect(await run.refusals.count()).toBe(0);
    await shoot('test-run-1440-zh');
    expect(await page.getByTestId('node-communication').getAttribute('data-highlight')).toBe('visited');
    await run.close();

    const designer = new DesignerPage(page);
    await designer.publish('v1：按民生电子协商七步流程');
    await page.getByText('已发布版本 v1').waitFor();
    expect(await designer.draftState.innerText()).toBe('与最新版本一致');
  });

  it('counts a case opened over GraphQL on the published version', async () => {
    const opened = await api.run<{ openCase: { case: { id: string; reference: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      { input: { templateKey: KEY, channel: 'APP', customer: CUSTOMER, departmentCode: 'CUSTOMER_SERVICE' } },
    );
    caseId = opened.openCase.case.id;
    reference = opened.openCase.case.reference;
    await api.run(
      `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "form", data: $data) { case { activeSteps } } }`,
      { id: caseId, data: { channel: 'option1' } },
    );
    const versions = new DesignerVersionsPage(page);
    await versions.open();
    await page.getByTestId('open-count-1').filter({ hasText: '1' }).waitFor();
    const cases = await versions.showCases(1);
    expect(await cases.innerText()).toContain(reference);
    expect(await cases.innerText()).toContain('信息审核');
    await shoot('versions-1440-zh');
    await page.locator('.el-drawer:visible .el-drawer__close-btn').click();
  });

  it('makes version 2, compares it, runs the what-if and migrates the open case', async () => {
    const canvas = new DesignerCanvas(page);
    const panels = new DesignerPanels(page);
    await page.getByTestId('canvas-fit-view').click();
    await canvas.node('communication').click();
    await panels.setStepName('zh', '视频沟通');
    await panels.waitSaved();

    const run = new TestRunDrawer(page);
    await run.open();
    await run.openWhatIf('真实案件推演');
    await run.runWhatIf();
    expect(await run.count('blocked').innerText()).toContain('0');
    await shoot('what-if-1440-zh');
    await run.close();

    const designer = new DesignerPage(page);
    await designer.publish('v2：线上沟通改为视频沟通');
    await page.getByText('已发布版本 v2').waitFor();

    const versions = new DesignerVersionsPage(page);
    await versions.open();
    await versions.compareWithPrevious(2);
    expect(await versions.diffRow('step:communication').innerText()).toContain('视频沟通');
    await shoot('diff-1440-zh');
    await versions.tab('history');
    const cases = await versions.showCases(1);
    expect(await cases.innerText()).toContain(reference);
    const plan = await versions.dryRun();
    expect(await plan.innerText()).toContain('可迁移 1 件，受阻 0 件');
    const result = await versions.migrate();
    expect(await page.getByTestId(`result-${reference}`).innerText()).toContain('已迁移');
    expect(await result.innerText()).toContain('已迁移 1 件');
    await shoot('migrated-1440-zh');
    await versions.tab('history');
    await page.getByTestId('open-count-2').filter({ hasText: '1' }).waitFor();

    await page.locator('.el-drawer:visible .el-drawer__close-btn').click();
    await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
    await page.getByText('Same as the latest version').waitFor();
    await versions.open();
    await shoot('versions-1440-en');
    await page.locator('.el-drawer:visible .el-drawer__close-btn').click();
    await page.getByTestId('canvas-fit-view').click();
    await shoot('designer-1440-en');
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot('designer-390-en');
    await page.getByTestId('locale-switch').getByText('中文', { exact: true }).click();
    await shoot('designer-390-zh');
  });
});
