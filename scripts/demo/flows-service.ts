/**
 * Scenarios of the service seeds: complaints on the regulatory clock (received, classified, handled by
 * the right department, some extended, some late, closed with the customer's satisfaction), enterprise
 * reception, service plans under a superior's review, satisfaction follow-ups, loan applications
 * (approved and signed, or declined) and overdue reminders.
 */
import { shanghai, DAY } from './clock';
import { CS, POLICY, PRODUCT, SUP } from './flows-negotiation';
import { demoCompany, demoCustomer } from './people';
import type { Rng } from './rng';
import type { DemoSurveyAnswer } from './survey';
import {
  answerSurvey,
  approve,
  call,
  cancel,
  claim,
  close,
  extend,
  open,
  reassign,
  recordResponse,
  reject,
  sendLink,
  signAgreement,
  submit,
  surveyStep,
  type DemoScenario,
  type DemoStep,
} from './steps';

const H = 60;
const D = 24 * H;
const file = (name: string) => [{ id: `demo-${name}`, name, sizeBytes: 120_000, mime: 'application/pdf' }];

const COMPLAINTS = [
  '理财产品风险披露不充分，销售时未说明可能亏损。',
  '信用卡年费在未告知的情况下被扣收。',
  '网点排队时间过长，工作人员态度冷淡。',
  '手机银行转账失败但资金已被扣减。',
  '催收人员多次在夜间来电，影响家人休息。',
  '贷款提前还款被收取高额违约金。',
  '个人信息疑似被泄露，频繁接到营销电话。',
];

/** How the complaint reached the bank, in the form's words. */
function complaintChannel(channel: string): string {
  if (channel === 'HOTLINE' || channel === 'BRANCH') return 'phone';
  if (channel === 'EMAIL') return 'email';
  if (channel === 'LETTER') return 'letter';
  return 'online';
}

/** Root causes and remedies of closed complaints (codes of the engine's ROOT_CAUSES). */
const FINDINGS = [
  { rootCause: 'service-attitude', remedy: '向客户致歉，对经办员工开展服务规范培训' },
  { rootCause: 'staff-error', remedy: '更正差错并退还费用，复核同类业务' },
  { rootCause: 'information-disclosure', remedy: '修订产品说明书，在办理环节增加风险提示' },
  { rootCause: 'pricing-fees', remedy: '退还多收费用，梳理收费项目公示' },
  { rootCause: 'system-fault', remedy: '修复渠道故障并补偿客户损失' },
  { rootCause: 'debt-collection', remedy: '暂停该外包机构催收，约谈整改' },
  { rootCause: 'customer-misunderstanding', remedy: '向客户解释规则，优化告知话术' },
] as const;

const COMMENTS = ['处理及时，态度很好', '希望以后少跑几趟', '结果还算满意', '等待时间太长了', ''];

/** Seven in ten customers answer; the scores lean positive, as after most resolved complaints. */
function surveyAnswer(rng: Rng): DemoSurveyAnswer | null {
  if (!rng.chance(0.7)) return null;
  const nps = rng.weighted([
    [10, 25],
    [9, 20],
    [8, 15],
    [7, 10],
    [6, 10],
    [5, 8],
    [3, 7],
    [0, 5],
  ] as const);
  const comment = rng.pick(COMMENTS);
  return {
    nps,
    csat: Math.max(1, Math.min(5, Math.round(nps / 2))),
    ces: rng.int(1, 7),
    ...(comment ? { comment } : {}),
  };
}

