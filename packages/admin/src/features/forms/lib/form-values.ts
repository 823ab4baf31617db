/**
 * What a person types into a form (text, yuan amounts, choices, ratings, matrix answers) turned into the
 * form data the engine validates, and back. Which fields show and are required comes from the engine
 * (`evaluateFormState`), what is valid too (`validateFormData`), so the page and the server agree.
 * Pure: no Vue.
 */
import {
  evaluateFormState,
  validateFormData,
  type FieldDefinition,
  type FormContext,
  type FormData,
  type FormDefinition,
} from '@parley/engine';
import type { Localized } from '../../../shared/lib/locale';
import { fenToYuanInput, yuanToFen } from '../../../shared/lib/money';

/**
 * One field's input as typed: text for text-like fields, numbers and amounts (yuan); a list for
 * multi-selects; a number for ratings; row → column for matrices; file references as given.
 */
export type RawInput =
  string | readonly string[] | number | Readonly<Record<string, string>> | readonly unknown[];
export type Inputs = Record<string, RawInput | undefined>;

const MESSAGES = {
  money: { zh: '请输入金额（元），最多两位小数。', en: 'Enter an amount in yuan with at most two decimals.' },
  number: { zh: '请输入数字。', en: 'Enter a number.' },
} satisfies Record<string, Localized>;

export interface Converted {
  /** The form data as the engine takes it (hidden and empty fields left out). */
  data: Record<string, unknown>;
  /** Inputs that could not be read (an amount that is not one), by field name. */
  unreadable: Map<string, Localized>;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value of one input: undefined when empty, null when it cannot be read. */
export function valueOf(field: FieldDefinition, raw: RawInput | undefined): unknown {
  if (raw === undefined) return undefined;
  if (field.type === 'file') return Array.isArray(raw) && raw.length > 0 ? [...raw] : undefined;
  if (Array.isArray(raw)) return raw.length > 0 ? [...raw] : undefined;
  if (isRecord(raw)) return Object.keys(raw).length > 0 ? { ...raw } : undefined;
  if (typeof raw === 'number') return raw;
  const text = (raw as string).trim();
  if (text === '') return undefined;
  switch (field.type) {
    case 'money':
      return yuanToFen(text);
    case 'number': {
      const n = Number(text.replace(/[,，]/g, ''));
      return Number.isFinite(n) ? n : null;
    }
    case 'phone':
    case 'bank-card':
      return text.replace(/[\s-]/g, '');
    case 'prc-id':
      return text.replace(/\s/g, '').toUpperCase();
    default:
      return field.type === 'textarea' ? raw : text;
  }
}

/** The input that shows a stored value (fen as yuan, numbers as text); undefined for none. */
export function inputOf(field: FieldDefinition, value: unknown): RawInput | undefined {
  if (value === undefined || value === null) return undefined;
  if (field.type === 'money')
    return Number.isSafeInteger(value) ? fenToYuanInput(value as number) : undefined;
  if (field.type === 'number') return typeof value === 'number' ? String(value) : undefined;
  if (field.type === 'rating') return typeof value === 'number' ? value : undefined;
  if (field.type === 'matrix')
    return isRecord(value)
      ? Object.fromEntries(
          Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
        )
      : undefined;
  if (Array.isArray(value)) return field.type === 'file' ? [...value] : value.map(String);
  return typeof value === 'string' ? value : String(value);
}

/** Inputs showing the given form data. */
export function inputsOf(form: FormDefinition, data: FormData): Inputs {
  const out: Inputs = {};
  for (const field of form.elements) {
    const input = inputOf(field, data[field.name]);
    if (input !== undefined) out[field.name] = input;
  }
  return out;
}

/** The inputs as form data: values of visible fields only (the engine's visibility rules). */
export function formDataOf(form: FormDefinition, inputs: Inputs, context: FormContext = {}): Converted {
  const all: Record<string, unknown> = {};
  const unreadable = new Map<string, Localized>();
  for (const field of form.elements) {
    const value = valueOf(field, inputs[field.name]);
    if (value === null) unreadable.set(field.name, field.type === 'money' ? MESSAGES.money : MESSAGES.number);
    else if (value !== undefined) all[field.name] = value;
  }
  const data: Record<string, unknown> = {};
  for (const state of evaluateFormState(form, all, context)) {
    if (!state.visible) unreadable.delete(state.field.name);
    else if (state.field.name in all) data[state.field.name] = all[state.field.name];
  }
  return { data, unreadable };
}

/** The field a problem path (`data.hardship[1]`, `data.grid.row1`) is about. */
export function fieldOfPath(path: string): string {
  return path.replace(/^data\./, '').split(/[.[]/)[0] ?? '';
}

/** Every problem with the inputs, by field name (the first per field): unreadable, then the engine's. */
export function formProblems(
  form: FormDefinition,
  inputs: Inputs,
  context: FormContext = {},
): Map<string, Localized> {
  const { data, unreadable } = formDataOf(form, inputs, context);
  const out = new Map(unreadable);
  for (const problem of validateFormData(form, data, context).problems) {
    if (problem.severity !== 'error') continue;
    const name = fieldOfPath(problem.path);
    if (!out.has(name)) out.set(name, problem.message);
  }
  return out;
}
