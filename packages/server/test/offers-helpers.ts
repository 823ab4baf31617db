/**
 * Shared setup of the offers tests: the Minsheng 7-step negotiation (seed 000) published, its flow roles
 * as platform roles, staff holding them, and a case driven to plan drafting.
 */
import { findTemplate, localDateOfInstant, type AgreementTemplate } from '@parley/engine';
import type { Harness } from './harness';
import { ok } from './cases-helpers';

export const APPLICATION = {
  customerName: '张三',
  mobile: '13800138000',
  idNumber: '11010519491231002X',
  applicationChannel: 'app',
  matter: 'overdue-repayment',
  amountOwedFen: 5_000_000,
  hardship: ['illness'],
  description: '因病暂时无法按期还款，希望协商分期。',
};

/** 50,000.00 owed; penalty interest waived (3 %), 2,000.00 down, 24 months at 6 %: within an agent's authority. */
export const PLAN = {
  kind: 'equalInstalment',
  owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 150_000, feesFen: 50_000 },
  waivers: { penaltyInterest: 'all' },
  downPaymentFen: 200_000,
  // The day the tests run (the cases are opened then): a plan may not start over a year before its
  // case was opened (docs/offers.md); the schedule's amounts do not depend on the date.
  startDate: localDateOfInstant(new Date().toISOString(), 'Asia/Shanghai'),
  termMonths: 24,
  annualRate: '0.06',
};

export const OFFER_FIELDS = `id stepKey status authorisedRole proposedBy proposedAt customerComment input
  plan { kind termMonths totalDue { fen } schedule { period total { fen } } problems { code } }`;
export const APPROVAL_FIELDS = `id caseId caseReference stepKey requiredRole requestedBy status decidedBy comment
  plan { termMonths }`;
export const RESULT = `case { id reference status activeSteps offers { ${OFFER_FIELDS} }
  offerApprovals { ${APPROVAL_FIELDS} } } events { seq type actorKey data } replayed`;
export const VIEW = `caseReference customerName actions expiresAt offer { ${OFFER_FIELDS} }
  agreement { id offerId sha256 size signatureKind signerName signedAt ip userAgent }`;

export const PROPOSE = `mutation($id: ID!, $plan: JSON!, $key: String) {
  proposeOffer(caseId: $id, stepKey: "draft-plan", plan: $plan, idempotencyKey: $key) { ${RESULT} } }`;
export const DECIDE = `mutation($id: ID!, $req: ID!, $approve: Boolean!, $comment: String) {
  decideOfferApproval(caseId: $id, requestId: $req, approve: $approve, comment: $comment) { ${RESULT} } }`;
export const LINK = `mutation($id: ID!, $hours: Int) {
  issueCustomerLink(caseId: $id, expiresInHours: $hours) { url token linkId expiresAt } }`;
export const CUSTOMER_VIEW = `query($t: String!) { customerView(token: $t) { ${VIEW} } }`;
/** The customer's copy of the signed PDF (each read is recorded in the case's log). */
export const CUSTOMER_PDF = `query($t: String!) { customerView(token: $t) { agreementPdfBase64 } }`;
export const ACCEPT = `mutation($t: String!, $key: String) { acceptOffer(token: $t, idempotencyKey: $key) { ${VIEW} } }`;
export const COUNTER = `mutation($t: String!, $c: String!, $key: String) {
  counterOffer(token: $t, comment: $c, idempotencyKey: $key) { ${VIEW} } }`;
export const SIGN = `mutation($t: String!, $s: SignatureInput!, $key: String) {
  signAgreement(token: $t, signature: $s, idempotencyKey: $key) { ${VIEW} } }`;
export const VERIFY = `query($id: ID!, $pdf: String) {
  verifyAgreement(caseId: $id, pdfBase64: $pdf) { ok recordedSha256 actualSha256 signedEventSeq } }`;
export const PENDING = `query($all: Boolean) { pendingOfferApprovals(all: $all) { ${APPROVAL_FIELDS} } }`;

