/**
 * The agent's case screen in a real browser, on a Minsheng negotiation driven over GraphQL to a signed
 * agreement and a scheduled follow-up (apply, review, call, offer, the customer accepts and signs
 * through their link, the agent reports a problem at the follow-up). The agent (with the reveal
 * permission) opens the case and:
 * - sees the customer masked, reveals the name (recorded in the case's log, by name);
 * - reads the timeline by name (the customer as the customer, never a raw `user:` id), every event in
 *   Chinese, then in English, and expands the details (call summary, form answers under their labels);
 * - sees the flow map with the current step, the follow-up, no "send customer link" (nothing to do);
 * - uploads and downloads an attachment (both recorded);
 * - sees the agreement's SHA-256, verifies it and downloads the PDF (recorded).
 * Screenshots at 1280 and 390 px, in Chinese and English.
 */
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { E2E_ADMIN, startE2EStack, type E2EStack } from '../test-support/e2e-stack';
import { launchChromium } from './support/chromium';
import { WorkspaceCasePage } from './support/case-page';
import { GraphqlApi, createStaff, ensureRole, publishSeedTemplate } from './support/graphql-api';

const SCREENSHOT_DIR = new URL('../test-results/', import.meta.url);
const PASSWORD = 'correct horse battery';
const AGENT = { username: 'case.agent', displayName: '王经理', password: PASSWORD };
const REVIEWER = { username: 'case.reviewer', displayName: '赵审核', password: PASSWORD };

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
  // The day the case is opened, in Asia/Shanghai (UTC+8 all year).
  startDate: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
  termMonths: 24,
  annualRate: '0.06',
};

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

interface LogEvent {
  type: string;
  actorKey: string | null;
  performedBy: { kind: string; displayName: string | null };
}

