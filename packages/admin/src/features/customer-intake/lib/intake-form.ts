/**
 * The intake page's own part: the customer's details, normalised and checked like the server does.
 * The form itself is rendered and checked by the shared renderer (features/forms).
 * Pure: no Vue.
 */
import { isCnMobile, isPrcResidentId } from '@parley/engine';
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
