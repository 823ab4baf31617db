import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One schema, types on both sides. `pnpm codegen` writes the files and formats them with prettier (the
 * hook below); `pnpm codegen:check` (part of `pnpm test`) fails when they are stale.
 */
/**
 * The server's view of the scalars: what a resolver receives after parsing (graphql-scalars' DateTime
 * gives a `Date`; `Fen` stays a string of digits) and what it may return to be serialised.
 */
const serverScalars = {
  DateTime: { input: 'Date', output: 'Date | string' },
  Date: { input: 'string', output: 'string' },
  Fen: { input: 'string', output: 'string | number | bigint' },
  JSON: { input: 'unknown', output: 'unknown' },
};

/** The client's view: what travels over the wire, JSON text both ways. */
const clientScalars = {
  DateTime: { input: 'string', output: 'string' },
  Date: { input: 'string', output: 'string' },
  Fen: { input: 'string', output: 'string' },
  JSON: { input: 'unknown', output: 'unknown' },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  hooks: {
    // `.prettierignore` lists the generated folders (so `pnpm format` leaves them alone); the hook reads
    // `.gitignore` instead, which does not, so the files written here are formatted.
    afterAllFileWrite: ['prettier --write --log-level warn --ignore-path .gitignore'],
  },
  generates: {
    'packages/server/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: serverScalars,
        contextType: '../graphql/context#GraphQLContext',
        // Mapped types keep their own names (`UserDoc`, `StepView`): none collides with a GraphQL type.
        mapperTypeSuffix: '',
        mappers: {
          ComplaintCategory: '../features/complaint-categories/complaint-category.model#ComplaintCategoryDoc',
          User: '../features/access/access.model#UserDoc',
          Role: '../features/access/access.model#RoleDoc',
          Department: '../features/access/access.model#DepartmentDoc',
          Queue: '../features/access/access.model#QueueDoc',
          ApiClient: '../features/access/access.model#ApiClientDoc',
          AuthPayload: '../features/access/auth.service#Session',
          ConfigAuditEntry: '../features/audit/config-audit.model#ConfigAuditDoc',
          BrokenAuditLink: '../features/audit/audit-chain-wording#BrokenLinkView',
          FlowTemplate: '../features/flows/flow-template.model#FlowTemplateDoc',
          FlowDraft: '../features/definitions/definition.model#DraftDoc',
          FlowVersion: '../features/definitions/definition.model#VersionDoc',
          Step: '../features/flows/flow-view#StepView',
          Transition: '../features/flows/flow-view#TransitionView',
          FormDefinition: '../graphql/engine-mappers#EngineFormDefinition',
          FormField: '../graphql/engine-mappers#EngineFieldDefinition',
          Survey: '../features/surveys/survey.model#SurveyDoc',
          SurveyVersion: '../features/definitions/definition.model#VersionDoc',
          Case: '../features/cases/case.model#CaseDoc',
          CaseEvent: '../features/cases/case.model#CaseEventDoc',
          Customer: '../features/cases/case.model#CustomerRecord',
          ContactAttempt: '../features/cases/contact/contact.service#ContactAttemptView',
          CaseCommandResult: '../features/cases/runtime/case-runtime.service#CommandOutcome',
          Agreement: '../features/offers/offer-log#AgreementView',
          CustomerView: '../features/offers/customer-view.service#CustomerLinkView',
          WebhookSubscription: '../features/webhooks/webhook.model#WebhookSubscriptionDoc',
          WebhookDelivery: '../features/webhooks/webhook.model#WebhookDeliveryDoc',
          WebhookAttempt: '../features/scheduler/lease-chain#LeaseDoc',
          InboxItem: '../features/inbox/inbox.service#InboxRow',
          SavedInboxView: '../features/inbox/inbox-view.model#SavedInboxViewDoc',
          SlaCalendar: '../features/cases/timers/calendar/sla-calendar.service#SlaCalendarView',
          SlaRecompute: '../features/cases/timers/calendar/sla-calendar.model#SlaRecomputeProgressDoc',
          SurveyInvitation: '../features/survey-responses/survey-response.resolvers#InvitationView',
          SurveyAnswer: '../features/survey-responses/survey-response.model#SurveyAnswerRecord',
          PublicSurvey: '../features/survey-responses/survey-answer.service#PublicSurveyView',
        },
        resolverTypeWrapperSignature: 'Promise<T> | T',
      },
    },
    'packages/admin/src/generated/': {
      documents: ['packages/admin/src/**/*.{ts,vue}', '!packages/admin/src/generated/**'],
      preset: 'client',
      // persisted-documents.json is the production allow-list of the admin's operations (docs/access.md).
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256', mode: 'embedHashInDocument' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: clientScalars,
      },
    },
  },
};

export default config;
