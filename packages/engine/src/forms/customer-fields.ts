/**
 * Which fields of a form ask for the customer's own details (name, mobile number, PRC ID number), so a
 * page that also takes the customer's details (the public intake page) asks for each only once: the
 * form's answer is the customer's detail. The browser and the server use this one rule.
 *
 * - name: a text field named `customerName`, `complainantName`, `debtorName`, `contactName` or `name`
 *   (a company's name is not the customer's);
 * - phone: the first field of type `phone`;
 * - idNumber: the first field of type `prc-id`.
 */
import type { FormDefinition } from './form.types';

export type CustomerDetail = 'name' | 'phone' | 'idNumber';

/** The form field holding each customer detail the form asks for. */
export type CustomerFieldMap = Partial<Record<CustomerDetail, string>>;

const NAME_FIELDS = ['customerName', 'complainantName', 'debtorName', 'contactName', 'name'];

export function customerFieldsOf(form: FormDefinition | null | undefined): CustomerFieldMap {
  const out: CustomerFieldMap = {};
  if (!form) return out;
  const name = form.elements.find((e) => e.type === 'text' && NAME_FIELDS.includes(e.name));
  if (name) out.name = name.name;
  const phone = form.elements.find((e) => e.type === 'phone');
  if (phone) out.phone = phone.name;
  const id = form.elements.find((e) => e.type === 'prc-id');
  if (id) out.idNumber = id.name;
  return out;
}

/** The customer's details as the form's answers give them (answers that are not text are left out). */
export function customerFromAnswers(
  fields: CustomerFieldMap,
  answers: Readonly<Record<string, unknown>>,
): Partial<Record<CustomerDetail, string>> {
  const out: Partial<Record<CustomerDetail, string>> = {};
  for (const [detail, field] of Object.entries(fields) as [CustomerDetail, string][]) {
    const value = answers[field];
    if (typeof value === 'string' && value.trim() !== '') out[detail] = value.trim();
  }
  return out;
}
