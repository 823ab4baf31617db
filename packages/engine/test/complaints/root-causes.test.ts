import { describe, expect, it } from 'vitest';
import { ROOT_CAUSES, ROOT_CAUSE_CODES, isRootCauseCode, rootCauseOf } from '../../src/index';

const HAN = /[\u4e00-\u9fff]/;

describe('complaint root causes (溯源整改)', () => {
  it('lists the twelve agreed codes in the agreed order, with the agreed Chinese labels', () => {
    expect(ROOT_CAUSES.map((c) => [c.code, c.label.zh])).toEqual([
      ['product-design', '产品设计缺陷'],
      ['pricing-fees', '收费与定价'],
      ['information-disclosure', '信息披露不充分'],
      ['sales-conduct', '营销与销售行为'],
      ['service-attitude', '服务态度与质量'],
      ['process-rules', '流程与制度不完善'],
      ['system-fault', '系统与渠道故障'],
      ['staff-error', '员工操作差错'],
      ['third-party', '第三方或合作机构'],
      ['debt-collection', '催收行为'],
      ['customer-misunderstanding', '客户误解'],
      ['other', '其他'],
    ]);
    expect(ROOT_CAUSES.map((c) => c.code)).toEqual([...ROOT_CAUSE_CODES]);
  });

  it('every cause reads in both languages, label and description, and no two labels are alike', () => {
    for (const c of ROOT_CAUSES) {
      expect(c.label.zh, c.code).toMatch(HAN);
      expect(c.description.zh, c.code).toMatch(HAN);
      expect(c.label.en, c.code).toMatch(/^[A-Z][A-Za-z ,-]+$/);
      expect(c.description.en, c.code).not.toMatch(HAN);
      expect(c.description.en.length, c.code).toBeGreaterThan(c.label.en.length);
    }
    expect(new Set(ROOT_CAUSES.map((c) => c.label.en)).size).toBe(ROOT_CAUSES.length);
    expect(new Set(ROOT_CAUSES.map((c) => c.label.zh)).size).toBe(ROOT_CAUSES.length);
  });

  it('knows its codes and nothing else (case and spacing count)', () => {
    expect(isRootCauseCode('staff-error')).toBe(true);
    expect(rootCauseOf('debt-collection')?.label.en).toBe('Debt collection');
    for (const bad of ['Staff-error', 'staff_error', ' other', '', 'toString', 'constructor']) {
      expect(isRootCauseCode(bad), bad).toBe(false);
      expect(rootCauseOf(bad), bad).toBeUndefined();
    }
  });
});
