import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_VARIABLES,
  DEFAULT_DOCUMENT_AGREEMENT,
  DEFAULT_PLAN_AGREEMENT,
  agreementOfFlow,
  buildRepaymentPlan,
  findTemplate,
  formatAgreementDate,
  renderAgreement,
  tokenizeAgreementText,
  type AgreementTemplate,
} from '../../src/index';

const plan = buildRepaymentPlan({
  kind: 'equalInstalment',
  owed: { principalFen: 12_345_678, interestFen: 234_500, penaltyInterestFen: 56_700, feesFen: 12_300 },
  waivers: { penaltyInterest: 'all', fees: 'all' },
  downPaymentFen: 100_000,
  startDate: '2026-11-25',
  termMonths: 3,
  annualRate: '0.06',
});

const values = { customerName: '张三', caseReference: 'NEG-2026-000123', plan };

function one(body: string, bankName?: { zh: string; en: string }): AgreementTemplate {
  return {
    ...(bankName ? { bankName } : {}),
    clauses: [{ key: 'c', title: { zh: '条款', en: 'Clause' }, body: { zh: body, en: body } }],
  };
}

describe('tokenizeAgreementText', () => {
  it('splits text and variables, allows spaces inside the braces and reports unknown names', () => {
    const { tokens, problems } = tokenizeAgreementText('甲方 {{ bank.name }}，{{plan.foo}}。');
    expect(tokens).toEqual([
      { kind: 'text', text: '甲方 ' },
      { kind: 'variable', name: 'bank.name', start: 3, end: 18 },
      { kind: 'text', text: '，' },
      { kind: 'variable', name: 'plan.foo', start: 19, end: 31 },
      { kind: 'text', text: '。' },
    ]);
    expect(problems).toEqual([{ kind: 'unknown', at: 19, name: 'plan.foo' }]);
  });

  it('reports an unclosed {{ (also when another {{ opens first) and keeps it as text', () => {
    expect(tokenizeAgreementText('a {{customer.name').problems).toEqual([{ kind: 'unclosed', at: 2 }]);
    const r = tokenizeAgreementText('{{customer.name {{case.reference}}');
    expect(r.problems).toEqual([{ kind: 'unclosed', at: 0 }]);
    expect(r.tokens[0]).toEqual({ kind: 'text', text: '{{customer.name ' });
    expect(r.tokens[1]).toMatchObject({ kind: 'variable', name: 'case.reference' });
  });
});

describe('renderAgreement', () => {
  it('fills parties, money exact from fen and dates in both languages', () => {
    const t = one(
      '{{bank.name}}/{{customer.name}}/{{case.reference}}/{{plan.principalFen}}/{{plan.forgivenFen}}/{{plan.termMonths}}/{{plan.startDate}}/{{plan.kind}}',
      { zh: '示例银行', en: 'Example Bank' },
    );
    expect(renderAgreement(t, values, 'zh')[0]?.text).toBe(
      '示例银行/张三/NEG-2026-000123/¥123,456.78/¥690.00/3/2026年11月25日/等额本息分期',
    );
    expect(renderAgreement(t, values, 'en')[0]?.text).toBe(
      'Example Bank/张三/NEG-2026-000123/CN¥123,456.78/CN¥690.00/3/25 November 2026/Equal instalments',
    );
  });

  it('names the default bank party when the template has none, and the other language’s when one is empty', () => {
    expect(renderAgreement(one('{{bank.name}}'), values, 'zh')[0]?.text).toBe('贷款机构');
    expect(renderAgreement(one('{{bank.name}}'), values, 'en')[0]?.text).toBe('the lender');
    expect(renderAgreement(one('{{bank.name}}', { zh: '示例银行', en: '' }), values, 'en')[0]?.text).toBe(
      '示例银行',
    );
    expect(renderAgreement(one('{{bank.name}}', { zh: '', en: 'Example Bank' }), values, 'zh')[0]?.text).toBe(
      'Example Bank',
    );
  });

  it('puts the schedule in as a table part whose rows add up to the plan', () => {
    const [clause] = renderAgreement(one('按下表还款：\n{{schedule}}\n以上。'), values, 'zh');
    expect(clause?.parts.map((p) => p.kind)).toEqual(['text', 'schedule', 'text']);
    const schedule = clause?.parts[1];
    if (schedule?.kind !== 'schedule') throw new Error('no schedule part');
    expect(schedule.rows).toHaveLength(3);
    expect(schedule.rows[0]).toEqual({
      period: '1',
      dueDate: formatAgreementDate(plan.lines[0]?.dueDate ?? '', 'zh'),
      principal: expect.stringMatching(/^¥[\d,]+\.\d\d$/),
      interest: expect.stringMatching(/^¥/),
      fee: '¥0.00',
      total: expect.stringMatching(/^¥/),
    });
    expect(schedule.total.period).toBe('合计');
    const yuan = plan.totals.instalmentsFen / 100;
    expect(schedule.total.total).toBe(`¥${yuan.toLocaleString('en-US', { minimumFractionDigits: 2 })}`);
    expect(clause?.text.split('\n')).toHaveLength(3 + 1 + 2);
    expect(clause?.text.startsWith('按下表还款：\n第1期 ')).toBe(true);
    expect(clause?.text.endsWith('\n以上。')).toBe(true);
  });

  it('prints — for plan variables and a note for the schedule when the case has no plan', () => {
    const t = one('{{plan.totalDueFen}} {{schedule}}');
    expect(renderAgreement(t, { customerName: '李四', caseReference: 'R-1' }, 'zh')[0]?.text).toBe(
      '— （无还款计划）',
    );
    expect(renderAgreement(t, { customerName: 'Li', caseReference: 'R-1' }, 'en')[0]?.text).toBe(
      '— (no repayment schedule)',
    );
  });

  it('prints unknown and unclosed placeholders as written', () => {
    expect(renderAgreement(one('{{nope}} {{customer.name'), values, 'zh')[0]?.text).toBe(
      '{{nope}} {{customer.name',
    );
  });

  it('has a value for every listed variable with a plan and none left in braces by the defaults', () => {
    const all = one(AGREEMENT_VARIABLES.map((v) => `{{${v.name}}}`).join('|'));
    for (const lang of ['zh', 'en'] as const) {
      const [clause] = renderAgreement(all, values, lang);
      expect(clause?.text).not.toMatch(/\{\{|—/);
      for (const c of renderAgreement(DEFAULT_PLAN_AGREEMENT, values, lang))
        expect(c.text).not.toMatch(/\{\{|—/);
    }
  });
});

describe('agreementOfFlow', () => {
  it('keeps a flow’s own text and falls back to a plan or a document agreement', () => {
    const own = one('x');
    expect(agreementOfFlow({ agreement: own })).toBe(own);
    const negotiation = findTemplate('icbc-negotiation-scheme');
    expect(negotiation?.offerPolicy).toBeDefined();
    expect(agreementOfFlow(negotiation ?? {})).toBe(DEFAULT_PLAN_AGREEMENT);
    expect(agreementOfFlow({})).toBe(DEFAULT_DOCUMENT_AGREEMENT);
  });
});
