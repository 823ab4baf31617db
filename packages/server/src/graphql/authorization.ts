/**
 * Authorisation, in one place. Every root field and every sensitive object field is listed here with
 * what it needs: `public`, `authenticated`, or a permission. Resolvers never check permissions
 * themselves; a root field missing from this map makes the schema fail to build (fail closed).
 */
import { mapSchema, MapperKind } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { AppError } from '../errors/app-error';
import type { Permission } from '../features/access/permissions';
import type { Viewer } from '../features/access/viewer';
import type { GraphQLContext } from './context';

export type Access = 'public' | 'authenticated' | Permission;

export const FIELD_ACCESS: Readonly<Record<string, Access>> = {
  // Queries
  'Query.node': 'authenticated', // narrowed per type by TYPE_READ_ACCESS
  'Query.complaintCategories': 'category.read',
  'Query.complaintCategoryTree': 'category.read',
  'Query.complaintCategory': 'category.read',
  'Query.complaintCategoryOptions': 'category.read',
  'Query.exportComplaintCategories': 'category.read',
  'Query.flowTemplates': 'flow.read',
  'Query.flowTemplate': 'flow.read',
  'Query.flowVersion': 'flow.read',
  'Query.flowVersionDiff': 'flow.read',
  'Query.planCaseMigration': 'flow.publish', // a dry run, but it reads case state: migrators only
  // Replays the draft on recorded cases (department-scoped in the service): the designer's tool.
  'Query.simulateDraftOnCases': 'flow.write',
  'Query.validateFlowDefinition': 'flow.read',
  'Query.seedFlowTemplates': 'flow.read',
  'Query.exportFlowTemplate': 'flow.read',
  'Query.configAuditLog': 'audit.read',
  'Query.configAuditFacets': 'audit.read',
  'Query.surveys': 'survey.read',
  'Query.survey': 'survey.read',
  'Query.surveyVersionDiff': 'survey.read',
  'Query.cases': 'case.read',
  'Query.case': 'case.read',
  'Query.caseByReference': 'case.read',
  'Query.myInbox': 'case.read',
  'Query.casesByCustomer': 'case.read',
  'Query.inbox': 'case.read',
  'Query.inboxViews': 'case.read',
  'Query.assignableUsers': 'case.assign',
  'Query.verifyAudit': 'audit.read',
  'Query.me': 'public',
  'Query.users': 'user.manage',
  'Query.roles': 'authenticated',
  'Query.departments': 'authenticated',
  'Query.apiClients': 'apiclient.manage',
  'Query.webhookSubscriptions': 'webhook.manage',
  'Query.webhookDeliveries': 'webhook.manage',
  'Query.apiClientsPage': 'apiclient.manage',
  'Query.webhookSubscriptionsPage': 'webhook.manage',
  'Query.webhookEventTypes': 'webhook.manage',
  // Mutations
  'Query.previewRepaymentPlan': 'case.read',
  'Query.customerView': 'public', // the signed, unexpired customer-link token is the credential
  'Query.verifyAgreement': 'case.read',
  'Query.contactCheck': 'case.work',
  'Query.queueCounts': 'case.read',
  'Query.complaintRootCauses': 'case.read',
  'Query.pendingOfferApprovals': 'case.work',
  'Query.checkOffer': 'case.work',
  'Query.pendingComplaintExtensions': 'case.assign',
  'Query.pendingReviews': 'case.assign',
  'Query.slaCalendars': 'case.read',
  // Reads open cases of every department (counts and references only): the calendar maintainers' tool.
  'Query.previewSlaCalendarChange': 'calendar.manage',
  'Query.slaRecompute': 'calendar.manage',
  // Insight roll-ups: supervisors (department-scoped in the service unless bank-wide).
  'Query.insightVolume': 'case.assign',
  'Query.insightTimeInStep': 'case.assign',
  'Query.insightSla': 'case.assign',
  'Query.insightNegotiation': 'case.assign',
  'Query.insightStatus': 'case.assign',
  'Query.insightSatisfaction': 'case.assign',
  'Query.insightFindings': 'case.assign',
  'Query.complaintReport': 'case.assign',
  'Query.intakeForm': 'public', // the signed, unexpired intake-link token is the credential
  'Query.publicComplaintCategories': 'public', // customer-facing names of active categories only
  'Query.complaintTracking': 'public', // the signed, unexpired tracking token is the credential
  'Query.publicSurvey': 'public', // the signed, unexpired survey-link token; rate-limited
  'Query.surveyAnswers': 'case.assign', // supervisors; department-scoped in the query
  'Mutation.createComplaintCategory': 'category.write',
  'Mutation.renameComplaintCategory': 'category.write',
  'Mutation.updateComplaintCategory': 'category.write',
  'Mutation.moveComplaintCategory': 'category.write',
  'Mutation.reorderComplaintCategories': 'category.write',
  'Mutation.setComplaintCategoryActive': 'category.write',
  'Mutation.deleteComplaintCategory': 'category.write',
  'Mutation.importComplaintCategories': 'category.write',
  'Mutation.createFlowTemplate': 'flow.write',
  'Mutation.saveFlowDraft': 'flow.write',
  'Mutation.publishFlowTemplate': 'flow.publish',
  'Mutation.rollbackFlowTemplate': 'flow.publish',
  'Mutation.archiveFlowTemplate': 'flow.publish',
  'Mutation.importFlowTemplate': 'flow.write',
  'Mutation.migrateCases': 'flow.publish',
  'Mutation.createSurvey': 'survey.write',
  'Mutation.saveSurveyDraft': 'survey.write',
  'Mutation.publishSurvey': 'survey.write',
  'Mutation.rollbackSurvey': 'survey.write',
  'Mutation.archiveSurvey': 'survey.write',
  'Mutation.restoreSurvey': 'survey.write',
  'Mutation.login': 'public',
  'Mutation.refreshSession': 'public',
  'Mutation.logout': 'public',
  'Mutation.changePassword': 'authenticated',
  'Mutation.createUser': 'user.manage',
  'Mutation.updateUser': 'user.manage',
  'Mutation.createRole': 'user.manage',
  'Mutation.createDepartment': 'user.manage',
  'Mutation.createQueue': 'user.manage',
  'Mutation.createApiClient': 'apiclient.manage',
  'Mutation.revokeApiClient': 'apiclient.manage',
  'Mutation.updateApiClient': 'apiclient.manage',
  'Mutation.openCase': 'case.work',
  'Mutation.submitStep': 'case.work',
  'Mutation.approveStep': 'case.work',
  'Mutation.rejectStep': 'case.work',
  'Mutation.logCommunication': 'case.work',
  'Mutation.escalateCase': 'case.work',
  'Mutation.reassignCase': 'case.assign',
  'Mutation.claimCase': 'case.work',
  'Mutation.releaseCase': 'case.work',
  'Mutation.pauseCaseClock': 'case.work',
  'Mutation.resumeCaseClock': 'case.work',
  'Mutation.cancelCase': 'case.work',
  'Mutation.closeCase': 'case.work',
  'Mutation.commentOnCase': 'case.work',
  'Mutation.revealCustomerField': 'case.reveal-pii',
  'Mutation.ping': 'public',
  'Mutation.recordCustomerResponse': 'case.work',
  'Mutation.recordContactConsent': 'case.work',
  'Mutation.proposeOffer': 'case.work',
  'Mutation.decideOfferApproval': 'case.work', // and the role the authority matrix names (engine)
  'Mutation.issueCustomerLink': 'case.work',
  'Mutation.acceptOffer': 'public', // customer-link token
  'Mutation.counterOffer': 'public', // customer-link token
  'Mutation.signAgreement': 'public', // customer-link token
  'Mutation.submitCustomerStep': 'public', // customer-link token; rate-limited like the link's other operations
  'Mutation.uploadCustomerFile': 'public', // customer-link token; rate-limited like the link's other operations
  'Mutation.addAttachment': 'case.work',
  'Mutation.linkCases': 'case.work',
  'Mutation.extendComplaintDeadline': 'case.work',
  'Mutation.requestComplaintExtension': 'case.work',
  'Mutation.decideComplaintExtension': 'case.assign', // and the flow's extension-approver role, never one's own
  'Mutation.updateSlaCalendar': 'calendar.manage',
  'Mutation.issueIntakeLink': 'flow.publish',
  'Mutation.submitIntake': 'public', // intake-link token; rate-limited per address
  'Mutation.submitComplaint': 'public', // validated first; rate-limited per address; idempotent
  'Mutation.sendSurvey': 'case.work', // the agent's case work; the case must be visible to them
  'Mutation.submitSurveyAnswer': 'public', // survey-link token; single use; rate-limited
  'Mutation.bulkReassignCases': 'case.assign',
  'Mutation.bulkCloseCases': 'case.assign',
  'Mutation.saveInboxView': 'case.read',
  'Mutation.deleteInboxView': 'case.read',
  'Mutation.createWebhookSubscription': 'webhook.manage',
  'Mutation.disableWebhookSubscription': 'webhook.manage',
  'Mutation.replayWebhookDelivery': 'webhook.manage',
  'Mutation.updateWebhookSubscription': 'webhook.manage',
  'Mutation.sendTestWebhook': 'webhook.manage',
  'Mutation.rotateWebhookSecret': 'webhook.manage',
  // People and access (features/people-admin)
  'Query.permissions': 'authenticated',
  'Mutation.updateRole': 'user.manage',
  'Mutation.resetUserPassword': 'user.manage',
  'Mutation.setDepartmentMembers': 'user.manage',
  'Mutation.renameDepartment': 'user.manage', // as createDepartment (features/people-admin/org-structure.service.ts)
  'Mutation.deleteDepartment': 'user.manage',
  'Mutation.renameQueue': 'user.manage',
  'Mutation.deleteQueue': 'user.manage',
  'Mutation.deleteRole': 'user.manage',
  'Mutation.rebuildInsight': 'user.manage', // administrators only among the built-in roles
  // Subscriptions: checked when subscribing and again for every event (applyAuthorization)
  'Subscription.caseUpdated': 'case.read',
  'Subscription.slaAlerts': 'case.read',
  'Subscription.queueCounts': 'case.read',
  'Subscription.inboxChanges': 'case.read',
  // Sensitive object fields
  'Case.customer': 'case.read',
  'Case.events': 'case.read',
  'Case.agreement': 'case.read',
  // The signed PDF names the customer in full: a reveal, recorded in the case's log (agreementRead).
  'Agreement.pdfBase64': 'case.reveal-pii',
  'Case.attachments': 'case.read',
  'Case.attachment': 'case.read',
  'Case.contactAttempts': 'case.read',
  'FlowTemplate.draft': 'flow.write',
  // Open cases are cases (case.read, department-scoped); their count is a designer's number (flow.read).
  'FlowVersion.openCases': 'case.read',
  'FlowVersion.openCaseCount': 'flow.read',
  'Department.members': 'user.manage',
  'Department.routedCategories': 'category.read',
  'Role.holderCount': 'user.manage',
};

