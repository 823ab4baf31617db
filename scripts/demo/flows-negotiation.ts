/**
 * Scenarios of the negotiation seeds (Minsheng, CMBC, ICBC, XW Bank): application, review, talks,
 * offers within or beyond the agent's authority (then a supervisor's approval), the customer's answer
 * through their link — sometimes asking for changes — the signed agreement, follow-ups and return
 * visits; some cases are rejected, cancelled or left waiting for the customer.
 */
import { demoCompany, demoCustomer } from './people';
import { planOf } from './plans';
import type { Rng } from './rng';
import {
  acceptOffer,
  approve,
  call,
  cancel,
  claim,
  close,
  counterOffer,
  decideApproval,
  open,
  propose,
  recordResponse,
  reassign,
  reject,
  sendLink,
  signAgreement,
  submit,
  surveyStep,
  type DemoScenario,
  type DemoStep,
} from './steps';

export const CS = 'agent-cs';
export const PRODUCT = 'agent-product';
export const POLICY = 'agent-policy';
export const SUP = 'supervisor';
const H = 60;
const D = 24 * H;

const HARDSHIP_TEXT = [
  '因病住院收入中断，暂时无法按期还款，希望协商分期。',
  '经营的门店客流下降，现金流紧张，申请延长还款期限。',
  '失业三个月，新工作刚落实，希望减免部分罚息。',
  '家庭突发变故，申请停息挂账分期偿还。',
];

export function minsheng(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const amount = rng.pick([3_800_000, 5_000_000, 8_600_000, 12_000_000, 26_000_000]);
  const overdue = rng.chance(0.88);
  const path = rng.weighted([
    ['signed', 62],
    ['rejected', 8],
    ['cancelled', 6],
    ['waiting', 8],
    ['changes', 16],
  ] as const);
  const needsApproval = overdue && rng.chance(0.3);
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'minsheng-e-negotiation',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    submit(
      CS,
      'apply',
      rng.int(2, 30),
      {
        customerName: cust.name,
        mobile: cust.phone,
        idNumber: cust.idNumber,
        applicationChannel: channel === 'APP' ? 'app' : channel === 'WEBSITE' ? 'website' : 'other-e-channel',
        matter: overdue ? 'overdue-repayment' : 'loan',
        amountOwedFen: amount,
        hardship: [rng.pick(['unemployment', 'illness', 'business-loss', 'other'])],
        description: rng.pick(HARDSHIP_TEXT),
      },
      'customer',
    ),
  ];
  if (path === 'rejected') {
    steps.push(
      reject(SUP, 'review', rng.int(H, D), '身份信息无法核实', {
        identityVerified: 'no',
        requestReasonable: 'yes',
      }),
      close(CS, rng.int(30, 4 * H), '申请未通过审核，已告知客户'),
    );
    return { flow: 'minsheng-e-negotiation', channel, variant: path, steps };
  }
  steps.push(approve(SUP, 'review', rng.int(H, D), { identityVerified: 'yes', requestReasonable: 'yes' }));
  if (rng.chance(0.3))
    steps.push(
      call(CS, 'communicate', rng.int(30, 3 * H), {
        channel: 'phone',
        contact: cust.phone,
        answered: false,
        summary: '无人接听',
      }),
    );
  steps.push(
    call(CS, 'communicate', rng.int(H, D), {
      channel: rng.pick(['video', 'phone', 'chat']),
      contact: cust.phone,
      answered: true,
      summary: '了解还款困难与还款意愿',
    }),
  );
  if (path === 'cancelled') {
    steps.push(cancel(CS, rng.int(H, 2 * D), '客户已筹措资金自行结清'));
    return { flow: 'minsheng-e-negotiation', channel, variant: path, steps };
  }
  const offer = (term: number) =>
    overdue
      ? propose(
          CS,
          'draft-plan',
          rng.int(2 * H, 2 * D),
          planOf(rng, amount, term, ['equalInstalment', 'interestFrozen']),
        )
      : submit(CS, 'draft-solution', rng.int(2 * H, 2 * D), {
          solutionText: '调整还款日至每月 25 日，并提供半年只还息安排。',
        });
  steps.push(offer(needsApproval ? 48 : rng.pick([12, 18, 24, 36])));
  if (needsApproval) steps.push(decideApproval(SUP, rng.int(H, D), true, '客户困难属实，同意延长期限'));
  if (path === 'waiting') {
    steps.push(sendLink(CS, rng.int(10, 60)));
    return { flow: 'minsheng-e-negotiation', channel, variant: path, steps };
  }
  const respond = (ok: boolean) =>
    overdue
      ? ok
        ? acceptOffer(rng.int(H, 2 * D))
        : counterOffer(rng.int(H, 2 * D), '月供压力仍然较大，希望再延长期限')
      : recordResponse(CS, 'confirm', rng.int(H, 2 * D), ok, ok ? undefined : '希望再调整');
  steps.push(sendLink(CS, rng.int(10, 60)));
  if (path === 'changes') {
    steps.push(respond(false), offer(rng.pick([24, 36])));
  }
  steps.push(respond(true), signAgreement(rng.int(10, 12 * H), cust.name));
  if (rng.chance(0.15))
    steps.push(
      submit(CS, 'follow-up', rng.int(D, 7 * D), {
        followUpStatus: 'problem',
        followUpNote: '首期还款延迟三天',
      }),
      submit(CS, 'follow-up', 30 * D + rng.int(H, 3 * D), { followUpStatus: 'on-track' }),
    );
  else steps.push(submit(CS, 'follow-up', rng.int(D, 7 * D), { followUpStatus: 'on-track' }));
  steps.push(close(CS, rng.int(30, 4 * H), '协议已签署，按计划还款'));
  return { flow: 'minsheng-e-negotiation', channel, variant: path, steps };
}

