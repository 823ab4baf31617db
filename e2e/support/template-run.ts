/**
 * Works one seed template's scripted run (packages/engine/test/templates/*-scripts.ts) through the
 * admin, as the demo users: each script line becomes what a person does on the case screen's step
 * actions, by the demo user who holds the step's flow role and sees the case's department. Plan steps
 * are typed into the offer builder (and approved by the supervisor in /approvals when beyond the
 * agent's authority); the customer signs on their link's page (/c/<token>) in a browser context of
 * their own, the link sent from the case screen; the complaint clock's extension is requested in its
 * panel and approved in /approvals. The builder has a field for every field of a plan (partial
 * waivers, due day, first due date, an earlier extension, a discount as an amount), so every scripted
 * plan is typed. The customer's own form steps (the application, feedback, an appointment, the
 * documents with their files) are filled in on the customer's link page.
 * Every case is opened by the supervisor on the New case page.
 * Waits: the script's "time passes" is the wait step's durable timer made due in the database, which
 * the server's own timer runner then fires (no screen makes time pass).
 */
import { Buffer } from 'node:buffer';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  findTemplate,
  holdsFlowRole,
  type Command,
  type FlowDefinition,
  type SimulationScript,
  type StepDefinition,
} from '../../packages/engine/src/index';
import { E2E_DEMO, type E2EStack } from '../../test-support/e2e-stack';
import { CasePage, CustomerOfferPage, LoginPage, NewCasePage } from './admin-pages';
import { CaseActionsPage } from './case-actions';
import { CUSTOMER, GraphqlApi } from './graphql-api';
import { OfferBuilderPanel } from './offer-builder';
import { ApprovalsInboxPage, openSignedIn } from './workspace-negotiation';

/** How long a step may take to become active, waits firing on the server's own timer runner. */
const UNTIL_TIMEOUT_MS = 120_000;
const ALL_DEPARTMENTS = ['CUSTOMER_SERVICE', 'PRODUCT', 'POLICY'];
interface DemoProfile {
  readonly user: { readonly username: string; readonly password: string };
  readonly roles: readonly string[];
  readonly departments: readonly string[];
}
/** Agents first: a supervisor works a step only when no agent holds its role. */
const DEMO_PROFILES: readonly DemoProfile[] = [
  { user: E2E_DEMO.agentCs, roles: ['agent'], departments: ['CUSTOMER_SERVICE'] },
  { user: E2E_DEMO.agentProduct, roles: ['agent'], departments: ['PRODUCT'] },
  { user: E2E_DEMO.agentPolicy, roles: ['agent'], departments: ['POLICY'] },
  { user: E2E_DEMO.supervisor, roles: ['supervisor'], departments: ALL_DEPARTMENTS },
];

interface CaseState {
  reference: string;
  status: string;
  activeSteps: string[];
  departmentCode: string | null;
  events: { type: string; data: Record<string, unknown> | null }[];
}

type StepCommand = Extract<Command, { stepKey: string }>;

export class TemplateRun {
  private readonly definition: FlowDefinition;
  private readonly contexts = new Map<string, BrowserContext>();
  private readonly apis = new Map<string, GraphqlApi>();
  caseId = '';
  /** How many activations of each step the run has worked (see `untilActive`). */
  private readonly workedActivations = new Map<string, number>();
  /** Who did what, for the test's assertions: `stepKey:username`. */
  readonly log: string[] = [];

  constructor(
    private readonly stack: E2EStack,
    private readonly browser: Browser,
    readonly templateKey: string,
    private readonly locale = 'zh-CN',
  ) {
    const definition = findTemplate(templateKey);
    if (!definition) throw new Error(`no seed template ${templateKey}`);
    this.definition = definition;
  }

  async close(): Promise<void> {
    await Promise.all([...this.contexts.values()].map((c) => c.close()));
  }

  async api(profile: DemoProfile = DEMO_PROFILES[3] as DemoProfile): Promise<GraphqlApi> {
    let api = this.apis.get(profile.user.username);
    if (!api) {
      api = await GraphqlApi.signIn(this.stack.graphqlUrl, profile.user.username, profile.user.password);
      this.apis.set(profile.user.username, api);
    }
    return api;
  }