export function complaint(rng: Rng, channel: string, categoryId: string | null): DemoScenario {
  const cust = demoCustomer(rng);
  const dept = rng.weighted([
    ['service', 50],
    ['product', 30],
    ['policy', 15],
    ['other', 5],
  ] as const);
  const handler = dept === 'product' ? PRODUCT : dept === 'policy' ? POLICY : CS;
  const path = rng.weighted([
    ['on-time', 62],
    ['extended', 16],
    ['late', 12],
    ['late-extended', 4],
    ['cancelled', 6],
  ] as const);
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'complaint-handling',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
      ...(categoryId ? { categoryId } : {}),
    }),
    claim(CS, rng.int(5, 90)),
    submit(CS, 'receive', rng.int(10, 2 * H), {
      complaintChannel: complaintChannel(channel),
      complainantName: cust.name,
      complainantMobile: cust.phone,
      complaintText: rng.pick(COMPLAINTS),
      amountInvolvedFen: rng.pick([0, 20_000, 150_000, 5_000_000]),
    }),
  ];
  if (path === 'cancelled') {
    steps.push(cancel(CS, rng.int(H, 2 * D), '客户撤回投诉'));
    return { flow: 'complaint-handling', channel, variant: path, steps };
  }
  const feedbackMethod = rng.pick(['written', 'phone']);
  steps.push(
    submit(CS, 'classify', rng.int(30, 4 * H), {
      category: dept,
      businessType: rng.pick(['savings', 'loans', 'cards', 'payments', 'cash', 'personal-info', 'other']),
      cause: rng.pick([
        'service-quality',
        'rules',
        'marketing',
        'disclosure',
        'contract',
        'fund-safety',
        'collection',
        'other',
      ]),
      feedbackMethod,
    }),
  );
  const extended = path === 'extended' || path === 'late-extended';
  if (extended) steps.push(extend(CS, rng.int(2 * D, 8 * D), '需调取录音并核实交易，情况复杂'));
  if (handler !== CS) steps.push(reassign(SUP, handler, rng.int(30, 4 * H)));
  // On time: days; late: past the 15-day (or, extended, the 30-day) regulatory deadline.
  const handling =
    path === 'late'
      ? rng.int(16 * D, 22 * D)
      : path === 'late-extended'
        ? rng.int(31 * D, 36 * D)
        : rng.int(D, 6 * D);
  const handle = (after: number) =>
    submit(handler, 'handle', after, {
      confirmedProblem: '经核查情况属实',
      rootCause: rng.pick(['销售流程缺失', '系统扣费规则错误', '员工服务不规范', '第三方催收机构违规']),
      solution: rng.pick(['退还费用并致歉', '补偿并整改流程', '约谈相关人员并培训']),
      implemented: rng.pick(['yes', 'yes', 'partly']),
    });
  steps.push(handle(handling));
  if (handler !== CS) steps.push(reassign(SUP, CS, rng.int(30, 3 * H)));
  if (rng.chance(0.08))
    steps.push(
      submit(CS, 'track', rng.int(H, D), { trackingStatus: 'reopen' }),
      ...(handler !== CS ? [reassign(SUP, handler, rng.int(30, 3 * H))] : []),
      handle(rng.int(H, 2 * D)),
      ...(handler !== CS ? [reassign(SUP, CS, rng.int(30, 3 * H))] : []),
    );
  steps.push(submit(CS, 'track', rng.int(H, D), { trackingStatus: 'resolved' }));
  if (feedbackMethod === 'phone')
    steps.push(
      call(CS, 'phone-feedback', rng.int(H, D), {
        channel: 'phone',
        contact: cust.phone,
        answered: true,
        summary: '电话告知处理结果',
      }),
    );
  steps.push(
    submit(CS, 'follow-up', rng.int(D, 3 * D), {
      complainantSatisfaction: rng.weighted([
        [5, 35],
        [4, 30],
        [3, 18],
        [2, 10],
        [1, 7],
      ] as const),
    }),
    close(CS, rng.int(30, 4 * H), '投诉已办结', rng.pick(FINDINGS)),
    answerSurvey(CS, rng.int(H, D), surveyAnswer(rng)),
  );
  return { flow: 'complaint-handling', channel, variant: path, steps };
}

