/**
 * The customer's plan confirmation (`/c/<token>`) and intake page (`/apply/<token>`) on phones, in
 * Chromium: at 360 and 390 px, in zh-CN and English, nothing scrolls sideways — neither the page nor
 * the repayment schedule (each instalment is a card of labelled values); the agreement's clauses come
 * before the consent box; the intake page does not ask again for the name, mobile and ID number the
 * form asks for. Screenshots `workspace-c-*`, `workspace-apply-*` in test-results/.
 *
 * The case is brought to the customer's signature over GraphQL by the demo users (as in
 * customer-offer.spec.ts): applied, reviewed, called, a 24-month plan proposed and accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { E2E_ADMIN, E2E_DEMO, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { GraphqlApi } from './support/graphql-api';
import { phoneContext, screenshot, switchToEnglish, widths } from './support/customer-complaint';

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
const PLAN = {
  kind: 'equalInstalment',
  owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 150_000, feesFen: 50_000 },
  waivers: { penaltyInterest: 'all' },
  downPaymentFen: 200_000,
  // Asia/Shanghai is UTC+8 all year: today's date there.
  startDate: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
  termMonths: 24,
  annualRate: '0.06',
};

/** Neither the page nor any element inside it is wider than the screen. */
async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const doc = await widths(page);
  expect(doc.scrollWidth, `${what}: page`).toBeLessThanOrEqual(doc.clientWidth);
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="schedule-table"], [data-testid="agreement-schedule"]')].map(
      (t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }),
    ),
  );
  expect(wide.length, `${what}: schedules shown`).toBeGreaterThan(0);
  for (const w of wide) expect(w.scroll, `${what}: schedule`).toBeLessThanOrEqual(w.client);
}

describe('the customer pages on a phone (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let offerUrl: string;
  let applyUrl: string;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack({ demo: true }), launchChromium()]);
    const sign = (u: { username: string; password: string }) =>
      GraphqlApi.signIn(stack.graphqlUrl, u.username, u.password);
    const [admin, agent, supervisor] = await Promise.all([
      sign(E2E_ADMIN),
      sign(E2E_DEMO.agentCs),
      sign(E2E_DEMO.supervisor),
    ]);
    const opened = await agent.run<{ openCase: { case: { id: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
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
    const id = opened.openCase.case.id;
    await agent.run(
      `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { replayed } }`,
      { id, data: APPLICATION },
    );
    await supervisor.run(
      `mutation($id: ID!, $data: JSON!) { approveStep(caseId: $id, stepKey: "review", data: $data) { replayed } }`,
      { id, data: { identityVerified: 'yes', requestReasonable: 'yes' } },
    );
    await agent.run(
      `mutation($id: ID!) { logCommunication(caseId: $id, stepKey: "communicate", channel: "video",
        contact: "13800138000", answered: true, summary: "视频沟通") { replayed } }`,
      { id },
    );
    await agent.run(
      `mutation($id: ID!, $plan: JSON!) { proposeOffer(caseId: $id, stepKey: "draft-plan", plan: $plan) { replayed } }`,
      { id, plan: PLAN },
    );
    const link = await agent.run<{ issueCustomerLink: { url: string; token: string } }>(
      `mutation($id: ID!) { issueCustomerLink(caseId: $id, expiresInHours: 24) { url token } }`,
      { id },
    );
    const accepted = await new GraphqlApi(stack.graphqlUrl).run<{ acceptOffer: { actions: string[] } }>(
      `mutation($t: String!) { acceptOffer(token: $t, idempotencyKey: "phone-accept") { actions } }`,
      { t: link.issueCustomerLink.token },
    );
    expect(accepted.acceptOffer.actions).toEqual(['SIGN']);
    offerUrl = `${stack.adminUrl}${link.issueCustomerLink.url}`;
    const intake = await admin.run<{ issueIntakeLink: { url: string } }>(
      `mutation { issueIntakeLink(templateKey: "minsheng-e-negotiation", departmentCode: "CUSTOMER_SERVICE") { url } }`,
    );
    applyUrl = `${stack.adminUrl}${intake.issueIntakeLink.url}`;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  for (const width of [360, 390]) {
    it(`plan confirmation at ${width} px: clauses before the consent box, no sideways scrolling`, async () => {
      const context = await phoneContext(browser, 'zh-CN', width);
      try {
        const page = await context.newPage();
        await page.goto(offerUrl);
        await page.getByTestId('consent').waitFor();
        const clauses = await page.getByTestId('agreement-text').boundingBox();
        const consent = await page.getByTestId('consent').boundingBox();
        expect(clauses!.y + clauses!.height).toBeLessThanOrEqual(consent!.y);
        expect(await page.getByTestId('schedule-row').count()).toBe(24);
        await expectNoSidewaysScroll(page, `/c zh ${width}`);
        await screenshot(page, `workspace-c-zh-${width}`);
        await switchToEnglish(page);
        await page.getByText('Repayment schedule', { exact: false }).first().waitFor();
        await expectNoSidewaysScroll(page, `/c en ${width}`);
        await screenshot(page, `workspace-c-en-${width}`);
      } finally {
        await context.close();
      }
    });

    it(`intake at ${width} px: asks once, no sideways scrolling`, async () => {
      const context = await phoneContext(browser, 'zh-CN', width);
      try {
        const page = await context.newPage();
        await page.goto(applyUrl);
        await page.getByTestId('intake-submit').waitFor();
        expect(await page.getByTestId('intake-customer-section').count()).toBe(0);
        expect(await page.getByTestId('intake-field-customerName').count()).toBe(1);
        const doc = await widths(page);
        expect(doc.scrollWidth).toBeLessThanOrEqual(doc.clientWidth);
        await screenshot(page, `workspace-apply-zh-${width}`);
        await switchToEnglish(page);
        await page.getByTestId('intake-submit').getByText('Submit', { exact: true }).waitFor();
        const en = await widths(page);
        expect(en.scrollWidth).toBeLessThanOrEqual(en.clientWidth);
        await screenshot(page, `workspace-apply-en-${width}`);
      } finally {
        await context.close();
      }
    });
  }
});
