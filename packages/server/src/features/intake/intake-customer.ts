/**
 * The customer's details of an intake, asked once (docs/intake.md): where the flow's form asks for the
 * customer's name, mobile number or ID number (engine `customerFieldsOf`, the rule the intake page
 * uses too), the form's answer stands for the customer's detail, so the intake page does not ask again
 * and the `customer` argument may leave it out. A detail the `customer` argument does give is kept as
 * given (clients that send both keep working as before).
 */
import { customerFieldsOf, customerFromAnswers, type FormDefinition } from '@parley/engine';
import type { CustomerInput } from '../../generated/resolvers-types';

export function intakeCustomer(
  form: FormDefinition | null,
  given: CustomerInput | null | undefined,
  answers: Readonly<Record<string, unknown>>,
): CustomerInput {
  const fromForm = customerFromAnswers(customerFieldsOf(form), answers);
  const out: CustomerInput = { ...(given ?? { name: '' }) };
  for (const detail of ['name', 'phone', 'idNumber'] as const) {
    const answered = fromForm[detail];
    if (answered !== undefined && !given?.[detail]?.trim()) out[detail] = answered;
  }
  return out;
}
