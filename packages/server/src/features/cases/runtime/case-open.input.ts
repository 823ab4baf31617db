/**
 * Checks of an `openCase` input that need no database: the customer's personal data (checked with the
 * engine's own identifier rules, so the browser and the server agree) and the channel.
 */
import { isCnMobile, isLuhnValid, isPrcResidentId } from '@parley/engine';
import { badInput } from '../../../errors/app-error';
import type { CustomerInput } from '../../../generated/resolvers-types';
import type { CustomerRecord } from '../case.model';
import type { DataKeyring } from '../../privacy';
import { maskAddress, maskBankCard, maskIdNumber, maskName, maskPhone } from '../../privacy';

const clean = (v: string | null | undefined): string | null => {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

/** The validated customer, normalised (ID number upper-case, digits without spaces). */
export function checkCustomer(
  input: CustomerInput,
  /** Where the customer is in the request (refusals name the field under it). */
  at: readonly string[] = ['input', 'customer'],
): Required<{ [K in keyof CustomerInput]: string | null }> {
  const path = (f: string) => [...at, f];
  const name = clean(input.name);
  if (!name || [...name].length > 50)
    throw badInput(path('name'), { zh: '姓名须为 1–50 个字符。', en: 'The name must be 1–50 characters.' });
  const idNumber = clean(input.idNumber)?.replace(/\s/g, '').toUpperCase() ?? null;
  if (idNumber && !isPrcResidentId(idNumber))
    throw badInput(path('idNumber'), { zh: '身份证号无效。', en: 'The PRC ID number is not valid.' });
  const phone = clean(input.phone)?.replace(/[\s-]/g, '') ?? null;
  if (phone && !isCnMobile(phone))
    throw badInput(path('phone'), { zh: '手机号码无效。', en: 'The mobile number is not valid.' });
  const bankCard = clean(input.bankCard)?.replace(/[\s-]/g, '') ?? null;
  if (bankCard && !(/^\d{12,19}$/.test(bankCard) && isLuhnValid(bankCard)))
    throw badInput(path('bankCard'), { zh: '银行卡号无效。', en: 'The bank card number is not valid.' });
  const address = clean(input.address);
  if (address && [...address].length > 200)
    throw badInput(path('address'), {
      zh: '地址不能超过 200 个字符。',
      en: 'The address must be at most 200 characters.',
    });
  return { name, idNumber, phone, bankCard, address };
}

/** The customer as stored: each field sealed, its mask and (ID number, phone) blind index beside it. */
export function sealCustomer(c: ReturnType<typeof checkCustomer>, keys: DataKeyring): CustomerRecord {
  const seal = (v: string | null) => (v === null ? null : keys.seal(v));
  return {
    name: keys.seal(c.name as string),
    idNumber: seal(c.idNumber),
    phone: seal(c.phone),
    bankCard: seal(c.bankCard),
    address: seal(c.address),
    masked: {
      name: maskName(c.name as string),
      idNumber: c.idNumber && maskIdNumber(c.idNumber),
      phone: c.phone && maskPhone(c.phone),
      bankCard: c.bankCard && maskBankCard(c.bankCard),
      address: c.address && maskAddress(c.address),
    },
    idNumberIndex: c.idNumber && keys.blindIndex('idNumber', c.idNumber),
    phoneIndex: c.phone && keys.blindIndex('phone', c.phone),
  };
}

/** How far back a case may be dated at opening (days). */
export const MAX_BACKDATE_DAYS = 30;
/** A receipt this much before now counts as now (the opener's clock, the time spent filling in the form). */
export const BACKDATE_TOLERANCE_MS = 10 * 60_000;
/** A receipt this much after now is still accepted as now (clock skew). */
const FUTURE_TOLERANCE_MS = 60_000;
const DAY_MS = 86_400_000;

/** When the case was received and, when backdated, why (`OpenCaseInput.receivedAt` / `receivedAtReason`). */
export interface Receipt {
  receivedAt: Date;
  /** Set only when the case is backdated. */
  reason: string | null;
}

/**
 * Checks `receivedAt` against `now`: not in the future, at most MAX_BACKDATE_DAYS back, and a reason
 * when it is more than BACKDATE_TOLERANCE_MS before now (then it is backdated; otherwise it is now).
 */
export function checkReceipt(
  input: { receivedAt?: Date | string | null; receivedAtReason?: string | null },
  now: Date,
  at: readonly string[] = ['input'],
): Receipt {
  const reason = clean(input.receivedAtReason);
  // Not backdated (no date, or about now): received now, and a reason given anyway is not kept.
  if (input.receivedAt == null) return { receivedAt: now, reason: null };
  const receivedAt = new Date(input.receivedAt);
  const path = [...at, 'receivedAt'];
  if (Number.isNaN(receivedAt.getTime()))
    throw badInput(path, { zh: '受理时间无效。', en: 'The date of receipt is not valid.' });
  const ms = receivedAt.getTime() - now.getTime();
  if (ms > FUTURE_TOLERANCE_MS)
    throw badInput(path, {
      zh: '受理时间不能晚于当前时间。',
      en: 'The date of receipt cannot be in the future.',
    });
  if (ms < -MAX_BACKDATE_DAYS * DAY_MS)
    throw badInput(path, {
      zh: `受理时间最多只能补录到 ${MAX_BACKDATE_DAYS} 天前。`,
      en: `The date of receipt can be at most ${MAX_BACKDATE_DAYS} days back.`,
    });
  if (ms >= -BACKDATE_TOLERANCE_MS) return { receivedAt: now, reason: null };
  if (!reason)
    throw badInput([...at, 'receivedAtReason'], {
      zh: '受理时间早于当前时间（补录）时，须填写原因。',
      en: 'A date of receipt before now (backdating) needs a reason.',
    });
  if ([...reason].length > 500)
    throw badInput([...at, 'receivedAtReason'], {
      zh: '原因不能超过 500 个字符。',
      en: 'The reason must be at most 500 characters.',
    });
  return { receivedAt, reason };
}
