/**
 * The vocabulary of demo scenarios: each step is one thing a person does on a case — a demo user
 * through the staff API, or the customer through their link — written as the GraphQL operation the
 * admin or the customer page would send. A scenario is a list of these with the time before each.
 *
 * Complaints close with their finding (`close`) and are followed by a survey the customer answers
 * (`answerSurvey`); docs/demo-data.md "Findings and survey answers".
 */
import { toGlobalId } from '../../packages/server/src/graphql/global-id';
import type { DemoClient, Who } from './client';
import { DemoError } from './client';
import { DEMO_SURVEY_KEY, type DemoSurveyAnswer } from './survey';

/** One case being written: its id once opened, the customer's link once issued, the case clock. */
export interface CaseRun {
  client: DemoClient;
  id: string | null;
  token: string | null;
  now(): number;
}

export interface DemoStep {
  /** What the step does (errors and progress name it). */
  label: string;
  /** Minutes after the previous step, drawn when the scenario is planned. */
  after: number;
  /** Whose hours the step waits for: staff work Monday–Friday 09:00–18:00, customers 08:00–21:00 daily. */
  who: 'staff' | 'customer';
  run(c: CaseRun): Promise<void>;
}

export interface DemoScenario {
  flow: string;
  channel: string;
  /** A short name of the path the case takes (the summary counts them). */
  variant: string;
  steps: DemoStep[];
}

const RESULT = 'case { id status activeSteps }';

function idOf(c: CaseRun): string {
  if (!c.id) throw new Error('the case is not open yet');
  return c.id;
}

function step(
  label: string,
  after: number,
  who: 'staff' | 'customer',
  run: (c: CaseRun) => Promise<unknown>,
): DemoStep {
  return { label, after, who, run: async (c) => void (await run(c)) };
}

export function open(as: Who, after: number, input: Record<string, unknown>): DemoStep {
  return step('open', after, 'staff', async (c) => {
    const r = await c.client.run<{ openCase: { case: { id: string } } }>(
      as,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { ${RESULT} } }`,
      { input },
    );
    c.id = r.openCase.case.id;
  });
}

export const claim = (as: Who, after: number) =>
  step('claim', after, 'staff', (c) =>
    c.client.run(as, `mutation($id: ID!) { claimCase(caseId: $id) { ${RESULT} } }`, { id: idOf(c) }),
  );

/** A supervisor hands the case to a colleague (e.g. the product department for its part). */
export const reassign = (by: Who, to: string, after: number) =>
  step(`reassign to ${to}`, after, 'staff', async (c) =>
    c.client.run(
      by,
      `mutation($id: ID!, $to: ID!) { reassignCase(caseId: $id, assigneeId: $to) { ${RESULT} } }`,
      {
        id: idOf(c),
        to: toGlobalId('User', await c.client.userId(to)),
      },
    ),
  );

type Data = Record<string, unknown>;

/**
 * Submits a step's form as `as`. A customer's own form (`hours: 'customer'`) given on an assisted
 * channel is entered by the staff member named, as the admin does; `data` may follow the case clock.
 */
export const submit = (
  as: Who,
  stepKey: string,
  after: number,
  data: Data | ((now: number) => Data),
  hours: 'staff' | 'customer' = 'staff',
) =>
  step(`submit ${stepKey}`, after, hours, (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $step: String!, $data: JSON!) { submitStep(caseId: $id, stepKey: $step, data: $data) { ${RESULT} } }`,
      { id: idOf(c), step: stepKey, data: typeof data === 'function' ? data(c.now()) : data },
    ),
  );

export const approve = (
  as: Who,
  stepKey: string,
  after: number,
  data?: Record<string, unknown>,
  comment?: string,
) =>
  step(`approve ${stepKey}`, after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $step: String!, $comment: String, $data: JSON) { approveStep(caseId: $id, stepKey: $step, comment: $comment, data: $data) { ${RESULT} } }`,
      { id: idOf(c), step: stepKey, comment: comment ?? null, data: data ?? null },
    ),
  );

export const reject = (
  as: Who,
  stepKey: string,
  after: number,
  reason: string,
  data?: Record<string, unknown>,
) =>
  step(`reject ${stepKey}`, after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $step: String!, $reason: String!, $data: JSON) { rejectStep(caseId: $id, stepKey: $step, reason: $reason, data: $data) { ${RESULT} } }`,
      { id: idOf(c), step: stepKey, reason, data: data ?? null },
    ),
  );

export const call = (
  as: Who,
  stepKey: string,
  after: number,
  contact: { channel: string; contact: string; answered: boolean; summary: string },
) =>
  step(`${contact.channel} ${stepKey}`, after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $step: String!, $channel: String!, $contact: String!, $answered: Boolean!, $summary: String!) {
        logCommunication(caseId: $id, stepKey: $step, channel: $channel, contact: $contact, answered: $answered, summary: $summary) { ${RESULT} } }`,
      { id: idOf(c), step: stepKey, ...contact },
    ),
  );

/** Proposes a plan; `plan` is built at run time (its dates follow the case clock). */
export const propose = (
  as: Who,
  stepKey: string,
  after: number,
  plan: (now: number) => Record<string, unknown>,
) =>
  step(`propose ${stepKey}`, after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $step: String!, $plan: JSON!) { proposeOffer(caseId: $id, stepKey: $step, plan: $plan) { ${RESULT} } }`,
      { id: idOf(c), step: stepKey, plan: plan(c.now()) },
    ),
  );