export function cmbc(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const issueType = rng.weighted([
    ['repayment', 75],
    ['investment', 15],
    ['other', 10],
  ] as const);
  const amount = rng.pick([2_000_000, 4_500_000, 9_000_000, 15_000_000]);
  const needsApproval = issueType === 'repayment' && rng.chance(0.3);
  const changes = rng.chance(0.15);
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'cmbc-negotiation-mechanism',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    claim(CS, rng.int(5, 60)),
    submit(CS, 'contact', rng.int(10, 2 * H), {
      contactChannel: rng.pick(['phone', 'online', 'app']),
      customerName: cust.name,
      mobile: cust.phone,
      issueType,
      amountOwedFen: amount,
      need: issueType === 'repayment' ? '因经营困难无法按时还款，希望分期' : '对理财产品收益有疑问',
    }),
    issueType === 'repayment'
      ? submit(SUP, 'risk-analysis', rng.int(2 * H, 2 * D), {
          repaymentCapacity: rng.pick(['low', 'medium', 'high']),
        })
      : submit(SUP, 'product-analysis', rng.int(2 * H, 2 * D), {
          productOpinion: '产品说明书已披露风险，建议详细解释',
        }),
    submit(CS, 'service-analysis', rng.int(H, D), { serviceOpinion: '客户配合度高' }),
  ];
  const solution = (term: number) =>
    issueType === 'repayment'
      ? propose(
          CS,
          'repayment-plan',
          rng.int(2 * H, 2 * D),
          planOf(rng, amount, term, ['interestFrozen', 'equalInstalment'], term > 24),
        )
      : submit(CS, 'explain', rng.int(2 * H, 2 * D), { explanation: '已向客户解释产品条款与收益计算方式' });
  steps.push(solution(needsApproval ? 36 : rng.pick([12, 18, 24])));
  if (needsApproval) steps.push(decideApproval(SUP, rng.int(H, D), true, '同意延长至 36 期'));
  steps.push(sendLink(CS, rng.int(10, 60)));
  const respond = (ok: boolean) =>
    issueType === 'repayment'
      ? ok
        ? acceptOffer(rng.int(H, 2 * D))
        : counterOffer(rng.int(H, 2 * D), '希望降低每期还款金额')
      : recordResponse(CS, 'consensus', rng.int(H, 2 * D), ok, ok ? undefined : '仍有疑问');
  if (changes) steps.push(respond(false), solution(24));
  steps.push(
    respond(true),
    signAgreement(rng.int(10, 12 * H), cust.name),
    submit(CS, 'next-steps', rng.int(H, D), { nextSteps: '每月 10 日自动扣款，客户经理每月回访' }),
    surveyStep(CS, 'return-visit', 30 * D + rng.int(H, 3 * D), rng.int(3, 5)),
    close(CS, rng.int(30, 4 * H), '回访完成，办结'),
  );
  return { flow: 'cmbc-negotiation-mechanism', channel, variant: changes ? 'changes' : 'signed', steps };
}

