/**
 * The offer builder's form → the engine's `RepaymentPlanInput`. Amounts are typed in yuan and become
 * exact integer fen (shared/lib/money `yuanToFen`); rates are typed in percent and become exact decimal
 * strings (digit work, no floating point). Each problem names the form field it belongs to.
 */
import type { RepaymentPlanInput, RepaymentPlanKind } from '@parley/engine';
import { fenToYuanInput, yuanToFen } from '../../../../shared/lib/money';

export const PLAN_KINDS: readonly RepaymentPlanKind[] = [
  'equalInstalment',
  'equalPrincipal',
  'instalmentWithFee',
  'interestFrozen',
  'extension',
  'lumpSumSettlement',
];

export type ExtensionRepayment = 'interestOnly' | 'equalInstalment' | 'equalPrincipal';

export interface OfferForm {
  kind: RepaymentPlanKind;
  /** What is owed, in yuan as typed. */
  principal: string;
  interest: string;
  penaltyInterest: string;
  fees: string;
  /** Waive all of each accrued component (principal is never waived). */
  waiveInterest: boolean;
  waivePenaltyInterest: boolean;
  waiveFees: boolean;
  downPayment: string;
  startDate: string;
  termMonths: number;
  /** Nominal annual rate in percent, e.g. `6` or `4.35`. */
  annualRatePercent: string;
  /** Fee per period in percent of the amount financed, e.g. `0.75`. */
  feeRatePercent: string;
  feeCollection: 'perPeriod' | 'upfront';
  /** Extension (展期). */
  loanStartDate: string;
  maturityDate: string;
  newMaturityDate: string;
  applicationDate: string;
  repayment: ExtensionRepayment;
  /** Lump-sum settlement: discount in percent of the balance after waivers. */
  discountPercent: string;
  settlementDate: string;
}

export type OfferFormField = keyof OfferForm;

export interface OfferFormProblem {
  readonly field: OfferFormField;
  readonly code: 'REQUIRED' | 'NOT_AN_AMOUNT' | 'NOT_A_RATE' | 'NOT_A_DATE' | 'TERM_RANGE' | 'NOTHING_OWED';
}

export type PlanInputResult =
  | { readonly ok: true; readonly input: RepaymentPlanInput }
  | { readonly ok: false; readonly problems: readonly OfferFormProblem[] };

export function emptyOfferForm(today: string, kind: RepaymentPlanKind = 'interestFrozen'): OfferForm {
  return {
    kind,
    principal: '',
    interest: '0',
    penaltyInterest: '0',
    fees: '0',
    waiveInterest: false,
    waivePenaltyInterest: false,
    waiveFees: false,
    downPayment: '0',
    startDate: today,
    termMonths: 24,
    annualRatePercent: '',
    feeRatePercent: '',
    feeCollection: 'perPeriod',
    loanStartDate: '',
    maturityDate: '',
    newMaturityDate: '',
    applicationDate: today,
    repayment: 'interestOnly',
    discountPercent: '0',
    settlementDate: today,
  };
}

/**
 * A percentage as typed (`6`, `4.35`, `0.75`) → the fraction as an exact decimal string (`0.06`,
 * `0.0435`, `0.0075`); null when it is not a non-negative decimal.
 */
export function percentToDecimal(text: string): string | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!match) return null;
  const digits = `${match[1]}${match[2] ?? ''}`;
  const scale = (match[2] ?? '').length + 2;
  const padded = digits.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(padded.length - scale).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const usesTerm = (kind: RepaymentPlanKind) =>
  kind === 'equalInstalment' ||
  kind === 'equalPrincipal' ||
  kind === 'instalmentWithFee' ||
  kind === 'interestFrozen';
const usesRate = (kind: RepaymentPlanKind) =>
  kind === 'equalInstalment' || kind === 'equalPrincipal' || kind === 'extension';

/** The fields the form shows for a plan kind (besides what is owed, waivers and the start date). */
export function fieldsOf(kind: RepaymentPlanKind): ReadonlySet<OfferFormField> {
  const fields = new Set<OfferFormField>();
  if (kind !== 'lumpSumSettlement') fields.add('downPayment');
  if (usesTerm(kind)) fields.add('termMonths');
  if (usesRate(kind)) fields.add('annualRatePercent');
  if (kind === 'instalmentWithFee') {
    fields.add('feeRatePercent');
    fields.add('feeCollection');
  }
  if (kind === 'extension')
    for (const f of [
      'loanStartDate',
      'maturityDate',
      'newMaturityDate',
      'applicationDate',
      'repayment',
    ] as const)
      fields.add(f);
  if (kind === 'lumpSumSettlement') {
    fields.add('discountPercent');
    fields.add('settlementDate');
  }
  return fields;
}

