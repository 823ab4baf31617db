/**
 * Customer intake through a public link (docs/intake.md): staff issue a signed intake link for a flow;
 * a customer holding it sees the flow's first customer form and opens a case themselves. Everything the
 * customer sends is validated (their details as `openCase` does, the answers by a dry run of the engine)
 * before anything is written; the case is then opened and the form submitted with the customer as the
 * actor, under the request's idempotency key, and a 30-day customer link to follow the case is issued.
 *
 * The customer acts as a `customer` viewer whose link id is the id of the request's idempotency claim:
 * the same id names the follow-up link, so the events' actor (`customer:<linkId>`) is that customer and
 * stays the same on a retry. A crash between the open and the form's submission is repaired by a retry
 * with the same key (the claim pins the case id; the open and the submit are each idempotent).
 */
import { createHash, randomUUID } from 'node:crypto';
import { execute, toSurveyJson, type Actor, type CaseState, type FlowDefinition } from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError, badInput, notFound } from '../../errors/app-error';
import type { Channel, CustomerInput, OpenCaseInput } from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import { ConfigAuditService } from '../audit';
import { CaseOpenService } from '../cases';
import { checkCustomer } from '../cases';
import { refusalError } from '../cases';
import type { CaseRecord, StoredEvent } from '../cases';
import type { HostEvent } from '../cases';
import type { CaseRuntime } from '../cases';
import { caseRuntimeOf } from '../cases';
import { issueCustomerLinkToken } from '../privacy';
import { checkIdempotencyKey } from '../cases';
import { departmentScope } from '../cases';
import { FLOW_ENTITY_TYPE } from '../flows';
import { FlowTemplateService } from '../flows';
import { archivedTemplate } from '../flows';
import { takeWindowSlot } from '../../db/window-limit';
import { intakeAttempts } from './intake.model';
import { intakeCustomer } from './intake-customer';
import { issueIntakeLinkToken, verifyIntakeLinkToken, type IntakeLinkClaims } from './intake-link';

/** Intakes accepted per client address in RATE_WINDOW_MS. */
export const INTAKE_RATE_LIMIT = 10;
export const RATE_WINDOW_MS = 60 * 60 * 1000;
/** The follow-up customer link of a receipt lasts 30 days. */
const FOLLOW_UP_HOURS = 720;

type FormDefinition = FlowDefinition['forms'][number];

/** The first form a customer completes after the start, found by a dry run of the engine's `start`. */
interface FirstForm {
  stepKey: string;
  form: FormDefinition;
  /** The state after the dry-run start (to dry-run the submission on). */
  state: CaseState;
}

export interface IntakeLinkView {
  url: string;
  token: string;
  linkId: string;
  expiresAt: Date;
}

const DRY_RUN_ACTOR: Actor = { kind: 'customer', id: 'link:intake-dry-run' };

function dryRunPorts() {
  const now = new Date().toISOString();
  return { now: () => now, newId: () => randomUUID() };
}

export function firstCustomerForm(definition: FlowDefinition): FirstForm | null {
  const started = execute(
    definition,
    null,
    { type: 'start', caseId: 'intake-dry-run', actor: DRY_RUN_ACTOR },
    dryRunPorts(),
  );
  if (!started.ok) return null;
  for (const token of started.state.tokens) {
    if (token.activatedAt === null) continue;
    const step = definition.steps.find((s) => s.key === token.stepKey);
    if (step?.kind !== 'form' || step.submittedBy !== 'customer') continue;
    const form = definition.forms.find((f) => f.key === step.form);
    if (form) return { stepKey: step.key, form, state: started.state };
  }
  return null;
}

function linkInvalid(): AppError {
  return new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
}

export class IntakeService {
  private readonly runtime: CaseRuntime;

