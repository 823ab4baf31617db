/**
 * The customer's side of a negotiation in a real browser. Set up through the API as staff would:
 * a Minsheng negotiation (offer → confirmation → e-signature) driven to plan drafting and an offer
 * proposed. The agent sends the customer link from the case page; the customer opens it on a phone-sized
 * screen, checks the schedule, reads the agreement's clauses (as the PDF will print them), accepts, draws
 * a signature and signs; the agreement then verifies.
 */
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { CasePage, CustomerOfferPage, LoginPage } from './support/admin-pages';
import { GraphqlApi, createStaff, ensureRole, publishSeedTemplate } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const PASSWORD = 'correct horse battery';
const AGENT = { username: 'offer.agent', displayName: '王经理', password: PASSWORD };
const REVIEWER = { username: 'offer.reviewer', displayName: '赵审核', password: PASSWORD };

const APPLICATION = {
  customerName: '张三',
  mobile: '13800138000',
  idNumber: '11010519491231002X',
  applicationChannel: 'app',
  matter: 'overdue-repayment',
  amountOwedFen: 5_000_000,
  hardship: ['illness'],
  description: '因病暂时无法按期还款，希望协商分期。',
};

/** 50,000.00 owed; penalty interest (1,500.00) waived; 2,000.00 down; 24 months at 6 %. */
const PLAN = {
  kind: 'equalInstalment',
  owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 150_000, feesFen: 50_000 },
  waivers: { penaltyInterest: 'all' },
  downPaymentFen: 200_000,
  // Near the day the case is opened: a plan may not start over a year before it (docs/offers.md).
  // (Asia/Shanghai is UTC+8 all year.)
  startDate: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
  termMonths: 24,
  annualRate: '0.06',
};