/** The engine's plan input for the form, or every problem with its field. */
export function toPlanInput(form: OfferForm): PlanInputResult {
  const problems: OfferFormProblem[] = [];
  const fields = fieldsOf(form.kind);
  const amount = (field: OfferFormField, required = true): number => {
    const text = String(form[field]).trim();
    if (text === '') {
      if (required) problems.push({ field, code: 'REQUIRED' });
      return 0;
    }
    const fen = yuanToFen(text);
    if (fen === null) problems.push({ field, code: 'NOT_AN_AMOUNT' });
    return fen ?? 0;
  };
  const rate = (field: OfferFormField): string => {
    const text = String(form[field]).trim();
    if (text === '') {
      problems.push({ field, code: 'REQUIRED' });
      return '0';
    }
    const value = percentToDecimal(text);
    if (value === null) problems.push({ field, code: 'NOT_A_RATE' });
    return value ?? '0';
  };
  const date = (field: OfferFormField): string => {
    const text = String(form[field]).trim();
    if (text === '') problems.push({ field, code: 'REQUIRED' });
    else if (!DATE.test(text)) problems.push({ field, code: 'NOT_A_DATE' });
    return text;
  };

  const owed = {
    principalFen: amount('principal'),
    interestFen: amount('interest', false),
    penaltyInterestFen: amount('penaltyInterest', false),
    feesFen: amount('fees', false),
  };
  if (
    problems.length === 0 &&
    owed.principalFen + owed.interestFen + owed.penaltyInterestFen + owed.feesFen === 0
  )
    problems.push({ field: 'principal', code: 'NOTHING_OWED' });
  const waivers = {
    ...(form.waiveInterest ? { interest: 'all' as const } : {}),
    ...(form.waivePenaltyInterest ? { penaltyInterest: 'all' as const } : {}),
    ...(form.waiveFees ? { fees: 'all' as const } : {}),
  };
  const base = {
    owed,
    ...(Object.keys(waivers).length ? { waivers } : {}),
    startDate: date('startDate'),
  };
  const downPaymentFen = fields.has('downPayment') ? amount('downPayment', false) : 0;
  const withDown = downPaymentFen > 0 ? { ...base, downPaymentFen } : base;
  if (
    fields.has('termMonths') &&
    (!Number.isInteger(form.termMonths) || form.termMonths < 1 || form.termMonths > 360)
  )
    problems.push({ field: 'termMonths', code: 'TERM_RANGE' });

  let input: RepaymentPlanInput;
  switch (form.kind) {
    case 'equalInstalment':
    case 'equalPrincipal':
      input = {
        ...withDown,
        kind: form.kind,
        termMonths: form.termMonths,
        annualRate: rate('annualRatePercent'),
      };
      break;
    case 'instalmentWithFee':
      input = {
        ...withDown,
        kind: 'instalmentWithFee',
        termMonths: form.termMonths,
        feeRatePerPeriod: rate('feeRatePercent'),
        feeCollection: form.feeCollection,
      };
      break;
    case 'interestFrozen':
      input = { ...withDown, kind: 'interestFrozen', termMonths: form.termMonths };
      break;
    case 'extension':
      input = {
        ...withDown,
        kind: 'extension',
        annualRate: rate('annualRatePercent'),
        originalLoan: { startDate: date('loanStartDate'), maturityDate: date('maturityDate') },
        newMaturityDate: date('newMaturityDate'),
        applicationDate: date('applicationDate'),
        repayment: form.repayment,
      };
      break;
    case 'lumpSumSettlement': {
      const percent = rate('discountPercent');
      // The engine takes the discount as a percentage (`percent: '20'` = 20 %), not a fraction.
      const discountPercent = String(form.discountPercent).trim().replace(/%$/, '').trim();
      input = {
        ...base,
        kind: 'lumpSumSettlement',
        settlementDate: date('settlementDate'),
        ...(percent !== '0' ? { discount: { percent: discountPercent } } : {}),
      };
      break;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, input };
}

/** A fraction as an exact decimal string (`0.0435`) → percent as typed (`4.35`). */
export function decimalToPercent(text: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return '';
  const frac = (match[2] ?? '').padEnd(2, '0');
  const whole = `${match[1]}${frac.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = frac.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

const yuan = (fen: unknown): string =>
  typeof fen === 'number' && Number.isSafeInteger(fen) ? fenToYuanInput(fen) : '0';

/**
 * The form for a plan input (e.g. the last offer, to revise it after the customer asked for changes
 * or an approver declined). Fields the input lacks keep the defaults of {@link emptyOfferForm}.
 */
export function formFromInput(input: RepaymentPlanInput, today: string): OfferForm {
  const form = emptyOfferForm(today, input.kind);
  form.principal = yuan(input.owed.principalFen);
  form.interest = yuan(input.owed.interestFen);
  form.penaltyInterest = yuan(input.owed.penaltyInterestFen);
  form.fees = yuan(input.owed.feesFen);
  form.waiveInterest = input.waivers?.interest === 'all';
  form.waivePenaltyInterest = input.waivers?.penaltyInterest === 'all';
  form.waiveFees = input.waivers?.fees === 'all';
  form.downPayment = yuan(input.downPaymentFen ?? 0);
  form.startDate = input.startDate;
  if ('termMonths' in input) form.termMonths = input.termMonths;
  if ('annualRate' in input) form.annualRatePercent = decimalToPercent(input.annualRate);
  if (input.kind === 'instalmentWithFee') {
    form.feeRatePercent = decimalToPercent(input.feeRatePerPeriod);
    form.feeCollection = input.feeCollection ?? 'perPeriod';
  }
  if (input.kind === 'extension') {
    form.loanStartDate = input.originalLoan.startDate;
    form.maturityDate = input.originalLoan.maturityDate;
    form.newMaturityDate = input.newMaturityDate;
    form.applicationDate = input.applicationDate;
    form.repayment = input.repayment;
  }
  if (input.kind === 'lumpSumSettlement') {
    form.settlementDate = input.settlementDate ?? input.startDate;
    form.discountPercent = input.discount && 'percent' in input.discount ? input.discount.percent : '0';
  }
  return form;
}
