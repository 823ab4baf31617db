import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@parley/engine';
import { formCoalesceKey } from './form-coalesce';

const form: FormDefinition = {
  key: 'apply',
  title: { zh: '申请', en: 'Apply' },
  elements: [
    { type: 'text', name: 'a', title: { zh: 'A', en: 'A' } },
    { type: 'text', name: 'b', title: { zh: 'B', en: 'B' } },
  ],
};

describe('form coalesce key', () => {
  it('joins typing in one field', () => {
    const next = {
      ...form,
      elements: [form.elements[0]!, { ...form.elements[1]!, title: { zh: 'BB', en: 'B' } }],
    };
    expect(formCoalesceKey(form, next)).toBe('form:apply:field:b');
  });

  it('joins typing in the form title', () => {
    expect(formCoalesceKey(form, { ...form, title: { zh: '申请书', en: 'Apply' } })).toBe('form:apply:title');
  });

  it('keeps adding, removing, reordering and renaming as steps of their own', () => {
    expect(formCoalesceKey(form, { ...form, elements: [form.elements[0]!] })).toBeUndefined();
    expect(
      formCoalesceKey(form, { ...form, elements: [form.elements[1]!, form.elements[0]!] }),
    ).toBeUndefined();
    expect(
      formCoalesceKey(form, { ...form, elements: [{ ...form.elements[0]!, name: 'z' }, form.elements[1]!] }),
    ).toBeUndefined();
    expect(
      formCoalesceKey(form, {
        ...form,
        elements: [
          { ...form.elements[0]!, isRequired: true },
          { ...form.elements[1]!, isRequired: true },
        ],
      }),
    ).toBeUndefined();
    expect(formCoalesceKey(undefined, form)).toBeUndefined();
  });
});
