/**
 * Checks of an `openCase` input that need no database: the customer's personal data (checked with the
 * engine's own identifier rules, so the browser and the server agree) and the channel.
 */
import { isCnMobile, isLuhnValid, isPrcResidentId } from '@parley/engine';
import { badInput } from '../../errors/app-error';
import type { CustomerInput } from '../../generated/resolvers-types';
import type { CustomerRecord } from './case.model';
import type { DataKeyring } from './data-keys';
import { maskAddress, maskBankCard, maskIdNumber, maskName, maskPhone } from './pii-mask';

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
