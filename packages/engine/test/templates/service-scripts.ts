import { customer, file, hourly, staff, system } from './script-helpers';

/** Test runs of the service templates (seed 004): reception, service plan, complaints, surveys, loans. */

const frontDesk = staff('desk', 'front-desk');
const manager = staff('rm', 'agent');
export const reception = hourly([
  { type: 'start', caseId: 'rec-1', actor: customer },
  {
    type: 'submitStep',
    stepKey: 'appointment',
    actor: customer,
    data: {
      appointmentChannel: 'online',
      companyName: '某科技有限公司',
      contactName: '赵六',
      contactMobile: '13600002222',
      visitDate: '2026-03-05',
      requestedService: 'loan',
    },
  },
  { type: 'submitStep', stepKey: 'front-desk', actor: frontDesk, data: { arrived: 'yes' } },
  {
    type: 'logCommunication',
    stepKey: 'meet-manager',
    actor: manager,
    channel: 'visit',
    contact: 'branch',
    answered: true,
    summary: '了解融资需求',
  },
  {
    type: 'submitStep',
    stepKey: 'collect-documents',
    actor: manager,
    data: {
      businessLicence: file('licence.pdf'),
      organisationCode: file('code.pdf'),
      taxRegistration: file('tax.pdf'),
    },
  },
  { type: 'approve', stepKey: 'check-documents', actor: manager },
  {
    type: 'submitStep',
    stepKey: 'handle-business',
    actor: staff('co', 'credit-officer'),
    data: { handlingResult: '已受理贷款申请', loanAmountFen: 200_000_000 },
  },
]);

const spAgent = staff('sp-agent', 'agent');
export const servicePlan = hourly([
  { type: 'start', caseId: 'sp-1', actor: spAgent },
  {
    type: 'submitStep',
    stepKey: 'needs',
    actor: spAgent,
    data: {
      companyName: '某商贸公司',
      industry: 'trade',
      needs: ['settlement', 'wealth'],
      situation: '现金流稳定',
    },
  },
  {
    type: 'submitStep',
    stepKey: 'draft-plan',
    actor: spAgent,
    data: { planContent: '现金管理方案', planProcess: '季度回顾', feeFen: 1_200_000 },
  },
  { type: 'reject', stepKey: 'superior-review', actor: staff('sup-dept', 'superior'), reason: '收费偏高' },
  {
    type: 'submitStep',
    stepKey: 'draft-plan',
    actor: spAgent,
    data: { planContent: '现金管理方案', planProcess: '季度回顾', feeFen: 800_000 },
  },
  { type: 'approve', stepKey: 'superior-review', actor: staff('sup-dept', 'superior') },
  { type: 'customerAccept', stepKey: 'customer-confirms', actor: customer },
  { type: 'submitStep', stepKey: 'implement', actor: spAgent, data: { implementationNote: '已开通' } },
]);

const service = staff('svc', 'service-dept');
export const complaint = hourly([
  { type: 'start', caseId: 'cp-1', actor: service },
  {
    type: 'submitStep',
    stepKey: 'receive',
    actor: service,
    data: {
      complaintChannel: 'letter',
      complainantName: '钱七',
      complainantMobile: '13500003333',
      complaintText: '理财产品风险披露不充分',
      amountInvolvedFen: 5_000_000,
    },
  },
  {
    type: 'submitStep',
    stepKey: 'classify',
    actor: service,
    data: { category: 'product', businessType: 'other', cause: 'disclosure', feedbackMethod: 'written' },
  },
  { type: 'extendDeadline', actor: service, reason: '需调取销售录音，情况复杂' },
  {
    type: 'submitStep',
    stepKey: 'handle',
    actor: staff('prod', 'product-dept'),
    data: {
      confirmedProblem: '风险揭示书未签署',
      rootCause: '销售流程缺失',
      solution: '补偿并整改',
      implemented: 'yes',
    },
  },
  { type: 'submitStep', stepKey: 'track', actor: service, data: { trackingStatus: 'resolved' } },
  { type: 'submitStep', stepKey: 'follow-up', actor: service, data: { complainantSatisfaction: 4 } },
]);

export const satisfaction = hourly([
  { type: 'start', caseId: 'sat-1', actor: system },
  { after: 'P8D' },
  {
    type: 'submitStep',
    stepKey: 'survey',
    actor: customer,
    data: { satisfaction: 2, surveyComment: '等待太久' },
  },
  {
    type: 'logCommunication',
    stepKey: 'call-back',
    actor: staff('sat-agent', 'agent'),
    channel: 'phone',
    contact: '13800138000',
    answered: true,
    summary: '致歉并记录',
  },
  {
    type: 'submitStep',
    stepKey: 'record-issue',
    actor: staff('sat-agent', 'agent'),
    data: { issueNote: '办理时效慢', improvementArea: 'speed' },
  },
]);

const officer = staff('lo', 'credit-officer');
export const loan = hourly([
  { type: 'start', caseId: 'loan-1', actor: customer },
  {
    type: 'submitStep',
    stepKey: 'apply',
    actor: customer,
    data: {
      companyName: '某设备公司',
      loanAmountFen: 300_000_000,
      termMonths: 36,
      purpose: 'equipment',
      security: 'mortgage',
      repaymentCard: '6222021234567890128',
    },
  },
  {
    type: 'submitStep',
    stepKey: 'documents',
    actor: customer,
    data: {
      businessLicence: file('licence.pdf'),
      financialStatements: file('fs-2024.pdf'),
      collateralDocuments: file('deed.pdf'),
    },
  },
  { type: 'reject', stepKey: 'document-review', actor: officer, reason: '财务报表不是最新年度' },
  {
    type: 'submitStep',
    stepKey: 'documents',
    actor: customer,
    data: {
      businessLicence: file('licence.pdf'),
      financialStatements: file('fs-2025.pdf'),
      collateralDocuments: file('deed.pdf'),
    },
  },
  { type: 'approve', stepKey: 'document-review', actor: officer },
  {
    type: 'approve',
    stepKey: 'manager-approval',
    actor: staff('lm', 'credit-manager'),
    data: { approvedAmountFen: 250_000_000 },
  },
  {
    type: 'sign',
    stepKey: 'contract',
    actor: customer,
    signatureId: 'sig-loan',
    documentHash: 'sha256:loan',
  },
]);