  async state(): Promise<CaseState> {
    const data = await (
      await this.api()
    ).run<{ case: CaseState & { events: { edges: { node: CaseState['events'][number] }[] } } }>(
      `query($id: ID!) { case(id: $id) { reference status activeSteps departmentCode
         events(first: 500) { edges { node { type data } } } } }`,
      { id: this.caseId },
    );
    return { ...data.case, events: data.case.events.edges.map((e) => e.node) };
  }

  step(key: string): StepDefinition {
    const step = this.definition.steps.find((s) => s.key === key);
    if (!step) throw new Error(`${this.templateKey} has no step ${key}`);
    return step;
  }

  /** The flow role that works the step now: a review's required role, else the token's (rule assignments), else the fixed one. */
  private roleOf(key: string, state: CaseState): string | null {
    const step = this.step(key);
    if (step.kind === 'review') return step.requiredRole;
    const activated = [...state.events]
      .reverse()
      .find((e) => e.type === 'stepActivated' && e.data?.['stepKey'] === key);
    const assigned = activated?.data?.['assigneeRole'];
    if (typeof assigned === 'string') return assigned;
    return step.assignTo && 'role' in step.assignTo ? step.assignTo.role : null;
  }

  /** The first demo user who holds the step's role and sees the case's department. */
  profileFor(key: string, state: CaseState): DemoProfile {
    const role = this.roleOf(key, state);
    const found = DEMO_PROFILES.find(
      (p) =>
        (role === null || holdsFlowRole(this.definition, p, role)) &&
        (state.departmentCode === null
          ? p.departments.length === ALL_DEPARTMENTS.length
          : p.departments.includes(state.departmentCode)),
    );
    if (!found) throw new Error(`no demo user holds ${role ?? 'staff'} in ${state.departmentCode ?? '—'}`);
    return found;
  }

  /** A page of a demo user's (by E2E_DEMO name), on the case screen with the step's panel showing. */
  async openAs(who: keyof typeof E2E_DEMO, stepKey: string): Promise<CaseActionsPage> {
    const profile = DEMO_PROFILES.find((p) => p.user === E2E_DEMO[who]);
    if (!profile) throw new Error(`no demo user ${who}`);
    return this.open(profile, stepKey);
  }

  /** The page of a browser context of `who`'s own (a demo user's name, or `customer` on a phone). */
  private async pageOf(who: string): Promise<Page> {
    let context = this.contexts.get(who);
    if (!context) {
      context = await this.browser.newContext({
        locale: this.locale,
        ...(who === 'customer'
          ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
          : { viewport: { width: 1280, height: 900 } }),
      });
      this.contexts.set(who, context);
    }
    return context.pages()[0] ?? (await context.newPage());
  }

  /** A page of `profile`'s on the case screen, freshly loaded (the case as it is now). */
  async openCase(profile: DemoProfile): Promise<Page> {
    const page = await this.pageOf(profile.user.username);
    // The session does not survive a fresh load, so sign in there.
    await page.goto(`${this.stack.adminUrl}/cases/${this.caseId}`);
    const login = page.getByTestId('input-username');
    const title = page.getByTestId('case-title');
    await login.or(title).first().waitFor();
    if (await login.isVisible()) await new LoginPage(page).signIn(profile.user);
    await title.waitFor();
    return page;
  }

  /** A page of `profile`'s, on the case screen, with the step's action panel showing. */
  async open(profile: DemoProfile, stepKey: string): Promise<CaseActionsPage> {
    const page = await this.openCase(profile);
    const actions = new CaseActionsPage(page);
    try {
      await actions.panel(stepKey).waitFor({ timeout: 15_000 });
    } catch (err) {
      const shown = await page
        .getByTestId('step-actions')
        .innerText()
        .catch(() => '(no step actions)');
      throw new Error(`${this.templateKey}: no panel for ${stepKey} as ${profile.user.username}: ${shown}`, {
        cause: err,
      });
    }
    return actions;
  }

