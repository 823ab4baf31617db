import { describe, expect, it } from 'vitest';
import { EVERY_TYPE_FORM, FIXTURE_CONTEXT } from '../forms.fixture';
import { fieldOfPath, formDataOf, formProblems, inputOf, inputsOf, valueOf } from './form-values';

const field = (name: string) => EVERY_TYPE_FORM.elements.find((f) => f.name === name)!;

describe('valueOf / inputOf', () => {
  it('reads every type as the engine stores it', () => {
    expect(valueOf(field('owedFen'), '1,234.56')).toBe(123_456);
    expect(valueOf(field('owedFen'), '1.234')).toBeNull();
    expect(valueOf(field('children'), '3')).toBe(3);
    expect(valueOf(field('children'), 'three')).toBeNull();
    expect(valueOf(field('mobile'), '138 0013-8000')).toBe('13800138000');
    expect(valueOf(field('idNumber'), '11010519491231002x')).toBe('11010519491231002X');
    expect(valueOf(field('story'), '  line\n')).toBe('  line\n');
    expect(valueOf(field('name'), '  ')).toBeUndefined();
    expect(valueOf(field('hardship'), [])).toBeUndefined();
    expect(valueOf(field('hardship'), ['job'])).toEqual(['job']);
    expect(valueOf(field('service'), 4)).toBe(4);
    expect(valueOf(field('aspects'), {})).toBeUndefined();
    expect(valueOf(field('aspects'), { speed: 'good' })).toEqual({ speed: 'good' });
    expect(valueOf(field('sig'), ' abc ')).toBe('abc');
  });

  it('shows stored values back as inputs, so they read back the same', () => {
    const data = {
      owedFen: 5_000_010,
      children: 2,
      since: '2024-05-01',
      hardship: ['illness'],
      service: 5,
      aspects: { speed: 'good' },
      proof: [{ id: 'f1', name: 'a.pdf', sizeBytes: 10, mime: 'application/pdf' }],
    };
    const inputs = inputsOf(EVERY_TYPE_FORM, data);
    expect(inputs['owedFen']).toBe('50000.10');
    expect(inputs['children']).toBe('2');
    for (const [name, value] of Object.entries(data))
      expect(valueOf(field(name), inputs[name])).toEqual(value);
    expect(inputOf(field('owedFen'), 1.5)).toBeUndefined();
  });
});

describe('formDataOf', () => {
  it('keeps only visible, non-empty fields (the engine decides what is visible)', () => {
    const inputs = { name: ' 张三 ', matter: 'loan', hardship: ['illness'], owedFen: '' };
    expect(formDataOf(EVERY_TYPE_FORM, inputs).data).toEqual({ name: '张三', matter: 'loan' });
    expect(formDataOf(EVERY_TYPE_FORM, { ...inputs, matter: 'overdue' }).data).toEqual({
      name: '张三',
      matter: 'overdue',
      hardship: ['illness'],
    });
  });

  it('reports unreadable inputs of visible fields only', () => {
    const { data, unreadable } = formDataOf(EVERY_TYPE_FORM, { owedFen: '12.345', children: 'x' });
    expect(data).toEqual({});
    expect(unreadable.get('owedFen')?.en).toContain('yuan');
    expect(unreadable.get('children')?.zh).toBe('请输入数字。');
  });
});

describe('formProblems', () => {
  it("uses the engine's rules: required, conditional required, ranges, options driven by rules", () => {
    const problems = formProblems(
      EVERY_TYPE_FORM,
      { matter: 'overdue', owedFen: '0.5', since: '2019-12-31' },
      FIXTURE_CONTEXT,
    );
    expect([...problems.keys()].sort()).toEqual(['hardship', 'name', 'owedFen', 'since']);
    // "settle" is offered only from 10,000 yuan owed.
    const small = formProblems(
      EVERY_TYPE_FORM,
      { name: '张三', matter: 'settle', owedFen: '50' },
      FIXTURE_CONTEXT,
    );
    expect(small.get('matter')?.en).toContain('not available');
    expect(
      formProblems(EVERY_TYPE_FORM, { name: '张三', matter: 'settle', owedFen: '10000' }, FIXTURE_CONTEXT)
        .size,
    ).toBe(0);
  });

  it('puts a problem inside a list or a matrix at its field', () => {
    expect(fieldOfPath('data.hardship[1]')).toBe('hardship');
    expect(fieldOfPath('data.aspects.speed')).toBe('aspects');
    const problems = formProblems(
      EVERY_TYPE_FORM,
      { name: '张三', matter: 'loan', aspects: { speed: 'meh' }, sig: 'x' },
      FIXTURE_CONTEXT,
    );
    expect([...problems.keys()]).toEqual(['aspects', 'sig']);
    expect(problems.get('sig')?.zh).toBe('签名无效');
  });
});
