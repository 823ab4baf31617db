/**
 * Every shipped seed template, driven from open to close through GraphQL against the real embedded
 * database: the engine's scripted test run of each template (packages/engine/test/templates) replayed
 * as the mutations staff, the customer and the scheduler would send. Staff act as platform users holding
 * the flow roles the script names; customer answers given on assisted channels are recorded by staff
 * (`recordCustomerResponse`), signatures come through the customer's link (`signAgreement`), and the
 * script's waits fire the case's durable timers as the timer runner would.
 */
import type { Actor, Command, ScriptStep } from '@parley/engine';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { caseNow } from '../src/features/cases/runtime/case-runtime.service';
import { fireCaseTimer } from '../src/features/cases/timers/case-timer-handlers';
import { TEMPLATE_SCRIPTS } from '../../engine/test/templates/template-scripts';
import { startHarness, type Harness } from './harness';
import { CUSTOMER, ok } from './cases-helpers';

const PASSWORD = 'correct horse battery';
const RESULT = `case { id status activeSteps outcome } events { seq type }`;

interface Result {
  case: { id: string; status: string; activeSteps: string[]; outcome: string | null };
  events: { seq: number; type: string }[];
}

const MUTATIONS = {
  submit: `mutation($id: ID!, $step: String!, $data: JSON!) { r: submitStep(caseId: $id, stepKey: $step, data: $data) { ${RESULT} } }`,
  approve: `mutation($id: ID!, $step: String!, $comment: String, $data: JSON) { r: approveStep(caseId: $id, stepKey: $step, comment: $comment, data: $data) { ${RESULT} } }`,
  reject: `mutation($id: ID!, $step: String!, $reason: String!, $data: JSON) { r: rejectStep(caseId: $id, stepKey: $step, reason: $reason, data: $data) { ${RESULT} } }`,
  log: `mutation($id: ID!, $step: String!, $channel: String!, $contact: String!, $answered: Boolean!, $summary: String!) {
    r: logCommunication(caseId: $id, stepKey: $step, channel: $channel, contact: $contact, answered: $answered, summary: $summary) { ${RESULT} } }`,
  offer: `mutation($id: ID!, $step: String!, $plan: JSON!) { r: proposeOffer(caseId: $id, stepKey: $step, plan: $plan) { ${RESULT} } }`,
  respond: `mutation($id: ID!, $step: String!, $accepted: Boolean!, $comment: String) {
    r: recordCustomerResponse(caseId: $id, stepKey: $step, accepted: $accepted, comment: $comment) { ${RESULT} } }`,
  extend: `mutation($id: ID!, $reason: String!) { r: extendComplaintDeadline(caseId: $id, reason: $reason) { ${RESULT} } }`,
  link: `mutation($id: ID!) { issueCustomerLink(caseId: $id) { token } }`,
  sign: `mutation($token: String!) { signAgreement(token: $token, signature: { kind: TYPED, typedName: "张三", consent: true }) { agreement { sha256 } } }`,
  close: `mutation($id: ID!, $finding: ComplaintFindingInput) { r: closeCase(caseId: $id, note: "办结", finding: $finding) { ${RESULT} } }`,
  case: `query($id: ID!) { case(id: $id) { id status activeSteps outcome events(first: 500) { totalCount edges { node { seq type } } } } }`,
};

