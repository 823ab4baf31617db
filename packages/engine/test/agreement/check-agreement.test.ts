import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DOCUMENT_AGREEMENT,
  DEFAULT_PLAN_AGREEMENT,
  checkAgreement,
  findTemplate,
  parseFlowDefinition,
  validateDefinition,
  type AgreementTemplate,
  type FlowDefinition,
} from '../../src/index';

const clause = (key: string, zh: string, en = zh, title = { zh: '标题', en: 'Title' }) => ({
  key,
  title,
  body: { zh, en },
});

const negotiation = findTemplate('icbc-negotiation-scheme') as FlowDefinition;

describe('checkAgreement', () => {
  it('finds nothing wrong with the default texts', () => {
    expect(checkAgreement(DEFAULT_PLAN_AGREEMENT, { hasOfferPolicy: true })).toEqual([]);
    expect(checkAgreement(DEFAULT_DOCUMENT_AGREEMENT, { hasOfferPolicy: false })).toEqual([]);
  });

  it('reports unknown variables and unclosed braces at the body of the language, in zh and en', () => {
    const t: AgreementTemplate = {
      clauses: [clause('a', '{{schedule}}'), clause('b', '欠款 {{plan.owed}}', 'Owed {{plan.owedTotalFen')],
    };
    const problems = checkAgreement(t, { hasOfferPolicy: true });
    expect(problems).toEqual([
      {
        code: 'AGREEMENT_UNKNOWN_VARIABLE',
        path: 'agreement.clauses[1].body.zh',
        message: {
          zh: '协议条款「标题」使用了未知变量「plan.owed」',
          en: 'Agreement clause "Title" uses an unknown variable "plan.owed"',
        },
        severity: 'error',
      },
      {
        code: 'AGREEMENT_UNCLOSED_VARIABLE',
        path: 'agreement.clauses[1].body.en',
        message: {
          zh: '协议条款「标题」中的「{{」没有对应的「}}」',
          en: 'Agreement clause "Title" has a "{{" without a closing "}}"',
        },
        severity: 'error',
      },
    ]);
  });

  it('reports duplicate and empty keys, empty titles and bodies', () => {
    const t: AgreementTemplate = {
      clauses: [
        clause('a', '{{schedule}}'),
        clause('a', 'x', 'x', { zh: '', en: 'T' }),
        clause(' ', 'y', '  ', { zh: '标', en: ' ' }),
      ],
    };
    const found = checkAgreement(t, { hasOfferPolicy: true }).map((p) => [p.code, p.path, p.message.en]);
    expect(found).toEqual([
      ['AGREEMENT_DUPLICATE_CLAUSE', 'agreement.clauses[1].key', 'Duplicate agreement clause key "a"'],
      ['AGREEMENT_EMPTY_TITLE', 'agreement.clauses[1].title.zh', 'Agreement clause 2 has no Chinese title'],
      ['AGREEMENT_EMPTY_KEY', 'agreement.clauses[2].key', 'Agreement clause 3 has no key'],
      ['AGREEMENT_EMPTY_TITLE', 'agreement.clauses[2].title.en', 'Agreement clause 3 has no English title'],
      ['AGREEMENT_EMPTY_BODY', 'agreement.clauses[2].body.en', 'Agreement clause "3" has no English text'],
    ]);
  });

  it('warns about plan variables without an offer policy and a plan flow without the schedule', () => {
    const planless = checkAgreement(
      { clauses: [clause('a', '{{plan.termMonths}} 期')] },
      { hasOfferPolicy: false },
    );
    expect(planless.map((p) => [p.code, p.severity, p.path])).toEqual([
      ['AGREEMENT_PLAN_WITHOUT_OFFER', 'warning', 'agreement.clauses[0].body.zh'],
      ['AGREEMENT_PLAN_WITHOUT_OFFER', 'warning', 'agreement.clauses[0].body.en'],
    ]);
    const noSchedule = checkAgreement(
      { clauses: [clause('a', '{{plan.termMonths}}')] },
      { hasOfferPolicy: true },
    );
    expect(noSchedule.map((p) => [p.code, p.severity])).toEqual([['AGREEMENT_NO_SCHEDULE', 'warning']]);
    expect(checkAgreement({ clauses: [] }, { hasOfferPolicy: false }).map((p) => p.code)).toEqual([
      'AGREEMENT_NO_CLAUSES',
    ]);
  });

  it('warns about a bank name in one language only', () => {
    const t: AgreementTemplate = { bankName: { zh: '示例银行', en: '' }, clauses: [clause('a', 'x')] };
    expect(checkAgreement(t, { hasOfferPolicy: false }).map((p) => [p.path, p.severity])).toEqual([
      ['agreement.bankName.en', 'warning'],
    ]);
  });
});

describe('validateDefinition with an agreement', () => {
  it('adds the agreement problems to the flow’s and blocks publishing on errors', () => {
    expect(validateDefinition(negotiation).ok).toBe(true);
    const withText = { ...negotiation, agreement: DEFAULT_PLAN_AGREEMENT };
    expect(validateDefinition(withText).problems).toEqual(validateDefinition(negotiation).problems);
    const broken = { ...negotiation, agreement: { clauses: [clause('a', '{{schedule}} {{x}}')] } };
    const result = validateDefinition(broken);
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.path.startsWith('agreement'))).toEqual([
      expect.objectContaining({ code: 'AGREEMENT_UNKNOWN_VARIABLE', path: 'agreement.clauses[0].body.zh' }),
      expect.objectContaining({ code: 'AGREEMENT_UNKNOWN_VARIABLE', path: 'agreement.clauses[0].body.en' }),
    ]);
  });

  it('tolerates a malformed clause from JSON and reports it', () => {
    const json = { ...negotiation, agreement: { clauses: [{ key: 'a' }] } };
    const def = parseFlowDefinition(JSON.parse(JSON.stringify(json)));
    const codes = validateDefinition(def).problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['AGREEMENT_EMPTY_TITLE', 'AGREEMENT_EMPTY_BODY']));
    expect(() => parseFlowDefinition({ ...json, agreement: { clauses: 'x' } })).toThrow(/agreement\.clauses/);
  });
});
