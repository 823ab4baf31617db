/**
 * Masks for personal data on screen (personal financial information is masked by default, JR/T 0171-2020).
 * Masked forms are computed at write time and stored, so lists never decrypt.
 */

/** `110105194912310021` → `110***********0021` (first 3, last 4). */
export function maskIdNumber(v: string): string {
  return v.length <= 7 ? '*'.repeat(v.length) : `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

/** `13800138000` → `138****8000`. */
export function maskPhone(v: string): string {
  return v.length <= 7 ? '*'.repeat(v.length) : `${v.slice(0, 3)}${'*'.repeat(v.length - 7)}${v.slice(-4)}`;
}

/** `6222021234567890123` → `6222***********0123` (first 4, last 4). */
export function maskBankCard(v: string): string {
  return v.length <= 8 ? '*'.repeat(v.length) : `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
}

/** `张三` → `张*`, `欧阳娜娜` → `欧***`: the family name stays, enough to address the customer. */
export function maskName(v: string): string {
  const chars = [...v];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** An address keeps its first 6 characters (province and city), the rest is hidden. */
export function maskAddress(v: string): string {
  const chars = [...v];
  return chars.length <= 6 ? `${chars.slice(0, 2).join('')}****` : `${chars.slice(0, 6).join('')}****`;
}

/** A sensitive value of unknown kind (a form field marked `sensitive`): masked by its shape. */
export function maskAny(value: unknown): string {
  const v = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^\d{17}[\dXx]$|^\d{15}$/.test(v)) return maskIdNumber(v);
  if (/^1\d{10}$/.test(v)) return maskPhone(v);
  if (/^\d{12,19}$/.test(v)) return maskBankCard(v);
  return maskName(v);
}