describe('seed templates, open to close over GraphQL', () => {
  let h: Harness;
  const tokens = new Map<string, string>();
  const kinds = new Map<string, string>();
  const roleKeys = new Set<string>(['administrator', 'supervisor', 'agent', 'auditor']);

  beforeAll(async () => {
    // The contact guard forbids calls 22:00–08:00 Asia/Shanghai: run the scripts on a working-day morning
    // (only Date is faked; timers and I/O run normally).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-25T01:30:00.000Z'));
    h = await startHarness();
    const seeds = ok(
      await h.gql<{ seedFlowTemplates: { key: string; kind: string; name: { zh: string; en: string } }[] }>(
        `{ seedFlowTemplates { key kind name { zh en } } }`,
      ),
    ).seedFlowTemplates;
    for (const seed of seeds) {
      kinds.set(seed.key, seed.kind);
      const created = ok(
        await h.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
          `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
          { input: { key: seed.key, name: seed.name, kind: seed.kind, fromSeed: seed.key } },
        ),
      );
      ok(
        await h.gql(
          `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
          { key: seed.key, base: created.createFlowTemplate.draft.revision },
        ),
      );
    }
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    vi.useRealTimers();
  });

  /** A signed-in user holding the actor's flow roles (created on first use). */
  async function tokenFor(actor: Actor): Promise<string> {
    const roles = actor.kind === 'staff' ? [...actor.roles] : ['agent'];
    const username = actor.kind === 'staff' ? `t.${actor.id}` : 't.assist';
    const known = tokens.get(username);
    if (known) return known;
    for (const role of roles) {
      if (roleKeys.has(role)) continue;
      ok(
        await h.gql(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
          input: { key: role, name: { zh: role, en: role }, permissions: ['case.read', 'case.work'] },
        }),
      );
      roleKeys.add(role);
    }
    ok(
      await h.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username,
          displayName: username,
          password: PASSWORD,
          roles: roles.includes('agent') ? roles : [...roles, 'agent'],
          departments: ['CUSTOMER_SERVICE'],
        },
      }),
    );
    const token = await h.login(username, PASSWORD);
    tokens.set(username, token);
    return token;
  }

  /** Fires the case's engine timers due within `after` (an ISO duration in days or hours). */
  async function elapse(caseId: string, after: string): Promise<void> {
    const local = Buffer.from(caseId, 'base64url').toString().split(':')[1];
    const timers = await h.db.models.Timer.find({ 'payload.caseId': local, status: 'pending' }).lean().exec();
    const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(after);
    const ms = m ? (Number(m[1] ?? 0) * 24 * 60 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) * 60_000 : 0;
    for (const t of timers)
      if (t.dueAt.getTime() <= caseNow(h.db.models).getTime() + ms)
        await fireCaseTimer(h.db.models, {
          key: t.key,
          kind: t.kind,
          payload: t.payload,
          dueAt: t.dueAt,
          attempt: 1,
        });
  }

  async function send(caseId: string, command: Command): Promise<void> {
    const actor: Actor = 'actor' in command ? command.actor : { kind: 'system', id: 'scheduler' };
    const as = { as: await tokenFor(actor) };
    const id = caseId;
    const run = async (doc: string, vars: Record<string, unknown>): Promise<void> => {
      const res = await h.gql<{ r: Result }>(doc, { id, ...vars }, as);
      if (res.errors) throw new Error(`${command.type} failed: ${JSON.stringify(res.errors[0])}`);
    };
    switch (command.type) {
      case 'submitStep':
        return run(MUTATIONS.submit, { step: command.stepKey, data: command.data });
      case 'approve':
        return run(MUTATIONS.approve, {
          step: command.stepKey,
          comment: command.comment ?? null,
          data: command.data ?? null,
        });
      case 'reject':
        return run(MUTATIONS.reject, {
          step: command.stepKey,
          reason: command.reason,
          data: command.data ?? null,
        });
      case 'logCommunication':
        return run(MUTATIONS.log, {
          step: command.stepKey,
          channel: command.channel,
          contact: command.contact,
          answered: command.answered,
          summary: command.summary,
        });
      case 'proposeOffer':
        return run(MUTATIONS.offer, { step: command.stepKey, plan: command.offer });
      case 'customerAccept':
        return run(MUTATIONS.respond, { step: command.stepKey, accepted: true, comment: null });
      case 'customerCounter':
        return run(MUTATIONS.respond, { step: command.stepKey, accepted: false, comment: command.comment });
      case 'extendDeadline':
        return run(MUTATIONS.extend, { reason: command.reason });
      case 'sign': {
        const link = ok(
          await h.gql<{ issueCustomerLink: { token: string } }>(MUTATIONS.link, { id }, as),
        ).issueCustomerLink;
        const signed = ok(
          await h.gql<{ signAgreement: { agreement: { sha256: string } | null } }>(MUTATIONS.sign, {
            token: link.token,
          }),
        ).signAgreement;
        expect(signed.agreement?.sha256).toMatch(/^[0-9a-f]{64}$/);
        // The stored PDF still has the hash the log recorded when the customer signed.
        const verified = ok(
          await h.gql<{ verifyAgreement: { ok: boolean; recordedSha256: string } }>(
            `query($id: ID!) { verifyAgreement(caseId: $id) { ok recordedSha256 } }`,
            { id },
            as,
          ),
        ).verifyAgreement;
        expect(verified).toEqual({ ok: true, recordedSha256: signed.agreement?.sha256 });
        return;
      }
      default:
        throw new Error(`the driver does not send ${command.type}`);
    }
  }

  for (const [templateKey, script] of Object.entries(TEMPLATE_SCRIPTS)) {
    it(`${templateKey}: open → end → closed`, async () => {
      const steps: ScriptStep[] = script.steps.map((s) => s);
      const start = steps[0]?.command;
      if (start?.type !== 'start') throw new Error('a script begins with start');
      const opened = ok(
        await h.gql<{ openCase: Result }>(
          `mutation($input: OpenCaseInput!) { openCase(input: $input) { ${RESULT} } }`,
          {
            input: {
              templateKey,
              channel: start.actor.kind === 'customer' ? 'APP' : 'HOTLINE',
              customer: CUSTOMER,
              departmentCode: 'CUSTOMER_SERVICE',
              ...(start.data ? { data: start.data } : {}),
            },
          },
          { as: await tokenFor(start.actor) },
        ),
      ).openCase;
      const caseId = opened.case.id;
      for (const step of steps.slice(1)) {
        if (step.after) await elapse(caseId, step.after);
        if (step.command) await send(caseId, step.command);
      }
      const before = ok(
        await h.gql<{ case: { status: string; outcome: string | null; activeSteps: string[] } }>(
          MUTATIONS.case,
          { id: caseId },
        ),
      ).case;
      expect(before.status, `${templateKey} should reach an end step`).toBe('RESOLVED');
      expect(before.outcome).toBeTruthy();
      // A complaint closes with its finding (溯源整改), recorded just before the close.
      const complaint = kinds.get(templateKey) === 'COMPLAINT';
      const finding = complaint ? { rootCause: 'process-rules', remedy: '修订流程' } : null;
      const closed = ok(await h.gql<{ r: Result }>(MUTATIONS.close, { id: caseId, finding })).r;
      expect(closed.case.status).toBe('CLOSED');
      expect(closed.events.map((e) => e.type).slice(0, 2)).toEqual(
        complaint ? ['complaintFindingRecorded', 'caseClosed'] : ['caseClosed'],
      );
      const log = ok(
        await h.gql<{
          case: { events: { totalCount: number; edges: { node: { seq: number; type: string } }[] } };
        }>(MUTATIONS.case, { id: caseId }),
      ).case.events;
      // The log is gap-free from 1 and ends with the close.
      expect(log.edges.map((e) => e.node.seq)).toEqual(
        Array.from({ length: log.totalCount }, (_, i) => i + 1),
      );
      expect(log.edges.at(-1)?.node.type).toBe('caseClosed');
    }, 120_000);
  }
});
