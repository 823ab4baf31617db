/**
 * Edits of a form definition for the form builder. Every edit returns a new definition and leaves its
 * input untouched (the designer's document store records each result as one undoable change).
 * Pure: no Vue.
 */
import type {
  Choice,
  FieldDefinition,
  FieldTypeName,
  FormDefinition,
  LocalizedText,
  Rule,
} from '@parley/engine';

/** Field names become `data.<name>` in rules: a letter, then letters, digits or "_". */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export type FieldNameProblem = 'empty' | 'pattern' | 'duplicate';

/** The problem with a name among the other fields' names, if any. */
export function nameProblem(name: string, others: readonly string[]): FieldNameProblem | null {
  if (name === '') return 'empty';
  if (!FIELD_NAME_PATTERN.test(name)) return 'pattern';
  return others.includes(name) ? 'duplicate' : null;
}

/** The name problem of each field, by index (fields without problems left out). */
export function fieldNameProblems(form: FormDefinition): Map<number, FieldNameProblem> {
  const out = new Map<number, FieldNameProblem>();
  const names = form.elements.map((f) => f.name);
  names.forEach((name, i) => {
    const problem = nameProblem(
      name,
      names.filter((_, j) => j !== i),
    );
    if (problem) out.set(i, problem);
  });
  return out;
}

/** `base`, else `base2`, `base3`, … — the first not taken. */
export function uniqueName(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** `multi-select` → `multiSelect`, `x-signature` → `xSignature`: a valid name stem for a type. */
export function nameStem(type: string): string {
  const stem = type.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_]/g, '');
  return /^[A-Za-z]/.test(stem) ? stem : `field${stem}`;
}

/** Texts for new choices, rows and columns, numbered from 1. */
export interface NewChoiceTexts {
  choice(n: number): LocalizedText;
  row(n: number): LocalizedText;
  column(n: number): LocalizedText;
}

const DEFAULT_TEXTS: NewChoiceTexts = {
  choice: (n) => ({ zh: `选项 ${n}`, en: `Option ${n}` }),
  row: (n) => ({ zh: `第 ${n} 行`, en: `Row ${n}` }),
  column: (n) => ({ zh: `第 ${n} 列`, en: `Column ${n}` }),
};

/** A new field of a type, with a unique name, the type's label as title and what the type needs. */
export function newField(
  type: FieldTypeName,
  form: FormDefinition,
  title: LocalizedText,
  texts: NewChoiceTexts = DEFAULT_TEXTS,
): FieldDefinition {
  const name = uniqueName(
    nameStem(type),
    form.elements.map((f) => f.name),
  );
  const common = { name, title: { ...title } };
  switch (type) {
    case 'select':
    case 'multi-select':
      return {
        ...common,
        type,
        choices: [1, 2].map((n) => ({ value: `option${n}`, text: texts.choice(n) })),
      };
    case 'matrix':
      return {
        ...common,
        type,
        rows: [{ value: 'row1', text: texts.row(1) }],
        columns: [1, 2].map((n) => ({ value: `col${n}`, text: texts.column(n) })),
      };
    default:
      return { ...common, type } as FieldDefinition;
  }
}

const withElements = (form: FormDefinition, elements: readonly FieldDefinition[]): FormDefinition => ({
  ...form,
  elements,
});

export function addField(
  form: FormDefinition,
  field: FieldDefinition,
  at = form.elements.length,
): FormDefinition {
  const elements = [...form.elements];
  elements.splice(Math.max(0, Math.min(at, elements.length)), 0, field);
  return withElements(form, elements);
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item as T);
  return out;
}

export function moveField(form: FormDefinition, from: number, to: number): FormDefinition {
  return withElements(form, moved(form.elements, from, to));
}

export function removeField(form: FormDefinition, index: number): FormDefinition {
  return withElements(
    form,
    form.elements.filter((_, i) => i !== index),
  );
}

