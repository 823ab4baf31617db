import { describe, expect, it } from 'vitest';
import { checkAgreement, renderAgreement, type AgreementTemplate } from '@parley/engine';
import {
  SAMPLE_VALUES,
  addClause,
  clausePath,
  freshClauseKey,
  generalProblems,
  insertVariable,
  moveClause,
  problemsAt,
  removeClause,
  setBankName,
  setClauseKey,
  setClauseText,
} from './agreement-edit';

const clause = (key: string) => ({
  key,
  title: { zh: key, en: key },
  body: { zh: `${key}正文`, en: `${key} text` },
});
const base: AgreementTemplate = Object.freeze({
  clauses: Object.freeze([clause('a'), clause('b'), clause('c')]),
});

describe('agreement edits', () => {
  it('adds a clause with a fresh key and leaves the original alone', () => {
    const next = addClause(base, { zh: '新条款', en: 'New clause' });
    expect(next.clauses.map((c) => c.key)).toEqual(['a', 'b', 'c', 'clause-4']);
    expect(next.clauses[3]).toEqual({
      key: 'clause-4',
      title: { zh: '新条款', en: 'New clause' },
      body: { zh: '', en: '' },
    });
    expect(base.clauses).toHaveLength(3);
    expect(freshClauseKey({ clauses: [clause('clause-2'), clause('x')] })).toBe('clause-3');
    expect(freshClauseKey({ clauses: [clause('clause-2')] })).toBe('clause-3');
  });

  it('removes and moves clauses, ignoring moves past either end', () => {
    expect(removeClause(base, 1).clauses.map((c) => c.key)).toEqual(['a', 'c']);
    expect(moveClause(base, 2, -1).clauses.map((c) => c.key)).toEqual(['a', 'c', 'b']);
    expect(moveClause(base, 0, 1).clauses.map((c) => c.key)).toEqual(['b', 'a', 'c']);
    expect(moveClause(base, 0, -1)).toBe(base);
    expect(moveClause(base, 2, 1)).toBe(base);
  });

  it('edits a key, a title or a body in one language', () => {
    const next = setClauseText(setClauseKey(base, 1, 'bb'), 1, 'body', 'en', 'new');
    expect(next.clauses[1]).toEqual({
      key: 'bb',
      title: { zh: 'b', en: 'b' },
      body: { zh: 'b正文', en: 'new' },
    });
    expect(next.clauses[0]).toBe(base.clauses[0]);
    expect(setClauseText(base, 0, 'title', 'zh', '甲').clauses[0]?.title).toEqual({ zh: '甲', en: 'a' });
  });

  it('sets the bank party, and names none when both languages are empty', () => {
    const named = setBankName(setBankName(base, 'zh', '示例银行'), 'en', 'Example Bank');
    expect(named.bankName).toEqual({ zh: '示例银行', en: 'Example Bank' });
    const cleared = setBankName(setBankName(named, 'zh', ''), 'en', '');
    expect('bankName' in cleared).toBe(false);
  });

  it('inserts a variable at the cursor or over the selection', () => {
    expect(insertVariable('甲方：。', 3, 3, 'bank.name')).toEqual({
      text: '甲方：{{bank.name}}。',
      cursor: 16,
    });
    expect(insertVariable('name: XXX!', 6, 9, 'customer.name')).toEqual({
      text: 'name: {{customer.name}}!',
      cursor: 23,
    });
    expect(insertVariable('ab', 10, 12, 'schedule')).toEqual({ text: 'ab{{schedule}}', cursor: 14 });
  });

  it('files the engine’s problems under their fields and the rest as general', () => {
    const broken: AgreementTemplate = {
      bankName: { zh: '银行', en: '' },
      clauses: [clause('a'), { ...clause('a'), body: { zh: '{{nope}}', en: 'x' } }],
    };
    const problems = checkAgreement(broken, { hasOfferPolicy: true });
    expect(problemsAt(problems, clausePath(1, 'body', 'zh')).map((p) => p.code)).toEqual([
      'AGREEMENT_UNKNOWN_VARIABLE',
    ]);
    expect(problemsAt(problems, clausePath(1, 'key')).map((p) => p.code)).toEqual([
      'AGREEMENT_DUPLICATE_CLAUSE',
    ]);
    expect(generalProblems(problems).map((p) => p.code)).toEqual([
      'AGREEMENT_EMPTY_BANK_NAME',
      'AGREEMENT_NO_SCHEDULE',
    ]);
  });

  it('has sample values that fill every plan variable', () => {
    const [c] = renderAgreement(
      {
        clauses: [
          {
            key: 'k',
            title: { zh: 't', en: 't' },
            body: { zh: '{{plan.termMonths}} {{plan.totalDueFen}}', en: '' },
          },
        ],
      },
      SAMPLE_VALUES,
      'zh',
    );
    expect(c?.text).toMatch(/^12 ¥[\d,]+\.\d\d$/);
  });
});
