/**
 * The intake page's own part: the customer's details, normalised and checked like the server does.
 * The form itself is rendered and checked by the shared renderer (features/forms).
 * Pure: no Vue.
 */
import {
  customerFieldsOf,
  customerFromAnswers,
  isCnMobile,
  isPrcResidentId,
  type CustomerDetail,
  type FormDefinition,
} from '@parley/engine';
import type { Localized } from '../../../shared/lib/locale';

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

const DETAILS: readonly CustomerDetail[] = ['name', 'idNumber', 'phone'];

/**
 * The customer's details the page asks for itself: those the form does not ask for (engine
 * `customerFieldsOf`, the rule the server applies to fill them in from the form's answers).
 */
export function askedDetails(form: FormDefinition | null): CustomerDetail[] {
  const covered = customerFieldsOf(form);
  return DETAILS.filter((d) => covered[d] === undefined);
}

/**
 * Problems with the customer's details the page asks for (`asked`; all by default), by the same
 * identifier rules the server applies.
 */
export function customerProblems(
  inputs: CustomerInputs,
  asked: readonly CustomerDetail[] = DETAILS,
): Map<keyof CustomerInputs, Localized> {
  const c = customerOf(inputs);
  const out = new Map<keyof CustomerInputs, Localized>();
  if (asked.includes('name') && (c.name.length === 0 || [...c.name].length > 50))
    out.set('name', CUSTOMER_MESSAGES.name);
  if (asked.includes('idNumber') && c.idNumber !== undefined && !isPrcResidentId(c.idNumber))
    out.set('idNumber', CUSTOMER_MESSAGES.idNumber);
  if (asked.includes('phone') && c.phone !== undefined && !isCnMobile(c.phone))
    out.set('phone', CUSTOMER_MESSAGES.phone);
  return out;
}

/**
 * The `customer` argument of the submission: null when the form asks for every detail (the server
 * takes them from its answers); else the details the page asked for, with the name from the form's
 * answer when the form asks for it (the argument needs a name).
 */
export function customerToSend(
  inputs: CustomerInputs,
  form: FormDefinition | null,
  answers: Readonly<Record<string, unknown>>,
): { name: string; idNumber?: string; phone?: string } | null {
  const asked = askedDetails(form);
  if (asked.length === 0) return null;
  const typed = customerOf(inputs);
  const fromForm = customerFromAnswers(customerFieldsOf(form), answers);
  const out: { name: string; idNumber?: string; phone?: string } = { name: fromForm.name ?? typed.name };
  if (fromForm.idNumber !== undefined) out.idNumber = fromForm.idNumber;
  if (fromForm.phone !== undefined) out.phone = fromForm.phone;
  for (const d of asked) {
    const value = typed[d];
    if (value !== undefined) out[d] = value;
  }
  return out;
}