/** A patch of a field: a key set to undefined is removed (so no `undefined` reaches the JSON). */
export type FieldPatch = { readonly [key: string]: unknown };

export function patchObject<T extends object>(value: T, patch: FieldPatch): T {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, v] of Object.entries(patch)) {
    if (v === undefined) delete out[key];
    else out[key] = v;
  }
  return out as T;
}

export function updateField(form: FormDefinition, index: number, patch: FieldPatch): FormDefinition {
  return withElements(
    form,
    form.elements.map((f, i) => (i === index ? patchObject(f, patch) : f)),
  );
}

/** The rule with every reference to `data.<from>` pointed at `data.<to>`. */
export function renameInRule(rule: Rule, from: string, to: string): Rule {
  const old = `data.${from}`;
  const rename = (node: Rule, inMissing: boolean): Rule => {
    if (typeof node === 'string') return inMissing && node === old ? `data.${to}` : node;
    if (Array.isArray(node)) return node.map((n: Rule) => rename(n, inMissing));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, Rule> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'var' && value === old) out[key] = `data.${to}`;
      else if (key === 'var' && Array.isArray(value) && value[0] === old)
        out[key] = [`data.${to}`, ...(value as Rule[]).slice(1)];
      else out[key] = rename(value, key === 'missing' || key === 'missing_some');
    }
    return out;
  };
  return rename(rule, false);
}

function renameRules(field: FieldDefinition, from: string, to: string): FieldDefinition {
  const patch: Record<string, unknown> = {};
  if (field.visibleWhen !== undefined) patch['visibleWhen'] = renameInRule(field.visibleWhen, from, to);
  if (field.requiredWhen !== undefined) patch['requiredWhen'] = renameInRule(field.requiredWhen, from, to);
  if ('choices' in field)
    patch['choices'] = field.choices.map((c) =>
      c.visibleWhen === undefined ? c : { ...c, visibleWhen: renameInRule(c.visibleWhen, from, to) },
    );
  return patchObject(field, patch);
}

/**
 * Renames a field and points this form's rules that read it at the new name. Refused (the form comes
 * back unchanged) when the new name has a problem: a duplicate would merge two fields' references.
 */
export function renameField(form: FormDefinition, index: number, name: string): FormDefinition {
  const field = form.elements[index];
  if (!field || field.name === name) return form;
  const others = form.elements.filter((_, i) => i !== index).map((f) => f.name);
  if (nameProblem(name, others)) return form;
  const from = field.name;
  return withElements(
    form,
    form.elements.map((f, i) => renameRules(i === index ? { ...f, name } : f, from, name)),
  );
}

// ---------------------------------------------------------------- choices (also matrix rows and columns)

export function addChoice(
  choices: readonly Choice[],
  stem: string,
  text: (n: number) => LocalizedText,
): Choice[] {
  const value = uniqueName(
    `${stem}${choices.length + 1}`,
    choices.map((c) => c.value),
  );
  return [...choices, { value, text: text(choices.length + 1) }];
}

export function updateChoice(choices: readonly Choice[], index: number, patch: FieldPatch): Choice[] {
  return choices.map((c, i) => (i === index ? patchObject(c, patch) : c));
}

export function removeChoice(choices: readonly Choice[], index: number): Choice[] {
  return choices.filter((_, i) => i !== index);
}

export function moveChoice(choices: readonly Choice[], from: number, to: number): Choice[] {
  return moved(choices, from, to);
}

/** Problems of choice values by index: empty, or the same as an earlier one. */
export function choiceProblems(choices: readonly Choice[]): Map<number, 'empty' | 'duplicate'> {
  const out = new Map<number, 'empty' | 'duplicate'>();
  const seen = new Set<string>();
  choices.forEach((c, i) => {
    if (c.value.trim() === '') out.set(i, 'empty');
    else if (seen.has(c.value)) out.set(i, 'duplicate');
    seen.add(c.value);
  });
  return out;
}
