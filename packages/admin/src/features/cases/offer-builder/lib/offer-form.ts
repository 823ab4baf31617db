/**
 * The offer builder's form → the engine's `RepaymentPlanInput`, every field of it. Amounts are typed
 * in yuan and become exact integer fen (shared/lib/money `yuanToFen`); rates are typed in percent and
 * become exact decimal strings (lib/percent, no floating point). Each problem names the form field it
 * belongs to. Optional engine fields (a due day, a first due date, an earlier extension) are left out
 * of the input when blank, so the engine's defaults apply.
 */
import type { RepaymentPlanInput, RepaymentPlanKind, SettlementDiscount, WaiverAmount } from '@parley/engine';
import { fenToYuanInput, yuanToFen } from '../../../../shared/lib/money';
import { decimalToPercent, isZeroPercent, over100, percentText, percentToDecimal } from './percent';

export { decimalToPercent, percentToDecimal } from './percent';

export const PLAN_KINDS: readonly RepaymentPlanKind[] = [
  'equalInstalment',
  'equalPrincipal',
  'instalmentWithFee',
  'interestFrozen',
  'extension',
  'lumpSumSettlement',
];

export type ExtensionRepayment = 'interestOnly' | 'equalInstalment' | 'equalPrincipal';
/** A partial waiver: a percentage of the component, or an amount in yuan. */
export type WaiverUnit = 'percent' | 'amount';
/** A settlement discount: a percentage of the balance, an amount off it, or the amount to pay. */
export type DiscountMode = 'percent' | 'amount' | 'settlementAmount';
export const WAIVABLE = ['interest', 'penaltyInterest', 'fees'] as const;
export type Waivable = (typeof WAIVABLE)[number];

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
  /** Or waive part of it (when not all): blank or 0 = nothing, in the unit beside it. */
  interestWaiver: string;
  interestWaiverUnit: WaiverUnit;
  penaltyInterestWaiver: string;
  penaltyInterestWaiverUnit: WaiverUnit;
  feesWaiver: string;
  feesWaiverUnit: WaiverUnit;
  downPayment: string;
  startDate: string;
  termMonths: number;
  /** Day of the month instalments fall due, 1–31 (blank: the engine's default). */
  dueDayOfMonth: string;
  /** First instalment's due date (blank: the start date plus one month). */
  firstDueDate: string;
  /** Nominal annual rate in percent, e.g. `6` or `4.35`. */
  annualRatePercent: string;
  /** Fee per period in percent of the amount financed, e.g. `0.75`. */
  feeRatePercent: string;
  feeCollection: 'perPeriod' | 'upfront';
  /** Extension (展期). */
  loanStartDate: string;
  maturityDate: string;
  /** The maturity after an earlier extension (blank: never extended). */
  currentMaturityDate: string;
  newMaturityDate: string;
  applicationDate: string;
  repayment: ExtensionRepayment;
  /** Lump-sum settlement: the discount, as {@link DiscountMode} says (blank or 0 = none). */
  discount: string;
  discountMode: DiscountMode;
  settlementDate: string;
}

export type OfferFormField = keyof OfferForm;

export type OfferFormProblemCode =
  | 'REQUIRED'
  | 'NOT_AN_AMOUNT'
  | 'NOT_A_RATE'
  | 'NOT_A_DATE'
  | 'TERM_RANGE'
  | 'NOTHING_OWED'
  | 'PERCENT_RANGE'
  | 'WAIVER_EXCEEDS_OWED'
  | 'DUE_DAY_RANGE'
  | 'FIRST_DUE_NOT_AFTER_START'
  | 'CURRENT_MATURITY_BEFORE_ORIGINAL';

export interface OfferFormProblem {
  readonly field: OfferFormField;
  readonly code: OfferFormProblemCode;
}

export type PlanInputResult =
  | { readonly ok: true; readonly input: RepaymentPlanInput }
  | { readonly ok: false; readonly problems: readonly OfferFormProblem[] };

export const waiveAllField = (c: Waivable) =>
  (({ interest: 'waiveInterest', penaltyInterest: 'waivePenaltyInterest', fees: 'waiveFees' }) as const)[c];
