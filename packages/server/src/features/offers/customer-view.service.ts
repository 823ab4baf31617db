/**
 * What a customer link shows and what the customer answers through it: the token verified (the link is
 * the customer's only credential), the case read with it, the customer's view folded from the log, and
 * the customer's accept or counter through the engine on the runtime's clock. Agreements
 * (agreement.service.ts) and the customer's form steps (customer-step.service.ts) reach the case the
 * same way, through `linked` and `viewAfter`.
 */
import type { CaseState, FlowDefinition } from '@parley/engine';
import { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import type { AgreementText, CustomerAction, Offer } from '../../generated/resolvers-types';
import type { Viewer } from '../access';
import type { CaseRecord, StoredEvent } from '../cases';
import { projectedState } from '../cases';
import type { CaseRuntime } from '../cases';
import { type CaseChange, type CommandOutcome, caseRuntimeOf } from '../cases';
import { verifyCustomerLinkToken } from '../privacy';
import { customerAgreementText } from './agreement-text';
import { customerFormSteps, type CustomerFormStepView } from './customer-form-steps';
import { throttleCustomerLink } from './customer-throttle';
import { activeStepsOf, live, text } from './offer-input';
import { agreementOf, newestLinkOf, offersOf, type AgreementView } from './offer-log';

export type CustomerViewer = Extract<Viewer, { kind: 'customer' }>;

/** What a customer link shows (the agreement's PDF is loaded only when asked for). */
export interface CustomerLinkView {
  /** The link's viewer: who reads the PDF (`CustomerView.agreementPdfBase64`, recorded in the log). */
  reader: CustomerViewer | null;
  caseReference: string;
  customerName: string;
  offer: Offer | null;
  agreement: AgreementView | null;
  actions: CustomerAction[];
  expiresAt: Date;
  /** The agreement as it will be signed (agreement-text.ts); null with nothing to sign and once signed. */
  agreementText: AgreementText | null;
  /** The form steps waiting for the customer (customer-form-steps.ts). */
  formSteps: CustomerFormStepView[];
}

/** A verified link and the case as read with it. */
export interface LinkedCase {
  viewer: CustomerViewer;
  expiresAt: Date;
  case: CaseRecord;
  events: StoredEvent[];
  state: CaseState | null;
  definition: FlowDefinition;
}

/**
 * Who made the offer, as the customer is told: never the staff member's id (`user:<id>`), which is
 * internal; the customer deals with the bank, through their account manager.
 */
export const CUSTOMER_FACING_PROPOSER = '您的客户经理 / Your account manager';

export class CustomerViewService {
  readonly runtime: CaseRuntime;

  constructor(readonly models: Models) {
    this.runtime = caseRuntimeOf(models);
  }

  /** Verifies the token and reads its case: LINK_INVALID, LINK_EXPIRED (also when a newer link replaced it). */
  async linked(token: string): Promise<LinkedCase> {
    const claims = await verifyCustomerLinkToken(this.models, token);
    const invalid = () => new AppError('LINK_INVALID', { zh: '链接无效。', en: 'This link is not valid.' });
    if (!Types.ObjectId.isValid(claims.caseId)) throw invalid();
    const viewer: CustomerViewer = { kind: 'customer', caseId: claims.caseId, linkId: claims.linkId };
    const caseId = new Types.ObjectId(claims.caseId);
    const found = await this.models.Case.findById(caseId).lean<CaseRecord>().exec();
    if (!found) throw invalid();
    const events = await this.runtime.log.events(caseId);
    const issued = events.filter((e) => e.type === 'customerLinkIssued').map((e) => String(e.data['linkId']));
    if (!issued.includes(claims.linkId)) throw invalid();
    if (newestLinkOf(events)?.linkId !== claims.linkId)
      throw new AppError('LINK_EXPIRED', {
        zh: '该链接已被新链接取代，请使用最新收到的链接。',
        en: 'A newer link replaced this one; please use the latest link you received.',
      });
    return {
      viewer,
      expiresAt: claims.expiresAt,
      case: found,
      events,
      state: projectedState(found, this.runtime.keys),
      definition: await this.defOf(found),
    };
  }

  /** What the customer sees: the newest offer, the agreement once signed, and what they may do. */
  viewOf(
    c: CaseRecord,
    events: readonly StoredEvent[],
    state: CaseState | null,
    definition: FlowDefinition,
    expiresAt: Date,
    reader: CustomerViewer | null = null,
  ): CustomerLinkView {
    const offers = offersOf(events, state).map((o) => ({ ...o, proposedBy: CUSTOMER_FACING_PROPOSER }));
    const offer = offers[offers.length - 1] ?? null;
    const actions: CustomerAction[] = [];
    if (c.status === 'OPEN' || c.status === 'PAUSED') {
      if (
        activeStepsOf(state, definition, 'confirmation').length > 0 &&
        (offers.length === 0 || offer?.status === 'PROPOSED')
      )
        actions.push('ACCEPT', 'COUNTER');
      // With offers, the accepted one is signed; a flow without offers signs its document (a contract).
      if (
        activeStepsOf(state, definition, 'signature').length > 0 &&
        (offers.length === 0 || offer?.status === 'ACCEPTED')
      )
        actions.push('SIGN');
    }
    const formSteps =
      c.status === 'OPEN' || c.status === 'PAUSED' ? customerFormSteps(state, definition) : [];
    if (formSteps.length > 0) actions.push('FILL_FORM');
    const agreement = agreementOf(events);
    const agreementText = agreement ? null : customerAgreementText(definition, c, offer, actions);
    return {
      reader,
      caseReference: c.reference,
      customerName: c.customer.masked.name,
      offer,
      agreement,
      actions,
      expiresAt,
      agreementText,
      formSteps,
    };
  }

  /** What the link shows; counted against the link's and the address's rate limit (customer-throttle.ts). */
  async customerView(token: string, ip: string): Promise<CustomerLinkView> {
    await throttleCustomerLink(this.models, token, ip);
    const l = await this.linked(token);
    return this.viewOf(l.case, l.events, l.state, l.definition, l.expiresAt, l.viewer);
  }

  /** The view after a command of the customer's (read again: the log is the truth). */
  async viewAfter(l: LinkedCase, outcome: CommandOutcome): Promise<CustomerLinkView> {
    const events = await this.runtime.log.events(l.case._id);
    const c = outcome.case;
    const state = projectedState(c, this.runtime.keys);
    return this.viewOf(c, events, state, await this.defOf(c), l.expiresAt, l.viewer);
  }

  /** The customer accepts (`customerAccept`) or counters (`customerCounter`) the offer on the table. */
  async respond(
    token: string,
    response: { accept: true } | { accept: false; comment: string },
    idempotencyKey: string | null | undefined,
    ip: string,
  ): Promise<CustomerLinkView> {
    await throttleCustomerLink(this.models, token, ip);
    const comment = response.accept ? null : text(response.comment, 'comment', 2000);
    const l = await this.linked(token);
    const outcome = await this.runtime.run(
      l.viewer,
      l.case._id,
      response.accept ? 'acceptOffer' : 'counterOffer',
      { comment },
      (c, state, definition): CaseChange => {
        live(c);
        const stepKey = activeStepsOf(state, definition, 'confirmation')[0];
        if (!stepKey)
          throw new AppError('STEP_NOT_ACTIVE', {
            zh: '当前没有等待您确认的方案。',
            en: 'There is no offer waiting for your answer now.',
          });
        return {
          kind: 'engine',
          command: (actor) =>
            comment === null
              ? { type: 'customerAccept', stepKey, actor }
              : { type: 'customerCounter', stepKey, actor, comment },
        };
      },
      idempotencyKey,
    );
    return this.viewAfter(l, outcome);
  }

  private defOf(c: CaseRecord): Promise<FlowDefinition> {
    return this.runtime.definition(c.templateKey, c.version);
  }
}
