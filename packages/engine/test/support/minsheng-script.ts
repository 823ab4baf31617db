import type { Command, EqualInstalmentPlanInput } from '../../src/index';
import { actors } from './harness';

export const MINSHENG_APPLICATION = {
  customerName: '张三',
  mobile: '13800138000',
  idNumber: '11010519491231002X',
  applicationChannel: 'app',
  matter: 'overdue-repayment',
  amountOwedFen: 5_000_000,
  hardship: ['illness'],
  description: '因病暂时无法按期还款，希望协商分期。',
};

export const MINSHENG_OFFER: EqualInstalmentPlanInput = {
  kind: 'equalInstalment',
  owed: { principalFen: 4_500_000, interestFen: 300_000, penaltyInterestFen: 150_000, feesFen: 50_000 },
  waivers: { penaltyInterest: 'all' },
  downPaymentFen: 200_000,
  startDate: '2026-03-10',
  termMonths: 24,
  annualRate: '0.06',
};

/** The Minsheng 7-step happy path with one round of the confirmation change loop. */
export function minshengScript(caseId = 'case-1'): Command[] {
  return [
    { type: 'start', caseId, actor: actors.customer },
    { type: 'submitStep', stepKey: 'apply', actor: actors.customer, data: MINSHENG_APPLICATION },
    {
      type: 'approve',
      stepKey: 'review',
      actor: actors.reviewer,
      data: { identityVerified: 'yes', requestReasonable: 'yes' },
    },
    {
      type: 'logCommunication',
      stepKey: 'communicate',
      actor: actors.agent,
      channel: 'video',
      contact: '13800138000',
      answered: true,
      summary: '视频沟通，了解还款困难',
    },
    {
      type: 'proposeOffer',
      stepKey: 'draft-plan',
      actor: actors.agent,
      offer: { ...MINSHENG_OFFER, termMonths: 36 },
    },
    { type: 'customerCounter', stepKey: 'confirm', actor: actors.customer, comment: '希望降低月供' },
    { type: 'proposeOffer', stepKey: 'draft-plan', actor: actors.agent, offer: MINSHENG_OFFER },
    { type: 'customerAccept', stepKey: 'confirm', actor: actors.customer },
    {
      type: 'sign',
      stepKey: 'sign',
      actor: actors.customer,
      signatureId: 'sig-1',
      documentHash: 'sha256:abc',
    },
    { type: 'submitStep', stepKey: 'follow-up', actor: actors.agent, data: { followUpStatus: 'on-track' } },
  ];
}
