import type { RepaymentPlanInput, SimulationScript } from '../../src/index';
import { customer, hourly, owed, staff } from './script-helpers';

/** Test runs of the negotiation templates (seeds 001–003) and of the overdue reminders. */

const xwAgent = staff('xw-agent', 'agent');
const xwSupervisor = staff('xw-sup', 'supervisor');
export const xwBank = hourly([
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
export const cmbc = hourly([
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
export const icbc = hourly([
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

const collector = staff('col', 'collector');
export const overdue: SimulationScript = {
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
