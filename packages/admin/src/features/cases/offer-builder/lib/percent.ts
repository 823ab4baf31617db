/**
 * Percentages as an agent types them (`6`, `4.35`, `12.5%`), exactly: digit work, no floating point.
 * The engine takes rates as fractions (`annualRate: '0.0435'`) but waivers and settlement discounts as
 * percentages (`{ percent: '10' }` = 10 %); both come from here.
 */

const PERCENT = /^(\d+)(?:\.(\d+))?$/;

/** A percentage as typed, normalised (`' 12.5 % '` → `'12.5'`); null when it is not a non-negative decimal. */
export function percentText(text: string): string | null {
  const cleaned = text
    .trim()
    .replace(/[%％]$/, '')
    .trim();
  return PERCENT.test(cleaned) ? cleaned : null;
}

/** Whether a percentage (as {@link percentText} returns it) is above 100. */
export function over100(percent: string): boolean {
  const [whole = '0', frac = ''] = percent.split('.');
  const int = whole.replace(/^0+(?=\d)/, '');
  return int.length > 3 || Number(int) > 100 || (int === '100' && /[1-9]/.test(frac));
}

/** Whether a percentage is zero (`0`, `0.00`). */
export const isZeroPercent = (percent: string): boolean => !/[1-9]/.test(percent);

/**
 * A percentage as typed (`6`, `4.35`, `0.75`) → the fraction as an exact decimal string (`0.06`,
 * `0.0435`, `0.0075`); null when it is not a non-negative decimal.
 */
export function percentToDecimal(text: string): string | null {
  const cleaned = percentText(text);
  const match = cleaned === null ? null : PERCENT.exec(cleaned);
  if (!match) return null;
  const digits = `${match[1]}${match[2] ?? ''}`;
  const scale = (match[2] ?? '').length + 2;
  const padded = digits.padStart(scale + 1, '0');
  const whole = padded.slice(0, padded.length - scale).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(padded.length - scale).replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole;
}

/** A fraction as an exact decimal string (`0.0435`) → percent as typed (`4.35`). */
export function decimalToPercent(text: string): string {
  const match = PERCENT.exec(text.trim());
  if (!match) return '';
  const frac = (match[2] ?? '').padEnd(2, '0');
  const whole = `${match[1]}${frac.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = frac.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}
