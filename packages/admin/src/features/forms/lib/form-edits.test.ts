import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultRegistry, type FormDefinition, type Rule } from '@parley/engine';
import { EVERY_TYPE_FORM } from '../forms.fixture';
import {
  addChoice,
  addField,
  choiceProblems,
  fieldNameProblems,
  moveChoice,
  moveField,
  nameProblem,
  nameStem,
  newField,
  removeChoice,
  removeField,
  renameField,
  renameInRule,
  uniqueName,
  updateChoice,
  updateField,
} from './form-edits';

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
};
const FORM = deepFreeze(structuredClone(EVERY_TYPE_FORM));
const names = (form: FormDefinition) => form.elements.map((f) => f.name);

describe('names', () => {
  it('checks the pattern, emptiness and duplicates', () => {
    expect(nameProblem('amountOwedFen', ['name'])).toBeNull();
    expect(nameProblem('', [])).toBe('empty');
    expect(nameProblem('1st', [])).toBe('pattern');
    expect(nameProblem('a.b', [])).toBe('pattern');
    expect(nameProblem('a-b', [])).toBe('pattern');
    expect(nameProblem('a'.repeat(65), [])).toBe('pattern');
    expect(nameProblem('name', ['name'])).toBe('duplicate');
    const dup: FormDefinition = { ...FORM, elements: [...FORM.elements, { ...FORM.elements[0]! }] };
    expect([...fieldNameProblems(dup)]).toEqual([
      [0, 'duplicate'],
      [FORM.elements.length, 'duplicate'],
    ]);
    expect(fieldNameProblems(FORM).size).toBe(0);
  });

  it('generates unique names from the type', () => {
    expect(uniqueName('text', [])).toBe('text');
    expect(uniqueName('text', ['text', 'text2'])).toBe('text3');
    expect(nameStem('multi-select')).toBe('multiSelect');
    expect(nameStem('prc-id')).toBe('prcId');
    expect(nameStem('x-signature')).toBe('xSignature');
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 })), (taken) => {
        const name = uniqueName('text', taken);
        expect(taken).not.toContain(name);
      }),
    );
  });
});

describe('newField', () => {
  it('makes a valid field of every built-in type, with a fresh name', () => {
    let form: FormDefinition = { key: 'f', title: { zh: '表', en: 'Form' }, elements: [] };
    for (const plugin of [...defaultRegistry.fieldTypes, ...defaultRegistry.fieldTypes]) {
      const field = newField(plugin.type, form, plugin.label);
      expect(plugin.checkField?.(field as never) ?? []).toEqual([]);
      form = addField(form, field);
    }
    expect(fieldNameProblems(form).size).toBe(0);
    expect(names(form).slice(0, 3)).toEqual(['text', 'textarea', 'number']);
    expect(names(form)).toContain('multiSelect2');
    const select = form.elements.find((f) => f.type === 'select');
    expect(select && 'choices' in select ? select.choices.map((c) => c.value) : []).toEqual([
      'option1',
      'option2',
    ]);
  });
});

describe('field edits', () => {
  it('adds, moves, removes and patches without touching the input', () => {
    const added = addField(FORM, newField('phone', FORM, { zh: '电话', en: 'Phone' }), 1);
    expect(names(added).slice(0, 3)).toEqual(['name', 'phone', 'story']);
    expect(names(moveField(FORM, 0, 2)).slice(0, 3)).toEqual(['story', 'children', 'name']);
    expect(names(moveField(FORM, 2, 0)).slice(0, 3)).toEqual(['children', 'name', 'story']);
    expect(names(removeField(FORM, 0))[0]).toBe('story');
    const patched = updateField(FORM, 0, { maxLength: 30, minLength: undefined, sensitive: true });
    expect(patched.elements[0]).toEqual({
      type: 'text',
      name: 'name',
      title: { zh: '姓名', en: 'Name' },
      isRequired: true,
      maxLength: 30,
      sensitive: true,
    });
    expect('minLength' in patched.elements[0]!).toBe(false);
    expect(patched.elements[1]).toBe(FORM.elements[1]);
  });

  it('renames a field and the rules of the form that read it; refuses a name with a problem', () => {
    const matterAt = names(FORM).indexOf('matter');
    const renamed = renameField(FORM, matterAt, 'topic');
    const hardship = renamed.elements.find((f) => f.name === 'hardship')!;
    expect(hardship.visibleWhen).toEqual({ '==': [{ var: 'data.topic' }, 'overdue'] });
    expect(hardship.requiredWhen).toEqual({ '==': [{ var: 'data.topic' }, 'overdue'] });
    const owedAt = names(FORM).indexOf('owedFen');
    const owed = renameField(FORM, owedAt, 'debtFen').elements.find((f) => f.name === 'matter')!;
    expect('choices' in owed && owed.choices[2]?.visibleWhen).toEqual({
      '>=': [{ var: 'data.debtFen' }, 1_000_000],
    });
    expect(renameField(FORM, matterAt, 'name')).toBe(FORM);
    expect(renameField(FORM, matterAt, '9lives')).toBe(FORM);
  });

  it('renames in every way a rule reads a field, and nothing else', () => {
    const rule: Rule = {
      and: [
        { missing: ['data.a', 'data.ab'] },
        { missing_some: [1, ['data.a']] },
        { '==': [{ var: ['data.a', 0] }, 'data.a'] },
        { in: ['x', { var: 'data.a' }] },
      ],
    };
    expect(renameInRule(rule, 'a', 'b')).toEqual({
      and: [
        { missing: ['data.b', 'data.ab'] },
        { missing_some: [1, ['data.b']] },
        { '==': [{ var: ['data.b', 0] }, 'data.a'] },
        { in: ['x', { var: 'data.b' }] },
      ],
    });
  });
});

describe('choice edits', () => {
  const choices = [
    { value: 'a', text: { zh: '甲', en: 'A' } },
    { value: 'b', text: { zh: '乙', en: 'B' } },
  ];
  it('adds with a unique value, patches, moves and removes', () => {
    const more = addChoice(choices, 'option', (n) => ({ zh: `选项 ${n}`, en: `Option ${n}` }));
    expect(more[2]).toEqual({ value: 'option3', text: { zh: '选项 3', en: 'Option 3' } });
    const ruled = updateChoice(more, 0, { visibleWhen: { '==': [{ var: 'data.x' }, 1] } });
    expect(ruled[0]?.visibleWhen).toBeDefined();
    expect(updateChoice(ruled, 0, { visibleWhen: undefined })[0]).toEqual(choices[0]);
    expect(moveChoice(more, 2, 0).map((c) => c.value)).toEqual(['option3', 'a', 'b']);
    expect(removeChoice(more, 1).map((c) => c.value)).toEqual(['a', 'option3']);
    expect(choices).toHaveLength(2);
  });
  it('flags empty and duplicate values', () => {
    const bad = [
      ...choices,
      { value: 'a', text: { zh: '', en: '' } },
      { value: ' ', text: { zh: '', en: '' } },
    ];
    expect([...choiceProblems(bad)]).toEqual([
      [2, 'duplicate'],
      [3, 'empty'],
    ]);
  });
});
