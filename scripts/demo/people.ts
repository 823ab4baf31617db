/**
 * Customers and companies for the demo: plausible Chinese names, PRC ID numbers with their check
 * character, mainland mobiles and Luhn-valid bank cards, all drawn from the seeded generator.
 */
import { prcIdCheckChar } from '../../packages/engine/src/index';
import type { Rng } from './rng';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '桂英',
  '建华',
  '志强',
  '晓东',
  '雪梅',
  '海燕',
];
const REGIONS = [
  ['110105', '北京市朝阳区建国路'],
  ['310104', '上海市徐汇区漕溪北路'],
  ['440305', '深圳市南山区科技园路'],
  ['510107', '成都市武侯区人民南路'],
  ['330106', '杭州市西湖区文三路'],
  ['420106', '武汉市武昌区中南路'],
] as const;
const COMPANY_WORDS = ['华信', '宏达', '瑞丰', '新元', '恒通', '金桥', '远航', '同创', '博雅', '鼎盛'];
const COMPANY_KINDS = ['科技有限公司', '贸易有限公司', '制造有限公司', '物流有限公司', '餐饮管理有限公司'];

export interface DemoCustomer {
  name: string;
  idNumber: string;
  phone: string;
  bankCard: string;
  address: string;
}

/** The Luhn check digit for the digits given. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function digits(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

export function demoCustomer(rng: Rng): DemoCustomer {
  const [region, street] = rng.pick(REGIONS);
  const birth = `${rng.int(1960, 2000)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${region}${birth}${digits(rng, 3)}`;
  const cardBody = `622202${digits(rng, 12)}`;
  return {
    name: `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`,
    idNumber: `${first17}${prcIdCheckChar(first17)}`,
    phone: `1${rng.pick(['3', '5', '8'])}${digits(rng, 9)}`,
    bankCard: `${cardBody}${luhnDigit(cardBody)}`,
    address: `${street}${rng.int(1, 300)}号`,
  };
}

export function demoCompany(rng: Rng): string {
  return `${rng.pick(['北京', '上海', '深圳', '成都', '杭州'])}${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_KINDS)}`;
}
