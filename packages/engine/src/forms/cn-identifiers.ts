import { isIsoDate } from '../time/index';

/**
 * Checks for Chinese identifiers. Pure functions, shared by the form validator and anyone else
 * (server import jobs, the admin's inline hints) so the answer is the same everywhere.
 */

/** Mainland mobile numbers: 11 digits, `1` then `3`–`9` (MIIT numbering plan). */
export function isCnMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';
/** First two digits: the province-level division (GB/T 2260), incl. 71 Taiwan, 81 Hong Kong, 82 Macao. */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82,
]);

/** The GB 11643-1999 check character for the first 17 digits of a resident ID number. */
export function prcIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK_CHARS[sum % 11] as string;
}

/**
 * An 18-character PRC resident identity number: province code, a real birth date, and the
 * GB 11643-1999 check character (`X` accepted in either case).
 */
export function isPrcResidentId(value: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(value)) return false;
  if (!PROVINCE_CODES.has(Number(value.slice(0, 2)))) return false;
  if (!isIsoDate(`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`)) return false;
  return prcIdCheckChar(value.slice(0, 17)) === (value[17] as string).toUpperCase();
}

/** Bank card numbers: 12–19 digits passing the Luhn check (UnionPay cards are 16–19). */
export function isLuhnValid(value: string): boolean {
  if (!/^\d{12,19}$/.test(value)) return false;
  let sum = 0;
  let double = false;
  for (let i = value.length - 1; i >= 0; i--) {
    let d = Number(value[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}
