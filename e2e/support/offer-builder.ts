/**
 * Page object of the offer builder on the case screen (features/cases/offer-builder): the plan's kind,
 * what is owed, waivers and terms, typed as an agent types them; its preview, authority and the
 * server's verdict; sending it (to the customer, or for approval).
 */
import type { Locator, Page } from 'playwright-core';
import type { RepaymentPlanInput, SettlementDiscount, WaiverAmount } from '../../packages/engine/src/index';

const REPAYMENT_ZH = {
  interestOnly: '按月付息、到期还本',
  equalInstalment: '等额本息',
  equalPrincipal: '等额本金',
} as const;

const FEE_COLLECTION_ZH = { perPeriod: '按期收取', upfront: '首期一次收取' } as const;

const DATE_LABEL_ZH = {
  startDate: '方案生效日',
  firstDueDate: '首期还款日',
  loanStartDate: '原贷款起始日',
  maturityDate: '原到期日',
  currentMaturityDate: '曾展期后的到期日',
  newMaturityDate: '展期后到期日',
  applicationDate: '申请日',
  settlementDate: '结清日',
} as const;

const fenToYuan = (fen: number): string => (fen / 100).toFixed(2);

/** A decimal fraction as a percentage, by moving the point (`'0.045'` → `'4.5'`), without floating point. */
export function decimalToPercent(decimal: string): string {
  const [whole = '0', frac = ''] = decimal.split('.');
  const digits = `${whole}${frac.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${int}.${rest}` : int;
}

export interface FrozenPlan {
  principal: string;
  interest: string;
  penaltyInterest: string;
  fees: string;
  waive: ('interest' | 'penaltyInterest' | 'fees')[];
  termMonths: number;
}