/** What reading an object of a type through `Query.node` needs. */
export const TYPE_READ_ACCESS: Readonly<Record<string, Access>> = {
  ComplaintCategory: 'category.read',
  FlowTemplate: 'flow.read',
  FlowVersion: 'flow.read',
  Survey: 'survey.read',
  Case: 'case.read',
  User: 'user.manage',
};

export function isAllowed(viewer: Viewer, access: Access): boolean {
  if (access === 'public' || viewer.kind === 'system') return true;
  if (viewer.kind === 'anonymous' || viewer.kind === 'customer') return false;
  if (access === 'authenticated') return true;
  return viewer.permissions.has(access);
}

/** Throws UNAUTHENTICATED for anonymous callers and FORBIDDEN for those without the permission. */
export function authorize(viewer: Viewer, access: Access, what: string): void {
  if (isAllowed(viewer, access)) return;
  if (viewer.kind === 'anonymous' || viewer.kind === 'customer') {
    throw new AppError('UNAUTHENTICATED', { zh: '请先登录。', en: 'Please sign in first.' });
  }
  throw new AppError('FORBIDDEN', {
    zh: `没有执行此操作的权限（${what} 需要 ${access}）。`,
    en: `Not permitted: ${what} needs ${access}.`,
  });
}

export function applyAuthorization(schema: GraphQLSchema): GraphQLSchema {
  for (const rootType of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!rootType) continue;
    const missing = Object.keys(rootType.getFields())
      .map((f) => `${rootType.name}.${f}`)
      .filter((k) => !(k in FIELD_ACCESS));
    if (missing.length > 0)
      throw new Error(`Root fields without an access rule (authorization.ts): ${missing.join(', ')}`);
  }
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const access = FIELD_ACCESS[`${typeName}.${fieldName}`];
      if (!access || access === 'public') return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      const subscribe = field.subscribe;
      return {
        ...field,
        resolve(source, args, context: GraphQLContext, info) {
          authorize(context.viewer, access, `${typeName}.${fieldName}`);
          return resolve(source, args, context, info);
        },
        // A subscription is refused when it starts, not only at its first event.
        ...(subscribe
          ? {
              subscribe(
                source: unknown,
                args: Record<string, unknown>,
                context: GraphQLContext,
                info: GraphQLResolveInfo,
              ) {
                authorize(context.viewer, access, `${typeName}.${fieldName}`);
                return subscribe(source, args, context, info);
              },
            }
          : {}),
      };
    },
  });
}
