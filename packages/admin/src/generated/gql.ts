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
  '\n  fragment AccessUserFields on User {\n    id\n    username\n    displayName\n    active\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.AccessUserFieldsFragmentDoc;
  '\n  query AccessUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...AccessUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.AccessUsersDocument;
  '\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccessUserFields\n    }\n  }\n': typeof types.AccessCreateUserDocument;
  '\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AccessUserFields\n    }\n  }\n': typeof types.AccessUpdateUserDocument;
  '\n  mutation AccessResetUserPassword($id: ID!, $mode: PasswordResetMode!) {\n    resetUserPassword(id: $id, mode: $mode) {\n      mode\n      password\n      user {\n        ...AccessUserFields\n      }\n    }\n  }\n': typeof types.AccessResetUserPasswordDocument;
  '\n  fragment AccessRoleFields on Role {\n    key\n    name {\n      zh\n      en\n    }\n    permissions\n    builtIn\n    holderCount\n  }\n': typeof types.AccessRoleFieldsFragmentDoc;
  '\n  query AccessRoles {\n    roles {\n      ...AccessRoleFields\n    }\n    permissions {\n      key\n      group\n      description {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.AccessRolesDocument;
  '\n  mutation AccessCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...AccessRoleFields\n    }\n  }\n': typeof types.AccessCreateRoleDocument;
  '\n  mutation AccessUpdateRole($key: String!, $input: UpdateRoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...AccessRoleFields\n    }\n  }\n': typeof types.AccessUpdateRoleDocument;
  '\n  fragment AccessDepartmentFields on Department {\n    code\n    name {\n      zh\n      en\n    }\n    queues {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    members {\n      id\n      username\n      displayName\n      active\n    }\n    routedCategories {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.AccessDepartmentFieldsFragmentDoc;
  '\n  query AccessDepartments {\n    departments {\n      ...AccessDepartmentFields\n    }\n  }\n': typeof types.AccessDepartmentsDocument;
  '\n  query AccessChoices {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n      permissions\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.AccessChoicesDocument;
  '\n  mutation AccessCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AccessDepartmentFields\n    }\n  }\n': typeof types.AccessCreateDepartmentDocument;
  '\n  mutation AccessCreateQueue($departmentCode: String!, $input: CreateQueueInput!) {\n    createQueue(departmentCode: $departmentCode, input: $input) {\n      id\n      code\n    }\n  }\n': typeof types.AccessCreateQueueDocument;
  '\n  mutation AccessSetDepartmentMembers($departmentCode: String!, $userIds: [ID!]!) {\n    setDepartmentMembers(departmentCode: $departmentCode, userIds: $userIds) {\n      ...AccessDepartmentFields\n    }\n  }\n': typeof types.AccessSetDepartmentMembersDocument;
  '\n  mutation AccessRenameDepartment($code: String!, $name: LocalizedTextInput!) {\n    renameDepartment(code: $code, name: $name) {\n      ...AccessDepartmentFields\n    }\n  }\n': typeof types.AccessRenameDepartmentDocument;
  '\n  mutation AccessDeleteDepartment($code: String!) {\n    deleteDepartment(code: $code)\n  }\n': typeof types.AccessDeleteDepartmentDocument;
  '\n  mutation AccessRenameQueue($departmentCode: String!, $code: String!, $name: LocalizedTextInput!) {\n    renameQueue(departmentCode: $departmentCode, code: $code, name: $name) {\n      id\n      code\n    }\n  }\n': typeof types.AccessRenameQueueDocument;
  '\n  mutation AccessDeleteQueue($departmentCode: String!, $code: String!) {\n    deleteQueue(departmentCode: $departmentCode, code: $code)\n  }\n': typeof types.AccessDeleteQueueDocument;
  '\n  mutation AccessDeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n': typeof types.AccessDeleteRoleDocument;
  '\n  query ApprovalsInbox {\n    pendingOfferApprovals {\n      id\n      caseId\n      caseReference\n      stepKey\n      requiredRole\n      requestedBy\n      requestedAt\n      plan {\n        kind\n        owedTotal {\n          fen\n        }\n        forgiven {\n          fen\n        }\n        totalDue {\n          fen\n        }\n        termMonths\n        annualisedRate\n      }\n    }\n    pendingReviews {\n      caseId\n      caseReference\n      stepKey\n      stepName {\n        zh\n        en\n      }\n      flowName {\n        zh\n        en\n      }\n      role\n      since\n    }\n    pendingComplaintExtensions {\n      id\n      caseId\n      caseReference\n      days\n      reason\n      requestedBy\n      requestedAt\n    }\n  }\n': typeof types.ApprovalsInboxDocument;
  '\n  mutation DecideOfferApproval($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideOfferApproval(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n': typeof types.DecideOfferApprovalDocument;
  '\n  mutation ApproveReview($caseId: ID!, $stepKey: String!, $comment: String) {\n    approveStep(caseId: $caseId, stepKey: $stepKey, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n': typeof types.ApproveReviewDocument;
  '\n  mutation RejectReview($caseId: ID!, $stepKey: String!, $reason: String!) {\n    rejectStep(caseId: $caseId, stepKey: $stepKey, reason: $reason) {\n      case {\n        id\n      }\n    }\n  }\n': typeof types.RejectReviewDocument;
  '\n  mutation DecideComplaintExtension($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideComplaintExtension(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n': typeof types.DecideComplaintExtensionDocument;
  '\n  query ConfigAuditLog($filter: ConfigAuditFilter, $first: Int!, $after: String) {\n    configAuditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actor\n          actorName\n          action\n          entityType\n          entityKey\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ConfigAuditLogDocument;
  '\n  query ConfigAuditFacets {\n    configAuditFacets {\n      entityTypes\n      actors {\n        key\n        name\n        entries\n      }\n    }\n  }\n': typeof types.ConfigAuditFacetsDocument;
  '\n  query AuditCaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': typeof types.AuditCaseByReferenceDocument;
  '\n  query VerifyAudit($caseId: ID) {\n    verifyAudit(caseId: $caseId) {\n      ok\n      casesChecked\n      eventsChecked\n      firstBroken {\n        caseId\n        seq\n        reason\n        caseReference\n        explanation {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.VerifyAuditDocument;
  '\n  query SlaCalendarsList {\n    slaCalendars {\n      key\n      timeZone\n      years\n      revision\n    }\n  }\n': typeof types.SlaCalendarsListDocument;
  '\n  query SlaCalendarYearDays($year: Int!) {\n    slaCalendars {\n      key\n      revision\n      days(year: $year) {\n        year\n        status\n        source\n        holidays {\n          date\n          name\n        }\n        workdays {\n          date\n          name\n        }\n      }\n    }\n  }\n': typeof types.SlaCalendarYearDaysDocument;
  '\n  query PreviewSlaCalendarChange($key: String!, $input: SlaCalendarYearInput!) {\n    previewSlaCalendarChange(key: $key, input: $input) {\n      calendarKey\n      year\n      openCases\n      casesAffected\n      slaMoves\n      complaintMoves\n      samples {\n        caseId\n        reference\n        kind\n        from\n        to\n      }\n    }\n  }\n': typeof types.PreviewSlaCalendarChangeDocument;
  '\n  fragment SlaRecomputeProgress on SlaRecompute {\n    id\n    calendarKey\n    revision\n    state\n    total\n    done\n    moved\n    startedAt\n    finishedAt\n  }\n': typeof types.SlaRecomputeProgressFragmentDoc;
  '\n  mutation UpdateSlaCalendarYear($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {\n    updateSlaCalendar(key: $key, input: $input, reason: $reason, background: true) {\n      calendar {\n        key\n        years\n        revision\n      }\n      recompute {\n        ...SlaRecomputeProgress\n      }\n    }\n  }\n': typeof types.UpdateSlaCalendarYearDocument;
  '\n  query SlaRecomputeStatus($id: ID!) {\n    slaRecompute(id: $id) {\n      ...SlaRecomputeProgress\n    }\n  }\n': typeof types.SlaRecomputeStatusDocument;
  '\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.InboxCaseFieldsFragmentDoc;
  '\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MyInboxDocument;
  '\n  query CaseEventsPage($id: ID!, $after: String!) {\n    case(id: $id) {\n      id\n      events(first: 100, after: $after) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n': typeof types.CaseEventsPageDocument;
  '\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n          config\n          form {\n            fields {\n              name\n              type\n              label {\n                zh\n                en\n              }\n            }\n          }\n        }\n        transitions {\n          from\n          to\n        }\n      }\n      channel\n      openedAt\n      receivedAt\n      receivedAtReason\n      closedAt\n      outcome\n      findingRequired\n      finding {\n        rootCause\n        rootCauseLabel {\n          zh\n          en\n        }\n        remedy\n        recordedAt\n        recordedBy {\n          kind\n          displayName\n        }\n      }\n      departmentCode\n      customer {\n        name\n        phone\n        idNumber\n        bankCard\n        address\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 100) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      contactAttempts {\n        channel\n        contact\n        answered\n        summary\n        at\n        performedBy {\n          kind\n          displayName\n        }\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        sha256\n        stepKey\n        uploadedBy\n        uploadedAt\n      }\n      links {\n        case {\n          id\n          reference\n          status\n        }\n        relation\n        reason\n        pausing\n        at\n      }\n      followUps {\n        id\n        kind\n        stepKey\n        dueAt\n        done\n      }\n    }\n  }\n': typeof types.CaseDetailDocument;
  '\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        id\n        sha256\n        size\n        signedAt\n        signerName\n        signatureKind\n      }\n    }\n  }\n': typeof types.CaseOffersDocument;
  '\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n': typeof types.IssueCustomerLinkDocument;
  '\n  query ComplaintRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n      description {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.ComplaintRootCausesDocument;
  '\n  mutation CloseCaseWithFinding(\n    $caseId: ID!\n    $note: String\n    $finding: ComplaintFindingInput\n    $idempotencyKey: String\n  ) {\n    closeCase(caseId: $caseId, note: $note, finding: $finding, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        status\n      }\n      replayed\n    }\n  }\n': typeof types.CloseCaseWithFindingDocument;
  '\n  mutation RevealCustomerField($caseId: ID!, $field: CustomerField!) {\n    revealCustomerField(caseId: $caseId, field: $field)\n  }\n': typeof types.RevealCustomerFieldDocument;
  '\n  mutation AddCaseAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n': typeof types.AddCaseAttachmentDocument;
  '\n  query CaseAttachmentContent($caseId: ID!, $attachmentId: ID!) {\n    case(id: $caseId) {\n      id\n      attachment(id: $attachmentId) {\n        id\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n': typeof types.CaseAttachmentContentDocument;
  '\n  mutation LinkCases($caseId: ID!, $relatedCaseId: ID!, $reason: String!) {\n    linkCases(caseId: $caseId, relatedCaseId: $relatedCaseId, reason: $reason) {\n      replayed\n    }\n  }\n': typeof types.LinkCasesDocument;
  '\n  query CaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': typeof types.CaseByReferenceDocument;
  '\n  query CaseAgreementPdf($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      agreement {\n        id\n        pdfBase64\n      }\n    }\n  }\n': typeof types.CaseAgreementPdfDocument;
  '\n  query VerifyCaseAgreement($caseId: ID!) {\n    verifyAgreement(caseId: $caseId) {\n      ok\n      recordedSha256\n      actualSha256\n      signedEventSeq\n    }\n  }\n': typeof types.VerifyCaseAgreementDocument;
  '\n  query DepartmentNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.DepartmentNamesDocument;
  '\n  query ComplaintClockPanel($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      complaintClock {\n        receivedAt\n        deadline\n        provisional\n        status\n        daysLeft\n        workingDaysLeft\n        extensions {\n          days\n          reason\n          at\n        }\n        extensionRequests {\n          id\n          days\n          reason\n          requestedBy\n          requestedAt\n          status\n          comment\n        }\n      }\n    }\n  }\n': typeof types.ComplaintClockPanelDocument;
  '\n  mutation RequestComplaintExtension($caseId: ID!, $reason: String!, $idempotencyKey: String) {\n    requestComplaintExtension(caseId: $caseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n      }\n    }\n  }\n': typeof types.RequestComplaintExtensionDocument;
  '\n  fragment InboxRowFields on InboxItem {\n    case {\n      id\n      reference\n      status\n      channel\n      assignee {\n        id\n        displayName\n      }\n      queue {\n        id\n      }\n    }\n    customerName\n    customerPhone\n    flowName {\n      zh\n      en\n    }\n    currentSteps {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    dueAt\n    warningAt\n    slaState\n  }\n': typeof types.InboxRowFieldsFragmentDoc;
  '\n  query WorkspaceInbox($view: InboxView!, $filter: InboxFilter, $first: Int!, $after: String) {\n    inbox(view: $view, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WorkspaceInboxDocument;
  '\n  query InboxOptions {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n': typeof types.InboxOptionsDocument;
  '\n  query InboxViews {\n    inboxViews {\n      id\n      name\n      view\n      filter\n    }\n  }\n': typeof types.InboxViewsDocument;
  '\n  mutation SaveInboxView($input: SaveInboxViewInput!) {\n    saveInboxView(input: $input) {\n      id\n      name\n      view\n      filter\n    }\n  }\n': typeof types.SaveInboxViewDocument;
  '\n  mutation DeleteInboxView($id: ID!) {\n    deleteInboxView(id: $id)\n  }\n': typeof types.DeleteInboxViewDocument;
  '\n  mutation ClaimInboxCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      case {\n        id\n      }\n    }\n  }\n': typeof types.ClaimInboxCaseDocument;
  '\n  mutation BulkReassignInbox($caseIds: [ID!]!, $assigneeId: ID) {\n    bulkReassignCases(caseIds: $caseIds, assigneeId: $assigneeId) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.BulkReassignInboxDocument;
  '\n  mutation BulkCloseInbox($caseIds: [ID!]!, $note: String) {\n    bulkCloseCases(caseIds: $caseIds, note: $note) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.BulkCloseInboxDocument;
  '\n  query InboxAssignees {\n    assignableUsers {\n      id\n      displayName\n    }\n  }\n': typeof types.InboxAssigneesDocument;
  '\n  subscription InboxLive {\n    queueCounts {\n      queue {\n        id\n      }\n      open\n      unassigned\n      overdue\n    }\n  }\n': typeof types.InboxLiveDocument;
  '\n  subscription InboxChanges {\n    inboxChanges {\n      caseId\n      version\n      updatedAt\n    }\n  }\n': typeof types.InboxChangesDocument;
  '\n  query InboxStepChoices {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            id\n            steps {\n              key\n              kind\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.InboxStepChoicesDocument;
  '\n  query NewCaseFlows {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          kind\n          archived\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n': typeof types.NewCaseFlowsDocument;
  '\n  mutation NewCaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        reference\n      }\n    }\n  }\n': typeof types.NewCaseOpenDocument;
  '\n  query OfferBuilderCase($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      openedAt\n      flowVersion {\n        id\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n        }\n        definition\n      }\n      offers {\n        id\n        stepKey\n        status\n        customerComment\n        input\n      }\n      offerApprovals {\n        id\n        stepKey\n        status\n        requiredRole\n        requestedAt\n        comment\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n': typeof types.OfferBuilderCaseDocument;
  '\n  query CheckOffer($caseId: ID!, $stepKey: String!, $plan: JSON!) {\n    checkOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan) {\n      verdict\n      requiredRole\n      code\n      message {\n        zh\n        en\n      }\n      problems {\n        code\n        path\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.CheckOfferDocument;
  '\n  mutation ProposeOffer($caseId: ID!, $stepKey: String!, $plan: JSON!, $idempotencyKey: String) {\n    proposeOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        activeSteps\n      }\n      events {\n        type\n      }\n    }\n  }\n': typeof types.ProposeOfferDocument;
  '\n  query StepActionContext($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      flowVersion {\n        id\n        definition\n      }\n      followUps {\n        id\n        stepKey\n        dueAt\n        done\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n          }\n        }\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n': typeof types.StepActionContextDocument;
  '\n  fragment StepCommandFields on CaseCommandResult {\n    replayed\n    case {\n      id\n      status\n      activeSteps\n    }\n  }\n': typeof types.StepCommandFieldsFragmentDoc;
  '\n  mutation SubmitStep($caseId: ID!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitStep(caseId: $caseId, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...StepCommandFields\n    }\n  }\n': typeof types.SubmitStepDocument;
  '\n  mutation ApproveStep(\n    $caseId: ID!\n    $stepKey: String!\n    $comment: String\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    approveStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      comment: $comment\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n': typeof types.ApproveStepDocument;
  '\n  mutation RejectStep(\n    $caseId: ID!\n    $stepKey: String!\n    $reason: String!\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    rejectStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      reason: $reason\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n': typeof types.RejectStepDocument;
  '\n  mutation LogCommunication(\n    $caseId: ID!\n    $stepKey: String!\n    $channel: String!\n    $contact: String!\n    $answered: Boolean!\n    $summary: String!\n    $idempotencyKey: String\n  ) {\n    logCommunication(\n      caseId: $caseId\n      stepKey: $stepKey\n      channel: $channel\n      contact: $contact\n      answered: $answered\n      summary: $summary\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n': typeof types.LogCommunicationDocument;
  '\n  query ContactCheck($caseId: ID!, $contact: String!, $channel: String!) {\n    contactCheck(caseId: $caseId, contact: $contact, channel: $channel) {\n      allowed\n      reason {\n        zh\n        en\n      }\n      unansweredToday\n      dailyLimit\n      nextAllowedAt\n    }\n  }\n': typeof types.ContactCheckDocument;
  '\n  mutation RecordContactConsent(\n    $caseId: ID!\n    $grantedAt: DateTime!\n    $expiresAt: DateTime\n    $evidence: String!\n    $idempotencyKey: String\n  ) {\n    recordContactConsent(\n      caseId: $caseId\n      grantedAt: $grantedAt\n      expiresAt: $expiresAt\n      evidence: $evidence\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n': typeof types.RecordContactConsentDocument;
  '\n  mutation RecordCustomerResponse(\n    $caseId: ID!\n    $stepKey: String!\n    $accepted: Boolean!\n    $comment: String\n    $idempotencyKey: String\n  ) {\n    recordCustomerResponse(\n      caseId: $caseId\n      stepKey: $stepKey\n      accepted: $accepted\n      comment: $comment\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n': typeof types.RecordCustomerResponseDocument;
  '\n  mutation AddStepAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n    $stepKey: String\n    $idempotencyKey: String\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n      stepKey: $stepKey\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n': typeof types.AddStepAttachmentDocument;
  '\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n    slaPolicyKey\n    routing {\n      departmentCode\n      queueCode\n    }\n    regulatoryCodes {\n      jrtBusinessType\n      jrtCause\n      cfpbProduct\n      cfpbIssue\n    }\n    requiredFields\n  }\n': typeof types.ComplaintCategoryFieldsFragmentDoc;
  '\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ComplaintCategoriesDocument;
  '\n  query ComplaintCategoryOptions {\n    complaintCategoryOptions {\n      jrtBusinessTypes {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      jrtCauses {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      slaPolicies {\n        key\n        name {\n          zh\n          en\n        }\n        flowKeys\n      }\n      fields {\n        name\n        type\n        label {\n          zh\n          en\n        }\n        form {\n          zh\n          en\n        }\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.ComplaintCategoryOptionsDocument;
  '\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n': typeof types.CreateComplaintCategoryDocument;
  '\n  mutation UpdateComplaintCategory($id: ID!, $input: UpdateComplaintCategoryInput!) {\n    updateComplaintCategory(id: $id, input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n': typeof types.UpdateComplaintCategoryDocument;
  '\n  mutation MoveComplaintCategory($id: ID!, $parentId: ID, $order: Int) {\n    moveComplaintCategory(id: $id, parentId: $parentId, order: $order) {\n      ...ComplaintCategoryFields\n    }\n  }\n': typeof types.MoveComplaintCategoryDocument;
  '\n  mutation ReorderComplaintCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderComplaintCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      ...ComplaintCategoryFields\n    }\n  }\n': typeof types.ReorderComplaintCategoriesDocument;
  '\n  mutation SetComplaintCategoryActive($id: ID!, $active: Boolean!) {\n    setComplaintCategoryActive(id: $id, active: $active) {\n      ...ComplaintCategoryFields\n    }\n  }\n': typeof types.SetComplaintCategoryActiveDocument;
  '\n  mutation DeleteComplaintCategory($id: ID!) {\n    deleteComplaintCategory(id: $id)\n  }\n': typeof types.DeleteComplaintCategoryDocument;
  '\n  query ExportComplaintCategories {\n    exportComplaintCategories {\n      fileName\n      contentBase64\n      count\n    }\n  }\n': typeof types.ExportComplaintCategoriesDocument;
  '\n  mutation ImportComplaintCategories($fileBase64: String!, $dryRun: Boolean!) {\n    importComplaintCategories(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      created\n      updated\n      unchanged\n      problems {\n        row\n        column\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.ImportComplaintCategoriesDocument;
  '\n  query PublicComplaintCategories {\n    publicComplaintCategories {\n      id\n      name {\n        zh\n        en\n      }\n      children {\n        id\n        name {\n          zh\n          en\n        }\n        children {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n': typeof types.PublicComplaintCategoriesDocument;
  '\n  mutation SubmitComplaint($input: PublicComplaintInput!, $idempotencyKey: String!) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      caseReference\n      trackingUrl\n      expiresAt\n      deadline\n      replayed\n    }\n  }\n': typeof types.SubmitComplaintDocument;
  '\n  query ComplaintTracking($token: String!) {\n    complaintTracking(token: $token) {\n      caseReference\n      categoryName {\n        zh\n        en\n      }\n      departmentName {\n        zh\n        en\n      }\n      status\n      receivedAt\n      deadline\n      entries {\n        at\n        text {\n          zh\n          en\n        }\n      }\n      expiresAt\n    }\n  }\n': typeof types.ComplaintTrackingDocument;
  '\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n': typeof types.IntakeFormDocument;
  '\n  mutation SubmitIntake($token: String!, $customer: CustomerInput, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n': typeof types.SubmitIntakeDocument;
  '\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n': typeof types.PlanPreviewFieldsFragmentDoc;
  '\n  fragment AgreementClauseFields on AgreementClauseText {\n    key\n    title\n    parts {\n      text\n      scheduleRows {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n      scheduleTotal {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n    }\n  }\n': typeof types.AgreementClauseFieldsFragmentDoc;
  '\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n    agreementText {\n      zh {\n        ...AgreementClauseFields\n      }\n      en {\n        ...AgreementClauseFields\n      }\n    }\n    formSteps {\n      stepKey\n      name {\n        zh\n        en\n      }\n      form\n      context\n    }\n  }\n': typeof types.CustomerViewFieldsFragmentDoc;
  '\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n': typeof types.CustomerAgreementPdfDocument;
  '\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n': typeof types.CustomerViewDocument;
  '\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n': typeof types.AcceptOfferDocument;
  '\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n': typeof types.CounterOfferDocument;
  '\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n': typeof types.SignAgreementDocument;
  '\n  mutation SubmitCustomerStep($token: String!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitCustomerStep(token: $token, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n': typeof types.SubmitCustomerStepDocument;
  '\n  mutation UploadCustomerFile(\n    $token: String!\n    $stepKey: String!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    uploadCustomerFile(\n      token: $token\n      stepKey: $stepKey\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      name\n      sizeBytes\n      mime\n    }\n  }\n': typeof types.UploadCustomerFileDocument;
  '\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      status\n      title {\n        zh\n        en\n      }\n      form\n      caseReference\n      expiresAt\n      answeredAt\n    }\n  }\n': typeof types.PublicSurveyDocument;
  '\n  mutation SubmitSurveyAnswer($token: String!, $answers: JSON!) {\n    submitSurveyAnswer(token: $token, answers: $answers) {\n      status\n      answeredAt\n    }\n  }\n': typeof types.SubmitSurveyAnswerDocument;
  '\n  query CaseSurveys($id: ID!) {\n    case(id: $id) {\n      id\n      surveyInvitations {\n        id\n        surveyKey\n        surveyVersion\n        trigger\n        stepKey\n        expiresAt\n        sentAt\n        remindedAt\n        answeredAt\n        answer {\n          id\n          scores {\n            nps\n            csat\n            ces\n          }\n          texts {\n            name\n            title {\n              zh\n              en\n            }\n            text\n          }\n        }\n      }\n    }\n  }\n': typeof types.CaseSurveysDocument;
  '\n  query PublishedSurveysForCase($first: Int) {\n    surveys(first: $first) {\n      edges {\n        node {\n          key\n          title {\n            zh\n            en\n          }\n          version\n        }\n      }\n    }\n  }\n': typeof types.PublishedSurveysForCaseDocument;
  '\n  mutation SendSurvey($caseId: ID!, $surveyKey: String!, $idempotencyKey: String) {\n    sendSurvey(caseId: $caseId, surveyKey: $surveyKey, idempotencyKey: $idempotencyKey) {\n      id\n      surveyKey\n      url\n      expiresAt\n    }\n  }\n': typeof types.SendSurveyDocument;
  '\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.FlowTemplatesDocument;
  '\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      description {\n        zh\n        en\n      }\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n': typeof types.SeedFlowTemplatesDocument;
  '\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n': typeof types.CreateFlowTemplateDocument;
  '\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n': typeof types.ImportFlowTemplateDocument;
  '\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n': typeof types.ArchiveFlowTemplateDocument;
  '\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n': typeof types.ExportFlowTemplateDocument;
  '\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.DesignerTemplateDocument;
  '\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n': typeof types.SaveFlowDraftDocument;
  '\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n': typeof types.PublishFlowDraftDocument;
  '\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.DesignerServerValidationDocument;
  '\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.PanelPlatformDocument;
  '\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n': typeof types.PanelCalendarsDocument;
  '\n  query SurveyRefLibrary($after: String) {\n    surveys(first: 200, after: $after, includeArchived: true) {\n      edges {\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SurveyRefLibraryDocument;
  '\n  query DraftWhatIf($key: String!, $last: Int) {\n    simulateDraftOnCases(templateKey: $key, last: $last) {\n      templateKey\n      publishedVersion\n      draftRevision\n      total\n      differentPath\n      slaChanged\n      blocked\n      skipped\n      differentPathExamples {\n        caseId\n        reference\n        recordedStep\n        draftStep\n      }\n      blockedExamples {\n        caseId\n        reference\n        command\n        stepKey\n        refusalCode\n        refusalMessage {\n          zh\n          en\n        }\n      }\n      slaChangedExamples {\n        caseId\n        reference\n        recordedBreached\n        draftBreached\n      }\n      refusals {\n        code\n        count\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.DraftWhatIfDocument;
  '\n  query VersionHistory($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      versions {\n        id\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedBy {\n          displayName\n        }\n        openCaseCount\n      }\n    }\n  }\n': typeof types.VersionHistoryDocument;
  '\n  query VersionDefinition($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      definition\n    }\n  }\n': typeof types.VersionDefinitionDocument;
  '\n  query VersionDiff($key: String!, $from: Int!, $to: Int!) {\n    flowVersionDiff(templateKey: $key, fromVersion: $from, toVersion: $to) {\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n': typeof types.VersionDiffDocument;
  '\n  query VersionOpenCases($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      openCases(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            reference\n            status\n            activeSteps\n          }\n        }\n      }\n    }\n  }\n': typeof types.VersionOpenCasesDocument;
  '\n  mutation RollbackFlow($key: String!, $toVersion: Int!, $releaseNotes: String) {\n    rollbackFlowTemplate(key: $key, toVersion: $toVersion, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n': typeof types.RollbackFlowDocument;
  '\n  query PlanCaseMigration($key: String!, $from: Int!, $to: Int!, $mapping: [StepMappingInput!]!) {\n    planCaseMigration(templateKey: $key, fromVersion: $from, toVersion: $to, stepMapping: $mapping) {\n      migratableCount\n      blockedCount\n      cases {\n        caseId\n        reference\n        migratable\n        fromSteps\n        toSteps\n        changes {\n          zh\n          en\n        }\n        problems {\n          code\n          path\n          severity\n          message {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanCaseMigrationDocument;
  '\n  mutation MigrateCases(\n    $key: String!\n    $from: Int!\n    $to: Int!\n    $mapping: [StepMappingInput!]!\n    $caseIds: [ID!]\n    $idempotencyKey: String\n  ) {\n    migrateCases(\n      templateKey: $key\n      fromVersion: $from\n      toVersion: $to\n      stepMapping: $mapping\n      caseIds: $caseIds\n      idempotencyKey: $idempotencyKey\n    ) {\n      migrated\n      skipped\n      failed\n      results {\n        caseId\n        reference\n        outcome\n        code\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n': typeof types.MigrateCasesDocument;
  '\n  query InsightFlowNames {\n    flowTemplates(first: 100) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          versions {\n            version\n            steps {\n              key\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.InsightFlowNamesDocument;
  '\n  query InsightNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    assignableUsers {\n      id\n      displayName\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n': typeof types.InsightNamesDocument;
  '\n  query InsightRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.InsightRootCausesDocument;
  '\n  query InsightStatus {\n    insightStatus {\n      lagMs\n      caughtUp\n      foldedUpTo\n    }\n  }\n': typeof types.InsightStatusDocument;
  '\n  query InsightVolumeTab($filter: InsightFilter!) {\n    insightVolume(filter: $filter) {\n      days {\n        day\n        opened\n        closed\n        cancelled\n      }\n      opened\n      closed\n      cancelled\n      openNow\n      byChannel {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byFlow {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byCategory {\n        key\n        opened\n        closed\n        cancelled\n      }\n      backlog {\n        step\n        count\n      }\n    }\n  }\n': typeof types.InsightVolumeTabDocument;
  '\n  query InsightTimeTab($filter: InsightFilter!) {\n    insightTimeInStep(filter: $filter) {\n      steps {\n        step\n        entered\n        left\n        count\n        averageMs\n      }\n    }\n    insightSla(filter: $filter) {\n      compliance\n      days {\n        day\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n      totals {\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n    }\n  }\n': typeof types.InsightTimeTabDocument;
  '\n  query InsightNegotiationTab($filter: InsightFilter!) {\n    insightNegotiation(filter: $filter) {\n      days {\n        day\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n      totals {\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n    }\n    insightVolume(filter: $filter) {\n      opened\n    }\n  }\n': typeof types.InsightNegotiationTabDocument;
  '\n  fragment InsightScores on SatisfactionScores {\n    sent\n    answered\n    responseRate\n    npsCount\n    nps\n    csatCount\n    csat\n    cesCount\n    ces\n  }\n': typeof types.InsightScoresFragmentDoc;
  '\n  query InsightSatisfactionTab($filter: InsightFilter!) {\n    insightSatisfaction(filter: $filter) {\n      totals {\n        ...InsightScores\n      }\n      days {\n        day\n        scores {\n          ...InsightScores\n        }\n      }\n      byAgent {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byFlow {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byCategory {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byOutcome {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      complaintRate\n      complaintsOpened\n      customersServed\n      complaintRateDays {\n        day\n        complaints\n        served\n        rate\n      }\n    }\n  }\n': typeof types.InsightSatisfactionTabDocument;
  '\n  query InsightFindingsTab($filter: InsightFilter!) {\n    insightFindings(filter: $filter) {\n      total\n      byCause {\n        rootCause\n        count\n      }\n      byCategory {\n        category\n        rootCause\n        count\n      }\n      days {\n        day\n        rootCause\n        count\n      }\n    }\n  }\n': typeof types.InsightFindingsTabDocument;
  '\n  query InsightComplaintReport($filter: InsightFilter!) {\n    complaintReport(filter: $filter) {\n      from\n      to\n      rows {\n        ...InsightReportRow\n      }\n      totals {\n        ...InsightReportRow\n      }\n    }\n  }\n': typeof types.InsightComplaintReportDocument;
  '\n  fragment InsightReportRow on ComplaintReportRow {\n    channel\n    businessType\n    cause\n    received\n    closed\n    closedOnTime\n    extended\n    late\n    open\n    onTimeShare\n    outcomes {\n      outcome\n      count\n    }\n  }\n': typeof types.InsightReportRowFragmentDoc;
  '\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scopes\n    rateLimitPerMinute\n    keyPrefix\n    revokedAt\n    createdAt\n    createdBy\n    lastUsedAt\n  }\n': typeof types.ApiClientFieldsFragmentDoc;
  '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientFields\n      }\n    }\n  }\n': typeof types.CreateApiClientDocument;
  '\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n': typeof types.RevokeApiClientDocument;
  '\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    name\n    url\n    eventTypes\n    active\n    createdAt\n    createdBy\n    disabledAt\n    secretRotatedAt\n    previousSecretValidUntil\n  }\n': typeof types.WebhookSubscriptionFieldsFragmentDoc;
  '\n  query Webhooks($first: Int) {\n    webhookSubscriptionsPage(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    webhookEventTypes {\n      type\n      label {\n        zh\n        en\n      }\n    }\n  }\n': typeof types.WebhooksDocument;
  '\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n': typeof types.CreateWebhookDocument;
  '\n  mutation DisableWebhook($id: ID!) {\n    disableWebhookSubscription(id: $id) {\n      ...WebhookSubscriptionFields\n    }\n  }\n': typeof types.DisableWebhookDocument;
  '\n  mutation RotateWebhookSecret($id: ID!, $graceHours: Int) {\n    rotateWebhookSecret(id: $id, graceHours: $graceHours) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n': typeof types.RotateWebhookSecretDocument;
  '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    test\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    deliveredAt\n    createdAt\n  }\n': typeof types.WebhookDeliveryFieldsFragmentDoc;
  '\n  query WebhookDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WebhookDeliveriesDocument;
  '\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n': typeof types.SendTestWebhookDocument;
  '\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n': typeof types.ReplayWebhookDeliveryDocument;
  '\n  query ApiClientsPage($first: Int, $after: String) {\n    apiClientsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ApiClientsPageDocument;
  '\n  mutation UpdateApiClient($id: ID!, $input: UpdateApiClientInput!) {\n    updateApiClient(id: $id, input: $input) {\n      ...ApiClientFields\n    }\n  }\n': typeof types.UpdateApiClientDocument;
  '\n  query WebhookSubscriptionsPage($first: Int, $after: String) {\n    webhookSubscriptionsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.WebhookSubscriptionsPageDocument;
  '\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n': typeof types.UpdateWebhookDocument;
  '\n  fragment OverviewQueueCount on QueueCount {\n    queue {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    open\n    unassigned\n    overdue\n  }\n': typeof types.OverviewQueueCountFragmentDoc;
  '\n  query QueueOverview {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        id\n      }\n    }\n  }\n': typeof types.QueueOverviewDocument;
  '\n  subscription QueueOverviewLive {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n  }\n': typeof types.QueueOverviewLiveDocument;
  '\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n': typeof types.SessionFieldsFragmentDoc;
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n': typeof types.RefreshSessionDocument;
  '\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n': typeof types.LogoutDocument;
  '\n  query Surveys($first: Int!, $after: String, $includeArchived: Boolean) {\n    surveys(first: $first, after: $after, includeArchived: $includeArchived) {\n      edges {\n        cursor\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          draftRevision\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n': typeof types.SurveysDocument;
  '\n  query Survey($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n': typeof types.SurveyDocument;
  '\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n      key\n    }\n  }\n': typeof types.CreateSurveyDocument;
  '\n  mutation SaveSurveyDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveSurveyDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n    }\n  }\n': typeof types.SaveSurveyDraftDocument;
  '\n  mutation PublishSurvey($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n': typeof types.PublishSurveyDocument;
  '\n  query SurveyReferences($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      referencedBy {\n        flowKey\n        flowName {\n          zh\n          en\n        }\n        flowVersion\n        draftRevision\n        path\n        pin\n        pinnedVersion\n      }\n    }\n  }\n': typeof types.SurveyReferencesDocument;
  '\n  mutation ArchiveSurvey($key: String!, $reason: String!) {\n    archiveSurvey(key: $key, reason: $reason) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n': typeof types.ArchiveSurveyDocument;
  '\n  mutation RestoreSurvey($key: String!) {\n    restoreSurvey(key: $key) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n': typeof types.RestoreSurveyDocument;
  '\n  query SurveyVersionsHistory($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      draftRevision\n      versions {\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedByName\n        restoredFrom\n        definition\n      }\n    }\n  }\n': typeof types.SurveyVersionsHistoryDocument;
  '\n  query SurveyVersionsDiff($key: String!, $from: Int!, $to: Int!) {\n    surveyVersionDiff(key: $key, fromVersion: $from, toVersion: $to) {\n      questionsAdded\n      questionsRemoved\n      questionsChanged\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n': typeof types.SurveyVersionsDiffDocument;
  '\n  mutation SurveyVersionsPublish($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n': typeof types.SurveyVersionsPublishDocument;
  '\n  mutation SurveyVersionsRollback($key: String!, $toVersion: Int!, $baseRevision: Int!) {\n    rollbackSurvey(key: $key, toVersion: $toVersion, baseRevision: $baseRevision) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n': typeof types.SurveyVersionsRollbackDocument;
};
const documents: Documents = {
  '\n  fragment AccessUserFields on User {\n    id\n    username\n    displayName\n    active\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n':
    types.AccessUserFieldsFragmentDoc,
  '\n  query AccessUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...AccessUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.AccessUsersDocument,
  '\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccessUserFields\n    }\n  }\n':
    types.AccessCreateUserDocument,
  '\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AccessUserFields\n    }\n  }\n':
    types.AccessUpdateUserDocument,
  '\n  mutation AccessResetUserPassword($id: ID!, $mode: PasswordResetMode!) {\n    resetUserPassword(id: $id, mode: $mode) {\n      mode\n      password\n      user {\n        ...AccessUserFields\n      }\n    }\n  }\n':
    types.AccessResetUserPasswordDocument,
  '\n  fragment AccessRoleFields on Role {\n    key\n    name {\n      zh\n      en\n    }\n    permissions\n    builtIn\n    holderCount\n  }\n':
    types.AccessRoleFieldsFragmentDoc,
  '\n  query AccessRoles {\n    roles {\n      ...AccessRoleFields\n    }\n    permissions {\n      key\n      group\n      description {\n        zh\n        en\n      }\n    }\n  }\n':
    types.AccessRolesDocument,
  '\n  mutation AccessCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...AccessRoleFields\n    }\n  }\n':
    types.AccessCreateRoleDocument,
  '\n  mutation AccessUpdateRole($key: String!, $input: UpdateRoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...AccessRoleFields\n    }\n  }\n':
    types.AccessUpdateRoleDocument,
  '\n  fragment AccessDepartmentFields on Department {\n    code\n    name {\n      zh\n      en\n    }\n    queues {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    members {\n      id\n      username\n      displayName\n      active\n    }\n    routedCategories {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n':
    types.AccessDepartmentFieldsFragmentDoc,
  '\n  query AccessDepartments {\n    departments {\n      ...AccessDepartmentFields\n    }\n  }\n':
    types.AccessDepartmentsDocument,
  '\n  query AccessChoices {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n      permissions\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n':
    types.AccessChoicesDocument,
  '\n  mutation AccessCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AccessDepartmentFields\n    }\n  }\n':
    types.AccessCreateDepartmentDocument,
  '\n  mutation AccessCreateQueue($departmentCode: String!, $input: CreateQueueInput!) {\n    createQueue(departmentCode: $departmentCode, input: $input) {\n      id\n      code\n    }\n  }\n':
    types.AccessCreateQueueDocument,
  '\n  mutation AccessSetDepartmentMembers($departmentCode: String!, $userIds: [ID!]!) {\n    setDepartmentMembers(departmentCode: $departmentCode, userIds: $userIds) {\n      ...AccessDepartmentFields\n    }\n  }\n':
    types.AccessSetDepartmentMembersDocument,
  '\n  mutation AccessRenameDepartment($code: String!, $name: LocalizedTextInput!) {\n    renameDepartment(code: $code, name: $name) {\n      ...AccessDepartmentFields\n    }\n  }\n':
    types.AccessRenameDepartmentDocument,
  '\n  mutation AccessDeleteDepartment($code: String!) {\n    deleteDepartment(code: $code)\n  }\n':
    types.AccessDeleteDepartmentDocument,
  '\n  mutation AccessRenameQueue($departmentCode: String!, $code: String!, $name: LocalizedTextInput!) {\n    renameQueue(departmentCode: $departmentCode, code: $code, name: $name) {\n      id\n      code\n    }\n  }\n':
    types.AccessRenameQueueDocument,
  '\n  mutation AccessDeleteQueue($departmentCode: String!, $code: String!) {\n    deleteQueue(departmentCode: $departmentCode, code: $code)\n  }\n':
    types.AccessDeleteQueueDocument,
  '\n  mutation AccessDeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n':
    types.AccessDeleteRoleDocument,
  '\n  query ApprovalsInbox {\n    pendingOfferApprovals {\n      id\n      caseId\n      caseReference\n      stepKey\n      requiredRole\n      requestedBy\n      requestedAt\n      plan {\n        kind\n        owedTotal {\n          fen\n        }\n        forgiven {\n          fen\n        }\n        totalDue {\n          fen\n        }\n        termMonths\n        annualisedRate\n      }\n    }\n    pendingReviews {\n      caseId\n      caseReference\n      stepKey\n      stepName {\n        zh\n        en\n      }\n      flowName {\n        zh\n        en\n      }\n      role\n      since\n    }\n    pendingComplaintExtensions {\n      id\n      caseId\n      caseReference\n      days\n      reason\n      requestedBy\n      requestedAt\n    }\n  }\n':
    types.ApprovalsInboxDocument,
  '\n  mutation DecideOfferApproval($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideOfferApproval(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n':
    types.DecideOfferApprovalDocument,
  '\n  mutation ApproveReview($caseId: ID!, $stepKey: String!, $comment: String) {\n    approveStep(caseId: $caseId, stepKey: $stepKey, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n':
    types.ApproveReviewDocument,
  '\n  mutation RejectReview($caseId: ID!, $stepKey: String!, $reason: String!) {\n    rejectStep(caseId: $caseId, stepKey: $stepKey, reason: $reason) {\n      case {\n        id\n      }\n    }\n  }\n':
    types.RejectReviewDocument,
  '\n  mutation DecideComplaintExtension($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideComplaintExtension(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n':
    types.DecideComplaintExtensionDocument,
  '\n  query ConfigAuditLog($filter: ConfigAuditFilter, $first: Int!, $after: String) {\n    configAuditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actor\n          actorName\n          action\n          entityType\n          entityKey\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ConfigAuditLogDocument,
  '\n  query ConfigAuditFacets {\n    configAuditFacets {\n      entityTypes\n      actors {\n        key\n        name\n        entries\n      }\n    }\n  }\n':
    types.ConfigAuditFacetsDocument,
  '\n  query AuditCaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n':
    types.AuditCaseByReferenceDocument,
  '\n  query VerifyAudit($caseId: ID) {\n    verifyAudit(caseId: $caseId) {\n      ok\n      casesChecked\n      eventsChecked\n      firstBroken {\n        caseId\n        seq\n        reason\n        caseReference\n        explanation {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.VerifyAuditDocument,
  '\n  query SlaCalendarsList {\n    slaCalendars {\n      key\n      timeZone\n      years\n      revision\n    }\n  }\n':
    types.SlaCalendarsListDocument,
  '\n  query SlaCalendarYearDays($year: Int!) {\n    slaCalendars {\n      key\n      revision\n      days(year: $year) {\n        year\n        status\n        source\n        holidays {\n          date\n          name\n        }\n        workdays {\n          date\n          name\n        }\n      }\n    }\n  }\n':
    types.SlaCalendarYearDaysDocument,
  '\n  query PreviewSlaCalendarChange($key: String!, $input: SlaCalendarYearInput!) {\n    previewSlaCalendarChange(key: $key, input: $input) {\n      calendarKey\n      year\n      openCases\n      casesAffected\n      slaMoves\n      complaintMoves\n      samples {\n        caseId\n        reference\n        kind\n        from\n        to\n      }\n    }\n  }\n':
    types.PreviewSlaCalendarChangeDocument,
  '\n  fragment SlaRecomputeProgress on SlaRecompute {\n    id\n    calendarKey\n    revision\n    state\n    total\n    done\n    moved\n    startedAt\n    finishedAt\n  }\n':
    types.SlaRecomputeProgressFragmentDoc,
  '\n  mutation UpdateSlaCalendarYear($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {\n    updateSlaCalendar(key: $key, input: $input, reason: $reason, background: true) {\n      calendar {\n        key\n        years\n        revision\n      }\n      recompute {\n        ...SlaRecomputeProgress\n      }\n    }\n  }\n':
    types.UpdateSlaCalendarYearDocument,
  '\n  query SlaRecomputeStatus($id: ID!) {\n    slaRecompute(id: $id) {\n      ...SlaRecomputeProgress\n    }\n  }\n':
    types.SlaRecomputeStatusDocument,
  '\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.InboxCaseFieldsFragmentDoc,
  '\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MyInboxDocument,
  '\n  query CaseEventsPage($id: ID!, $after: String!) {\n    case(id: $id) {\n      id\n      events(first: 100, after: $after) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n':
    types.CaseEventsPageDocument,
  '\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n          config\n          form {\n            fields {\n              name\n              type\n              label {\n                zh\n                en\n              }\n            }\n          }\n        }\n        transitions {\n          from\n          to\n        }\n      }\n      channel\n      openedAt\n      receivedAt\n      receivedAtReason\n      closedAt\n      outcome\n      findingRequired\n      finding {\n        rootCause\n        rootCauseLabel {\n          zh\n          en\n        }\n        remedy\n        recordedAt\n        recordedBy {\n          kind\n          displayName\n        }\n      }\n      departmentCode\n      customer {\n        name\n        phone\n        idNumber\n        bankCard\n        address\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 100) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      contactAttempts {\n        channel\n        contact\n        answered\n        summary\n        at\n        performedBy {\n          kind\n          displayName\n        }\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        sha256\n        stepKey\n        uploadedBy\n        uploadedAt\n      }\n      links {\n        case {\n          id\n          reference\n          status\n        }\n        relation\n        reason\n        pausing\n        at\n      }\n      followUps {\n        id\n        kind\n        stepKey\n        dueAt\n        done\n      }\n    }\n  }\n':
    types.CaseDetailDocument,
  '\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        id\n        sha256\n        size\n        signedAt\n        signerName\n        signatureKind\n      }\n    }\n  }\n':
    types.CaseOffersDocument,
  '\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n':
    types.IssueCustomerLinkDocument,
  '\n  query ComplaintRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n      description {\n        zh\n        en\n      }\n    }\n  }\n':
    types.ComplaintRootCausesDocument,
  '\n  mutation CloseCaseWithFinding(\n    $caseId: ID!\n    $note: String\n    $finding: ComplaintFindingInput\n    $idempotencyKey: String\n  ) {\n    closeCase(caseId: $caseId, note: $note, finding: $finding, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        status\n      }\n      replayed\n    }\n  }\n':
    types.CloseCaseWithFindingDocument,
  '\n  mutation RevealCustomerField($caseId: ID!, $field: CustomerField!) {\n    revealCustomerField(caseId: $caseId, field: $field)\n  }\n':
    types.RevealCustomerFieldDocument,
  '\n  mutation AddCaseAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n':
    types.AddCaseAttachmentDocument,
  '\n  query CaseAttachmentContent($caseId: ID!, $attachmentId: ID!) {\n    case(id: $caseId) {\n      id\n      attachment(id: $attachmentId) {\n        id\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n':
    types.CaseAttachmentContentDocument,
  '\n  mutation LinkCases($caseId: ID!, $relatedCaseId: ID!, $reason: String!) {\n    linkCases(caseId: $caseId, relatedCaseId: $relatedCaseId, reason: $reason) {\n      replayed\n    }\n  }\n':
    types.LinkCasesDocument,
  '\n  query CaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n':
    types.CaseByReferenceDocument,
  '\n  query CaseAgreementPdf($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      agreement {\n        id\n        pdfBase64\n      }\n    }\n  }\n':
    types.CaseAgreementPdfDocument,
  '\n  query VerifyCaseAgreement($caseId: ID!) {\n    verifyAgreement(caseId: $caseId) {\n      ok\n      recordedSha256\n      actualSha256\n      signedEventSeq\n    }\n  }\n':
    types.VerifyCaseAgreementDocument,
  '\n  query DepartmentNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n':
    types.DepartmentNamesDocument,
  '\n  query ComplaintClockPanel($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      complaintClock {\n        receivedAt\n        deadline\n        provisional\n        status\n        daysLeft\n        workingDaysLeft\n        extensions {\n          days\n          reason\n          at\n        }\n        extensionRequests {\n          id\n          days\n          reason\n          requestedBy\n          requestedAt\n          status\n          comment\n        }\n      }\n    }\n  }\n':
    types.ComplaintClockPanelDocument,
  '\n  mutation RequestComplaintExtension($caseId: ID!, $reason: String!, $idempotencyKey: String) {\n    requestComplaintExtension(caseId: $caseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n      }\n    }\n  }\n':
    types.RequestComplaintExtensionDocument,
  '\n  fragment InboxRowFields on InboxItem {\n    case {\n      id\n      reference\n      status\n      channel\n      assignee {\n        id\n        displayName\n      }\n      queue {\n        id\n      }\n    }\n    customerName\n    customerPhone\n    flowName {\n      zh\n      en\n    }\n    currentSteps {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    dueAt\n    warningAt\n    slaState\n  }\n':
    types.InboxRowFieldsFragmentDoc,
  '\n  query WorkspaceInbox($view: InboxView!, $filter: InboxFilter, $first: Int!, $after: String) {\n    inbox(view: $view, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WorkspaceInboxDocument,
  '\n  query InboxOptions {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n':
    types.InboxOptionsDocument,
  '\n  query InboxViews {\n    inboxViews {\n      id\n      name\n      view\n      filter\n    }\n  }\n':
    types.InboxViewsDocument,
  '\n  mutation SaveInboxView($input: SaveInboxViewInput!) {\n    saveInboxView(input: $input) {\n      id\n      name\n      view\n      filter\n    }\n  }\n':
    types.SaveInboxViewDocument,
  '\n  mutation DeleteInboxView($id: ID!) {\n    deleteInboxView(id: $id)\n  }\n':
    types.DeleteInboxViewDocument,
  '\n  mutation ClaimInboxCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      case {\n        id\n      }\n    }\n  }\n':
    types.ClaimInboxCaseDocument,
  '\n  mutation BulkReassignInbox($caseIds: [ID!]!, $assigneeId: ID) {\n    bulkReassignCases(caseIds: $caseIds, assigneeId: $assigneeId) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n':
    types.BulkReassignInboxDocument,
  '\n  mutation BulkCloseInbox($caseIds: [ID!]!, $note: String) {\n    bulkCloseCases(caseIds: $caseIds, note: $note) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n':
    types.BulkCloseInboxDocument,
  '\n  query InboxAssignees {\n    assignableUsers {\n      id\n      displayName\n    }\n  }\n':
    types.InboxAssigneesDocument,
  '\n  subscription InboxLive {\n    queueCounts {\n      queue {\n        id\n      }\n      open\n      unassigned\n      overdue\n    }\n  }\n':
    types.InboxLiveDocument,
  '\n  subscription InboxChanges {\n    inboxChanges {\n      caseId\n      version\n      updatedAt\n    }\n  }\n':
    types.InboxChangesDocument,
  '\n  query InboxStepChoices {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            id\n            steps {\n              key\n              kind\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.InboxStepChoicesDocument,
  '\n  query NewCaseFlows {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          kind\n          archived\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n':
    types.NewCaseFlowsDocument,
  '\n  mutation NewCaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        reference\n      }\n    }\n  }\n':
    types.NewCaseOpenDocument,
  '\n  query OfferBuilderCase($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      openedAt\n      flowVersion {\n        id\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n        }\n        definition\n      }\n      offers {\n        id\n        stepKey\n        status\n        customerComment\n        input\n      }\n      offerApprovals {\n        id\n        stepKey\n        status\n        requiredRole\n        requestedAt\n        comment\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n':
    types.OfferBuilderCaseDocument,
  '\n  query CheckOffer($caseId: ID!, $stepKey: String!, $plan: JSON!) {\n    checkOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan) {\n      verdict\n      requiredRole\n      code\n      message {\n        zh\n        en\n      }\n      problems {\n        code\n        path\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.CheckOfferDocument,
  '\n  mutation ProposeOffer($caseId: ID!, $stepKey: String!, $plan: JSON!, $idempotencyKey: String) {\n    proposeOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        activeSteps\n      }\n      events {\n        type\n      }\n    }\n  }\n':
    types.ProposeOfferDocument,
  '\n  query StepActionContext($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      flowVersion {\n        id\n        definition\n      }\n      followUps {\n        id\n        stepKey\n        dueAt\n        done\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n          }\n        }\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n':
    types.StepActionContextDocument,
  '\n  fragment StepCommandFields on CaseCommandResult {\n    replayed\n    case {\n      id\n      status\n      activeSteps\n    }\n  }\n':
    types.StepCommandFieldsFragmentDoc,
  '\n  mutation SubmitStep($caseId: ID!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitStep(caseId: $caseId, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...StepCommandFields\n    }\n  }\n':
    types.SubmitStepDocument,
  '\n  mutation ApproveStep(\n    $caseId: ID!\n    $stepKey: String!\n    $comment: String\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    approveStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      comment: $comment\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n':
    types.ApproveStepDocument,
  '\n  mutation RejectStep(\n    $caseId: ID!\n    $stepKey: String!\n    $reason: String!\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    rejectStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      reason: $reason\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n':
    types.RejectStepDocument,
  '\n  mutation LogCommunication(\n    $caseId: ID!\n    $stepKey: String!\n    $channel: String!\n    $contact: String!\n    $answered: Boolean!\n    $summary: String!\n    $idempotencyKey: String\n  ) {\n    logCommunication(\n      caseId: $caseId\n      stepKey: $stepKey\n      channel: $channel\n      contact: $contact\n      answered: $answered\n      summary: $summary\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n':
    types.LogCommunicationDocument,
  '\n  query ContactCheck($caseId: ID!, $contact: String!, $channel: String!) {\n    contactCheck(caseId: $caseId, contact: $contact, channel: $channel) {\n      allowed\n      reason {\n        zh\n        en\n      }\n      unansweredToday\n      dailyLimit\n      nextAllowedAt\n    }\n  }\n':
    types.ContactCheckDocument,
  '\n  mutation RecordContactConsent(\n    $caseId: ID!\n    $grantedAt: DateTime!\n    $expiresAt: DateTime\n    $evidence: String!\n    $idempotencyKey: String\n  ) {\n    recordContactConsent(\n      caseId: $caseId\n      grantedAt: $grantedAt\n      expiresAt: $expiresAt\n      evidence: $evidence\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n':
    types.RecordContactConsentDocument,
  '\n  mutation RecordCustomerResponse(\n    $caseId: ID!\n    $stepKey: String!\n    $accepted: Boolean!\n    $comment: String\n    $idempotencyKey: String\n  ) {\n    recordCustomerResponse(\n      caseId: $caseId\n      stepKey: $stepKey\n      accepted: $accepted\n      comment: $comment\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n':
    types.RecordCustomerResponseDocument,
  '\n  mutation AddStepAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n    $stepKey: String\n    $idempotencyKey: String\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n      stepKey: $stepKey\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n':
    types.AddStepAttachmentDocument,
  '\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n    slaPolicyKey\n    routing {\n      departmentCode\n      queueCode\n    }\n    regulatoryCodes {\n      jrtBusinessType\n      jrtCause\n      cfpbProduct\n      cfpbIssue\n    }\n    requiredFields\n  }\n':
    types.ComplaintCategoryFieldsFragmentDoc,
  '\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ComplaintCategoriesDocument,
  '\n  query ComplaintCategoryOptions {\n    complaintCategoryOptions {\n      jrtBusinessTypes {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      jrtCauses {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      slaPolicies {\n        key\n        name {\n          zh\n          en\n        }\n        flowKeys\n      }\n      fields {\n        name\n        type\n        label {\n          zh\n          en\n        }\n        form {\n          zh\n          en\n        }\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.ComplaintCategoryOptionsDocument,
  '\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n':
    types.CreateComplaintCategoryDocument,
  '\n  mutation UpdateComplaintCategory($id: ID!, $input: UpdateComplaintCategoryInput!) {\n    updateComplaintCategory(id: $id, input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n':
    types.UpdateComplaintCategoryDocument,
  '\n  mutation MoveComplaintCategory($id: ID!, $parentId: ID, $order: Int) {\n    moveComplaintCategory(id: $id, parentId: $parentId, order: $order) {\n      ...ComplaintCategoryFields\n    }\n  }\n':
    types.MoveComplaintCategoryDocument,
  '\n  mutation ReorderComplaintCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderComplaintCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      ...ComplaintCategoryFields\n    }\n  }\n':
    types.ReorderComplaintCategoriesDocument,
  '\n  mutation SetComplaintCategoryActive($id: ID!, $active: Boolean!) {\n    setComplaintCategoryActive(id: $id, active: $active) {\n      ...ComplaintCategoryFields\n    }\n  }\n':
    types.SetComplaintCategoryActiveDocument,
  '\n  mutation DeleteComplaintCategory($id: ID!) {\n    deleteComplaintCategory(id: $id)\n  }\n':
    types.DeleteComplaintCategoryDocument,
  '\n  query ExportComplaintCategories {\n    exportComplaintCategories {\n      fileName\n      contentBase64\n      count\n    }\n  }\n':
    types.ExportComplaintCategoriesDocument,
  '\n  mutation ImportComplaintCategories($fileBase64: String!, $dryRun: Boolean!) {\n    importComplaintCategories(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      created\n      updated\n      unchanged\n      problems {\n        row\n        column\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.ImportComplaintCategoriesDocument,
  '\n  query PublicComplaintCategories {\n    publicComplaintCategories {\n      id\n      name {\n        zh\n        en\n      }\n      children {\n        id\n        name {\n          zh\n          en\n        }\n        children {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n':
    types.PublicComplaintCategoriesDocument,
  '\n  mutation SubmitComplaint($input: PublicComplaintInput!, $idempotencyKey: String!) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      caseReference\n      trackingUrl\n      expiresAt\n      deadline\n      replayed\n    }\n  }\n':
    types.SubmitComplaintDocument,
  '\n  query ComplaintTracking($token: String!) {\n    complaintTracking(token: $token) {\n      caseReference\n      categoryName {\n        zh\n        en\n      }\n      departmentName {\n        zh\n        en\n      }\n      status\n      receivedAt\n      deadline\n      entries {\n        at\n        text {\n          zh\n          en\n        }\n      }\n      expiresAt\n    }\n  }\n':
    types.ComplaintTrackingDocument,
  '\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n':
    types.IntakeFormDocument,
  '\n  mutation SubmitIntake($token: String!, $customer: CustomerInput, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n':
    types.SubmitIntakeDocument,
  '\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n':
    types.PlanPreviewFieldsFragmentDoc,
  '\n  fragment AgreementClauseFields on AgreementClauseText {\n    key\n    title\n    parts {\n      text\n      scheduleRows {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n      scheduleTotal {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n    }\n  }\n':
    types.AgreementClauseFieldsFragmentDoc,
  '\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n    agreementText {\n      zh {\n        ...AgreementClauseFields\n      }\n      en {\n        ...AgreementClauseFields\n      }\n    }\n    formSteps {\n      stepKey\n      name {\n        zh\n        en\n      }\n      form\n      context\n    }\n  }\n':
    types.CustomerViewFieldsFragmentDoc,
  '\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n':
    types.CustomerAgreementPdfDocument,
  '\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n':
    types.CustomerViewDocument,
  '\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n':
    types.AcceptOfferDocument,
  '\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n':
    types.CounterOfferDocument,
  '\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n':
    types.SignAgreementDocument,
  '\n  mutation SubmitCustomerStep($token: String!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitCustomerStep(token: $token, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n':
    types.SubmitCustomerStepDocument,
  '\n  mutation UploadCustomerFile(\n    $token: String!\n    $stepKey: String!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    uploadCustomerFile(\n      token: $token\n      stepKey: $stepKey\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      name\n      sizeBytes\n      mime\n    }\n  }\n':
    types.UploadCustomerFileDocument,
  '\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      status\n      title {\n        zh\n        en\n      }\n      form\n      caseReference\n      expiresAt\n      answeredAt\n    }\n  }\n':
    types.PublicSurveyDocument,
  '\n  mutation SubmitSurveyAnswer($token: String!, $answers: JSON!) {\n    submitSurveyAnswer(token: $token, answers: $answers) {\n      status\n      answeredAt\n    }\n  }\n':
    types.SubmitSurveyAnswerDocument,
  '\n  query CaseSurveys($id: ID!) {\n    case(id: $id) {\n      id\n      surveyInvitations {\n        id\n        surveyKey\n        surveyVersion\n        trigger\n        stepKey\n        expiresAt\n        sentAt\n        remindedAt\n        answeredAt\n        answer {\n          id\n          scores {\n            nps\n            csat\n            ces\n          }\n          texts {\n            name\n            title {\n              zh\n              en\n            }\n            text\n          }\n        }\n      }\n    }\n  }\n':
    types.CaseSurveysDocument,
  '\n  query PublishedSurveysForCase($first: Int) {\n    surveys(first: $first) {\n      edges {\n        node {\n          key\n          title {\n            zh\n            en\n          }\n          version\n        }\n      }\n    }\n  }\n':
    types.PublishedSurveysForCaseDocument,
  '\n  mutation SendSurvey($caseId: ID!, $surveyKey: String!, $idempotencyKey: String) {\n    sendSurvey(caseId: $caseId, surveyKey: $surveyKey, idempotencyKey: $idempotencyKey) {\n      id\n      surveyKey\n      url\n      expiresAt\n    }\n  }\n':
    types.SendSurveyDocument,
  '\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.FlowTemplatesDocument,
  '\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      description {\n        zh\n        en\n      }\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n':
    types.SeedFlowTemplatesDocument,
  '\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n':
    types.CreateFlowTemplateDocument,
  '\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n':
    types.ImportFlowTemplateDocument,
  '\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n':
    types.ArchiveFlowTemplateDocument,
  '\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n':
    types.ExportFlowTemplateDocument,
  '\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n':
    types.DesignerTemplateDocument,
  '\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n':
    types.SaveFlowDraftDocument,
  '\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n':
    types.PublishFlowDraftDocument,
  '\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.DesignerServerValidationDocument,
  '\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n':
    types.PanelPlatformDocument,
  '\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n': types.PanelCalendarsDocument,
  '\n  query SurveyRefLibrary($after: String) {\n    surveys(first: 200, after: $after, includeArchived: true) {\n      edges {\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SurveyRefLibraryDocument,
  '\n  query DraftWhatIf($key: String!, $last: Int) {\n    simulateDraftOnCases(templateKey: $key, last: $last) {\n      templateKey\n      publishedVersion\n      draftRevision\n      total\n      differentPath\n      slaChanged\n      blocked\n      skipped\n      differentPathExamples {\n        caseId\n        reference\n        recordedStep\n        draftStep\n      }\n      blockedExamples {\n        caseId\n        reference\n        command\n        stepKey\n        refusalCode\n        refusalMessage {\n          zh\n          en\n        }\n      }\n      slaChangedExamples {\n        caseId\n        reference\n        recordedBreached\n        draftBreached\n      }\n      refusals {\n        code\n        count\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.DraftWhatIfDocument,
  '\n  query VersionHistory($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      versions {\n        id\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedBy {\n          displayName\n        }\n        openCaseCount\n      }\n    }\n  }\n':
    types.VersionHistoryDocument,
  '\n  query VersionDefinition($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      definition\n    }\n  }\n':
    types.VersionDefinitionDocument,
  '\n  query VersionDiff($key: String!, $from: Int!, $to: Int!) {\n    flowVersionDiff(templateKey: $key, fromVersion: $from, toVersion: $to) {\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n':
    types.VersionDiffDocument,
  '\n  query VersionOpenCases($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      openCases(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            reference\n            status\n            activeSteps\n          }\n        }\n      }\n    }\n  }\n':
    types.VersionOpenCasesDocument,
  '\n  mutation RollbackFlow($key: String!, $toVersion: Int!, $releaseNotes: String) {\n    rollbackFlowTemplate(key: $key, toVersion: $toVersion, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n':
    types.RollbackFlowDocument,
  '\n  query PlanCaseMigration($key: String!, $from: Int!, $to: Int!, $mapping: [StepMappingInput!]!) {\n    planCaseMigration(templateKey: $key, fromVersion: $from, toVersion: $to, stepMapping: $mapping) {\n      migratableCount\n      blockedCount\n      cases {\n        caseId\n        reference\n        migratable\n        fromSteps\n        toSteps\n        changes {\n          zh\n          en\n        }\n        problems {\n          code\n          path\n          severity\n          message {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanCaseMigrationDocument,
  '\n  mutation MigrateCases(\n    $key: String!\n    $from: Int!\n    $to: Int!\n    $mapping: [StepMappingInput!]!\n    $caseIds: [ID!]\n    $idempotencyKey: String\n  ) {\n    migrateCases(\n      templateKey: $key\n      fromVersion: $from\n      toVersion: $to\n      stepMapping: $mapping\n      caseIds: $caseIds\n      idempotencyKey: $idempotencyKey\n    ) {\n      migrated\n      skipped\n      failed\n      results {\n        caseId\n        reference\n        outcome\n        code\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n':
    types.MigrateCasesDocument,
  '\n  query InsightFlowNames {\n    flowTemplates(first: 100) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          versions {\n            version\n            steps {\n              key\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.InsightFlowNamesDocument,
  '\n  query InsightNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    assignableUsers {\n      id\n      displayName\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n':
    types.InsightNamesDocument,
  '\n  query InsightRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n    }\n  }\n':
    types.InsightRootCausesDocument,
  '\n  query InsightStatus {\n    insightStatus {\n      lagMs\n      caughtUp\n      foldedUpTo\n    }\n  }\n':
    types.InsightStatusDocument,
  '\n  query InsightVolumeTab($filter: InsightFilter!) {\n    insightVolume(filter: $filter) {\n      days {\n        day\n        opened\n        closed\n        cancelled\n      }\n      opened\n      closed\n      cancelled\n      openNow\n      byChannel {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byFlow {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byCategory {\n        key\n        opened\n        closed\n        cancelled\n      }\n      backlog {\n        step\n        count\n      }\n    }\n  }\n':
    types.InsightVolumeTabDocument,
  '\n  query InsightTimeTab($filter: InsightFilter!) {\n    insightTimeInStep(filter: $filter) {\n      steps {\n        step\n        entered\n        left\n        count\n        averageMs\n      }\n    }\n    insightSla(filter: $filter) {\n      compliance\n      days {\n        day\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n      totals {\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n    }\n  }\n':
    types.InsightTimeTabDocument,
  '\n  query InsightNegotiationTab($filter: InsightFilter!) {\n    insightNegotiation(filter: $filter) {\n      days {\n        day\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n      totals {\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n    }\n    insightVolume(filter: $filter) {\n      opened\n    }\n  }\n':
    types.InsightNegotiationTabDocument,
  '\n  fragment InsightScores on SatisfactionScores {\n    sent\n    answered\n    responseRate\n    npsCount\n    nps\n    csatCount\n    csat\n    cesCount\n    ces\n  }\n':
    types.InsightScoresFragmentDoc,
  '\n  query InsightSatisfactionTab($filter: InsightFilter!) {\n    insightSatisfaction(filter: $filter) {\n      totals {\n        ...InsightScores\n      }\n      days {\n        day\n        scores {\n          ...InsightScores\n        }\n      }\n      byAgent {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byFlow {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byCategory {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byOutcome {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      complaintRate\n      complaintsOpened\n      customersServed\n      complaintRateDays {\n        day\n        complaints\n        served\n        rate\n      }\n    }\n  }\n':
    types.InsightSatisfactionTabDocument,
  '\n  query InsightFindingsTab($filter: InsightFilter!) {\n    insightFindings(filter: $filter) {\n      total\n      byCause {\n        rootCause\n        count\n      }\n      byCategory {\n        category\n        rootCause\n        count\n      }\n      days {\n        day\n        rootCause\n        count\n      }\n    }\n  }\n':
    types.InsightFindingsTabDocument,
  '\n  query InsightComplaintReport($filter: InsightFilter!) {\n    complaintReport(filter: $filter) {\n      from\n      to\n      rows {\n        ...InsightReportRow\n      }\n      totals {\n        ...InsightReportRow\n      }\n    }\n  }\n':
    types.InsightComplaintReportDocument,
  '\n  fragment InsightReportRow on ComplaintReportRow {\n    channel\n    businessType\n    cause\n    received\n    closed\n    closedOnTime\n    extended\n    late\n    open\n    onTimeShare\n    outcomes {\n      outcome\n      count\n    }\n  }\n':
    types.InsightReportRowFragmentDoc,
  '\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scopes\n    rateLimitPerMinute\n    keyPrefix\n    revokedAt\n    createdAt\n    createdBy\n    lastUsedAt\n  }\n':
    types.ApiClientFieldsFragmentDoc,
  '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientFields\n      }\n    }\n  }\n':
    types.CreateApiClientDocument,
  '\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n':
    types.RevokeApiClientDocument,
  '\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    name\n    url\n    eventTypes\n    active\n    createdAt\n    createdBy\n    disabledAt\n    secretRotatedAt\n    previousSecretValidUntil\n  }\n':
    types.WebhookSubscriptionFieldsFragmentDoc,
  '\n  query Webhooks($first: Int) {\n    webhookSubscriptionsPage(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    webhookEventTypes {\n      type\n      label {\n        zh\n        en\n      }\n    }\n  }\n':
    types.WebhooksDocument,
  '\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n':
    types.CreateWebhookDocument,
  '\n  mutation DisableWebhook($id: ID!) {\n    disableWebhookSubscription(id: $id) {\n      ...WebhookSubscriptionFields\n    }\n  }\n':
    types.DisableWebhookDocument,
  '\n  mutation RotateWebhookSecret($id: ID!, $graceHours: Int) {\n    rotateWebhookSecret(id: $id, graceHours: $graceHours) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n':
    types.RotateWebhookSecretDocument,
  '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    test\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    deliveredAt\n    createdAt\n  }\n':
    types.WebhookDeliveryFieldsFragmentDoc,
  '\n  query WebhookDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WebhookDeliveriesDocument,
  '\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n':
    types.SendTestWebhookDocument,
  '\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n':
    types.ReplayWebhookDeliveryDocument,
  '\n  query ApiClientsPage($first: Int, $after: String) {\n    apiClientsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ApiClientsPageDocument,
  '\n  mutation UpdateApiClient($id: ID!, $input: UpdateApiClientInput!) {\n    updateApiClient(id: $id, input: $input) {\n      ...ApiClientFields\n    }\n  }\n':
    types.UpdateApiClientDocument,
  '\n  query WebhookSubscriptionsPage($first: Int, $after: String) {\n    webhookSubscriptionsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.WebhookSubscriptionsPageDocument,
  '\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n':
    types.UpdateWebhookDocument,
  '\n  fragment OverviewQueueCount on QueueCount {\n    queue {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    open\n    unassigned\n    overdue\n  }\n':
    types.OverviewQueueCountFragmentDoc,
  '\n  query QueueOverview {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        id\n      }\n    }\n  }\n':
    types.QueueOverviewDocument,
  '\n  subscription QueueOverviewLive {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n  }\n':
    types.QueueOverviewLiveDocument,
  '\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n':
    types.SessionFieldsFragmentDoc,
  '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n':
    types.RefreshSessionDocument,
  '\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n':
    types.LogoutDocument,
  '\n  query Surveys($first: Int!, $after: String, $includeArchived: Boolean) {\n    surveys(first: $first, after: $after, includeArchived: $includeArchived) {\n      edges {\n        cursor\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          draftRevision\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n':
    types.SurveysDocument,
  '\n  query Survey($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n':
    types.SurveyDocument,
  '\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n      key\n    }\n  }\n':
    types.CreateSurveyDocument,
  '\n  mutation SaveSurveyDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveSurveyDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n    }\n  }\n':
    types.SaveSurveyDraftDocument,
  '\n  mutation PublishSurvey($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n':
    types.PublishSurveyDocument,
  '\n  query SurveyReferences($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      referencedBy {\n        flowKey\n        flowName {\n          zh\n          en\n        }\n        flowVersion\n        draftRevision\n        path\n        pin\n        pinnedVersion\n      }\n    }\n  }\n':
    types.SurveyReferencesDocument,
  '\n  mutation ArchiveSurvey($key: String!, $reason: String!) {\n    archiveSurvey(key: $key, reason: $reason) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n':
    types.ArchiveSurveyDocument,
  '\n  mutation RestoreSurvey($key: String!) {\n    restoreSurvey(key: $key) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n':
    types.RestoreSurveyDocument,
  '\n  query SurveyVersionsHistory($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      draftRevision\n      versions {\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedByName\n        restoredFrom\n        definition\n      }\n    }\n  }\n':
    types.SurveyVersionsHistoryDocument,
  '\n  query SurveyVersionsDiff($key: String!, $from: Int!, $to: Int!) {\n    surveyVersionDiff(key: $key, fromVersion: $from, toVersion: $to) {\n      questionsAdded\n      questionsRemoved\n      questionsChanged\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n':
    types.SurveyVersionsDiffDocument,
  '\n  mutation SurveyVersionsPublish($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n':
    types.SurveyVersionsPublishDocument,
  '\n  mutation SurveyVersionsRollback($key: String!, $toVersion: Int!, $baseRevision: Int!) {\n    rollbackSurvey(key: $key, toVersion: $toVersion, baseRevision: $baseRevision) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n':
    types.SurveyVersionsRollbackDocument,
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
export function graphql(
  source: '\n  fragment AccessUserFields on User {\n    id\n    username\n    displayName\n    active\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AccessUserFields on User {\n    id\n    username\n    displayName\n    active\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...AccessUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccessUsers($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      totalCount\n      edges {\n        node {\n          ...AccessUserFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccessUserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AccessUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AccessUserFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AccessUserFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessResetUserPassword($id: ID!, $mode: PasswordResetMode!) {\n    resetUserPassword(id: $id, mode: $mode) {\n      mode\n      password\n      user {\n        ...AccessUserFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessResetUserPassword($id: ID!, $mode: PasswordResetMode!) {\n    resetUserPassword(id: $id, mode: $mode) {\n      mode\n      password\n      user {\n        ...AccessUserFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccessRoleFields on Role {\n    key\n    name {\n      zh\n      en\n    }\n    permissions\n    builtIn\n    holderCount\n  }\n',
): (typeof documents)['\n  fragment AccessRoleFields on Role {\n    key\n    name {\n      zh\n      en\n    }\n    permissions\n    builtIn\n    holderCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessRoles {\n    roles {\n      ...AccessRoleFields\n    }\n    permissions {\n      key\n      group\n      description {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccessRoles {\n    roles {\n      ...AccessRoleFields\n    }\n    permissions {\n      key\n      group\n      description {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...AccessRoleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...AccessRoleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessUpdateRole($key: String!, $input: UpdateRoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...AccessRoleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessUpdateRole($key: String!, $input: UpdateRoleInput!) {\n    updateRole(key: $key, input: $input) {\n      ...AccessRoleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccessDepartmentFields on Department {\n    code\n    name {\n      zh\n      en\n    }\n    queues {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    members {\n      id\n      username\n      displayName\n      active\n    }\n    routedCategories {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AccessDepartmentFields on Department {\n    code\n    name {\n      zh\n      en\n    }\n    queues {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    members {\n      id\n      username\n      displayName\n      active\n    }\n    routedCategories {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessDepartments {\n    departments {\n      ...AccessDepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  query AccessDepartments {\n    departments {\n      ...AccessDepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessChoices {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n      permissions\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AccessChoices {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n      permissions\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AccessDepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...AccessDepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessCreateQueue($departmentCode: String!, $input: CreateQueueInput!) {\n    createQueue(departmentCode: $departmentCode, input: $input) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessCreateQueue($departmentCode: String!, $input: CreateQueueInput!) {\n    createQueue(departmentCode: $departmentCode, input: $input) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessSetDepartmentMembers($departmentCode: String!, $userIds: [ID!]!) {\n    setDepartmentMembers(departmentCode: $departmentCode, userIds: $userIds) {\n      ...AccessDepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessSetDepartmentMembers($departmentCode: String!, $userIds: [ID!]!) {\n    setDepartmentMembers(departmentCode: $departmentCode, userIds: $userIds) {\n      ...AccessDepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRenameDepartment($code: String!, $name: LocalizedTextInput!) {\n    renameDepartment(code: $code, name: $name) {\n      ...AccessDepartmentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessRenameDepartment($code: String!, $name: LocalizedTextInput!) {\n    renameDepartment(code: $code, name: $name) {\n      ...AccessDepartmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessDeleteDepartment($code: String!) {\n    deleteDepartment(code: $code)\n  }\n',
): (typeof documents)['\n  mutation AccessDeleteDepartment($code: String!) {\n    deleteDepartment(code: $code)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessRenameQueue($departmentCode: String!, $code: String!, $name: LocalizedTextInput!) {\n    renameQueue(departmentCode: $departmentCode, code: $code, name: $name) {\n      id\n      code\n    }\n  }\n',
): (typeof documents)['\n  mutation AccessRenameQueue($departmentCode: String!, $code: String!, $name: LocalizedTextInput!) {\n    renameQueue(departmentCode: $departmentCode, code: $code, name: $name) {\n      id\n      code\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessDeleteQueue($departmentCode: String!, $code: String!) {\n    deleteQueue(departmentCode: $departmentCode, code: $code)\n  }\n',
): (typeof documents)['\n  mutation AccessDeleteQueue($departmentCode: String!, $code: String!) {\n    deleteQueue(departmentCode: $departmentCode, code: $code)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AccessDeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n',
): (typeof documents)['\n  mutation AccessDeleteRole($key: String!) {\n    deleteRole(key: $key)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApprovalsInbox {\n    pendingOfferApprovals {\n      id\n      caseId\n      caseReference\n      stepKey\n      requiredRole\n      requestedBy\n      requestedAt\n      plan {\n        kind\n        owedTotal {\n          fen\n        }\n        forgiven {\n          fen\n        }\n        totalDue {\n          fen\n        }\n        termMonths\n        annualisedRate\n      }\n    }\n    pendingReviews {\n      caseId\n      caseReference\n      stepKey\n      stepName {\n        zh\n        en\n      }\n      flowName {\n        zh\n        en\n      }\n      role\n      since\n    }\n    pendingComplaintExtensions {\n      id\n      caseId\n      caseReference\n      days\n      reason\n      requestedBy\n      requestedAt\n    }\n  }\n',
): (typeof documents)['\n  query ApprovalsInbox {\n    pendingOfferApprovals {\n      id\n      caseId\n      caseReference\n      stepKey\n      requiredRole\n      requestedBy\n      requestedAt\n      plan {\n        kind\n        owedTotal {\n          fen\n        }\n        forgiven {\n          fen\n        }\n        totalDue {\n          fen\n        }\n        termMonths\n        annualisedRate\n      }\n    }\n    pendingReviews {\n      caseId\n      caseReference\n      stepKey\n      stepName {\n        zh\n        en\n      }\n      flowName {\n        zh\n        en\n      }\n      role\n      since\n    }\n    pendingComplaintExtensions {\n      id\n      caseId\n      caseReference\n      days\n      reason\n      requestedBy\n      requestedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideOfferApproval($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideOfferApproval(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideOfferApproval($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideOfferApproval(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveReview($caseId: ID!, $stepKey: String!, $comment: String) {\n    approveStep(caseId: $caseId, stepKey: $stepKey, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveReview($caseId: ID!, $stepKey: String!, $comment: String) {\n    approveStep(caseId: $caseId, stepKey: $stepKey, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectReview($caseId: ID!, $stepKey: String!, $reason: String!) {\n    rejectStep(caseId: $caseId, stepKey: $stepKey, reason: $reason) {\n      case {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectReview($caseId: ID!, $stepKey: String!, $reason: String!) {\n    rejectStep(caseId: $caseId, stepKey: $stepKey, reason: $reason) {\n      case {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideComplaintExtension($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideComplaintExtension(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideComplaintExtension($caseId: ID!, $requestId: ID!, $approve: Boolean!, $comment: String) {\n    decideComplaintExtension(caseId: $caseId, requestId: $requestId, approve: $approve, comment: $comment) {\n      case {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConfigAuditLog($filter: ConfigAuditFilter, $first: Int!, $after: String) {\n    configAuditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actor\n          actorName\n          action\n          entityType\n          entityKey\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConfigAuditLog($filter: ConfigAuditFilter, $first: Int!, $after: String) {\n    configAuditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          actor\n          actorName\n          action\n          entityType\n          entityKey\n          details\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConfigAuditFacets {\n    configAuditFacets {\n      entityTypes\n      actors {\n        key\n        name\n        entries\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ConfigAuditFacets {\n    configAuditFacets {\n      entityTypes\n      actors {\n        key\n        name\n        entries\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditCaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  query AuditCaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyAudit($caseId: ID) {\n    verifyAudit(caseId: $caseId) {\n      ok\n      casesChecked\n      eventsChecked\n      firstBroken {\n        caseId\n        seq\n        reason\n        caseReference\n        explanation {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VerifyAudit($caseId: ID) {\n    verifyAudit(caseId: $caseId) {\n      ok\n      casesChecked\n      eventsChecked\n      firstBroken {\n        caseId\n        seq\n        reason\n        caseReference\n        explanation {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SlaCalendarsList {\n    slaCalendars {\n      key\n      timeZone\n      years\n      revision\n    }\n  }\n',
): (typeof documents)['\n  query SlaCalendarsList {\n    slaCalendars {\n      key\n      timeZone\n      years\n      revision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SlaCalendarYearDays($year: Int!) {\n    slaCalendars {\n      key\n      revision\n      days(year: $year) {\n        year\n        status\n        source\n        holidays {\n          date\n          name\n        }\n        workdays {\n          date\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SlaCalendarYearDays($year: Int!) {\n    slaCalendars {\n      key\n      revision\n      days(year: $year) {\n        year\n        status\n        source\n        holidays {\n          date\n          name\n        }\n        workdays {\n          date\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PreviewSlaCalendarChange($key: String!, $input: SlaCalendarYearInput!) {\n    previewSlaCalendarChange(key: $key, input: $input) {\n      calendarKey\n      year\n      openCases\n      casesAffected\n      slaMoves\n      complaintMoves\n      samples {\n        caseId\n        reference\n        kind\n        from\n        to\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PreviewSlaCalendarChange($key: String!, $input: SlaCalendarYearInput!) {\n    previewSlaCalendarChange(key: $key, input: $input) {\n      calendarKey\n      year\n      openCases\n      casesAffected\n      slaMoves\n      complaintMoves\n      samples {\n        caseId\n        reference\n        kind\n        from\n        to\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SlaRecomputeProgress on SlaRecompute {\n    id\n    calendarKey\n    revision\n    state\n    total\n    done\n    moved\n    startedAt\n    finishedAt\n  }\n',
): (typeof documents)['\n  fragment SlaRecomputeProgress on SlaRecompute {\n    id\n    calendarKey\n    revision\n    state\n    total\n    done\n    moved\n    startedAt\n    finishedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSlaCalendarYear($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {\n    updateSlaCalendar(key: $key, input: $input, reason: $reason, background: true) {\n      calendar {\n        key\n        years\n        revision\n      }\n      recompute {\n        ...SlaRecomputeProgress\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSlaCalendarYear($key: String!, $input: SlaCalendarYearInput!, $reason: String!) {\n    updateSlaCalendar(key: $key, input: $input, reason: $reason, background: true) {\n      calendar {\n        key\n        years\n        revision\n      }\n      recompute {\n        ...SlaRecomputeProgress\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SlaRecomputeStatus($id: ID!) {\n    slaRecompute(id: $id) {\n      ...SlaRecomputeProgress\n    }\n  }\n',
): (typeof documents)['\n  query SlaRecomputeStatus($id: ID!) {\n    slaRecompute(id: $id) {\n      ...SlaRecomputeProgress\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment InboxCaseFields on Case {\n    id\n    reference\n    status\n    activeSteps\n    dueAt\n    customer {\n      name\n    }\n    flowVersion {\n      version\n      steps {\n        key\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyInbox($first: Int!, $after: String) {\n    myInbox(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...InboxCaseFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseEventsPage($id: ID!, $after: String!) {\n    case(id: $id) {\n      id\n      events(first: 100, after: $after) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseEventsPage($id: ID!, $after: String!) {\n    case(id: $id) {\n      id\n      events(first: 100, after: $after) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n          config\n          form {\n            fields {\n              name\n              type\n              label {\n                zh\n                en\n              }\n            }\n          }\n        }\n        transitions {\n          from\n          to\n        }\n      }\n      channel\n      openedAt\n      receivedAt\n      receivedAtReason\n      closedAt\n      outcome\n      findingRequired\n      finding {\n        rootCause\n        rootCauseLabel {\n          zh\n          en\n        }\n        remedy\n        recordedAt\n        recordedBy {\n          kind\n          displayName\n        }\n      }\n      departmentCode\n      customer {\n        name\n        phone\n        idNumber\n        bankCard\n        address\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 100) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      contactAttempts {\n        channel\n        contact\n        answered\n        summary\n        at\n        performedBy {\n          kind\n          displayName\n        }\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        sha256\n        stepKey\n        uploadedBy\n        uploadedAt\n      }\n      links {\n        case {\n          id\n          reference\n          status\n        }\n        relation\n        reason\n        pausing\n        at\n      }\n      followUps {\n        id\n        kind\n        stepKey\n        dueAt\n        done\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      status\n      activeSteps\n      dueAt\n      dueAtProvisional\n      sla {\n        provisionalYears\n      }\n      complaintClock {\n        deadline\n        provisional\n        provisionalYears\n      }\n      flowVersion {\n        version\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n          config\n          form {\n            fields {\n              name\n              type\n              label {\n                zh\n                en\n              }\n            }\n          }\n        }\n        transitions {\n          from\n          to\n        }\n      }\n      channel\n      openedAt\n      receivedAt\n      receivedAtReason\n      closedAt\n      outcome\n      findingRequired\n      finding {\n        rootCause\n        rootCauseLabel {\n          zh\n          en\n        }\n        remedy\n        recordedAt\n        recordedBy {\n          kind\n          displayName\n        }\n      }\n      departmentCode\n      customer {\n        name\n        phone\n        idNumber\n        bankCard\n        address\n      }\n      assignee {\n        username\n        displayName\n      }\n      queue {\n        name {\n          zh\n          en\n        }\n      }\n      events(first: 100) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n            title {\n              zh\n              en\n            }\n            performedBy {\n              kind\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n      contactAttempts {\n        channel\n        contact\n        answered\n        summary\n        at\n        performedBy {\n          kind\n          displayName\n        }\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        size\n        sha256\n        stepKey\n        uploadedBy\n        uploadedAt\n      }\n      links {\n        case {\n          id\n          reference\n          status\n        }\n        relation\n        reason\n        pausing\n        at\n      }\n      followUps {\n        id\n        kind\n        stepKey\n        dueAt\n        done\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        id\n        sha256\n        size\n        signedAt\n        signerName\n        signatureKind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseOffers($id: ID!) {\n    case(id: $id) {\n      id\n      offers {\n        id\n        stepKey\n        status\n        proposedAt\n        proposedBy\n        customerComment\n        plan {\n          kind\n          totalDue {\n            fen\n          }\n          downPayment {\n            fen\n          }\n          termMonths\n          annualisedRate\n        }\n      }\n      agreement {\n        id\n        sha256\n        size\n        signedAt\n        signerName\n        signatureKind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation IssueCustomerLink($caseId: ID!, $expiresInHours: Int) {\n    issueCustomerLink(caseId: $caseId, expiresInHours: $expiresInHours) {\n      url\n      token\n      linkId\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplaintRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n      description {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplaintRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n      description {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseCaseWithFinding(\n    $caseId: ID!\n    $note: String\n    $finding: ComplaintFindingInput\n    $idempotencyKey: String\n  ) {\n    closeCase(caseId: $caseId, note: $note, finding: $finding, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        status\n      }\n      replayed\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseCaseWithFinding(\n    $caseId: ID!\n    $note: String\n    $finding: ComplaintFindingInput\n    $idempotencyKey: String\n  ) {\n    closeCase(caseId: $caseId, note: $note, finding: $finding, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        status\n      }\n      replayed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevealCustomerField($caseId: ID!, $field: CustomerField!) {\n    revealCustomerField(caseId: $caseId, field: $field)\n  }\n',
): (typeof documents)['\n  mutation RevealCustomerField($caseId: ID!, $field: CustomerField!) {\n    revealCustomerField(caseId: $caseId, field: $field)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddCaseAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n',
): (typeof documents)['\n  mutation AddCaseAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      fileName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseAttachmentContent($caseId: ID!, $attachmentId: ID!) {\n    case(id: $caseId) {\n      id\n      attachment(id: $attachmentId) {\n        id\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseAttachmentContent($caseId: ID!, $attachmentId: ID!) {\n    case(id: $caseId) {\n      id\n      attachment(id: $attachmentId) {\n        id\n        fileName\n        contentType\n        contentBase64\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkCases($caseId: ID!, $relatedCaseId: ID!, $reason: String!) {\n    linkCases(caseId: $caseId, relatedCaseId: $relatedCaseId, reason: $reason) {\n      replayed\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkCases($caseId: ID!, $relatedCaseId: ID!, $reason: String!) {\n    linkCases(caseId: $caseId, relatedCaseId: $relatedCaseId, reason: $reason) {\n      replayed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  query CaseByReference($reference: String!) {\n    caseByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseAgreementPdf($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      agreement {\n        id\n        pdfBase64\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseAgreementPdf($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      reference\n      agreement {\n        id\n        pdfBase64\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyCaseAgreement($caseId: ID!) {\n    verifyAgreement(caseId: $caseId) {\n      ok\n      recordedSha256\n      actualSha256\n      signedEventSeq\n    }\n  }\n',
): (typeof documents)['\n  query VerifyCaseAgreement($caseId: ID!) {\n    verifyAgreement(caseId: $caseId) {\n      ok\n      recordedSha256\n      actualSha256\n      signedEventSeq\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DepartmentNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplaintClockPanel($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      complaintClock {\n        receivedAt\n        deadline\n        provisional\n        status\n        daysLeft\n        workingDaysLeft\n        extensions {\n          days\n          reason\n          at\n        }\n        extensionRequests {\n          id\n          days\n          reason\n          requestedBy\n          requestedAt\n          status\n          comment\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplaintClockPanel($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      complaintClock {\n        receivedAt\n        deadline\n        provisional\n        status\n        daysLeft\n        workingDaysLeft\n        extensions {\n          days\n          reason\n          at\n        }\n        extensionRequests {\n          id\n          days\n          reason\n          requestedBy\n          requestedAt\n          status\n          comment\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestComplaintExtension($caseId: ID!, $reason: String!, $idempotencyKey: String) {\n    requestComplaintExtension(caseId: $caseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestComplaintExtension($caseId: ID!, $reason: String!, $idempotencyKey: String) {\n    requestComplaintExtension(caseId: $caseId, reason: $reason, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InboxRowFields on InboxItem {\n    case {\n      id\n      reference\n      status\n      channel\n      assignee {\n        id\n        displayName\n      }\n      queue {\n        id\n      }\n    }\n    customerName\n    customerPhone\n    flowName {\n      zh\n      en\n    }\n    currentSteps {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    dueAt\n    warningAt\n    slaState\n  }\n',
): (typeof documents)['\n  fragment InboxRowFields on InboxItem {\n    case {\n      id\n      reference\n      status\n      channel\n      assignee {\n        id\n        displayName\n      }\n      queue {\n        id\n      }\n    }\n    customerName\n    customerPhone\n    flowName {\n      zh\n      en\n    }\n    currentSteps {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    dueAt\n    warningAt\n    slaState\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkspaceInbox($view: InboxView!, $filter: InboxFilter, $first: Int!, $after: String) {\n    inbox(view: $view, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkspaceInbox($view: InboxView!, $filter: InboxFilter, $first: Int!, $after: String) {\n    inbox(view: $view, filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...InboxRowFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxOptions {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InboxOptions {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          code\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxViews {\n    inboxViews {\n      id\n      name\n      view\n      filter\n    }\n  }\n',
): (typeof documents)['\n  query InboxViews {\n    inboxViews {\n      id\n      name\n      view\n      filter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveInboxView($input: SaveInboxViewInput!) {\n    saveInboxView(input: $input) {\n      id\n      name\n      view\n      filter\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveInboxView($input: SaveInboxViewInput!) {\n    saveInboxView(input: $input) {\n      id\n      name\n      view\n      filter\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteInboxView($id: ID!) {\n    deleteInboxView(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteInboxView($id: ID!) {\n    deleteInboxView(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ClaimInboxCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      case {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ClaimInboxCase($caseId: ID!) {\n    claimCase(caseId: $caseId) {\n      case {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkReassignInbox($caseIds: [ID!]!, $assigneeId: ID) {\n    bulkReassignCases(caseIds: $caseIds, assigneeId: $assigneeId) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkReassignInbox($caseIds: [ID!]!, $assigneeId: ID) {\n    bulkReassignCases(caseIds: $caseIds, assigneeId: $assigneeId) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation BulkCloseInbox($caseIds: [ID!]!, $note: String) {\n    bulkCloseCases(caseIds: $caseIds, note: $note) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation BulkCloseInbox($caseIds: [ID!]!, $note: String) {\n    bulkCloseCases(caseIds: $caseIds, note: $note) {\n      caseId\n      ok\n      errorCode\n      errorMessage {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxAssignees {\n    assignableUsers {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query InboxAssignees {\n    assignableUsers {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription InboxLive {\n    queueCounts {\n      queue {\n        id\n      }\n      open\n      unassigned\n      overdue\n    }\n  }\n',
): (typeof documents)['\n  subscription InboxLive {\n    queueCounts {\n      queue {\n        id\n      }\n      open\n      unassigned\n      overdue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription InboxChanges {\n    inboxChanges {\n      caseId\n      version\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  subscription InboxChanges {\n    inboxChanges {\n      caseId\n      version\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxStepChoices {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            id\n            steps {\n              key\n              kind\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InboxStepChoices {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            id\n            steps {\n              key\n              kind\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NewCaseFlows {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          kind\n          archived\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query NewCaseFlows {\n    flowTemplates(first: 200) {\n      edges {\n        node {\n          key\n          kind\n          archived\n          name {\n            zh\n            en\n          }\n          latestVersion {\n            version\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NewCaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        reference\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation NewCaseOpen($input: OpenCaseInput!, $idempotencyKey: String) {\n    openCase(input: $input, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        reference\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OfferBuilderCase($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      openedAt\n      flowVersion {\n        id\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n        }\n        definition\n      }\n      offers {\n        id\n        stepKey\n        status\n        customerComment\n        input\n      }\n      offerApprovals {\n        id\n        stepKey\n        status\n        requiredRole\n        requestedAt\n        comment\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OfferBuilderCase($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      openedAt\n      flowVersion {\n        id\n        steps {\n          key\n          kind\n          name {\n            zh\n            en\n          }\n        }\n        definition\n      }\n      offers {\n        id\n        stepKey\n        status\n        customerComment\n        input\n      }\n      offerApprovals {\n        id\n        stepKey\n        status\n        requiredRole\n        requestedAt\n        comment\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CheckOffer($caseId: ID!, $stepKey: String!, $plan: JSON!) {\n    checkOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan) {\n      verdict\n      requiredRole\n      code\n      message {\n        zh\n        en\n      }\n      problems {\n        code\n        path\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CheckOffer($caseId: ID!, $stepKey: String!, $plan: JSON!) {\n    checkOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan) {\n      verdict\n      requiredRole\n      code\n      message {\n        zh\n        en\n      }\n      problems {\n        code\n        path\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ProposeOffer($caseId: ID!, $stepKey: String!, $plan: JSON!, $idempotencyKey: String) {\n    proposeOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        activeSteps\n      }\n      events {\n        type\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ProposeOffer($caseId: ID!, $stepKey: String!, $plan: JSON!, $idempotencyKey: String) {\n    proposeOffer(caseId: $caseId, stepKey: $stepKey, plan: $plan, idempotencyKey: $idempotencyKey) {\n      case {\n        id\n        activeSteps\n      }\n      events {\n        type\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StepActionContext($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      flowVersion {\n        id\n        definition\n      }\n      followUps {\n        id\n        stepKey\n        dueAt\n        done\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n          }\n        }\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StepActionContext($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      activeSteps\n      flowVersion {\n        id\n        definition\n      }\n      followUps {\n        id\n        stepKey\n        dueAt\n        done\n      }\n      events(first: 200) {\n        edges {\n          node {\n            seq\n            type\n            at\n            data\n          }\n        }\n      }\n    }\n    me {\n      id\n      roles {\n        key\n      }\n      departments {\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StepCommandFields on CaseCommandResult {\n    replayed\n    case {\n      id\n      status\n      activeSteps\n    }\n  }\n',
): (typeof documents)['\n  fragment StepCommandFields on CaseCommandResult {\n    replayed\n    case {\n      id\n      status\n      activeSteps\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitStep($caseId: ID!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitStep(caseId: $caseId, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...StepCommandFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitStep($caseId: ID!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitStep(caseId: $caseId, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...StepCommandFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveStep(\n    $caseId: ID!\n    $stepKey: String!\n    $comment: String\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    approveStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      comment: $comment\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveStep(\n    $caseId: ID!\n    $stepKey: String!\n    $comment: String\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    approveStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      comment: $comment\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectStep(\n    $caseId: ID!\n    $stepKey: String!\n    $reason: String!\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    rejectStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      reason: $reason\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectStep(\n    $caseId: ID!\n    $stepKey: String!\n    $reason: String!\n    $data: JSON\n    $idempotencyKey: String\n  ) {\n    rejectStep(\n      caseId: $caseId\n      stepKey: $stepKey\n      reason: $reason\n      data: $data\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LogCommunication(\n    $caseId: ID!\n    $stepKey: String!\n    $channel: String!\n    $contact: String!\n    $answered: Boolean!\n    $summary: String!\n    $idempotencyKey: String\n  ) {\n    logCommunication(\n      caseId: $caseId\n      stepKey: $stepKey\n      channel: $channel\n      contact: $contact\n      answered: $answered\n      summary: $summary\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n',
): (typeof documents)['\n  mutation LogCommunication(\n    $caseId: ID!\n    $stepKey: String!\n    $channel: String!\n    $contact: String!\n    $answered: Boolean!\n    $summary: String!\n    $idempotencyKey: String\n  ) {\n    logCommunication(\n      caseId: $caseId\n      stepKey: $stepKey\n      channel: $channel\n      contact: $contact\n      answered: $answered\n      summary: $summary\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContactCheck($caseId: ID!, $contact: String!, $channel: String!) {\n    contactCheck(caseId: $caseId, contact: $contact, channel: $channel) {\n      allowed\n      reason {\n        zh\n        en\n      }\n      unansweredToday\n      dailyLimit\n      nextAllowedAt\n    }\n  }\n',
): (typeof documents)['\n  query ContactCheck($caseId: ID!, $contact: String!, $channel: String!) {\n    contactCheck(caseId: $caseId, contact: $contact, channel: $channel) {\n      allowed\n      reason {\n        zh\n        en\n      }\n      unansweredToday\n      dailyLimit\n      nextAllowedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordContactConsent(\n    $caseId: ID!\n    $grantedAt: DateTime!\n    $expiresAt: DateTime\n    $evidence: String!\n    $idempotencyKey: String\n  ) {\n    recordContactConsent(\n      caseId: $caseId\n      grantedAt: $grantedAt\n      expiresAt: $expiresAt\n      evidence: $evidence\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordContactConsent(\n    $caseId: ID!\n    $grantedAt: DateTime!\n    $expiresAt: DateTime\n    $evidence: String!\n    $idempotencyKey: String\n  ) {\n    recordContactConsent(\n      caseId: $caseId\n      grantedAt: $grantedAt\n      expiresAt: $expiresAt\n      evidence: $evidence\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordCustomerResponse(\n    $caseId: ID!\n    $stepKey: String!\n    $accepted: Boolean!\n    $comment: String\n    $idempotencyKey: String\n  ) {\n    recordCustomerResponse(\n      caseId: $caseId\n      stepKey: $stepKey\n      accepted: $accepted\n      comment: $comment\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordCustomerResponse(\n    $caseId: ID!\n    $stepKey: String!\n    $accepted: Boolean!\n    $comment: String\n    $idempotencyKey: String\n  ) {\n    recordCustomerResponse(\n      caseId: $caseId\n      stepKey: $stepKey\n      accepted: $accepted\n      comment: $comment\n      idempotencyKey: $idempotencyKey\n    ) {\n      ...StepCommandFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddStepAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n    $stepKey: String\n    $idempotencyKey: String\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n      stepKey: $stepKey\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n',
): (typeof documents)['\n  mutation AddStepAttachment(\n    $caseId: ID!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n    $stepKey: String\n    $idempotencyKey: String\n  ) {\n    addAttachment(\n      caseId: $caseId\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n      stepKey: $stepKey\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      fileName\n      contentType\n      size\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n    slaPolicyKey\n    routing {\n      departmentCode\n      queueCode\n    }\n    regulatoryCodes {\n      jrtBusinessType\n      jrtCause\n      cfpbProduct\n      cfpbIssue\n    }\n    requiredFields\n  }\n',
): (typeof documents)['\n  fragment ComplaintCategoryFields on ComplaintCategory {\n    id\n    code\n    name {\n      zh\n      en\n    }\n    path\n    depth\n    order\n    active\n    severity\n    slaPolicyKey\n    routing {\n      departmentCode\n      queueCode\n    }\n    regulatoryCodes {\n      jrtBusinessType\n      jrtCause\n      cfpbProduct\n      cfpbIssue\n    }\n    requiredFields\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplaintCategories($first: Int!, $after: String) {\n    complaintCategories(first: $first, after: $after) {\n      edges {\n        node {\n          ...ComplaintCategoryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplaintCategoryOptions {\n    complaintCategoryOptions {\n      jrtBusinessTypes {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      jrtCauses {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      slaPolicies {\n        key\n        name {\n          zh\n          en\n        }\n        flowKeys\n      }\n      fields {\n        name\n        type\n        label {\n          zh\n          en\n        }\n        form {\n          zh\n          en\n        }\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ComplaintCategoryOptions {\n    complaintCategoryOptions {\n      jrtBusinessTypes {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      jrtCauses {\n        key\n        value\n        label {\n          zh\n          en\n        }\n      }\n      slaPolicies {\n        key\n        name {\n          zh\n          en\n        }\n        flowKeys\n      }\n      fields {\n        name\n        type\n        label {\n          zh\n          en\n        }\n        form {\n          zh\n          en\n        }\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        code\n        name {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateComplaintCategory($input: CreateComplaintCategoryInput!) {\n    createComplaintCategory(input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateComplaintCategory($id: ID!, $input: UpdateComplaintCategoryInput!) {\n    updateComplaintCategory(id: $id, input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateComplaintCategory($id: ID!, $input: UpdateComplaintCategoryInput!) {\n    updateComplaintCategory(id: $id, input: $input) {\n      ...ComplaintCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveComplaintCategory($id: ID!, $parentId: ID, $order: Int) {\n    moveComplaintCategory(id: $id, parentId: $parentId, order: $order) {\n      ...ComplaintCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveComplaintCategory($id: ID!, $parentId: ID, $order: Int) {\n    moveComplaintCategory(id: $id, parentId: $parentId, order: $order) {\n      ...ComplaintCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderComplaintCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderComplaintCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      ...ComplaintCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderComplaintCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderComplaintCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      ...ComplaintCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetComplaintCategoryActive($id: ID!, $active: Boolean!) {\n    setComplaintCategoryActive(id: $id, active: $active) {\n      ...ComplaintCategoryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetComplaintCategoryActive($id: ID!, $active: Boolean!) {\n    setComplaintCategoryActive(id: $id, active: $active) {\n      ...ComplaintCategoryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteComplaintCategory($id: ID!) {\n    deleteComplaintCategory(id: $id)\n  }\n',
): (typeof documents)['\n  mutation DeleteComplaintCategory($id: ID!) {\n    deleteComplaintCategory(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportComplaintCategories {\n    exportComplaintCategories {\n      fileName\n      contentBase64\n      count\n    }\n  }\n',
): (typeof documents)['\n  query ExportComplaintCategories {\n    exportComplaintCategories {\n      fileName\n      contentBase64\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportComplaintCategories($fileBase64: String!, $dryRun: Boolean!) {\n    importComplaintCategories(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      created\n      updated\n      unchanged\n      problems {\n        row\n        column\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportComplaintCategories($fileBase64: String!, $dryRun: Boolean!) {\n    importComplaintCategories(fileBase64: $fileBase64, dryRun: $dryRun) {\n      written\n      created\n      updated\n      unchanged\n      problems {\n        row\n        column\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicComplaintCategories {\n    publicComplaintCategories {\n      id\n      name {\n        zh\n        en\n      }\n      children {\n        id\n        name {\n          zh\n          en\n        }\n        children {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublicComplaintCategories {\n    publicComplaintCategories {\n      id\n      name {\n        zh\n        en\n      }\n      children {\n        id\n        name {\n          zh\n          en\n        }\n        children {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitComplaint($input: PublicComplaintInput!, $idempotencyKey: String!) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      caseReference\n      trackingUrl\n      expiresAt\n      deadline\n      replayed\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitComplaint($input: PublicComplaintInput!, $idempotencyKey: String!) {\n    submitComplaint(input: $input, idempotencyKey: $idempotencyKey) {\n      caseReference\n      trackingUrl\n      expiresAt\n      deadline\n      replayed\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplaintTracking($token: String!) {\n    complaintTracking(token: $token) {\n      caseReference\n      categoryName {\n        zh\n        en\n      }\n      departmentName {\n        zh\n        en\n      }\n      status\n      receivedAt\n      deadline\n      entries {\n        at\n        text {\n          zh\n          en\n        }\n      }\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query ComplaintTracking($token: String!) {\n    complaintTracking(token: $token) {\n      caseReference\n      categoryName {\n        zh\n        en\n      }\n      departmentName {\n        zh\n        en\n      }\n      status\n      receivedAt\n      deadline\n      entries {\n        at\n        text {\n          zh\n          en\n        }\n      }\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query IntakeForm($token: String!) {\n    intakeForm(token: $token) {\n      flowName {\n        zh\n        en\n      }\n      templateKey\n      stepKey\n      form\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitIntake($token: String!, $customer: CustomerInput, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitIntake($token: String!, $customer: CustomerInput, $data: JSON!, $idempotencyKey: String!) {\n    submitIntake(token: $token, customer: $customer, data: $data, idempotencyKey: $idempotencyKey) {\n      caseReference\n      replayed\n      followUpLink {\n        url\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanPreviewFields on RepaymentPlanPreview {\n    kind\n    owedTotal {\n      fen\n    }\n    forgiven {\n      fen\n    }\n    downPayment {\n      fen\n    }\n    financed {\n      fen\n    }\n    totalDue {\n      fen\n    }\n    termMonths\n    annualisedRate\n    schedule {\n      period\n      dueDate\n      principal {\n        fen\n      }\n      interest {\n        fen\n      }\n      fee {\n        fen\n      }\n      total {\n        fen\n      }\n      remainingPrincipal {\n        fen\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AgreementClauseFields on AgreementClauseText {\n    key\n    title\n    parts {\n      text\n      scheduleRows {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n      scheduleTotal {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment AgreementClauseFields on AgreementClauseText {\n    key\n    title\n    parts {\n      text\n      scheduleRows {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n      scheduleTotal {\n        period\n        dueDate\n        principal\n        interest\n        fee\n        total\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n    agreementText {\n      zh {\n        ...AgreementClauseFields\n      }\n      en {\n        ...AgreementClauseFields\n      }\n    }\n    formSteps {\n      stepKey\n      name {\n        zh\n        en\n      }\n      form\n      context\n    }\n  }\n',
): (typeof documents)['\n  fragment CustomerViewFields on CustomerView {\n    caseReference\n    customerName\n    actions\n    expiresAt\n    offer {\n      id\n      status\n      plan {\n        ...PlanPreviewFields\n      }\n    }\n    agreement {\n      id\n      sha256\n      size\n      signatureKind\n      signerName\n      signedAt\n    }\n    agreementText {\n      zh {\n        ...AgreementClauseFields\n      }\n      en {\n        ...AgreementClauseFields\n      }\n    }\n    formSteps {\n      stepKey\n      name {\n        zh\n        en\n      }\n      form\n      context\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n',
): (typeof documents)['\n  query CustomerAgreementPdf($token: String!) {\n    customerView(token: $token) {\n      agreementPdfBase64\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n',
): (typeof documents)['\n  query CustomerView($token: String!) {\n    customerView(token: $token) {\n      ...CustomerViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptOffer($token: String!, $idempotencyKey: String) {\n    acceptOffer(token: $token, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CounterOffer($token: String!, $comment: String!, $idempotencyKey: String) {\n    counterOffer(token: $token, comment: $comment, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SignAgreement($token: String!, $signature: SignatureInput!, $idempotencyKey: String) {\n    signAgreement(token: $token, signature: $signature, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitCustomerStep($token: String!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitCustomerStep(token: $token, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitCustomerStep($token: String!, $stepKey: String!, $data: JSON!, $idempotencyKey: String) {\n    submitCustomerStep(token: $token, stepKey: $stepKey, data: $data, idempotencyKey: $idempotencyKey) {\n      ...CustomerViewFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UploadCustomerFile(\n    $token: String!\n    $stepKey: String!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    uploadCustomerFile(\n      token: $token\n      stepKey: $stepKey\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      name\n      sizeBytes\n      mime\n    }\n  }\n',
): (typeof documents)['\n  mutation UploadCustomerFile(\n    $token: String!\n    $stepKey: String!\n    $fileName: String!\n    $contentType: String!\n    $contentBase64: String!\n  ) {\n    uploadCustomerFile(\n      token: $token\n      stepKey: $stepKey\n      fileName: $fileName\n      contentType: $contentType\n      contentBase64: $contentBase64\n    ) {\n      id\n      name\n      sizeBytes\n      mime\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      status\n      title {\n        zh\n        en\n      }\n      form\n      caseReference\n      expiresAt\n      answeredAt\n    }\n  }\n',
): (typeof documents)['\n  query PublicSurvey($token: String!) {\n    publicSurvey(token: $token) {\n      status\n      title {\n        zh\n        en\n      }\n      form\n      caseReference\n      expiresAt\n      answeredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitSurveyAnswer($token: String!, $answers: JSON!) {\n    submitSurveyAnswer(token: $token, answers: $answers) {\n      status\n      answeredAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitSurveyAnswer($token: String!, $answers: JSON!) {\n    submitSurveyAnswer(token: $token, answers: $answers) {\n      status\n      answeredAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseSurveys($id: ID!) {\n    case(id: $id) {\n      id\n      surveyInvitations {\n        id\n        surveyKey\n        surveyVersion\n        trigger\n        stepKey\n        expiresAt\n        sentAt\n        remindedAt\n        answeredAt\n        answer {\n          id\n          scores {\n            nps\n            csat\n            ces\n          }\n          texts {\n            name\n            title {\n              zh\n              en\n            }\n            text\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseSurveys($id: ID!) {\n    case(id: $id) {\n      id\n      surveyInvitations {\n        id\n        surveyKey\n        surveyVersion\n        trigger\n        stepKey\n        expiresAt\n        sentAt\n        remindedAt\n        answeredAt\n        answer {\n          id\n          scores {\n            nps\n            csat\n            ces\n          }\n          texts {\n            name\n            title {\n              zh\n              en\n            }\n            text\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PublishedSurveysForCase($first: Int) {\n    surveys(first: $first) {\n      edges {\n        node {\n          key\n          title {\n            zh\n            en\n          }\n          version\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PublishedSurveysForCase($first: Int) {\n    surveys(first: $first) {\n      edges {\n        node {\n          key\n          title {\n            zh\n            en\n          }\n          version\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendSurvey($caseId: ID!, $surveyKey: String!, $idempotencyKey: String) {\n    sendSurvey(caseId: $caseId, surveyKey: $surveyKey, idempotencyKey: $idempotencyKey) {\n      id\n      surveyKey\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SendSurvey($caseId: ID!, $surveyKey: String!, $idempotencyKey: String) {\n    sendSurvey(caseId: $caseId, surveyKey: $surveyKey, idempotencyKey: $idempotencyKey) {\n      id\n      surveyKey\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FlowTemplates($first: Int!, $after: String, $withDraft: Boolean!) {\n    flowTemplates(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          key\n          name {\n            zh\n            en\n          }\n          kind\n          archived\n          updatedAt\n          latestVersion {\n            version\n            publishedAt\n            publishedBy {\n              displayName\n            }\n          }\n          versions {\n            version\n            openCaseCount\n          }\n          draft @include(if: $withDraft) {\n            revision\n            state\n            updatedAt\n            updatedBy {\n              displayName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      description {\n        zh\n        en\n      }\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SeedFlowTemplates {\n    seedFlowTemplates {\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      source\n      description {\n        zh\n        en\n      }\n      steps {\n        key\n        kind\n      }\n      transitions {\n        from\n        to\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateFlowTemplate($input: CreateFlowTemplateInput!) {\n    createFlowTemplate(input: $input) {\n      id\n      key\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n',
): (typeof documents)['\n  mutation ImportFlowTemplate($document: JSON!, $key: String) {\n    importFlowTemplate(document: $document, key: $key) {\n      id\n      key\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveFlowTemplate($key: String!) {\n    archiveFlowTemplate(key: $key) {\n      id\n      key\n      archived\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n',
): (typeof documents)['\n  query ExportFlowTemplate($key: String!) {\n    exportFlowTemplate(key: $key)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignerTemplate($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      name {\n        zh\n        en\n      }\n      kind\n      archived\n      latestVersion {\n        version\n      }\n      draft {\n        definition\n        revision\n        state\n        updatedAt\n        updatedBy {\n          displayName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveFlowDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveFlowDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      revision\n      state\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishFlowDraft($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishFlowTemplate(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DesignerServerValidation($definition: JSON!) {\n    validateFlowDefinition(definition: $definition) {\n      problems {\n        code\n        path\n        severity\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PanelPlatform {\n    roles {\n      key\n      name {\n        zh\n        en\n      }\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n',
): (typeof documents)['\n  query PanelCalendars {\n    slaCalendars {\n      key\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyRefLibrary($after: String) {\n    surveys(first: 200, after: $after, includeArchived: true) {\n      edges {\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyRefLibrary($after: String) {\n    surveys(first: 200, after: $after, includeArchived: true) {\n      edges {\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DraftWhatIf($key: String!, $last: Int) {\n    simulateDraftOnCases(templateKey: $key, last: $last) {\n      templateKey\n      publishedVersion\n      draftRevision\n      total\n      differentPath\n      slaChanged\n      blocked\n      skipped\n      differentPathExamples {\n        caseId\n        reference\n        recordedStep\n        draftStep\n      }\n      blockedExamples {\n        caseId\n        reference\n        command\n        stepKey\n        refusalCode\n        refusalMessage {\n          zh\n          en\n        }\n      }\n      slaChangedExamples {\n        caseId\n        reference\n        recordedBreached\n        draftBreached\n      }\n      refusals {\n        code\n        count\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DraftWhatIf($key: String!, $last: Int) {\n    simulateDraftOnCases(templateKey: $key, last: $last) {\n      templateKey\n      publishedVersion\n      draftRevision\n      total\n      differentPath\n      slaChanged\n      blocked\n      skipped\n      differentPathExamples {\n        caseId\n        reference\n        recordedStep\n        draftStep\n      }\n      blockedExamples {\n        caseId\n        reference\n        command\n        stepKey\n        refusalCode\n        refusalMessage {\n          zh\n          en\n        }\n      }\n      slaChangedExamples {\n        caseId\n        reference\n        recordedBreached\n        draftBreached\n      }\n      refusals {\n        code\n        count\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionHistory($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      versions {\n        id\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedBy {\n          displayName\n        }\n        openCaseCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionHistory($key: String!) {\n    flowTemplate(key: $key) {\n      id\n      key\n      versions {\n        id\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedBy {\n          displayName\n        }\n        openCaseCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionDefinition($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      definition\n    }\n  }\n',
): (typeof documents)['\n  query VersionDefinition($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      definition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionDiff($key: String!, $from: Int!, $to: Int!) {\n    flowVersionDiff(templateKey: $key, fromVersion: $from, toVersion: $to) {\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionDiff($key: String!, $from: Int!, $to: Int!) {\n    flowVersionDiff(templateKey: $key, fromVersion: $from, toVersion: $to) {\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VersionOpenCases($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      openCases(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            reference\n            status\n            activeSteps\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query VersionOpenCases($key: String!, $version: Int!) {\n    flowVersion(templateKey: $key, version: $version) {\n      id\n      version\n      openCases(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            reference\n            status\n            activeSteps\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RollbackFlow($key: String!, $toVersion: Int!, $releaseNotes: String) {\n    rollbackFlowTemplate(key: $key, toVersion: $toVersion, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation RollbackFlow($key: String!, $toVersion: Int!, $releaseNotes: String) {\n    rollbackFlowTemplate(key: $key, toVersion: $toVersion, releaseNotes: $releaseNotes) {\n      id\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanCaseMigration($key: String!, $from: Int!, $to: Int!, $mapping: [StepMappingInput!]!) {\n    planCaseMigration(templateKey: $key, fromVersion: $from, toVersion: $to, stepMapping: $mapping) {\n      migratableCount\n      blockedCount\n      cases {\n        caseId\n        reference\n        migratable\n        fromSteps\n        toSteps\n        changes {\n          zh\n          en\n        }\n        problems {\n          code\n          path\n          severity\n          message {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanCaseMigration($key: String!, $from: Int!, $to: Int!, $mapping: [StepMappingInput!]!) {\n    planCaseMigration(templateKey: $key, fromVersion: $from, toVersion: $to, stepMapping: $mapping) {\n      migratableCount\n      blockedCount\n      cases {\n        caseId\n        reference\n        migratable\n        fromSteps\n        toSteps\n        changes {\n          zh\n          en\n        }\n        problems {\n          code\n          path\n          severity\n          message {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MigrateCases(\n    $key: String!\n    $from: Int!\n    $to: Int!\n    $mapping: [StepMappingInput!]!\n    $caseIds: [ID!]\n    $idempotencyKey: String\n  ) {\n    migrateCases(\n      templateKey: $key\n      fromVersion: $from\n      toVersion: $to\n      stepMapping: $mapping\n      caseIds: $caseIds\n      idempotencyKey: $idempotencyKey\n    ) {\n      migrated\n      skipped\n      failed\n      results {\n        caseId\n        reference\n        outcome\n        code\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation MigrateCases(\n    $key: String!\n    $from: Int!\n    $to: Int!\n    $mapping: [StepMappingInput!]!\n    $caseIds: [ID!]\n    $idempotencyKey: String\n  ) {\n    migrateCases(\n      templateKey: $key\n      fromVersion: $from\n      toVersion: $to\n      stepMapping: $mapping\n      caseIds: $caseIds\n      idempotencyKey: $idempotencyKey\n    ) {\n      migrated\n      skipped\n      failed\n      results {\n        caseId\n        reference\n        outcome\n        code\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightFlowNames {\n    flowTemplates(first: 100) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          versions {\n            version\n            steps {\n              key\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightFlowNames {\n    flowTemplates(first: 100) {\n      edges {\n        node {\n          key\n          name {\n            zh\n            en\n          }\n          versions {\n            version\n            steps {\n              key\n              name {\n                zh\n                en\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    assignableUsers {\n      id\n      displayName\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightNames {\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n    }\n    assignableUsers {\n      id\n      displayName\n    }\n    complaintCategories(first: 200) {\n      edges {\n        node {\n          id\n          name {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightRootCauses {\n    complaintRootCauses {\n      code\n      label {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightStatus {\n    insightStatus {\n      lagMs\n      caughtUp\n      foldedUpTo\n    }\n  }\n',
): (typeof documents)['\n  query InsightStatus {\n    insightStatus {\n      lagMs\n      caughtUp\n      foldedUpTo\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightVolumeTab($filter: InsightFilter!) {\n    insightVolume(filter: $filter) {\n      days {\n        day\n        opened\n        closed\n        cancelled\n      }\n      opened\n      closed\n      cancelled\n      openNow\n      byChannel {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byFlow {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byCategory {\n        key\n        opened\n        closed\n        cancelled\n      }\n      backlog {\n        step\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightVolumeTab($filter: InsightFilter!) {\n    insightVolume(filter: $filter) {\n      days {\n        day\n        opened\n        closed\n        cancelled\n      }\n      opened\n      closed\n      cancelled\n      openNow\n      byChannel {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byFlow {\n        key\n        opened\n        closed\n        cancelled\n      }\n      byCategory {\n        key\n        opened\n        closed\n        cancelled\n      }\n      backlog {\n        step\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightTimeTab($filter: InsightFilter!) {\n    insightTimeInStep(filter: $filter) {\n      steps {\n        step\n        entered\n        left\n        count\n        averageMs\n      }\n    }\n    insightSla(filter: $filter) {\n      compliance\n      days {\n        day\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n      totals {\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightTimeTab($filter: InsightFilter!) {\n    insightTimeInStep(filter: $filter) {\n      steps {\n        step\n        entered\n        left\n        count\n        averageMs\n      }\n    }\n    insightSla(filter: $filter) {\n      compliance\n      days {\n        day\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n      totals {\n        breaches\n        met\n        missed\n        regulatoryOnTime\n        regulatoryExtended\n        regulatoryLate\n        extensions\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightNegotiationTab($filter: InsightFilter!) {\n    insightNegotiation(filter: $filter) {\n      days {\n        day\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n      totals {\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n    }\n    insightVolume(filter: $filter) {\n      opened\n    }\n  }\n',
): (typeof documents)['\n  query InsightNegotiationTab($filter: InsightFilter!) {\n    insightNegotiation(filter: $filter) {\n      days {\n        day\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n      totals {\n        offersProposed\n        offersAccepted\n        changesRequested\n        agreementsSigned\n        restructured\n        waived\n      }\n    }\n    insightVolume(filter: $filter) {\n      opened\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InsightScores on SatisfactionScores {\n    sent\n    answered\n    responseRate\n    npsCount\n    nps\n    csatCount\n    csat\n    cesCount\n    ces\n  }\n',
): (typeof documents)['\n  fragment InsightScores on SatisfactionScores {\n    sent\n    answered\n    responseRate\n    npsCount\n    nps\n    csatCount\n    csat\n    cesCount\n    ces\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightSatisfactionTab($filter: InsightFilter!) {\n    insightSatisfaction(filter: $filter) {\n      totals {\n        ...InsightScores\n      }\n      days {\n        day\n        scores {\n          ...InsightScores\n        }\n      }\n      byAgent {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byFlow {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byCategory {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byOutcome {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      complaintRate\n      complaintsOpened\n      customersServed\n      complaintRateDays {\n        day\n        complaints\n        served\n        rate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightSatisfactionTab($filter: InsightFilter!) {\n    insightSatisfaction(filter: $filter) {\n      totals {\n        ...InsightScores\n      }\n      days {\n        day\n        scores {\n          ...InsightScores\n        }\n      }\n      byAgent {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byFlow {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byCategory {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      byOutcome {\n        key\n        scores {\n          ...InsightScores\n        }\n      }\n      complaintRate\n      complaintsOpened\n      customersServed\n      complaintRateDays {\n        day\n        complaints\n        served\n        rate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightFindingsTab($filter: InsightFilter!) {\n    insightFindings(filter: $filter) {\n      total\n      byCause {\n        rootCause\n        count\n      }\n      byCategory {\n        category\n        rootCause\n        count\n      }\n      days {\n        day\n        rootCause\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightFindingsTab($filter: InsightFilter!) {\n    insightFindings(filter: $filter) {\n      total\n      byCause {\n        rootCause\n        count\n      }\n      byCategory {\n        category\n        rootCause\n        count\n      }\n      days {\n        day\n        rootCause\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InsightComplaintReport($filter: InsightFilter!) {\n    complaintReport(filter: $filter) {\n      from\n      to\n      rows {\n        ...InsightReportRow\n      }\n      totals {\n        ...InsightReportRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InsightComplaintReport($filter: InsightFilter!) {\n    complaintReport(filter: $filter) {\n      from\n      to\n      rows {\n        ...InsightReportRow\n      }\n      totals {\n        ...InsightReportRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InsightReportRow on ComplaintReportRow {\n    channel\n    businessType\n    cause\n    received\n    closed\n    closedOnTime\n    extended\n    late\n    open\n    onTimeShare\n    outcomes {\n      outcome\n      count\n    }\n  }\n',
): (typeof documents)['\n  fragment InsightReportRow on ComplaintReportRow {\n    channel\n    businessType\n    cause\n    received\n    closed\n    closedOnTime\n    extended\n    late\n    open\n    onTimeShare\n    outcomes {\n      outcome\n      count\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scopes\n    rateLimitPerMinute\n    keyPrefix\n    revokedAt\n    createdAt\n    createdBy\n    lastUsedAt\n  }\n',
): (typeof documents)['\n  fragment ApiClientFields on ApiClient {\n    id\n    name\n    scopes\n    rateLimitPerMinute\n    keyPrefix\n    revokedAt\n    createdAt\n    createdBy\n    lastUsedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      key\n      client {\n        ...ApiClientFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) {\n      ...ApiClientFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    name\n    url\n    eventTypes\n    active\n    createdAt\n    createdBy\n    disabledAt\n    secretRotatedAt\n    previousSecretValidUntil\n  }\n',
): (typeof documents)['\n  fragment WebhookSubscriptionFields on WebhookSubscription {\n    id\n    name\n    url\n    eventTypes\n    active\n    createdAt\n    createdBy\n    disabledAt\n    secretRotatedAt\n    previousSecretValidUntil\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Webhooks($first: Int) {\n    webhookSubscriptionsPage(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    webhookEventTypes {\n      type\n      label {\n        zh\n        en\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Webhooks($first: Int) {\n    webhookSubscriptionsPage(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    webhookEventTypes {\n      type\n      label {\n        zh\n        en\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateWebhook($input: CreateWebhookSubscriptionInput!) {\n    createWebhookSubscription(input: $input) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisableWebhook($id: ID!) {\n    disableWebhookSubscription(id: $id) {\n      ...WebhookSubscriptionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DisableWebhook($id: ID!) {\n    disableWebhookSubscription(id: $id) {\n      ...WebhookSubscriptionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RotateWebhookSecret($id: ID!, $graceHours: Int) {\n    rotateWebhookSecret(id: $id, graceHours: $graceHours) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation RotateWebhookSecret($id: ID!, $graceHours: Int) {\n    rotateWebhookSecret(id: $id, graceHours: $graceHours) {\n      secret\n      subscription {\n        ...WebhookSubscriptionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    test\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    deliveredAt\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment WebhookDeliveryFields on WebhookDelivery {\n    id\n    eventId\n    eventType\n    test\n    status\n    attempts\n    nextAttemptAt\n    lastStatusCode\n    lastError\n    deliveredAt\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {\n    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookDeliveryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SendTestWebhook($id: ID!) {\n    sendTestWebhook(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReplayWebhookDelivery($id: ID!) {\n    replayWebhookDelivery(id: $id) {\n      ...WebhookDeliveryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ApiClientsPage($first: Int, $after: String) {\n    apiClientsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ApiClientsPage($first: Int, $after: String) {\n    apiClientsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiClientFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateApiClient($id: ID!, $input: UpdateApiClientInput!) {\n    updateApiClient(id: $id, input: $input) {\n      ...ApiClientFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateApiClient($id: ID!, $input: UpdateApiClientInput!) {\n    updateApiClient(id: $id, input: $input) {\n      ...ApiClientFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WebhookSubscriptionsPage($first: Int, $after: String) {\n    webhookSubscriptionsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WebhookSubscriptionsPage($first: Int, $after: String) {\n    webhookSubscriptionsPage(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...WebhookSubscriptionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookSubscriptionInput!) {\n    updateWebhookSubscription(id: $id, input: $input) {\n      ...WebhookSubscriptionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OverviewQueueCount on QueueCount {\n    queue {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    open\n    unassigned\n    overdue\n  }\n',
): (typeof documents)['\n  fragment OverviewQueueCount on QueueCount {\n    queue {\n      id\n      code\n      name {\n        zh\n        en\n      }\n    }\n    open\n    unassigned\n    overdue\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query QueueOverview {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  query QueueOverview {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n    departments {\n      code\n      name {\n        zh\n        en\n      }\n      queues {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription QueueOverviewLive {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n  }\n',
): (typeof documents)['\n  subscription QueueOverviewLive {\n    queueCounts {\n      ...OverviewQueueCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n',
): (typeof documents)['\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      username\n      displayName\n      permissions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n',
): (typeof documents)['\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Surveys($first: Int!, $after: String, $includeArchived: Boolean) {\n    surveys(first: $first, after: $after, includeArchived: $includeArchived) {\n      edges {\n        cursor\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          draftRevision\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Surveys($first: Int!, $after: String, $includeArchived: Boolean) {\n    surveys(first: $first, after: $after, includeArchived: $includeArchived) {\n      edges {\n        cursor\n        node {\n          id\n          key\n          title {\n            zh\n            en\n          }\n          version\n          draftRevision\n          archived\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Survey($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n',
): (typeof documents)['\n  query Survey($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n      key\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      id\n      key\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveSurveyDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveSurveyDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveSurveyDraft($key: String!, $baseRevision: Int!, $definition: JSON!) {\n    saveSurveyDraft(key: $key, baseRevision: $baseRevision, definition: $definition) {\n      id\n      key\n      title {\n        zh\n        en\n      }\n      version\n      draftRevision\n      draftDefinition\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishSurvey($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishSurvey($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyReferences($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      referencedBy {\n        flowKey\n        flowName {\n          zh\n          en\n        }\n        flowVersion\n        draftRevision\n        path\n        pin\n        pinnedVersion\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyReferences($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      referencedBy {\n        flowKey\n        flowName {\n          zh\n          en\n        }\n        flowVersion\n        draftRevision\n        path\n        pin\n        pinnedVersion\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveSurvey($key: String!, $reason: String!) {\n    archiveSurvey(key: $key, reason: $reason) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveSurvey($key: String!, $reason: String!) {\n    archiveSurvey(key: $key, reason: $reason) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestoreSurvey($key: String!) {\n    restoreSurvey(key: $key) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n',
): (typeof documents)['\n  mutation RestoreSurvey($key: String!) {\n    restoreSurvey(key: $key) {\n      id\n      key\n      archived\n      archivedAt\n      archivedByName\n      archiveReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyVersionsHistory($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      draftRevision\n      versions {\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedByName\n        restoredFrom\n        definition\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyVersionsHistory($key: String!) {\n    survey(key: $key) {\n      id\n      key\n      draftRevision\n      versions {\n        version\n        contentHash\n        releaseNotes\n        publishedAt\n        publishedByName\n        restoredFrom\n        definition\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SurveyVersionsDiff($key: String!, $from: Int!, $to: Int!) {\n    surveyVersionDiff(key: $key, fromVersion: $from, toVersion: $to) {\n      questionsAdded\n      questionsRemoved\n      questionsChanged\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SurveyVersionsDiff($key: String!, $from: Int!, $to: Int!) {\n    surveyVersionDiff(key: $key, fromVersion: $from, toVersion: $to) {\n      questionsAdded\n      questionsRemoved\n      questionsChanged\n      changes {\n        area\n        key\n        kind\n        values {\n          path\n          before\n          after\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SurveyVersionsPublish($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n',
): (typeof documents)['\n  mutation SurveyVersionsPublish($key: String!, $baseRevision: Int!, $releaseNotes: String) {\n    publishSurvey(key: $key, baseRevision: $baseRevision, releaseNotes: $releaseNotes) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SurveyVersionsRollback($key: String!, $toVersion: Int!, $baseRevision: Int!) {\n    rollbackSurvey(key: $key, toVersion: $toVersion, baseRevision: $baseRevision) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n',
): (typeof documents)['\n  mutation SurveyVersionsRollback($key: String!, $toVersion: Int!, $baseRevision: Int!) {\n    rollbackSurvey(key: $key, toVersion: $toVersion, baseRevision: $baseRevision) {\n      id\n      key\n      version\n      draftRevision\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
