/**
 * Money is an integer number of fen (分, 0.01 CNY) held in a JS number, which is exact up to
 * Number.MAX_SAFE_INTEGER fen (≈ 90 trillion yuan). Anything that multiplies or divides goes through
 * decimal.js; binary floating point never touches an amount.
 */
import Decimal from 'decimal.js';
import { FinanceError } from './finance-errors';

/** An amount in fen: a safe integer. */
export type Fen = number;

/** A decimal number written as a string, e.g. '0.1825' — never a binary float. */
export type DecimalString = string;

/** A private decimal.js constructor so the global Decimal configuration of other code never matters. */
export const FinanceDecimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type FinanceDecimalValue = InstanceType<typeof FinanceDecimal>;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Returns the value if it is a (by default non-negative) safe-integer fen amount; throws otherwise. */
export function requireFen(value: unknown, path: string, options: { allowNegative?: boolean } = {}): Fen {
  if (!isFen(value) || (!options.allowNegative && value < 0)) {
    throw new FinanceError(
      'MONEY_INVALID_FEN',
      {
        zh: `${path} 必须是${options.allowNegative ? '' : '非负'}整数分：${String(value)}`,
        en: `${path} must be a${options.allowNegative ? 'n' : ' non-negative'} integer number of fen: ${String(value)}`,
      },
      { path, details: { value } },
    );
  }
  return value;
}

/** Rounds a decimal to whole fen, half away from zero, and checks it is a safe integer. */
export function decimalToFen(value: FinanceDecimalValue, path = 'amount'): Fen {
  const rounded = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const fen = rounded.toNumber();
  if (!Number.isSafeInteger(fen)) {
    throw new FinanceError(
      'MONEY_OUT_OF_RANGE',
      {
        zh: `${path} 超出可表示范围：${rounded.toString()} 分`,
        en: `${path} is out of range: ${rounded.toString()} fen`,
      },
      { path },
    );
  }
  return fen;
}

const YUAN_PATTERN = /^-?\d+(\.\d+)?$/;

/** '1234.56' → 123456. At most two decimals (more is refused, not rounded). */
export function yuanToFen(yuan: string): Fen {
  const text = typeof yuan === 'string' ? yuan.trim() : '';
  if (!YUAN_PATTERN.test(text)) {
    throw new FinanceError('MONEY_INVALID_YUAN', {
      zh: `无效的金额：${String(yuan)}（应为如 1234.56 的十进制字符串）`,
      en: `Invalid amount: ${String(yuan)} (expected a decimal string such as 1234.56)`,
    });
  }
  const fen = new FinanceDecimal(text).times(100);
  if (!fen.isInteger()) {
    throw new FinanceError('MONEY_TOO_PRECISE', {
      zh: `金额最多两位小数：${text}`,
      en: `An amount has at most two decimals: ${text}`,
    });
  }
  return decimalToFen(fen, 'yuan');
}

/** 123456 → '1234.56'; -5 → '-0.05'. */
export function fenToYuanString(fen: Fen): string {
  requireFen(fen, 'fen', { allowNegative: true });
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export type MoneyLocale = 'zh-CN' | 'en';

/**
 * Display form with thousands separators: 'zh-CN' → '¥1,234.56'; 'en' → 'CN¥1,234.56' (the symbol
 * Intl uses for CNY in English, unambiguous next to JPY). Negative amounts get a leading '-'.
 */
export function formatFen(fen: Fen, locale: MoneyLocale = 'zh-CN'): string {
  const plain = fenToYuanString(fen);
  const negative = plain.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const symbol = locale === 'en' ? 'CN¥' : '¥';
  return `${negative ? '-' : ''}${symbol}${grouped}.${cents}`;
}

export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const amount of amounts) total += amount;
  if (!Number.isSafeInteger(total)) {
    throw new FinanceError('MONEY_OUT_OF_RANGE', {
      zh: '金额合计超出可表示范围',
      en: 'The sum is out of range',
    });
  }
  return total;
}

/** `percent` % of an amount, rounded half-up to the fen: percentOfFen(10001, '50') = 5001. */
export function percentOfFen(fen: Fen, percent: DecimalString): Fen {
  return decimalToFen(new FinanceDecimal(fen).times(parseDecimalString(percent, 'percent')).dividedBy(100));
}

const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/** Parses a non-negative decimal string (a rate or percentage). */
export function parseDecimalString(
  value: DecimalString,
  path: string,
  options: { max?: DecimalString } = {},
): FinanceDecimalValue {
  const ok = typeof value === 'string' && DECIMAL_PATTERN.test(value.trim());
  const parsed = ok ? new FinanceDecimal(value.trim()) : undefined;
  if (!parsed || (options.max !== undefined && parsed.greaterThan(options.max))) {
    throw new FinanceError(
      'RATE_INVALID',
      {
        zh: `${path} 必须是非负十进制字符串${options.max ? `，且不大于 ${options.max}` : ''}：${String(value)}`,
        en: `${path} must be a non-negative decimal string${options.max ? ` not above ${options.max}` : ''}: ${String(value)}`,
      },
      { path, details: { value } },
    );
  }
  return parsed;
}
