/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.InboxCaseFieldsFragmentDoc,
    "\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyInboxDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n      channel\n      openedAt\n      closedAt\n      outcome\n      departmentCode\n      customer {\n        name\n        phone\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            actorKey\n            data\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        sha256\n        signedAt\n        signerName\n      }\n    }\n  }\n": typeof types.CaseOffersDocument,
    "\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n": typeof types.IssueCustomerLinkDocument,
    "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n": typeof types.ComplaintCategoryFieldsFragmentDoc,
    "\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ComplaintCategoriesDocument,
    "\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n": typeof types.CreateComplaintCategoryDocument,
    "\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n": typeof types.RenameComplaintCategoryDocument,
    "\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n": typeof types.IntakeFormDocument,
    "\n  mutation SubmitIntake($token: String!, $customer: CustomerInput!, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n": typeof types.SubmitIntakeDocument,
    "\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n": typeof types.PlanPreviewFieldsFragmentDoc,
    "\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n  }\n": typeof types.CustomerViewFieldsFragmentDoc,
    "\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n": typeof types.CustomerAgreementPdfDocument,
    "\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n": typeof types.CustomerViewDocument,
    "\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n": typeof types.CounterOfferDocument,
    "\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n": typeof types.SignAgreementDocument,
    "\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FlowTemplatesDocument,
    "\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": typeof types.SeedFlowTemplatesDocument,
    "\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n": typeof types.CreateFlowTemplateDocument,
    "\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n": typeof types.ImportFlowTemplateDocument,
    "\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n": typeof types.ArchiveFlowTemplateDocument,
    "\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n": typeof types.ExportFlowTemplateDocument,
    "\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.DesignerTemplateDocument,
    "\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n": typeof types.SaveFlowDraftDocument,
    "\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n": typeof types.PublishFlowDraftDocument,
    "\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.DesignerServerValidationDocument,
    "\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.PanelPlatformDocument,
    "\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n": typeof types.PanelCalendarsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.InboxCaseFieldsFragmentDoc,
    "\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyInboxDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n      channel\n      openedAt\n      closedAt\n      outcome\n      departmentCode\n      customer {\n        name\n        phone\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            actorKey\n            data\n          }\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        sha256\n        signedAt\n        signerName\n      }\n    }\n  }\n": types.CaseOffersDocument,
    "\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n": types.IssueCustomerLinkDocument,
    "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n": types.ComplaintCategoryFieldsFragmentDoc,
    "\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ComplaintCategoriesDocument,
    "\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n": types.CreateComplaintCategoryDocument,
    "\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n": types.RenameComplaintCategoryDocument,
    "\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n": types.IntakeFormDocument,
    "\n  mutation SubmitIntake($token: String!, $customer: CustomerInput!, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n": types.SubmitIntakeDocument,
    "\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n": types.PlanPreviewFieldsFragmentDoc,
    "\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n  }\n": types.CustomerViewFieldsFragmentDoc,
    "\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n": types.CustomerAgreementPdfDocument,
    "\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n": types.CustomerViewDocument,
    "\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n": types.CounterOfferDocument,
    "\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n": types.SignAgreementDocument,
    "\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FlowTemplatesDocument,
    "\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n": types.SeedFlowTemplatesDocument,
    "\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n": types.CreateFlowTemplateDocument,
    "\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n": types.ImportFlowTemplateDocument,
    "\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n": types.ArchiveFlowTemplateDocument,
    "\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n": types.ExportFlowTemplateDocument,
    "\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n": types.DesignerTemplateDocument,
    "\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n": types.SaveFlowDraftDocument,
    "\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n": types.PublishFlowDraftDocument,
    "\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.DesignerServerValidationDocument,
    "\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n": types.PanelPlatformDocument,
    "\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n": types.PanelCalendarsDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n      channel\n      openedAt\n      closedAt\n      outcome\n      departmentCode\n      customer {\n        name\n        phone\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            actorKey\n            data\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n      channel\n      openedAt\n      closedAt\n      outcome\n      departmentCode\n      customer {\n        name\n        phone\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            actorKey\n            data\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        sha256\n        signedAt\n        signerName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        sha256\n        signedAt\n        signerName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n"): (typeof documents)["\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameComplaintCategory($id: ID!, $name: LocalizedTextInput!) {\n    renameComplaintCategory(id: $id, name: $name) {\n      ...ComplaintCategoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIntake($token: String!, $customer: CustomerInput!, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIntake($token: String!, $customer: CustomerInput!, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n"): (typeof documents)["\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n"): (typeof documents)["\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n"): (typeof documents)["\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n"): (typeof documents)["\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;