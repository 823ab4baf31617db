import type { Actor, Command, RepaymentPlanInput, SimulationScript, ScriptStep } from '../../src/index';
import { minshengScript } from '../support/minsheng-script';

const staff = (id: string, ...roles: string[]): Actor => ({ kind: 'staff', id, roles });
const customer: Actor = { kind: 'customer', id: 'c-1' };
const system: Actor = { kind: 'system', id: 'scheduler' };
const file = (name: string) => [{ id: `f-${name}`, name, sizeBytes: 120_000, mime: 'application/pdf' }];

/** Each command an hour after the previous one, unless the line says otherwise. */
function hourly(commands: readonly (Command | ScriptStep)[]): SimulationScript {
  return { steps: commands.map((c) => ('type' in c ? { after: 'PT1H', command: c } : c)) };
}

const owed = { principalFen: 8_000_000, interestFen: 600_000, penaltyInterestFen: 300_000, feesFen: 100_000 };

const xwAgent = staff('xw-agent', 'agent');
const xwSupervisor = staff('xw-sup', 'supervisor');
const xwBank = hourly([
  { type: 'start', caseId: 'xw-1', actor: customer },
  {
    type: 'submitStep',
    stepKey: 'feedback',
    actor: customer,
    data: {
      feedbackChannel: 'app',
      customerName: '李四',
      mobile: '13912345678',
      issue: '信用卡年费扣款有异议',
    },
  },
  {
    type: 'submitStep',
    stepKey: 'collect',
    actor: xwAgent,
    data: { details: '年费扣款时间与约定不符', products: ['payment'] },
  },
  {
    type: 'submitStep',
    stepKey: 'assess',
    actor: xwAgent,
    data: { nature: 'fees', complexity: 'complex', crossDepartment: 'yes' },
  },
  {
    type: 'submitStep',
    stepKey: 'department-input',
    actor: staff('xw-dept', 'department'),
    data: { departmentOpinion: '系统按合同扣费' },
  },
  {
    type: 'logCommunication',
    stepKey: 'negotiate',
    actor: xwAgent,
    channel: 'phone',
    contact: '13912345678',
    answered: true,
    summary: '说明扣费依据',
  },
  { type: 'submitStep', stepKey: 'propose', actor: xwAgent, data: { resolution: '退还一半年费' } },
  { type: 'customerCounter', stepKey: 'customer-verdict', actor: customer, comment: '要求全额退还' },
  { type: 'approve', stepKey: 're-review', actor: xwSupervisor, data: { revisedResolution: '维持退还一半' } },
  { type: 'customerCounter', stepKey: 're-verdict', actor: customer, comment: '仍不接受' },
  {
    type: 'submitStep',
    stepKey: 'mediation',
    actor: xwSupervisor,
    data: { mediator: '金融纠纷调解中心', mediationResult: 'failed' },
  },
  {
    type: 'submitStep',
    stepKey: 'cooperate',
    actor: xwSupervisor,
    data: { authority: 'regulator', cooperationNote: '已提交材料' },
  },
]);

const cmbcAgent = staff('cmbc-agent', 'agent');
const cmbc = hourly([
  { type: 'start', caseId: 'cmbc-1', actor: cmbcAgent },
  {
    type: 'submitStep',
    stepKey: 'contact',
    actor: cmbcAgent,
    data: {
      contactChannel: 'phone',
      customerName: '王五',
      mobile: '13700001111',
      issueType: 'repayment',
      amountOwedFen: 9_000_000,
      need: '因经营困难无法按时还款',
    },
  },
  {
    type: 'submitStep',
    stepKey: 'risk-analysis',
    actor: staff('cmbc-risk', 'risk'),
    data: { repaymentCapacity: 'medium' },
  },
  {
    type: 'submitStep',
    stepKey: 'service-analysis',
    actor: cmbcAgent,
    data: { serviceOpinion: '客户配合度高' },
  },
  {
    type: 'proposeOffer',
    stepKey: 'repayment-plan',
    actor: cmbcAgent,
    offer: {
      kind: 'interestFrozen',
      owed,
      waivers: { penaltyInterest: { percent: '10' } },
      startDate: '2026-03-10',
      termMonths: 24,
    } satisfies RepaymentPlanInput,
  },
  { type: 'customerAccept', stepKey: 'consensus', actor: customer },
  {
    type: 'sign',
    stepKey: 'written-confirmation',
    actor: customer,
    signatureId: 'sig-cmbc',
    documentHash: 'sha256:cmbc',
  },
  { type: 'submitStep', stepKey: 'next-steps', actor: cmbcAgent, data: { nextSteps: '每月 10 日自动扣款' } },
  { after: 'P31D' },
  { type: 'submitStep', stepKey: 'return-visit', actor: customer, data: { satisfaction: 5 } },
]);