export const waiverField = (c: Waivable) => `${c}Waiver` as const;
export const waiverUnitField = (c: Waivable) => `${c}WaiverUnit` as const;

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
    interestWaiver: '',
    interestWaiverUnit: 'percent',
    penaltyInterestWaiver: '',
    penaltyInterestWaiverUnit: 'percent',
    feesWaiver: '',
    feesWaiverUnit: 'percent',
    downPayment: '0',
    startDate: today,
    termMonths: 24,
    dueDayOfMonth: '',
    firstDueDate: '',
    annualRatePercent: '',
    feeRatePercent: '',
    feeCollection: 'perPeriod',
    loanStartDate: '',
    maturityDate: '',
    currentMaturityDate: '',
    newMaturityDate: '',
    applicationDate: today,
    repayment: 'interestOnly',
    discount: '',
    discountMode: 'percent',
    settlementDate: today,
  };
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
  if (usesTerm(kind)) for (const f of ['termMonths', 'dueDayOfMonth', 'firstDueDate'] as const) fields.add(f);
  if (usesRate(kind)) fields.add('annualRatePercent');
  if (kind === 'instalmentWithFee') {
    fields.add('feeRatePercent');
    fields.add('feeCollection');
  }
  if (kind === 'extension')
    for (const f of [
      'loanStartDate',
      'maturityDate',
      'currentMaturityDate',
      'newMaturityDate',
      'applicationDate',
      'repayment',
      'dueDayOfMonth',
    ] as const)
      fields.add(f);
  if (kind === 'lumpSumSettlement') {
    fields.add('discount');
    fields.add('settlementDate');
  }
  return fields;
}