export class OfferBuilderPanel {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('offer-builder');
  }

  get scheduleRows(): Locator {
    return this.root.getByTestId('agreement-schedule').locator('tbody tr');
  }

  get authority(): Locator {
    return this.root.getByTestId('offer-authority');
  }

  get chart(): Locator {
    return this.root.getByTestId('offer-chart');
  }

  get send(): Locator {
    return this.root.getByTestId('offer-send');
  }

  get result(): Locator {
    return this.page.getByTestId('offer-result');
  }

  /** The server's verdict once its check has answered (`WITHIN_AUTHORITY`, `NEEDS_APPROVAL` …). */
  async serverVerdict(): Promise<string> {
    const tag = this.root.getByTestId('offer-server-check').locator('[data-verdict]');
    await tag.waitFor();
    return (await tag.getAttribute('data-verdict')) ?? '';
  }

  async fillInterestFrozen(plan: FrozenPlan): Promise<void> {
    await this.root.getByTestId('offer-kind-interestFrozen').click();
    for (const field of ['principal', 'interest', 'penaltyInterest', 'fees'] as const)
      await this.root.getByTestId(`offer-${field}`).fill(plan[field]);
    for (const field of ['interest', 'penaltyInterest', 'fees'] as const) {
      const box = this.root.getByTestId(`offer-waive-${field}`);
      const checked = (await box.getAttribute('class'))?.includes('is-checked') ?? false;
      if (checked !== plan.waive.includes(field)) await box.click();
    }
    // Element Plus puts the test id on the native input or on the component's root, by component.
    const term = this.root.locator(
      '[data-testid="offer-termMonths"] input, input[data-testid="offer-termMonths"]',
    );
    await term.fill(String(plan.termMonths));
    await term.blur();
  }

  /** Unticks or ticks one waiver (revising an offer). */
  async setWaiver(field: 'interest' | 'penaltyInterest' | 'fees', waived: boolean): Promise<void> {
    const box = this.root.getByTestId(`offer-waive-${field}`);
    const checked = (await box.getAttribute('class'))?.includes('is-checked') ?? false;
    if (checked !== waived) await box.click();
  }

  /**
   * Types a partial waiver of one item (a percentage or an amount), or clears it (undefined). Only
   * shown while "waive all" is not ticked.
   */
  async setPartialWaiver(
    field: 'interest' | 'penaltyInterest' | 'fees',
    waiver: Exclude<WaiverAmount, 'all'> | undefined,
  ): Promise<void> {
    const unit = waiver && 'fen' in waiver ? 'amount' : 'percent';
    await this.root.getByTestId(`offer-waiver-unit-${field}-${unit}`).click();
    const value = waiver === undefined ? '' : 'fen' in waiver ? fenToYuan(waiver.fen) : waiver.percent;
    await this.root.getByTestId(`offer-waiver-${field}`).fill(value);
  }

  /** The settlement's discount: its mode (a percentage, an amount off, the amount to pay), then its value. */
  async setDiscount(discount: SettlementDiscount | undefined): Promise<void> {
    const [mode, value] =
      discount === undefined
        ? (['percent', ''] as const)
        : 'percent' in discount
          ? (['percent', discount.percent] as const)
          : 'fen' in discount
            ? (['amount', fenToYuan(discount.fen)] as const)
            : (['settlementAmount', fenToYuan(discount.settlementAmountFen)] as const);
    await this.root.getByTestId(`offer-discount-mode-${mode}`).click();
    await this.root.getByTestId('offer-discount').fill(value);
  }

  /** Picks an option of a select of the builder's, by the item's and the option's zh-CN labels. */
  async choose(label: string, option: string): Promise<void> {
    await this.item(label).locator('.el-select__wrapper').click();
    await this.page.locator('.el-select-dropdown__item:visible').getByText(option, { exact: true }).click();
  }

  /**
   * The form item labelled `label` (zh-CN). Element Plus hands a date picker's or select's test id to
   * its popper, not to its input, so those are found by their label, as a person finds them.
   */
  item(label: string): Locator {
    return this.root.locator('.el-form-item').filter({
      has: this.page.locator('.el-form-item__label', { hasText: new RegExp(`^${label}$`) }),
    });
  }

  /** A date picker of the builder's (by its zh-CN label), typed as a person would: ISO date, then Enter. */
  async fillDate(field: keyof typeof DATE_LABEL_ZH, iso: string): Promise<void> {
    const input = this.item(DATE_LABEL_ZH[field]).locator('input');
    await input.fill(iso);
    await input.press('Enter');
  }

  /**
   * Types a script's plan (the engine's `RepaymentPlanInput`) into the builder, field by field, as an
   * agent would: amounts in yuan, rates and percentages in percent. The builder has a field for every
   * field of the plan input; optional dates the plan lacks are left as the form has them (blank on a
   * new offer).
   */
  async fillPlan(plan: RepaymentPlanInput): Promise<void> {
    await this.root.getByTestId(`offer-kind-${plan.kind}`).click();
    const owed = {
      principal: plan.owed.principalFen,
      interest: plan.owed.interestFen,
      penaltyInterest: plan.owed.penaltyInterestFen,
      fees: plan.owed.feesFen,
    };
    for (const [field, fen] of Object.entries(owed))
      await this.root.getByTestId(`offer-${field}`).fill(fenToYuan(fen));
    for (const field of ['interest', 'penaltyInterest', 'fees'] as const) {
      const waiver = plan.waivers?.[field];
      await this.setWaiver(field, waiver === 'all');
      if (waiver !== 'all') await this.setPartialWaiver(field, waiver);
    }
    if (plan.kind !== 'lumpSumSettlement')
      await this.root.getByTestId('offer-downPayment').fill(fenToYuan(plan.downPaymentFen ?? 0));
    await this.fillDate('startDate', plan.startDate);
    if ('termMonths' in plan) {
      const term = this.root.locator(
        '[data-testid="offer-termMonths"] input, input[data-testid="offer-termMonths"]',
      );
      await term.fill(String(plan.termMonths));
      await term.blur();
      if (plan.firstDueDate) await this.fillDate('firstDueDate', plan.firstDueDate);
    }
    if (plan.kind !== 'lumpSumSettlement')
      await this.root.getByTestId('offer-dueDayOfMonth').fill(String(plan.dueDayOfMonth ?? ''));
    if ('annualRate' in plan)
      await this.root.getByTestId('offer-annualRate').fill(decimalToPercent(plan.annualRate));
    if (plan.kind === 'extension') {
      await this.fillDate('loanStartDate', plan.originalLoan.startDate);
      await this.fillDate('maturityDate', plan.originalLoan.maturityDate);
      if (plan.originalLoan.currentMaturityDate)
        await this.fillDate('currentMaturityDate', plan.originalLoan.currentMaturityDate);
      await this.fillDate('newMaturityDate', plan.newMaturityDate);
      await this.fillDate('applicationDate', plan.applicationDate);
      await this.choose('展期还款方式', REPAYMENT_ZH[plan.repayment]);
    }
    if (plan.kind === 'instalmentWithFee') {
      await this.root.getByTestId('offer-feeRate').fill(decimalToPercent(plan.feeRatePerPeriod));
      await this.choose('手续费收取', FEE_COLLECTION_ZH[plan.feeCollection ?? 'perPeriod']);
    }
    if (plan.kind === 'lumpSumSettlement') {
      await this.setDiscount(plan.discount);
      if (plan.settlementDate) await this.fillDate('settlementDate', plan.settlementDate);
    }
    // Leave the last field, so the preview and the server's check see the whole plan.
    await this.root.locator('.offer-builder__head').click();
  }
}