export function reception(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const service = rng.pick(['account', 'loan', 'settlement', 'other']);
  const handler = service === 'loan' ? PRODUCT : CS;
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'enterprise-reception',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    submit(
      CS,
      'appointment',
      rng.int(2, 30),
      (now) => ({
        appointmentChannel: rng.pick(['phone', 'online']),
        companyName: demoCompany(rng),
        contactName: cust.name,
        contactMobile: cust.phone,
        visitDate: shanghai(now + 2 * DAY).date,
        requestedService: service,
      }),
      'customer',
    ),
    claim(CS, rng.int(10, 2 * H)),
    submit(CS, 'front-desk', rng.int(D, 2 * D), { arrived: 'yes' }),
    call(CS, 'meet-manager', rng.int(15, 90), {
      channel: 'visit',
      contact: 'branch',
      answered: true,
      summary: '了解企业经营与业务需求',
    }),
    submit(CS, 'collect-documents', rng.int(30, 3 * H), {
      businessLicence: file('licence.pdf'),
      organisationCode: file('code.pdf'),
      taxRegistration: file('tax.pdf'),
    }),
  ];
  if (rng.chance(0.2))
    steps.push(
      reject(CS, 'check-documents', rng.int(H, D), '税务登记证已过期'),
      submit(CS, 'collect-documents', rng.int(D, 3 * D), {
        businessLicence: file('licence.pdf'),
        organisationCode: file('code.pdf'),
        taxRegistration: file('tax-2026.pdf'),
      }),
    );
  steps.push(approve(CS, 'check-documents', rng.int(H, D)));
  if (handler !== CS) steps.push(reassign(SUP, handler, rng.int(30, 3 * H)));
  steps.push(
    submit(handler, 'handle-business', rng.int(H, 2 * D), {
      handlingResult: service === 'loan' ? '已受理贷款申请' : '业务已办理',
      ...(service === 'loan' ? { loanAmountFen: rng.pick([50_000_000, 200_000_000]) } : {}),
    }),
    close(handler === CS ? CS : SUP, rng.int(30, 4 * H), '接待完成'),
  );
  return { flow: 'enterprise-reception', channel, variant: service, steps };
}

export function servicePlan(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const industry = rng.pick(['manufacturing', 'trade', 'services', 'technology']);
  const plan = (fee: number) => ({
    planContent: '现金管理与供应链融资综合方案',
    planProcess: '季度回顾，按月报告',
    feeFen: fee,
  });
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'service-plan-superior-review',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    claim(CS, rng.int(5, 60)),
    submit(CS, 'needs', rng.int(H, D), {
      companyName: demoCompany(rng),
      industry,
      // Green loans are offered to manufacturing and technology companies only (the form hides it otherwise).
      needs: [
        rng.pick(
          ['manufacturing', 'technology'].includes(industry)
            ? ['financing', 'green-loan']
            : ['financing', 'wealth', 'settlement'],
        ),
      ],
      situation: '现金流稳定，计划扩产',
    }),
    submit(CS, 'draft-plan', rng.int(D, 3 * D), plan(1_200_000)),
  ];
  const rejected = rng.chance(0.25);
  if (rejected)
    steps.push(
      reject(SUP, 'superior-review', rng.int(H, 2 * D), '收费偏高'),
      submit(CS, 'draft-plan', rng.int(H, D), plan(800_000)),
    );
  steps.push(
    approve(SUP, 'superior-review', rng.int(H, 2 * D)),
    recordResponse(CS, 'customer-confirms', rng.int(H, 3 * D), true),
    submit(CS, 'implement', rng.int(D, 5 * D), { implementationNote: '相关业务已开通' }),
    close(CS, rng.int(30, 4 * H), '方案已实施'),
  );
  return { flow: 'service-plan-superior-review', channel, variant: rejected ? 'revised' : 'approved', steps };
}

export function satisfaction(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const rating = rng.weighted([
    [5, 35],
    [4, 30],
    [3, 15],
    [2, 12],
    [1, 8],
  ] as const);
  // The flow waits a week (its own timer) before the survey step opens.
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'satisfaction-follow-up',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    surveyStep(CS, 'survey', 7 * D + rng.int(H, 3 * D), rating, rating <= 2 ? '等待时间太长' : undefined),
  ];
  if (rating <= 2)
    steps.push(
      call(CS, 'call-back', rng.int(H, D), {
        channel: 'phone',
        contact: cust.phone,
        answered: true,
        summary: '致歉并记录意见',
      }),
      submit(CS, 'record-issue', rng.int(10, 60), {
        issueNote: '办理时效慢',
        improvementArea: rng.pick(['speed', 'attitude', 'product', 'process']),
      }),
    );
  steps.push(close(CS, rng.int(30, 4 * H), '回访完成'));
  return { flow: 'satisfaction-follow-up', channel, variant: rating <= 2 ? 'call-back' : 'thanked', steps };
}