  constructor(private readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  /**
   * Issues an intake link for a flow with a published version; the config audit log records its id.
   * The link names the department that receives its cases, so they appear in that department's lists.
   */
  async issueLink(
    viewer: Viewer,
    templateKey: string,
    channel: Channel,
    hours: number,
    departmentCode?: string | null,
  ): Promise<IntakeLinkView> {
    const flows = new FlowTemplateService(this.models);
    const template = await flows.require(templateKey, ['templateKey']);
    if (template.archived) throw archivedTemplate(templateKey, ['templateKey']);
    if (!(await flows.version(templateKey)))
      throw notFound({ zh: '已发布的流程版本', en: 'published flow version' }, ['templateKey']);
    const department = await this.receivingDepartment(viewer, departmentCode);
    const issued = await issueIntakeLinkToken(this.models, templateKey, channel, hours, department);
    await new ConfigAuditService(this.models.ConfigAudit).record(viewer, {
      action: 'intake-link.issue',
      entityType: FLOW_ENTITY_TYPE,
      entityKey: templateKey,
      details: {
        linkId: issued.linkId,
        channel,
        departmentCode: department,
        expiresAt: issued.expiresAt.toISOString(),
      },
    });
    return {
      url: `/apply/${issued.token}`,
      token: issued.token,
      linkId: issued.linkId,
      expiresAt: issued.expiresAt,
    };
  }

  /** The given department (one of the issuer's own, unless bank-wide), else the issuer's first one. */
  private async receivingDepartment(viewer: Viewer, given?: string | null): Promise<string> {
    const code = given ?? (viewer.kind === 'user' ? viewer.departments[0] : undefined);
    if (!code)
      throw badInput(['departmentCode'], {
        zh: '请指定接收该链接案件的部门。',
        en: "Name the department that receives this link's cases.",
      });
    if (!(await this.models.Department.exists({ code }).exec()))
      throw notFound({ zh: '部门', en: 'department' }, ['departmentCode']);
    const scope = departmentScope(viewer);
    if (scope && !scope.includes(code))
      throw new AppError(
        'FORBIDDEN',
        {
          zh: `不能把案件派往本人所属部门以外的部门（${code}）。`,
          en: `You cannot route cases to a department you do not belong to (${code}).`,
        },
        { fieldPath: ['departmentCode'] },
      );
    return code;
  }

  /** The newest published version of the link's flow; LINK_INVALID when the flow no longer takes cases. */
  private async flowOf(claims: IntakeLinkClaims): Promise<{ version: number; definition: FlowDefinition }> {
    const flows = new FlowTemplateService(this.models);
    const template = await this.models.FlowTemplate.findById(claims.templateKey).lean().exec();
    const version = template && !template.archived ? await flows.version(claims.templateKey) : null;
    if (!version)
      throw new AppError('LINK_INVALID', {
        zh: '该业务已不再受理线上申请。',
        en: 'This service no longer accepts applications online.',
      });
    return {
      version: version.version,
      definition: await this.runtime.definition(claims.templateKey, version.version),
    };
  }

  async form(token: string) {
    const claims = await verifyIntakeLinkToken(this.models, token);
    const { definition } = await this.flowOf(claims);
    const first = firstCustomerForm(definition);
    return {
      flowName: { zh: definition.name.zh, en: definition.name.en },
      templateKey: claims.templateKey,
      stepKey: first?.stepKey ?? null,
      form: first ? (JSON.parse(JSON.stringify(first.form)) as Record<string, unknown>) : null,
      surveyJson: first ? toSurveyJson(first.form) : null,
      expiresAt: claims.expiresAt,
    };
  }

  /**
   * Counts this request against its address (append-only records, counted in the window; a refused
   * request's record is removed so it does not prolong the wait): RATE_LIMITED with retryAfterSeconds.
   */
  private async throttle(ip: string, linkId: string): Promise<void> {
    await takeWindowSlot({
      model: await intakeAttempts(this.models.Case.db),
      record: { ip, linkId },
      scopes: [{ filter: { ip }, limit: INTAKE_RATE_LIMIT }],
      windowMs: RATE_WINDOW_MS,
      now: new Date(),
      message: (minutes) => ({
        zh: `提交过于频繁，请在 ${minutes} 分钟后重试。`,
        en: `Too many applications from this address; try again in ${minutes} minutes.`,
      }),
    });
  }

  async submit(
    token: string,
    given: CustomerInput | null | undefined,
    data: unknown,
    idempotencyKey: string,
    ip: string,
  ) {
    const claims = await verifyIntakeLinkToken(this.models, token);
    checkIdempotencyKey(idempotencyKey);
    await this.throttle(ip, claims.linkId);
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      throw badInput(['data'], { zh: '表单数据须为对象。', en: 'The form data must be an object.' });
    const answers = data as Record<string, unknown>;
    const { version, definition } = await this.flowOf(claims);
    const first = firstCustomerForm(definition);
    if (first) {
      const dry = execute(
        definition,
        first.state,
        { type: 'submitStep', stepKey: first.stepKey, actor: DRY_RUN_ACTOR, data: answers },
        dryRunPorts(),
      );
      if (!dry.ok) throw refusalError(dry.error, ['data']);
    } else if (Object.keys(answers).length > 0)
      throw badInput(['data'], {
        zh: '该业务没有需要客户填写的表单。',
        en: 'This service has no form for the customer to fill in.',
      });
    // The customer's details the form asks for are its answers (checked above); the rest come from
    // `customer`, checked as openCase checks them.
    const customer = intakeCustomer(first?.form ?? null, given, answers);
    checkCustomer(customer, ['customer']);

    const { idempotency } = this.runtime;
    const claim = await idempotency.claim(
      `intake:${claims.linkId}`,
      idempotencyKey,
      'submitIntake',
      { customer, data: answers },
      new Types.ObjectId(),
    );
    if (claim.kind === 'replay') return this.receipt(claim.result, true);
    const caseId = claim.caseId as Types.ObjectId;
    const linkId = claim.id.toHexString();
    const viewer: Viewer = { kind: 'customer', caseId: caseId.toHexString(), linkId };
    const opened = () => this.models.CaseEvent.exists({ caseId, seq: 1 }).exec();

    if (claim.kind === 'first' || !(await opened())) {
      const input: OpenCaseInput = {
        templateKey: claims.templateKey,
        version,
        channel: claims.channel,
        customer,
        // The link's department receives the case (links issued before they carried one: unrouted).
        ...(claims.departmentCode ? { departmentCode: claims.departmentCode } : {}),
      };
      try {
        await new CaseOpenService(this.runtime).openClaimed(viewer, caseId, input, claim.scopedKey);
      } catch (err) {
        // Only a request that wrote nothing may forget its key; otherwise a retry repairs the rest.
        if (!(await opened())) await idempotency.release(claim.id);
        throw err;
      }
    }

    const followUp = await issueCustomerLinkToken(
      this.models,
      caseId.toHexString(),
      FOLLOW_UP_HOURS,
      new Date(),
      linkId,
    );
    const linkIssued = {
      type: 'customerLinkIssued',
      data: { linkId, expiresAt: followUp.expiresAt.toISOString() },
    } satisfies HostEvent;
    // The form's submission and the follow-up link: one batch, under a key derived from the claim.
    const stepKey = first?.stepKey ?? null;
    const outcome = await this.runtime.run(
      viewer,
      caseId,
      'submitIntake',
      { stepKey, data: answers },
      () =>
        stepKey
          ? {
              kind: 'engine',
              command: (actor) => ({ type: 'submitStep', stepKey, actor, data: answers }),
              dataPath: ['data'],
              hostBefore: [linkIssued],
            }
          : { kind: 'host', ...linkIssued },
      `intake-${createHash('sha256').update(claim.scopedKey).digest('hex').slice(0, 40)}`,
    );
    const recorded = await this.linkEventOf(outcome.events, caseId, linkId);
    const result = {
      caseId: caseId.toHexString(),
      reference: outcome.case.reference,
      linkId,
      expiresAt: recorded,
    };
    await idempotency.complete(claim.id, result);
    return this.receipt(result, false);
  }

  /** The expiry recorded with the follow-up link (the first attempt's, when this one was a repair). */
  private async linkEventOf(events: readonly StoredEvent[], caseId: Types.ObjectId, linkId: string) {
    const isLink = (e: StoredEvent) => e.type === 'customerLinkIssued' && e.data['linkId'] === linkId;
    const found = events.find(isLink) ?? (await this.runtime.log.events(caseId)).find(isLink);
    if (!found) throw new Error(`customerLinkIssued ${linkId} missing on case ${caseId.toHexString()}`);
    return String(found.data['expiresAt']);
  }

  /** The receipt; the follow-up token is signed again from its recorded id and times (never stored). */
  private async receipt(result: Record<string, unknown>, replayed: boolean) {
    const caseId = String(result['caseId']);
    const linkId = String(result['linkId']);
    const expiresAt = new Date(String(result['expiresAt']));
    const issuedAt = new Date(expiresAt.getTime() - FOLLOW_UP_HOURS * 3600 * 1000);
    const link = await issueCustomerLinkToken(this.models, caseId, FOLLOW_UP_HOURS, issuedAt, linkId);
    let reference = String(result['reference'] ?? '');
    if (!reference) {
      const found = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
      if (!found) throw linkInvalid();
      reference = found.reference;
    }
    return {
      caseReference: reference,
      followUpLink: { url: `/c/${link.token}`, token: link.token, linkId, expiresAt: link.expiresAt },
      replayed,
    };
  }
}
