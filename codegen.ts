import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * One schema, types on both sides. `pnpm codegen` writes the files; `pnpm codegen:check` (part of
 * `pnpm test`) fails when they are stale.
 */
const scalars = {
  DateTime: { input: 'string', output: 'Date | string' },
  Date: { input: 'string', output: 'string' },
  Fen: { input: 'string', output: 'string | number | bigint' },
  JSON: { input: 'unknown', output: 'unknown' },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    'packages/server/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars,
        contextType: '../graphql/context#GraphQLContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          ComplaintCategory: '../features/complaint-categories/complaint-category.model#ComplaintCategoryDoc',
          User: '../features/access/access.model#UserDoc',
          Role: '../features/access/access.model#RoleDoc',
          Department: '../features/access/access.model#DepartmentDoc',
          Queue: '../features/access/access.model#QueueDoc',
          ApiClient: '../features/access/access.model#ApiClientDoc',
          AuthPayload: '../features/access/auth.service#Session',
          ConfigAuditEntry: '../features/audit/config-audit.model#ConfigAuditDoc',
          FlowTemplate: '../features/flows/flow-template.model#FlowTemplateDoc',
          FlowDraft: '../features/definitions/definition.model#DraftDoc',
          FlowVersion: '../features/definitions/definition.model#VersionDoc',
          Step: '../features/flows/flow-view#StepView',
          Transition: '../features/flows/flow-view#TransitionView',
          FormDefinition: '@parley/engine#FormDefinition',
          FormField: '@parley/engine#FieldDefinition',
          Survey: '../features/surveys/survey.model#SurveyDoc',
          Case: '../features/cases/case.model#CaseDoc',
          CaseEvent: '../features/cases/case.model#CaseEventDoc',
          Customer: '../features/cases/case.model#CustomerRecord',
          CaseCommandResult: '../features/cases/case-runtime.service#CommandOutcome',
          Agreement: '../features/offers/offer-log#AgreementView',
          CustomerView: '../features/offers/offer.service#CustomerViewModel',
          WebhookSubscription: '../features/webhooks/webhook.model#WebhookSubscriptionDoc',
          WebhookDelivery: '../features/webhooks/webhook.model#WebhookDeliveryDoc',
          WebhookAttempt: '../features/scheduler/lease-chain#LeaseDoc',
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
        scalars,
      },
    },
  },
};

export default config;
