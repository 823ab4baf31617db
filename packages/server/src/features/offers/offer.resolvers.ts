/**
 * Offers, approvals, customer links, the customer's answers and e-signature over GraphQL
 * (docs/offers.md). Permissions are in graphql/authorization.ts; the customer's resolvers are public
 * and the signed link token is their credential.
 */
import type { Resolvers } from '../../generated/resolvers-types';
import type { Models } from '../../db/models';
import { AgreementService } from './agreement.service';
import { PENDING_DEFAULT_FIRST } from './approval-projection';
import { planInputOf, planOf, planPreview } from './offer-plan';
import { OfferService } from './offer.service';
import { CustomerViewService } from './customer-view.service';
import { checkOffer } from './offer-check';
import { CustomerStepService } from './customer-step.service';
import { pendingReviews } from '../approvals';

const offersOf = (models: Models) => new OfferService(models);
const customersOf = (models: Models) => new CustomerViewService(models);
const agreementsOf = (models: Models) => new AgreementService(customersOf(models));
const customerStepsOf = (models: Models) => new CustomerStepService(customersOf(models));

export const offerResolvers: Resolvers = {
  Query: {
    previewRepaymentPlan: (_root, { plan }) => planPreview(planOf(planInputOf(plan))),
    customerView: (_root, { token }, { models, ip }) => customersOf(models).customerView(token, ip),
    verifyAgreement: (_root, { caseId, pdfBase64 }, { models, viewer }) =>
      agreementsOf(models).verify(viewer, caseId, pdfBase64),
    pendingOfferApprovals: (_root, { all, first }, { models, viewer }) =>
      offersOf(models).pending(viewer, all ?? false, first ?? PENDING_DEFAULT_FIRST),
    checkOffer: (_root, { caseId, stepKey, plan, data }, { models, viewer }) =>
      checkOffer(models, viewer, caseId, stepKey, plan, data),
    pendingReviews: (_root, { first }, { models, viewer }) => pendingReviews(models, viewer, first ?? 50),
  },
  Mutation: {
    proposeOffer: (_root, { caseId, stepKey, plan, data, idempotencyKey }, { models, viewer }) =>
      offersOf(models).propose(viewer, caseId, stepKey, plan, data, idempotencyKey),
    decideOfferApproval: (_root, args, { models, viewer }) =>
      offersOf(models).decide(
        viewer,
        args.caseId,
        args.requestId,
        args.approve,
        args.comment,
        args.idempotencyKey,
      ),
    issueCustomerLink: (_root, { caseId, expiresInHours }, { models, viewer }) =>
      offersOf(models).issueLink(viewer, caseId, expiresInHours ?? 72),
    acceptOffer: (_root, { token, idempotencyKey }, { models, ip }) =>
      customersOf(models).respond(token, { accept: true }, idempotencyKey, ip),
    counterOffer: (_root, { token, comment, idempotencyKey }, { models, ip }) =>
      customersOf(models).respond(token, { accept: false, comment }, idempotencyKey, ip),
    signAgreement: (_root, { token, signature, idempotencyKey }, { models, ip, userAgent }) =>
      agreementsOf(models).sign(token, signature, { ip, userAgent }, idempotencyKey),
    submitCustomerStep: (_root, { token, stepKey, data, idempotencyKey }, { models, ip }) =>
      customerStepsOf(models).submit(token, stepKey, data, idempotencyKey, ip),
    uploadCustomerFile: (_root, { token, stepKey, idempotencyKey, ...file }, { models, ip }) =>
      customerStepsOf(models).upload(token, stepKey, { ...file, idempotencyKey }, ip),
  },
  Case: {
    offers: (c, _args, { models }) => offersOf(models).offers(c),
    offerApprovals: (c, _args, { models }) => offersOf(models).approvals(c),
    agreement: (c, _args, { models }) => offersOf(models).agreement(c),
  },
  Agreement: {
    id: (a) => a.agreementId,
    signedAt: (a) => a.signedAt,
    // Staff only (`case.reveal-pii`, graphql/authorization.ts); recorded in the case's log.
    pdfBase64: (a, _args, { models, viewer }) => agreementsOf(models).pdfBase64(viewer, a),
  },
  CustomerView: {
    // The customer's own copy, read as their link's viewer; recorded in the case's log as well.
    agreementPdfBase64: (v, _args, { models }) =>
      v.agreement && v.reader ? agreementsOf(models).pdfBase64(v.reader, v.agreement) : null,
  },
};
