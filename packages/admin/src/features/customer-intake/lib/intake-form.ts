/**
 * The intake form in the browser: what the customer types (text, yuan amounts, choices) turned into the
 * form data the engine validates, with the engine's own rules for which fields show and are required
 * (`evaluateFormState`) and for what is valid (`validateFormData`), so the page and the server agree.
 * Pure: no Vue.
 */
import {
  evaluateFormState,
  isCnMobile,
  isPrcResidentId,
  validateFormData,
  type FieldDefinition,
  type FormDefinition,
} from '@parley/engine';
import type { Localized } from '../../../shared/lib/locale';

/** Field types this page renders; others (files, ratings, plug-ins) are left out of the intake page. */
export const RENDERED_TYPES: ReadonlySet<string> = new Set([
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'select',
  'multi-select',
  'phone',
  'prc-id',
  'bank-card',
]);

/** What the customer typed, by field name: strings, or string arrays for multi-selects. */
export type Inputs = Record<string, string | string[] | undefined>;

const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Yuan as typed (`1,234.5`, `¥ 80`) → integer fen, exactly (digit strings, no floating point); null
 * when it is not an amount with at most two decimals.
 */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replace(/[\s,，]/g, '').replace(/^[¥￥]/, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen > MAX_FEN ? null : Number(fen);
}

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

function convert(field: FieldDefinition, raw: string | string[] | undefined): unknown {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) return raw.length > 0 ? [...raw] : undefined;
  const text = raw.trim();
  if (text === '') return undefined;
  switch (field.type) {
    case 'money':
      return yuanToFen(text);
    case 'number': {
      const n = Number(text);
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

/** The inputs as form data: values of visible fields only (the engine's visibility rules). */
export function formDataOf(form: FormDefinition, inputs: Inputs): Converted {
  const all: Record<string, unknown> = {};
  const unreadable = new Map<string, Localized>();
  for (const field of form.elements) {
    const value = convert(field, inputs[field.name]);
    if (value === null) unreadable.set(field.name, field.type === 'money' ? MESSAGES.money : MESSAGES.number);
    else if (value !== undefined) all[field.name] = value;
  }
  const data: Record<string, unknown> = {};
  for (const state of evaluateFormState(form, all))
    if (state.visible && state.field.name in all) data[state.field.name] = all[state.field.name];
  return { data, unreadable };
}

/** Every problem with the inputs, by field name (the first per field): unreadable, then the engine's. */
export function formProblems(form: FormDefinition, inputs: Inputs): Map<string, Localized> {
  const { data, unreadable } = formDataOf(form, inputs);
  const out = new Map(unreadable);
  for (const problem of validateFormData(form, data).problems) {
    if (problem.severity !== 'error') continue;
    const name = problem.path.replace(/^data\./, '').split('.')[0] ?? '';
    if (!out.has(name)) out.set(name, problem.message);
  }
  return out;
}

/** The customer's own details, as `CustomerInput`. */
export interface CustomerInputs {
  name: string;
  idNumber: string;
  phone: string;
}

const CUSTOMER_MESSAGES = {
  name: { zh: '请填写姓名（1–50 个字符）。', en: 'Enter your name (1–50 characters).' },
  idNumber: { zh: '身份证号无效。', en: 'The PRC ID number is not valid.' },
  phone: { zh: '手机号码无效。', en: 'The mobile number is not valid.' },
} satisfies Record<keyof CustomerInputs, Localized>;

/** The details as sent (empty optional ones left out), normalised like the server does. */
export function customerOf(inputs: CustomerInputs): { name: string; idNumber?: string; phone?: string } {
  const idNumber = inputs.idNumber.replace(/\s/g, '').toUpperCase();
  const phone = inputs.phone.replace(/[\s-]/g, '');
  return {
    name: inputs.name.replace(/\s+/g, ' ').trim(),
    ...(idNumber ? { idNumber } : {}),
    ...(phone ? { phone } : {}),
  };
}

/** Problems with the customer's details (the same identifier rules the server applies). */
export function customerProblems(inputs: CustomerInputs): Map<keyof CustomerInputs, Localized> {
  const c = customerOf(inputs);
  const out = new Map<keyof CustomerInputs, Localized>();
  if (c.name.length === 0 || [...c.name].length > 50) out.set('name', CUSTOMER_MESSAGES.name);
  if (c.idNumber !== undefined && !isPrcResidentId(c.idNumber))
    out.set('idNumber', CUSTOMER_MESSAGES.idNumber);
  if (c.phone !== undefined && !isCnMobile(c.phone)) out.set('phone', CUSTOMER_MESSAGES.phone);
  return out;
}