/** Decides the offer waiting for approval (the newest pending request). */
export const decideApproval = (as: Who, after: number, approveIt: boolean, comment: string) =>
  step(approveIt ? 'approve offer' : 'decline offer', after, 'staff', async (c) => {
    const r = await c.client.run<{ case: { offerApprovals: { id: string; status: string }[] } }>(
      as,
      `query($id: ID!) { case(id: $id) { offerApprovals { id status } } }`,
      { id: idOf(c) },
    );
    const pending = r.case.offerApprovals.filter((a) => a.status === 'PENDING').pop();
    if (!pending) throw new DemoError('no offer is waiting for approval', 'NOT_FOUND');
    await c.client.run(
      as,
      `mutation($id: ID!, $req: ID!, $ok: Boolean!, $comment: String) { decideOfferApproval(caseId: $id, requestId: $req, approve: $ok, comment: $comment) { ${RESULT} } }`,
      { id: idOf(c), req: pending.id, ok: approveIt, comment },
    );
  });

/** The agent sends the customer their link (the newest link replaces older ones). */
export const sendLink = (as: Who, after: number) =>
  step('send customer link', after, 'staff', async (c) => {
    const r = await c.client.run<{ issueCustomerLink: { token: string } }>(
      as,
      `mutation($id: ID!) { issueCustomerLink(caseId: $id) { token } }`,
      { id: idOf(c) },
    );
    c.token = r.issueCustomerLink.token;
  });

function tokenOf(c: CaseRun): string {
  if (!c.token) throw new Error('no customer link was sent');
  return c.token;
}

export const acceptOffer = (after: number) =>
  step('customer accepts', after, 'customer', (c) =>
    c.client.run('customer', `mutation($t: String!) { acceptOffer(token: $t) { caseReference } }`, {
      t: tokenOf(c),
    }),
  );

export const counterOffer = (after: number, comment: string) =>
  step('customer asks for changes', after, 'customer', (c) =>
    c.client.run(
      'customer',
      `mutation($t: String!, $c: String!) { counterOffer(token: $t, comment: $c) { caseReference } }`,
      {
        t: tokenOf(c),
        c: comment,
      },
    ),
  );

/** The customer signs through their link (a typed signature, with consent). */
export const signAgreement = (after: number, name: string) =>
  step('customer signs', after, 'customer', (c) =>
    c.client.run(
      'customer',
      `mutation($t: String!, $name: String!) { signAgreement(token: $t, signature: { kind: TYPED, typedName: $name, consent: true }) { agreement { sha256 } } }`,
      { t: tokenOf(c), name },
    ),
  );

/** The customer's answer at a confirmation step, given on the phone or at the branch and recorded by staff. */
export const recordResponse = (
  as: Who,
  stepKey: string,
  after: number,
  accepted: boolean,
  comment?: string,
) =>
  step(`customer ${accepted ? 'agrees' : 'asks for changes'} (${stepKey})`, after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $step: String!, $ok: Boolean!, $comment: String) { recordCustomerResponse(caseId: $id, stepKey: $step, accepted: $ok, comment: $comment) { ${RESULT} } }`,
      { id: idOf(c), step: stepKey, ok: accepted, comment: comment ?? null },
    ),
  );

export const extend = (as: Who, after: number, reason: string) =>
  step('extend complaint deadline', after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $r: String!) { extendComplaintDeadline(caseId: $id, reason: $r) { ${RESULT} } }`,
      {
        id: idOf(c),
        r: reason,
      },
    ),
  );

export const cancel = (as: Who, after: number, reason: string) =>
  step('cancel', after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $r: String!) { cancelCase(caseId: $id, reason: $r) { ${RESULT} } }`,
      {
        id: idOf(c),
        r: reason,
      },
    ),
  );

/** A complaint's finding (溯源整改): `closeCase` requires one on COMPLAINT flows (features/findings). */
export interface DemoFinding {
  rootCause: string;
  remedy: string;
}

/** Closes a case that reached its end; a complaint with its finding. */
export const close = (as: Who, after: number, note: string, finding?: DemoFinding) =>
  step('close', after, 'staff', (c) =>
    c.client.run(
      as,
      `mutation($id: ID!, $note: String, $finding: ComplaintFindingInput) {
        closeCase(caseId: $id, note: $note, finding: $finding) { ${RESULT} }
      }`,
      { id: idOf(c), note, finding: finding ?? null },
    ),
  );

/**
 * A survey step of the flow (return visit, evaluation): a form of the flow, not a library survey, so the
 * agent records the customer's rating given on the phone, as the seed templates' test runs do.
 */
export const surveyStep = (as: Who, stepKey: string, after: number, satisfaction: number, comment?: string) =>
  submit(as, stepKey, after, { satisfaction, ...(comment ? { surveyComment: comment } : {}) }, 'customer');

/**
 * After a close: the agent sends the demo survey (`sendSurvey`) and, when `answer` is given, the customer
 * answers it through the link's token (`submitSurveyAnswer`) — unanswered invitations count in the
 * response rate.
 */
export const answerSurvey = (as: Who, after: number, answer: DemoSurveyAnswer | null) =>
  step('survey', after, 'customer', async (c) => {
    const sent = await c.client.run<{ sendSurvey: { url: string | null } }>(
      as,
      `mutation($id: ID!, $key: String!) { sendSurvey(caseId: $id, surveyKey: $key) { url } }`,
      { id: idOf(c), key: DEMO_SURVEY_KEY },
    );
    const token = sent.sendSurvey.url?.split('/').pop();
    if (!answer) return;
    if (!token) throw new DemoError('sendSurvey returned no link', 'NO_LINK');
    const { comment, ...scores } = answer;
    await c.client.run(
      'customer',
      `mutation($t: String!, $a: JSON!) { submitSurveyAnswer(token: $t, answers: $a) { status } }`,
      { t: token, a: { ...scores, ...(comment ? { comment } : {}) } },
    );
  });
