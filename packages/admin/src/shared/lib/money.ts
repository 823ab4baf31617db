/**
 * Money on screen. The server sends amounts as integer fen (`Fen`: a string of digits, exact beyond
 * 2^53); we format them with BigInt and string work only — never binary floating point.
 */

/** A `Fen` value as the generated types allow it. */
export type FenValue = string | number | bigint;

function toBigInt(fen: FenValue): bigint {
  if (typeof fen === 'bigint') return fen;
  if (typeof fen === 'number') {
    if (!Number.isSafeInteger(fen)) throw new RangeError(`Not an exact amount of fen: ${fen}`);
    return BigInt(fen);
  }
  const text = fen.trim();
  if (!/^-?\d+$/.test(text)) throw new RangeError(`Not an amount of fen: ${JSON.stringify(fen)}`);
  return BigInt(text);
}

/** Yuan with two decimals and thousands separators: `123456789` fen → `1,234,567.89`. */
export function formatYuan(fen: FenValue): string {
  const value = toBigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** {@link formatYuan} with the currency sign: `¥1,234.56`. */
export function formatCny(fen: FenValue): string {
  const text = formatYuan(fen);
  return text.startsWith('-') ? `-¥${text.slice(1)}` : `¥${text}`;
}

/**
 * A decimal rate as a percentage, rounded half up: `"0.061678"` → `"6.17%"`. Works on the digits
 * of the decimal string, so no float rounding creeps in. Returns null for text that is not a decimal.
 */
export function formatPercent(rate: string, fractionDigits = 2): string | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(rate.trim());
  if (!match) return null;
  const [, sign = '', whole = '0', frac = ''] = match;
  // |rate| × 100 × 10^fractionDigits as an integer, rounded half up: (2·n·10^k + d) / (2·d).
  const numerator = BigInt(whole + frac) * 10n ** BigInt(2 + fractionDigits);
  const denominator = 10n ** BigInt(frac.length);
  const scaled = (2n * numerator + denominator) / (2n * denominator);
  const text = scaled.toString().padStart(fractionDigits + 1, '0');
  const intPart = text.slice(0, text.length - fractionDigits);
  const body = fractionDigits > 0 ? `${intPart}.${text.slice(text.length - fractionDigits)}` : intPart;
  return `${sign && scaled !== 0n ? '-' : ''}${body}%`;
}

const MAX_SAFE_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Yuan as typed (`1,234.5`, `¥ 80`) → integer fen, exactly (digit strings, no floating point); null
 * when it is not an amount with at most two decimals.
 */
export function yuanToFen(text: string): number | null {
  const cleaned = text.replace(/[\s,，]/g, '').replace(/^[¥￥]/, '');
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const fen = BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return fen > MAX_SAFE_FEN ? null : Number(fen);
}

/** Fen as yuan for an input box: `123456` → `1234.56` (no separators, so it reads back the same). */
export function fenToYuanInput(fen: FenValue): string {
  return formatYuan(fen).replace(/,/g, '');
}