  /**
   * Until `stepKey` is active in a new activation (one the run has not worked yet: a step worked again,
   * like a call after its retry wait, must first be left and entered again); wait steps in the way have
   * their timers made due (time passes).
   */
  async untilActive(stepKey: string): Promise<CaseState> {
    const worked = this.workedActivations.get(stepKey) ?? 0;
    let reached: CaseState | null = null;
    // Polled with a time budget, not a count of rounds: the timer runner fires a due wait on its own
    // tick, which on a loaded machine can take several seconds.
    await expect
      .poll(
        async () => {
          const state = await this.state();
          if (state.activeSteps.includes(stepKey) && activationsOf(state, stepKey) > worked) {
            reached = state;
            return true;
          }
          await this.letWaitsFire(state);
          return `${stepKey} not active; active: ${state.activeSteps.join(', ')}`;
        },
        {
          timeout: UNTIL_TIMEOUT_MS,
          interval: 200,
          message: `${this.templateKey}: step ${stepKey} never became active`,
        },
      )
      .toBe(true);
    if (!reached) throw new Error(`${this.templateKey}: step ${stepKey} never became active`);
    return reached;
  }

  private async letWaitsFire(state: CaseState): Promise<void> {
    if (!state.activeSteps.some((k) => this.step(k).kind === 'wait')) return;
    const local = Buffer.from(this.caseId, 'base64url').toString('utf8').split(':')[1];
    await this.stack.db.models.Timer.updateMany(
      { kind: 'case-timer', status: 'pending', 'payload.caseId': local },
      { dueAt: new Date(Date.now() - 1000) },
    ).exec();
  }