/** The engine's plan input for the form, or every problem with its field. */
export function toPlanInput(form: OfferForm): PlanInputResult {
  const problems: OfferFormProblem[] = [];
  const fields = fieldsOf(form.kind);
  const text = (field: OfferFormField): string => String(form[field]).trim();
  const amount = (field: OfferFormField, required = true): number => {
    if (text(field) === '') {
      if (required) problems.push({ field, code: 'REQUIRED' });
      return 0;
    }
    const fen = yuanToFen(text(field));
    if (fen === null) problems.push({ field, code: 'NOT_AN_AMOUNT' });
    return fen ?? 0;
  };
  const rate = (field: OfferFormField): string => {
    if (text(field) === '') {
      problems.push({ field, code: 'REQUIRED' });
      return '0';
    }
    const value = percentToDecimal(text(field));
    if (value === null) problems.push({ field, code: 'NOT_A_RATE' });
    return value ?? '0';
  };
  /** A percentage of something (0–100), as the engine takes it; null when blank, zero or wrong. */
  const percentOf = (field: OfferFormField): string | null => {
    if (text(field) === '') return null;
    const value = percentText(text(field));
    if (value === null) problems.push({ field, code: 'NOT_A_RATE' });
    else if (over100(value)) problems.push({ field, code: 'PERCENT_RANGE' });
    else if (!isZeroPercent(value)) return value;
    return null;
  };
  const date = (field: OfferFormField): string => {
    if (text(field) === '') problems.push({ field, code: 'REQUIRED' });
    else if (!DATE.test(text(field))) problems.push({ field, code: 'NOT_A_DATE' });
    return text(field);
  };
  const optionalDate = (field: OfferFormField): string | null => {
    if (text(field) === '') return null;
    if (DATE.test(text(field))) return text(field);
    problems.push({ field, code: 'NOT_A_DATE' });
    return null;
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
  const owedOf = { interest: owed.interestFen, penaltyInterest: owed.penaltyInterestFen, fees: owed.feesFen };
  const waivers: Partial<Record<Waivable, WaiverAmount>> = {};
  for (const c of WAIVABLE) {
    if (form[waiveAllField(c)]) {
      waivers[c] = 'all';
      continue;
    }
    const field = waiverField(c);
    if (form[waiverUnitField(c)] === 'percent') {
      const percent = percentOf(field);
      if (percent !== null) waivers[c] = { percent };
    } else {
      const fen = amount(field, false);
      if (fen > owedOf[c]) problems.push({ field, code: 'WAIVER_EXCEEDS_OWED' });
      else if (fen > 0) waivers[c] = { fen };
    }
  }
  const startDate = date('startDate');
  const base = { owed, ...(Object.keys(waivers).length ? { waivers } : {}), startDate };
  const downPaymentFen = fields.has('downPayment') ? amount('downPayment', false) : 0;
  const withDown = downPaymentFen > 0 ? { ...base, downPaymentFen } : base;

  let dueDay: number | null = null;
  if (fields.has('dueDayOfMonth') && text('dueDayOfMonth') !== '') {
    const day = /^\d{1,2}$/.test(text('dueDayOfMonth')) ? Number(text('dueDayOfMonth')) : 0;
    if (day < 1 || day > 31) problems.push({ field: 'dueDayOfMonth', code: 'DUE_DAY_RANGE' });
    else dueDay = day;
  }
  const withDay = dueDay === null ? withDown : { ...withDown, dueDayOfMonth: dueDay };
  let schedule: typeof withDay & { termMonths: number; firstDueDate?: string } = {
    ...withDay,
    termMonths: form.termMonths,
  };
  if (usesTerm(form.kind)) {
    if (!Number.isInteger(form.termMonths) || form.termMonths < 1 || form.termMonths > 360)
      problems.push({ field: 'termMonths', code: 'TERM_RANGE' });
    const first = optionalDate('firstDueDate');
    if (first !== null && DATE.test(startDate) && first <= startDate)
      problems.push({ field: 'firstDueDate', code: 'FIRST_DUE_NOT_AFTER_START' });
    else if (first !== null) schedule = { ...schedule, firstDueDate: first };
  }

  let input: RepaymentPlanInput;
  switch (form.kind) {
    case 'equalInstalment':
    case 'equalPrincipal':
      input = { ...schedule, kind: form.kind, annualRate: rate('annualRatePercent') };
      break;
    case 'instalmentWithFee':
      input = {
        ...schedule,
        kind: 'instalmentWithFee',
        feeRatePerPeriod: rate('feeRatePercent'),
        feeCollection: form.feeCollection,
      };
      break;
    case 'interestFrozen':
      input = { ...schedule, kind: 'interestFrozen' };
      break;
    case 'extension': {
      const maturityDate = date('maturityDate');
      const current = optionalDate('currentMaturityDate');
      if (current !== null && DATE.test(maturityDate) && current < maturityDate)
        problems.push({ field: 'currentMaturityDate', code: 'CURRENT_MATURITY_BEFORE_ORIGINAL' });
      input = {
        ...withDay,
        kind: 'extension',
        annualRate: rate('annualRatePercent'),
        originalLoan: {
          startDate: date('loanStartDate'),
          maturityDate,
          ...(current !== null ? { currentMaturityDate: current } : {}),
        },
        newMaturityDate: date('newMaturityDate'),
        applicationDate: date('applicationDate'),
        repayment: form.repayment,
      };
      break;
    }
    case 'lumpSumSettlement': {
      let discount: SettlementDiscount | null = null;
      if (form.discountMode === 'percent') {
        const percent = percentOf('discount');
        if (percent !== null) discount = { percent };
      } else if (text('discount') !== '') {
        const fen = amount('discount');
        if (form.discountMode === 'settlementAmount') discount = { settlementAmountFen: fen };
        else if (fen > 0) discount = { fen };
      }
      input = {
        ...base,
        kind: 'lumpSumSettlement',
        settlementDate: date('settlementDate'),
        ...(discount ? { discount } : {}),
      };
      break;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, input };
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
  for (const c of WAIVABLE) {
    const waiver = input.waivers?.[c];
    if (waiver === 'all') form[waiveAllField(c)] = true;
    else if (waiver && 'percent' in waiver) {
      form[waiverField(c)] = waiver.percent;
      form[waiverUnitField(c)] = 'percent';
    } else if (waiver) {
      form[waiverField(c)] = yuan(waiver.fen);
      form[waiverUnitField(c)] = 'amount';
    }
  }
  form.downPayment = yuan(input.downPaymentFen ?? 0);
  form.startDate = input.startDate;
  if ('termMonths' in input) form.termMonths = input.termMonths;
  if ('dueDayOfMonth' in input && input.dueDayOfMonth !== undefined)
    form.dueDayOfMonth = String(input.dueDayOfMonth);
  if ('firstDueDate' in input && input.firstDueDate) form.firstDueDate = input.firstDueDate;
  if ('annualRate' in input) form.annualRatePercent = decimalToPercent(input.annualRate);
  if (input.kind === 'instalmentWithFee') {
    form.feeRatePercent = decimalToPercent(input.feeRatePerPeriod);
    form.feeCollection = input.feeCollection ?? 'perPeriod';
  }
  if (input.kind === 'extension') {
    form.loanStartDate = input.originalLoan.startDate;
    form.maturityDate = input.originalLoan.maturityDate;
    form.currentMaturityDate = input.originalLoan.currentMaturityDate ?? '';
    form.newMaturityDate = input.newMaturityDate;
    form.applicationDate = input.applicationDate;
    form.repayment = input.repayment;
  }
  if (input.kind === 'lumpSumSettlement') {
    form.settlementDate = input.settlementDate ?? input.startDate;
    const d = input.discount;
    if (d && 'percent' in d) [form.discountMode, form.discount] = ['percent', d.percent];
    else if (d && 'fen' in d) [form.discountMode, form.discount] = ['amount', yuan(d.fen)];
    else if (d) [form.discountMode, form.discount] = ['settlementAmount', yuan(d.settlementAmountFen)];
  }
  return form;
}