describe('the agent’s case screen (Chromium)', () => {
  let stack: E2EStack;
  let browser: Browser;
  let admin: GraphqlApi;
  let caseId: string;
  let reference: string;
  let sha256: string;

  const log = async () =>
    (
      await admin.run<{ case: { events: { edges: { node: LogEvent }[] } } }>(
        `query($id: ID!) { case(id: $id) { events(first: 200) { edges { node {
          type actorKey performedBy { kind displayName } } } } } }`,
        { id: caseId },
      )
    ).case.events.edges.map((e) => e.node);

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startE2EStack(), launchChromium()]);
    admin = await GraphqlApi.signIn(stack.graphqlUrl, E2E_ADMIN.username, E2E_ADMIN.password);
    await publishSeedTemplate(admin, 'minsheng-e-negotiation', 'NEGOTIATION', {
      zh: '民生协商',
      en: 'Minsheng negotiation',
    });
    await ensureRole(admin, 'reviewer');
    await admin.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: {
        key: 'pii-officer',
        name: { zh: '敏感信息查看', en: 'PII officer' },
        permissions: ['case.read', 'case.work', 'case.reveal-pii'],
      },
    });
    await createStaff(admin, { ...AGENT, roles: ['agent', 'pii-officer'] });
    await createStaff(admin, { ...REVIEWER, roles: ['reviewer'] });
    const agent = await GraphqlApi.signIn(stack.graphqlUrl, AGENT.username, PASSWORD);
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
    await agent.run(
      `mutation($id: ID!, $plan: JSON!) { proposeOffer(caseId: $id, stepKey: "draft-plan", plan: $plan) { replayed } }`,
      { id: caseId, plan: PLAN },
    );
    // The customer, through their link (no account): accepts and signs.
    const link = await agent.run<{ issueCustomerLink: { token: string } }>(
      `mutation($id: ID!) { issueCustomerLink(caseId: $id, expiresInHours: 1) { token } }`,
      { id: caseId },
    );
    const customer = new GraphqlApi(stack.graphqlUrl);
    const token = link.issueCustomerLink.token;
    await customer.run(`mutation($t: String!) { acceptOffer(token: $t) { caseReference } }`, { t: token });
    const signed = await customer.run<{ signAgreement: { agreement: { sha256: string } } }>(
      `mutation($t: String!, $s: SignatureInput!) { signAgreement(token: $t, signature: $s) { agreement { sha256 } } }`,
      { t: token, s: { kind: 'TYPED', typedName: '张三', consent: true } },
    );
    sha256 = signed.signAgreement.agreement.sha256;
    // The first follow-up reports a problem: the flow schedules the next one.
    await agent.run(
      `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "follow-up", data: $data) { replayed } }`,
      { id: caseId, data: { followUpStatus: 'problem', followUpNote: '首期还款延迟三天' } },
    );
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('header reveal, timeline by name in both languages, flow map and follow-up; screenshots', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const screen = new WorkspaceCasePage(page);
      await screen.open(stack.adminUrl, caseId, AGENT);
      expect(await screen.title.innerText()).toBe(reference);

      // Header: masked, then revealed; the reveal is in the case's log under the agent's name.
      expect(await screen.customerField('NAME').innerText()).toBe('张*');
      expect(await screen.customerField('PHONE').innerText()).toBe('138****8000');
      expect(await screen.reveal('NAME')).toBe('张三');
      const revealEntry = screen.eventsOfType('customerFieldRevealed');
      await revealEntry.first().waitFor();
      expect(await screen.actorOf(revealEntry.first())).toBe('王经理');
      const revealed = (await log()).filter((e) => e.type === 'customerFieldRevealed');
      expect(revealed).toHaveLength(1);
      expect(revealed[0]!.performedBy).toEqual({ kind: 'USER', displayName: '王经理' });

      // Timeline: names, never keys; the customer as the customer; every text in Chinese.
      const timelineText = await screen.timeline.innerText();
      expect(timelineText).not.toMatch(/user:|customer:|api:/);
      const titles = await screen.eventTitles();
      expect(titles[0]).toBe('案件受理');
      for (const title of titles) expect(title, title).toMatch(/[\u4e00-\u9fff]/);
      expect(titles).toContain('发送通知');
      expect(await screen.actorOf(screen.eventsOfType('customerResponded').first())).toBe('客户');
      expect(await screen.actorOf(screen.eventsOfType('agreementSigned').first())).toBe('客户');
      const review = screen.eventsOfType('stepCompleted').filter({ hasText: '信息审核' });
      expect(await screen.actorOf(review)).toBe('赵审核');

      // Details: the call's summary; the follow-up form's answers under their labels.
      const call = await screen.expandDetails(screen.eventsOfType('communicationLogged').first());
      expect(call).toContain('视频沟通，了解还款困难');
      expect(call).toMatch(/渠道\s*视频/);
      expect(call).toContain('138****8000');
      const followUp = await screen.expandDetails(
        screen.eventsOfType('stepCompleted').filter({ hasText: '反馈与跟踪' }),
      );
      expect(followUp).toContain('执行情况');
      expect(followUp).toContain('首期还款延迟三天');

      // Flow map, follow-ups, and no customer link (the customer has nothing to do).
      expect(await screen.flowMapStep('next-follow-up').getAttribute('data-state')).toBe('current');
      expect(await screen.flowMapStep('sign').getAttribute('data-state')).toBe('done');
      expect(await screen.followUps.innerText()).toContain('跟进');
      expect(await screen.sendCustomerLink.count()).toBe(0);
      expect(await page.getByTestId('case-department').innerText()).not.toBe('CUSTOMER_SERVICE');
      expect(await screen.contacts.innerText()).toContain('王经理');

      await mkdir(SCREENSHOT_DIR, { recursive: true });
      // What the agent sees on opening the case; the whole page once, for the record.
      const shot = async (name: string, fullPage = false) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: new URL(name, SCREENSHOT_DIR).pathname, fullPage });
      };
      await shot('workspace-case-zh-1280.png');
      await shot('workspace-case-zh-1280-full.png', true);

      await screen.switchLanguage('English');
      await page.getByText('Flow map').first().waitFor();
      const english = await screen.eventTitles();
      expect(english[0]).toBe('Case opened');
      expect(english).toContain('Notification requested');
      for (const title of english) expect(title, title).not.toMatch(/[\u4e00-\u9fff]/);
      expect(await screen.actorOf(screen.eventsOfType('customerResponded').first())).toBe('Customer');
      await shot('workspace-case-en-1280.png');

      await page.setViewportSize({ width: 390, height: 844 });
      await shot('workspace-case-en-390.png');
      await screen.switchLanguage('中文');
      await page.getByText('流程图').first().waitFor();
      await shot('workspace-case-zh-390.png');
    } finally {
      await context.close();
    }
  });

  it('attachments and the signed agreement: upload, download, hash and verify, each read recorded', async () => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    try {
      const page = await context.newPage();
      const screen = new WorkspaceCasePage(page);
      await screen.open(stack.adminUrl, caseId, AGENT);

      await screen.uploadAttachment({ name: '收入证明.pdf', mimeType: 'application/pdf', buffer: PDF });
      const file = await screen.downloadAttachment('收入证明.pdf');
      expect(file.download.suggestedFilename()).toBe('收入证明.pdf');
      expect(file.bytes.equals(PDF)).toBe(true);

      expect(await screen.agreementHash.innerText()).toBe(sha256);
      expect(await screen.verifyAgreement()).toContain('校验通过');
      const pdf = await screen.downloadAgreement();
      expect(pdf.download.suggestedFilename()).toBe(`${reference}.pdf`);
      expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(sha256);

      // Each is in the case's log, by the agent.
      await screen.eventsOfType('agreementRead').first().waitFor();
      const byAgent = (type: string) =>
        log().then(
          (events) => events.filter((e) => e.type === type && e.performedBy.displayName === '王经理').length,
        );
      expect(await byAgent('attachmentAdded')).toBe(1);
      expect(await byAgent('attachmentRead')).toBe(1);
      expect(await byAgent('agreementRead')).toBe(1);
    } finally {
      await context.close();
    }
  });
});