/** Fen → yuan text, the test's own way (digits only), to check the page's formatting. */
function yuan(fen: string | number): string {
  const digits = String(fen).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${whole}.${digits.slice(-2)}`;
}

interface PlanJson {
  totalDue: { fen: string };
  annualisedRate: string | null;
  schedule: { period: number; dueDate: string; principal: { fen: string }; total: { fen: string } }[];
}

describe('the customer accepts and signs an offer through their link (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;
  let caseId: string;
  let reference: string;
  let plan: PlanJson;
  let agentApi: GraphqlApi;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await publishSeedTemplate(admin, 'minsheng-e-negotiation', 'NEGOTIATION', {
      zh: '民生协商',
      en: 'Minsheng negotiation',
    });
    await ensureRole(admin, 'reviewer');
    await createStaff(admin, { ...AGENT, roles: ['agent'] });
    await createStaff(admin, { ...REVIEWER, roles: ['reviewer'] });
    const agent = await GraphqlApi.signIn(stack.graphqlUrl, AGENT.username, PASSWORD);
    agentApi = agent;
    const reviewer = await GraphqlApi.signIn(stack.graphqlUrl, REVIEWER.username, PASSWORD);

    const opened = await agent.run<{ openCase: { case: { id: string; reference: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      {
        input: {
          templateKey: 'minsheng-e-negotiation',
          channel: 'APP',
          customer: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
          departmentCode: 'CUSTOMER_SERVICE',
          assignToMe: true,
        },
      },
    );
    ({ id: caseId, reference } = opened.openCase.case);
    await agent.run(
      `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { replayed } }`,
      { id: caseId, data: APPLICATION },
    );
    await reviewer.run(
      `mutation($id: ID!, $data: JSON!) { approveStep(caseId: $id, stepKey: "review", data: $data) { replayed } }`,
      { id: caseId, data: { identityVerified: 'yes', requestReasonable: 'yes' } },
    );
    await agent.run(
      `mutation($id: ID!) { logCommunication(caseId: $id, stepKey: "communicate", channel: "video",
        contact: "13800138000", answered: true, summary: "视频沟通，了解还款困难") { replayed } }`,
      { id: caseId },
    );
    const proposed = await agent.run<{
      proposeOffer: { case: { activeSteps: string[]; offers: { status: string; plan: PlanJson }[] } };
    }>(
      `mutation($id: ID!, $plan: JSON!) { proposeOffer(caseId: $id, stepKey: "draft-plan", plan: $plan) {
        case { activeSteps offers { status plan { totalDue { fen } annualisedRate
          schedule { period dueDate principal { fen } total { fen } } } } } } }`,
      { id: caseId, plan: PLAN },
    );
    expect(proposed.proposeOffer.case.activeSteps).toEqual(['confirm']);
    plan = proposed.proposeOffer.case.offers[0]!.plan;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('before answering, the customer reads the agreement as the PDF will print it, in both languages', async () => {
    // A link of its own (the next test's link, sent from the case page, replaces it).
    const issued = await agentApi.run<{ issueCustomerLink: { url: string } }>(
      `mutation($id: ID!) { issueCustomerLink(caseId: $id, expiresInHours: 1) { url } }`,
      { id: caseId },
    );
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      const customer = new CustomerOfferPage(page);
      await page.goto(`${stack.adminUrl}${issued.issueCustomerLink.url}`);
      await customer.agreementClauses.first().waitFor();
      // The flow has no text of its own: the default one, with the case's values.
      expect(await customer.agreementClauses.count()).toBe(5);
      const zh = (await customer.agreementClauses.allInnerTexts()).join('\n');
      expect(zh).toContain('乙方：张*');
      expect(zh).toContain(`案件编号：${reference}`);
      expect(zh).toContain(`应还总额 ¥${yuan(plan.totalDue.fen)}`);
      expect(await page.getByTestId('agreement-schedule').locator('tbody tr').count()).toBe(24);
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const shot = (name: string) =>
        page.getByTestId('agreement-text').screenshot({ path: new URL(name, SCREENSHOT_DIR).pathname });
      await shot('customer-offer-agreement-390-zh.png');
      await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
      await page.getByText('Terms of the agreement').waitFor();
      expect((await customer.agreementClauses.allInnerTexts()).join('\n')).toContain('Party B: 张*');
      await shot('customer-offer-agreement-390-en.png');
      await page.setViewportSize({ width: 1280, height: 900 });
      await shot('customer-offer-agreement-1280-en.png');
      await page.getByTestId('locale-switch').getByText('中文', { exact: true }).click();
      await page.getByText('协议条款').first().waitFor();
      await shot('customer-offer-agreement-1280-zh.png');
    } finally {
      await context.close();
    }
  });

  it('the agent sends the link; the customer sees the schedule, accepts, draws a signature and signs', async () => {
    // The agent: sign in, open the case, send the customer link.
    const agentContext = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 800 },
    });
    let link: string;
    try {
      const page = await agentContext.newPage();
      await page.goto(`${stack.adminUrl}/inbox`);
      await page.waitForURL(/\/login\?redirect=/);
      await new LoginPage(page).signIn(AGENT);
      await page.getByTestId(`inbox-row-${reference}`).getByTestId('open-case').click();
      const casePage = new CasePage(page);
      await casePage.title.waitFor();
      expect(await page.getByTestId('case-active-steps').innerText()).toBe('方案确认');
      expect(await page.getByTestId('case-offers').innerText()).toContain(`¥${yuan(plan.totalDue.fen)}`);
      link = await casePage.sendCustomerLink();
    } finally {
      await agentContext.close();
    }
    expect(link).toMatch(new RegExp(`^${stack.adminUrl}/c/[^/]+$`));

    // The customer, on a phone: no sign-in, Chinese by default.
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      const customer = new CustomerOfferPage(page);
      await page.goto(link);
      await customer.scheduleRows.first().waitFor();
      expect(page.url()).toBe(link);
      expect(await page.getByTestId('case-reference').innerText()).toBe(reference);
      expect(await page.getByTestId('customer-name').innerText()).toBe('张*');
      expect(await page.getByTestId('offer-status').innerText()).toBe('待确认');
      expect(await customer.summary('kind').innerText()).toBe('等额本息分期');
      expect(await customer.summary('owed').innerText()).toBe('¥50,000.00');
      expect(await customer.summary('forgiven').innerText()).toBe('¥1,500.00');
      expect(await customer.summary('down-payment').innerText()).toBe('¥2,000.00');
      expect(await customer.summary('term').innerText()).toBe('24 期');
      expect(await customer.summary('total-due').innerText()).toBe(`¥${yuan(plan.totalDue.fen)}`);
      expect(await customer.summary('rate').innerText()).toMatch(/^\d+\.\d{2}%$/);

      // The full schedule, every amount exactly as the server computed it.
      expect(await customer.scheduleRows.count()).toBe(24);
      for (const i of [0, 23]) {
        const expected = plan.schedule[i]!;
        const cells = await customer.scheduleRows.nth(i).locator('td').allInnerTexts();
        expect(cells[0]).toBe(String(expected.period));
        expect(cells[1]).toBe(expected.dueDate);
        expect(cells[2]).toBe(yuan(expected.principal.fen));
        expect(cells[5]).toBe(yuan(expected.total.fen));
      }
      expect(await customer.scheduleRows.last().locator('td').last().innerText()).toBe('0.00');

      await customer.accept();
      expect(await page.getByTestId('customer-notice').innerText()).toBe('您已接受该方案，请签署协议。');
      expect(await page.getByTestId('accept-offer').count()).toBe(0);

      // The agreement's clauses stand before the sign panel: read first, then signed.
      expect(await customer.agreementClauses.count()).toBe(5);
      const order = await page
        .locator('[data-testid="agreement-text"], [data-testid="sign-panel"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
      expect(order).toEqual(['agreement-text', 'sign-panel']);

      // Signing without consent is stopped in the page.
      await customer.drawSignature();
      await page.getByTestId('submit-signature').click();
      expect(await page.getByTestId('sign-problem').innerText()).toBe('请先勾选同意协议内容');

      await customer.consent();
      const sha256 = await customer.sign();
      expect(sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(await page.getByTestId('offer-status').innerText()).toBe('已签署');
      expect(await page.getByTestId('sign-panel').count()).toBe(0);
      await page.getByTestId('download-agreement').waitFor();

      await mkdir(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({
        path: new URL('customer-offer-signed.png', SCREENSHOT_DIR).pathname,
        fullPage: true,
      });

      // The download is the signed PDF itself.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-agreement').click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${reference}.pdf`);

      // The bank checks the document against the hash recorded in the case's log.
      const verified = await admin.run<{
        verifyAgreement: { ok: boolean; recordedSha256: string; actualSha256: string };
      }>(`query($id: ID!) { verifyAgreement(caseId: $id) { ok recordedSha256 actualSha256 } }`, {
        id: caseId,
      });
      expect(verified.verifyAgreement).toEqual({ ok: true, recordedSha256: sha256, actualSha256: sha256 });
      const caseNow = await admin.run<{ case: { activeSteps: string[] } }>(
        `query($id: ID!) { case(id: $id) { activeSteps } }`,
        { id: caseId },
      );
      expect(caseNow.case.activeSteps).toEqual(['follow-up']);
    } finally {
      await context.close();
    }
  });

  it('shows a refused link’s error in the customer’s language', async () => {
    const bad = 'not-a-valid-token';
    const refused = await new GraphqlApi(stack.graphqlUrl).request(
      `query($t: String!) { customerView(token: $t) { caseReference } }`,
      { t: bad },
    );
    const messages = refused.errors?.[0]?.extensions?.messages;
    expect(refused.errors?.[0]?.extensions?.code).toBe('LINK_INVALID');
    expect(messages).toBeDefined();

    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(`${stack.adminUrl}/c/${bad}`);
      const error = page.getByTestId('customer-error');
      await error.waitFor();
      expect(await error.innerText()).toBe(messages!.zh);
      await page.getByTestId('locale-switch').getByText('English', { exact: true }).click();
      await page.getByText(messages!.en).waitFor();
      expect(await error.innerText()).toBe(messages!.en);
    } finally {
      await context.close();
    }
  });
});