  /**
   * The supervisor opens the case on 新建案件 / New case (/cases/new), as staff taking a customer's
   * request at a branch: the flow, the channel and the customer's details typed in. A start line that
   * carries data (no seed script has one) is opened over GraphQL, as the form has no field for it.
   */
  async start(command: Extract<Command, { type: 'start' }>): Promise<void> {
    if (command.data) {
      const opened = await (
        await this.api()
      ).run<{ openCase: { case: { id: string } } }>(
        `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
        {
          input: { templateKey: this.templateKey, channel: 'BRANCH', customer: CUSTOMER, data: command.data },
        },
      );
      this.caseId = opened.openCase.case.id;
      return;
    }
    const page = await this.pageOf(E2E_DEMO.supervisor.username);
    const form = new NewCasePage(page);
    await openSignedIn(page, `${this.stack.adminUrl}/cases/new`, E2E_DEMO.supervisor, form.form);
    await form.chooseFlow(this.templateKey);
    await form.chooseChannel('BRANCH');
    await form.fillCustomer({ name: CUSTOMER.name, phone: CUSTOMER.phone });
    await page.getByTestId('input-idNumber').fill(CUSTOMER.idNumber);
    await page.getByTestId('input-bankCard').fill(CUSTOMER.bankCard);
    await page.getByTestId('input-address').fill(CUSTOMER.address);
    await form.submit();
    await page.waitForURL(/\/cases\/(?!new$)[^/?#]+$/);
    this.caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByTestId('case-title').waitFor();
  }

  async run(script: SimulationScript): Promise<void> {
    for (const line of script.steps) if (line.command) await this.perform(line.command);
    // After the last line, time passes until the flow ends (a trailing wait, e.g. a return visit).
    await expect
      .poll(
        async () => {
          const state = await this.state();
          if (state.status !== 'OPEN' || state.activeSteps.every((k) => this.step(k).kind === 'end'))
            return true;
          await this.letWaitsFire(state);
          return `still open at ${state.activeSteps.join(', ')}`;
        },
        { timeout: UNTIL_TIMEOUT_MS, interval: 200, message: `${this.templateKey}: the flow never ended` },
      )
      .toBe(true);
  }

  async perform(command: Command): Promise<void> {
    if (command.type === 'start') return this.start(command);
    if (!('stepKey' in command)) return this.other(command);
    const c = command as StepCommand;
    const state = await this.untilActive(c.stepKey);
    this.workedActivations.set(c.stepKey, activationsOf(state, c.stepKey));
    const profile = this.profileFor(c.stepKey, state);
    this.log.push(`${c.stepKey}:${profile.user.username}`);
    if (c.type === 'proposeOffer') return this.proposeInBuilder(profile, c.stepKey, c.offer);
    if (c.type === 'sign') return this.customerSigns(profile);
    const form = this.formOf(c.stepKey);
    if (c.type === 'submitStep' && this.customerFills(c.stepKey)) {
      await this.customerFillsIn(profile, c.stepKey, c.data);
      return;
    }
    const ui = await this.open(profile, c.stepKey);
    switch (c.type) {
      case 'submitStep':
        if (form) await ui.fillForm(c.stepKey, form, c.data);
        return ui.submit(c.stepKey);
      case 'approve':
        if (form && c.data) await ui.fillForm(c.stepKey, form, c.data);
        return ui.approve(c.stepKey, c.comment);
      case 'reject':
        if (form && c.data) await ui.fillForm(c.stepKey, form, c.data);
        return ui.reject(c.stepKey, c.reason);
      case 'logCommunication': {
        const step = this.step(c.stepKey);
        if (step.kind === 'communication' && step.contactGuard) {
          // Before dialling, as an agent would: the guard; in quiet hours, the customer's consent first.
          const answer = await ui.checkContact(c.stepKey, c.contact);
          if (!/现在可以联系|allowed now/.test(answer))
            await ui.recordQuietHoursConsent(c.stepKey, '通话录音：客户同意夜间联系');
        }
        return ui.logCommunication(c.stepKey, c);
      }
      case 'customerAccept':
        return ui.recordCustomerResponse(c.stepKey, true);
      case 'customerCounter':
        return ui.recordCustomerResponse(c.stepKey, false, c.comment);
      default:
        throw new Error(`${this.templateKey}: no UI for ${c.type}`);
    }
  }

  /** A form step the customer submits (`submittedBy: 'customer'`): filled in on their link's page. */
  private customerFills(stepKey: string): boolean {
    const step = this.step(stepKey);
    return step.kind === 'form' && step.submittedBy === 'customer';
  }

  /**
   * The agent sends the customer link from the case screen; the customer opens it on their phone, in
   * a browser context of their own, fills in their form (uploading the files it asks for) and submits.
   */
  async customerFillsIn(
    profile: DemoProfile,
    stepKey: string,
    data: Readonly<Record<string, unknown>>,
  ): Promise<Page> {
    const agent = await this.openCase(profile);
    const link = await new CasePage(agent).sendCustomerLink();
    await agent.keyboard.press('Escape');
    const page = await this.pageOf('customer');
    await page.goto(link);
    await page.getByTestId(`customer-form-${stepKey}`).waitFor();
    const form = this.formOf(stepKey);
    if (form) await new CaseActionsPage(page, 'customer').fillForm(stepKey, form, data);
    await page.getByTestId(`customer-form-submit-${stepKey}`).click();
    const notice = page.getByTestId('customer-form-notice');
    const refused = page.getByTestId('customer-form-error').or(page.getByTestId('customer-form-hint'));
    await notice.or(refused).first().waitFor();
    if (await refused.first().isVisible())
      throw new Error(
        `${this.templateKey}: the customer's ${stepKey} was refused: ${await refused.first().innerText()}`,
      );
    return page;
  }

  formOf(stepKey: string) {
    const s = this.step(stepKey) as StepDefinition & { form?: string; survey?: string };
    const key = s.form ?? s.survey;
    return key ? this.definition.forms.find((f) => f.key === key) : undefined;
  }

  /**
   * A plan step in the offer builder, as the step's demo user types the script's plan; beyond their
   * authority it goes to the supervisor, who approves it in /approvals.
   */
  private async proposeInBuilder(
    profile: DemoProfile,
    stepKey: string,
    plan: Extract<StepCommand, { type: 'proposeOffer' }>['offer'],
  ): Promise<void> {
    const page = await this.openCase(profile);
    const builder = new OfferBuilderPanel(page);
    await builder.root.waitFor();
    await builder.fillPlan(plan);
    const verdict = await builder.serverVerdict();
    if (verdict !== 'WITHIN_AUTHORITY' && verdict !== 'NEEDS_APPROVAL')
      throw new Error(`${this.templateKey}: the server refused the plan of ${stepKey}: ${verdict}`);
    await builder.send.click();
    await builder.result.waitFor();
    if (verdict === 'NEEDS_APPROVAL') await this.supervisorApproves('offers');
    await this.untilLeft(stepKey);
    // What the builder sent is the script's plan, to the field.
    const data = await (
      await this.api()
    ).run<{ case: { offers: { stepKey: string; input: unknown; proposedAt: string }[] } }>(
      `query($id: ID!) { case(id: $id) { offers { stepKey input proposedAt } } }`,
      { id: this.caseId },
    );
    const made = data.case.offers
      .filter((o) => o.stepKey === stepKey)
      .sort((a, b) => Date.parse(a.proposedAt) - Date.parse(b.proposedAt));
    expect(made.at(-1)?.input).toEqual(plan);
  }

  /** The supervisor decides the case's request in /approvals (approves it). */
  private async supervisorApproves(kind: 'offers' | 'extensions'): Promise<void> {
    const { reference } = await this.state();
    const page = await this.pageOf(E2E_DEMO.supervisor.username);
    const approvals = new ApprovalsInboxPage(page);
    await openSignedIn(page, `${this.stack.adminUrl}/approvals`, E2E_DEMO.supervisor, approvals.root);
    await approvals.row(kind, reference).waitFor();
    await approvals.decide(kind, reference, true);
    await approvals.row(kind, reference).waitFor({ state: 'detached' });
  }

  private async untilLeft(stepKey: string): Promise<void> {
    await expect
      .poll(async () => (await this.state()).activeSteps.includes(stepKey), {
        timeout: UNTIL_TIMEOUT_MS,
        interval: 200,
        message: `${this.templateKey}: step ${stepKey} stayed active`,
      })
      .toBe(false);
  }

  /**
   * The agent sends the customer link from the case screen; the customer opens it on their phone, in
   * a browser context of their own, draws their signature, consents and signs.
   */
  private async customerSigns(profile: DemoProfile): Promise<void> {
    const agent = await this.openCase(profile);
    const link = await new CasePage(agent).sendCustomerLink();
    await agent.keyboard.press('Escape');
    const page = await this.pageOf('customer');
    await page.goto(link);
    await page.getByTestId('sign-panel').waitFor();
    const offer = new CustomerOfferPage(page);
    await offer.drawSignature();
    await offer.consent();
    await offer.sign();
  }

  private async other(command: Command): Promise<void> {
    if (command.type === 'extendDeadline') {
      // The agent of the case's department asks in the complaint clock's panel; the supervisor approves.
      const state = await this.state();
      const agent =
        DEMO_PROFILES.find(
          (p) => p.roles.includes('agent') && p.departments.includes(state.departmentCode ?? ''),
        ) ?? (DEMO_PROFILES[3] as DemoProfile);
      const page = await this.openCase(agent);
      const clock = page.getByTestId('complaint-clock');
      await clock.getByTestId('clock-request-extension').click();
      await page.getByTestId('clock-reason').fill(command.reason);
      await page.getByTestId('clock-submit').click();
      await clock.getByTestId('clock-requests').getByText('待审批').waitFor();
      await this.supervisorApproves('extensions');
      const after = await this.openCase(agent);
      await after.getByTestId('complaint-clock').getByTestId('clock-status').getByText('已延期').waitFor();
      return;
    }
    throw new Error(`${this.templateKey}: no driver for ${command.type}`);
  }
}

/** How many times `stepKey` has been entered in the case's log. */
function activationsOf(state: CaseState, stepKey: string): number {
  return state.events.filter((e) => e.type === 'stepActivated' && e.data?.['stepKey'] === stepKey).length;
}