export function loan(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const amount = rng.pick([80_000_000, 300_000_000, 800_000_000]);
  const declined = rng.chance(0.15);
  const docs = (year: number) => ({
    businessLicence: file('licence.pdf'),
    financialStatements: file(`fs-${year}.pdf`),
    collateralDocuments: file('deed.pdf'),
  });
  const level = amount > 500_000_000 ? 'committee-approval' : 'manager-approval';
  const steps: DemoStep[] = [
    open(PRODUCT, 0, { templateKey: 'loan-application', channel, customer: cust, departmentCode: 'PRODUCT' }),
    submit(
      PRODUCT,
      'apply',
      rng.int(2, 30),
      {
        companyName: demoCompany(rng),
        loanAmountFen: amount,
        termMonths: rng.pick([12, 24, 36, 60]),
        purpose: rng.pick(['working-capital', 'equipment', 'project']),
        security: rng.pick(['credit', 'guarantee', 'mortgage', 'pledge']),
        repaymentCard: cust.bankCard,
      },
      'customer',
    ),
    claim(PRODUCT, rng.int(10, 2 * H)),
    submit(PRODUCT, 'documents', rng.int(H, 2 * D), docs(2025), 'customer'),
  ];
  if (rng.chance(0.2))
    steps.push(
      reject(PRODUCT, 'document-review', rng.int(H, D), '财务报表不是最新年度'),
      submit(PRODUCT, 'documents', rng.int(D, 4 * D), docs(2026), 'customer'),
    );
  steps.push(approve(PRODUCT, 'document-review', rng.int(H, D)));
  if (declined) {
    steps.push(
      reject(SUP, level, rng.int(D, 4 * D), '经营现金流不足以覆盖还款'),
      close(PRODUCT, rng.int(H, D), '已书面告知客户'),
    );
    return { flow: 'loan-application', channel, variant: 'declined', steps };
  }
  steps.push(
    approve(SUP, level, rng.int(D, 4 * D), {
      approvedAmountFen: rng.chance(0.3) ? Math.round(amount * 0.8) : amount,
    }),
    sendLink(PRODUCT, rng.int(30, 3 * H)),
    signAgreement(rng.int(H, 2 * D), cust.name),
    close(PRODUCT, rng.int(H, D), '贷款已发放'),
  );
  return { flow: 'loan-application', channel, variant: level, steps };
}

export function overdueReminder(rng: Rng, channel: string): DemoScenario {
  const cust = demoCustomer(rng);
  const amount = rng.pick([350_000, 1_250_000, 4_800_000]);
  const paid = rng.chance(0.85);
  const steps: DemoStep[] = [
    open(CS, 0, {
      templateKey: 'overdue-reminders',
      channel,
      customer: cust,
      departmentCode: 'CUSTOMER_SERVICE',
    }),
    claim(CS, rng.int(5, 60)),
    submit(CS, 'open', rng.int(10, 2 * H), {
      debtorName: cust.name,
      debtorMobile: cust.phone,
      debtorIdNumber: cust.idNumber,
      overdueAmountFen: amount,
      daysOverdue: rng.int(5, 90),
    }),
  ];
  // An unanswered call waits two hours (the flow's timer) before the next attempt.
  if (rng.chance(0.4))
    steps.push(
      call(CS, 'reminder-call', rng.int(30, 3 * H), {
        channel: 'phone',
        contact: cust.phone,
        answered: false,
        summary: '无人接听',
      }),
    );
  steps.push(
    call(CS, 'reminder-call', 2 * H + rng.int(10, 3 * H), {
      channel: 'phone',
      contact: cust.phone,
      answered: true,
      summary: '客户承诺还款',
    }),
    submit(CS, 'promise', rng.int(5, 30), (now) => ({
      promisedDate: shanghai(now + 3 * DAY).date,
      promisedAmountFen: amount,
    })),
    // Three days' wait (the flow's timer), then the payment is checked.
    submit(CS, 'check-payment', 3 * D + rng.int(H, D), { paid: paid ? 'yes' : 'no' }),
  );
  // Not paid: the flow opens a negotiation case (subflow) and waits for it.
  if (paid) steps.push(close(CS, rng.int(30, 4 * H), '已还款'));
  return { flow: 'overdue-reminders', channel, variant: paid ? 'repaid' : 'negotiation', steps };
}