export interface OfferJson {
  id: string;
  status: string;
  authorisedRole: string;
  proposedBy: string;
  customerComment: string | null;
  plan: { termMonths: number; totalDue: { fen: string | number }; problems: unknown[] };
}
export interface ApprovalJson {
  id: string;
  caseId: string;
  requiredRole: string;
  requestedBy: string;
  status: string;
  decidedBy: string | null;
  comment: string | null;
}
export interface OfferResult {
  case: {
    id: string;
    reference: string;
    status: string;
    activeSteps: string[];
    offers: OfferJson[];
    offerApprovals: ApprovalJson[];
  };
  events: { seq: number; type: string; actorKey: string | null; data: Record<string, unknown> }[];
  replayed: boolean;
}
export interface ViewJson {
  caseReference: string;
  customerName: string;
  actions: string[];
  expiresAt: string;
  offer: OfferJson | null;
  agreement: {
    id: string;
    offerId: string;
    sha256: string;
    size: number;
    signatureKind: string;
    signerName: string;
    signedAt: string;
    ip: string;
    userAgent: string;
  } | null;
}

/** The local id inside a global id (`User:<hex>` → `<hex>`), as event actor keys carry it. */
export function localId(globalId: string): string {
  return Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';
}

export interface OfferStaff {
  agent: string;
  reviewer: string;
  supervisor: string;
  /** Local ids (as in `user:<id>` actor keys). */
  agentId: string;
  supervisorId: string;
}

/**
 * Publishes the Minsheng negotiation and creates an agent, a reviewer and a supervisor. `agreement`
 * publishes the seed with that agreement text instead of none (the default text).
 */
export async function setUpOffers(
  h: Harness,
  opts: { agreement?: AgreementTemplate } = {},
): Promise<OfferStaff> {
  const created = ok(
    await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
      `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
      {
        input: {
          key: 'minsheng-e-negotiation',
          name: { zh: '民生协商', en: 'Minsheng negotiation' },
          kind: 'NEGOTIATION',
          ...(opts.agreement
            ? { definition: { ...findTemplate('minsheng-e-negotiation'), agreement: opts.agreement } }
            : { fromSeed: 'minsheng-e-negotiation' }),
        },
      },
    ),
  );
  ok(
    await h.gql(
      `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
      { key: 'minsheng-e-negotiation', base: created.createFlowTemplate.draft.revision },
    ),
  );
  ok(
    await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
      input: {
        key: 'reviewer',
        name: { zh: '审核员', en: 'Reviewer' },
        permissions: ['case.read', 'case.work'],
      },
    }),
  );
  const user = async (username: string, roles: string[]) =>
    ok(
      await h.gql<{ createUser: { id: string } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            username,
            displayName: username,
            password: 'correct horse battery',
            roles,
            departments: ['CUSTOMER_SERVICE'],
          },
        },
      ),
    ).createUser.id;
  const agentId = localId(await user('offer.agent', ['agent']));
  await user('offer.reviewer', ['reviewer']);
  const supervisorId = localId(await user('offer.supervisor', ['supervisor']));
  return {
    agent: await h.login('offer.agent', 'correct horse battery'),
    reviewer: await h.login('offer.reviewer', 'correct horse battery'),
    supervisor: await h.login('offer.supervisor', 'correct horse battery'),
    agentId,
    supervisorId,
  };
}

/** Opens a Minsheng case and drives it to plan drafting (apply, review, video call); returns its id. */
export async function caseAtPlanDrafting(
  h: Harness,
  staff: OfferStaff,
): Promise<{ id: string; reference: string }> {
  const opened = ok(
    await h.gql<{ openCase: { case: { id: string; reference: string } } }>(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id reference } } }`,
      {
        input: {
          templateKey: 'minsheng-e-negotiation',
          channel: 'APP',
          customer: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
          departmentCode: 'CUSTOMER_SERVICE',
        },
      },
      { as: staff.agent },
    ),
  ).openCase.case;
  const id = opened.id;
  ok(
    await h.gql(
      `mutation($id: ID!, $data: JSON!) { submitStep(caseId: $id, stepKey: "apply", data: $data) { replayed } }`,
      { id, data: APPLICATION },
      { as: staff.agent },
    ),
  );
  ok(
    await h.gql(
      `mutation($id: ID!, $data: JSON!) { approveStep(caseId: $id, stepKey: "review", data: $data) { replayed } }`,
      { id, data: { identityVerified: 'yes', requestReasonable: 'yes' } },
      { as: staff.reviewer },
    ),
  );
  const called = ok(
    await h.gql<{ logCommunication: { case: { activeSteps: string[] } } }>(
      `mutation($id: ID!) { logCommunication(caseId: $id, stepKey: "communicate", channel: "video",
        contact: "13800138000", answered: true, summary: "视频沟通") { case { activeSteps } } }`,
      { id },
      { as: staff.agent },
    ),
  );
  if (called.logCommunication.case.activeSteps[0] !== 'draft-plan')
    throw new Error(`not at plan drafting: ${JSON.stringify(called)}`);
  return opened;
}