const icbcAgent = staff('icbc-agent', 'agent');
const icbcSupervisor = staff('icbc-sup', 'supervisor');
const icbc = hourly([
  { type: 'start', caseId: 'icbc-1', actor: icbcAgent },
  {
    type: 'submitStep',
    stepKey: 'identify',
    actor: icbcAgent,
    data: {
      identifyChannel: 'branch',
      customerType: 'enterprise',
      customerName: '某制造企业',
      nature: 'credit',
      complexity: 'high',
      issueDescription: '市场波动导致未能按时还款',
    },
  },
  {
    type: 'logCommunication',
    stepKey: 'first-talk',
    actor: icbcAgent,
    channel: 'visit',
    contact: 'factory-office',
    answered: true,
    summary: '了解还款困难原因',
  },
  {
    type: 'submitStep',
    stepKey: 'expert-analysis',
    actor: staff('icbc-expert', 'expert'),
    data: { expertAnalysis: '建议展期并重新制定还款计划' },
  },
  {
    type: 'proposeOffer',
    stepKey: 'expert-scheme',
    actor: icbcSupervisor,
    offer: {
      kind: 'extension',
      owed,
      startDate: '2026-02-25',
      annualRate: '0.045',
      originalLoan: { startDate: '2025-03-01', maturityDate: '2026-03-01' },
      newMaturityDate: '2026-09-01',
      applicationDate: '2026-02-20',
      repayment: 'equalInstalment',
    } satisfies RepaymentPlanInput,
  },
  { type: 'approve', stepKey: 'scheme-review', actor: icbcSupervisor, comment: '同意展期' },
  { type: 'customerAccept', stepKey: 'customer-agrees', actor: customer },
  {
    type: 'submitStep',
    stepKey: 'execute',
    actor: icbcAgent,
    data: { executionStatus: 'done', progressNote: '展期协议已生效' },
  },
  { type: 'submitStep', stepKey: 'evaluate', actor: customer, data: { satisfaction: 4 } },
]);

const frontDesk = staff('desk', 'front-desk');
const manager = staff('rm', 'agent');
const reception = hourly([
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
const servicePlan = hourly([
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
const complaint = hourly([
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

const satisfaction = hourly([
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
const loan = hourly([
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

const collector = staff('col', 'collector');
const overdue: SimulationScript = {
  steps: [
    { command: { type: 'start', caseId: 'od-1', actor: collector } },
    {
      after: 'PT1H',
      command: {
        type: 'submitStep',
        stepKey: 'open',
        actor: collector,
        data: {
          debtorName: '孙八',
          debtorMobile: '13800138000',
          debtorIdNumber: '11010519491231002X',
          overdueAmountFen: 1_250_000,
          daysOverdue: 35,
        },
      },
    },
    {
      after: 'PT1H',
      command: {
        type: 'logCommunication',
        stepKey: 'reminder-call',
        actor: collector,
        channel: 'phone',
        contact: '13800138000',
        answered: false,
        summary: '无人接听',
      },
    },
    {
      after: 'PT3H',
      command: {
        type: 'logCommunication',
        stepKey: 'reminder-call',
        actor: collector,
        channel: 'phone',
        contact: '13800138000',
        answered: true,
        summary: '客户承诺还款',
      },
    },
    {
      after: 'PT10M',
      command: {
        type: 'submitStep',
        stepKey: 'promise',
        actor: collector,
        data: { promisedDate: '2026-03-05', promisedAmountFen: 1_250_000 },
      },
    },
    {
      after: 'P4D',
      command: { type: 'submitStep', stepKey: 'check-payment', actor: collector, data: { paid: 'yes' } },
    },
  ],
};

/** A script per template that must reach an end (the designer's "test run"). The clock starts 2026-03-02 09:00 Beijing. */
export const TEMPLATE_SCRIPTS: Readonly<Record<string, SimulationScript>> = {
  'minsheng-e-negotiation': hourly(minshengScript('ms-1')),
  'xw-bank-negotiation-policy': xwBank,
  'cmbc-negotiation-mechanism': cmbc,
  'icbc-negotiation-scheme': icbc,
  'enterprise-reception': reception,
  'service-plan-superior-review': servicePlan,
  'complaint-handling': complaint,
  'satisfaction-follow-up': satisfaction,
  'loan-application': loan,
  'overdue-reminders': overdue,
};