export function icbc(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const complexity = rng.weighted([
    ['low', 30],
    ['medium', 45],
    ['high', 25],
  ] as const);
  const enterprise = rng.chance(0.4);
  const amount = rng.pick([6_000_000, 12_000_000, 30_000_000]);
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'icbc-negotiation-scheme',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    claim(CS, rng.int(5, 60)),
    submit(CS, 'identify', rng.int(10, 2 * H), {
      identifyChannel: channel === 'BRANCH' ? 'branch' : 'hotline',
      customerType: enterprise ? 'enterprise' : 'individual',
      customerName: enterprise ? demoCompany(rng) : cust.name,
      nature: rng.pick(['credit', 'wealth', 'service']),
      complexity,
      issueDescription: '市场波动导致未能按时还款',
    }),
    call(CS, 'first-talk', rng.int(H, D), {
      channel: rng.pick(['phone', 'visit']),
      contact: cust.phone,
      answered: true,
      summary: '了解还款困难原因',
    }),
  ];
  if (complexity === 'low')
    steps.push(submit(CS, 'quick-resolution', rng.int(H, D), { quickResolution: '调整扣款日期，当场解决' }));
  else {
    if (complexity === 'high')
      steps.push(
        submit(SUP, 'expert-analysis', rng.int(D, 4 * D), { expertAnalysis: '建议重新制定还款计划' }),
        propose(SUP, 'expert-scheme', rng.int(2 * H, 2 * D), planOf(rng, amount, 48, ['equalInstalment'])),
        approve(SUP, 'scheme-review', rng.int(H, D), undefined, '同意方案'),
      );
    else
      steps.push(
        propose(
          CS,
          'standard-scheme',
          rng.int(2 * H, 2 * D),
          planOf(rng, amount, rng.pick([12, 24, 36]), ['equalInstalment', 'interestFrozen']),
        ),
      );
    steps.push(sendLink(CS, rng.int(10, 60)), acceptOffer(rng.int(H, 2 * D)));
  }
  steps.push(
    submit(CS, 'execute', rng.int(H, 3 * D), { executionStatus: 'done', progressNote: '方案已执行' }),
    surveyStep(CS, 'evaluate', rng.int(D, 5 * D), rng.int(2, 5)),
    close(CS, rng.int(30, 4 * H), '方案执行完毕'),
  );
  return { flow: 'icbc-negotiation-scheme', channel, variant: complexity, steps };
}

export function xwBank(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const cross = rng.chance(0.3);
  const path = rng.weighted([
    ['accepted', 65],
    ['re-review', 20],
    ['mediated', 8],
    ['regulator', 7],
  ] as const);
  const colleague = rng.pick([PRODUCT, POLICY]);
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'xw-bank-negotiation-policy',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    submit(
      CS,
      'feedback',
      rng.int(2, 30),
      {
        feedbackChannel: channel === 'WEBSITE' ? 'website' : channel === 'APP' ? 'app' : 'hotline',
        customerName: cust.name,
        mobile: cust.phone,
        issue: rng.pick(['信用卡年费扣款有异议', '贷款利率调整未提前告知', '转账手续费收取不合理']),
      },
      'customer',
    ),
    claim(CS, rng.int(10, 2 * H)),
    submit(CS, 'collect', rng.int(H, D), {
      details: '已调取账户流水与合同',
      products: [rng.pick(['loan', 'deposit', 'payment', 'wealth'])],
    }),
    submit(CS, 'assess', rng.int(H, D), {
      nature: rng.pick(['service', 'product', 'fees', 'credit']),
      complexity: rng.pick(['simple', 'complex']),
      crossDepartment: cross ? 'yes' : 'no',
    }),
  ];
  if (cross)
    steps.push(
      reassign(SUP, colleague, rng.int(30, 3 * H)),
      submit(colleague, 'department-input', rng.int(H, 2 * D), {
        departmentOpinion: '系统按合同执行，可酌情减免',
      }),
      reassign(SUP, CS, rng.int(30, 3 * H)),
    );
  steps.push(
    call(CS, 'negotiate', rng.int(H, D), {
      channel: 'phone',
      contact: cust.phone,
      answered: true,
      summary: '说明依据并听取诉求',
    }),
    submit(CS, 'propose', rng.int(H, D), { resolution: '退还一半费用' }),
  );
  if (path === 'accepted') steps.push(recordResponse(CS, 'customer-verdict', rng.int(H, 2 * D), true));
  else {
    steps.push(
      recordResponse(CS, 'customer-verdict', rng.int(H, 2 * D), false, '要求全额退还'),
      approve(SUP, 're-review', rng.int(H, 2 * D), { revisedResolution: '全额退还并致歉' }),
    );
    if (path === 're-review') steps.push(recordResponse(CS, 're-verdict', rng.int(H, 2 * D), true));
    else {
      steps.push(
        recordResponse(CS, 're-verdict', rng.int(H, 2 * D), false, '仍不接受'),
        submit(SUP, 'mediation', rng.int(2 * D, 7 * D), {
          mediator: '金融纠纷调解中心',
          mediationResult: path === 'mediated' ? 'settled' : 'failed',
        }),
      );
      if (path === 'regulator')
        steps.push(
          submit(SUP, 'cooperate', rng.int(D, 5 * D), {
            authority: rng.pick(['regulator', 'consumer-association']),
            cooperationNote: '已提交材料',
          }),
        );
      steps.push(close(CS, rng.int(H, D), path === 'mediated' ? '调解成功' : '已告知外部投诉渠道'));
      return { flow: 'xw-bank-negotiation-policy', channel, variant: path, steps };
    }
  }
  steps.push(
    submit(CS, 'record-result', rng.int(H, D), { resultNote: '已按方案退费' }),
    surveyStep(CS, 'follow-up', rng.int(D, 5 * D), rng.int(2, 5)),
    close(CS, rng.int(30, 4 * H), '客户接受方案'),
  );
  return { flow: 'xw-bank-negotiation-policy', channel, variant: path, steps };
}
