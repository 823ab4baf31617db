import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { buildRepaymentPlan, DEFAULT_PLAN_AGREEMENT, type AgreementTemplate } from '@parley/engine';
import {
  agreementPdfText,
  checkAgreementPdfFont,
  clauseNumberZh,
  configureAgreementPdf,
  DEFAULT_PDF_FONT,
  formatShanghaiTime,
  renderAgreementPdf,
  type AgreementPdfInput,
} from './agreement-pdf';
import { drawnCharacters } from './pdf-characters';

const plan = buildRepaymentPlan({
  kind: 'equalInstalment',
  owed: { principalFen: 12_345_678, interestFen: 234_500, penaltyInterestFen: 56_700, feesFen: 12_300 },
  waivers: { penaltyInterest: 'all', fees: 'all' },
  downPaymentFen: 100_000,
  startDate: '2026-11-25',
  termMonths: 36,
  annualRate: '0.06',
});

const signedAt = new Date('2026-11-25T14:57:47Z');

function input(overrides: Partial<AgreementPdfInput> = {}): AgreementPdfInput {
  return {
    caseReference: 'NEG-2026-000123',
    customerName: '张三',
    plan,
    agreement: { ...DEFAULT_PLAN_AGREEMENT, bankName: { zh: '示例银行', en: 'Example Bank' } },
    signature: { kind: 'TYPED', typedName: '张三' },
    signedAt,
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (test)',
    ...overrides,
  };
}

/** A 1×1 PNG built by hand (signature, filter byte 0, one RGBA pixel). */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 0, 0, 0, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// A render subsets a CJK font (about a second of CPU; more on a busy machine).
describe('renderAgreementPdf', { timeout: 30_000 }, () => {
  it('renders a 36-month plan as a PDF with the CJK font embedded', async () => {
    expect(plan.lines).toHaveLength(36);
    const pdf = await renderAgreementPdf(input());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
    expect(text).toContain('%%EOF');
    // A subset, not the whole 19 MB collection, and more than an empty page.
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(pdf.length).toBeLessThan(1_500_000);
    // CreationDate is the signing time (pdfkit writes D:YYYYMMDDHHmmssZ in UTC).
    expect(text).toMatch(/\/CreationDate \d+ 0 R/);
    expect(text).toContain('(D:20261125145747Z)');
    // 36 rows do not fit on one A4 page with the header: the schedule continues on a second page.
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('renders a document without a plan (e.g. a loan contract) on one page with its terms', async () => {
    const pdf = await renderAgreementPdf({
      ...input(),
      plan: undefined,
      agreement: undefined,
      document: {
        title: { zh: '签订合同', en: 'Sign the contract' },
        terms: [{ label: { zh: '批准金额', en: 'Approved amount' }, value: '¥2500000.00' }],
      },
    });
    const text = pdf.toString('latin1');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('(Electronic Signature Confirmation');
    expect((text.match(/\/Type \/Page\b/g) ?? []).length).toBe(1);
    // Smaller than the 36-row agreement: no schedule table.
    expect(pdf.length).toBeLessThan((await renderAgreementPdf(input())).length);
  });

  it('renders the same input twice into two valid documents', async () => {
    const [a, b] = await Promise.all([renderAgreementPdf(input()), renderAgreementPdf(input())]);
    for (const pdf of [a, b]) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    }
  });

  it('embeds a drawn signature image', async () => {
    const typed = await renderAgreementPdf(input());
    const drawn = await renderAgreementPdf(input({ signature: { kind: 'DRAWN', imagePng: tinyPng() } }));
    expect(drawn.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(typed.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('fails clearly when the font is missing', async () => {
    configureAgreementPdf({ fontPath: '/nonexistent/font.ttc' });
    try {
      expect(() => checkAgreementPdfFont()).toThrow(/PARLEY_PDF_FONT/);
      await expect(renderAgreementPdf(input())).rejects.toThrow(/\/nonexistent\/font\.ttc does not exist/);
    } finally {
      configureAgreementPdf({ fontPath: DEFAULT_PDF_FONT });
    }
  });

  it('numbers clauses in Chinese and formats the signing time in Asia/Shanghai', () => {
    expect([1, 10, 11, 20, 35, 100].map(clauseNumberZh)).toEqual([
      '第一条',
      '第十条',
      '第十一条',
      '第二十条',
      '第三十五条',
      '第100条',
    ]);
    expect(formatShanghaiTime(signedAt)).toBe('2026-11-25 22:57:47 (Asia/Shanghai, UTC+8)');
  });
});

describe('the agreement clauses in the PDF', { timeout: 30_000 }, () => {
  const custom: AgreementTemplate = {
    bankName: { zh: '鼋鼍银行', en: 'Turtle Bank' },
    clauses: [
      {
        key: 'special',
        title: { zh: '特别约定', en: 'Special terms' },
        body: {
          zh: '{{bank.name}}与{{customer.name}}约定：乙方于{{plan.firstDueDate}}前缴纳首期，共{{plan.termMonths}}期，应还{{plan.totalDueFen}}。饕餮。',
          en: 'Pay {{plan.totalDueFen}} in {{plan.termMonths}} instalments.',
        },
      },
      {
        key: 'table',
        title: { zh: '还款计划', en: 'Schedule' },
        body: { zh: '{{schedule}}', en: '{{schedule}}' },
      },
    ],
  };

  it('renders the flow version’s clauses in both languages with the full name and the plan', () => {
    const text = agreementPdfText(input({ agreement: custom }));
    expect(text.bankName).toEqual({ zh: '鼋鼍银行', en: 'Turtle Bank' });
    expect(text.zh.map((c) => c.title)).toEqual(['特别约定', '还款计划']);
    expect(text.zh[0]?.text).toBe(
      '鼋鼍银行与张三约定：乙方于2026年12月25日前缴纳首期，共36期，应还' +
        `¥${(plan.totals.totalDueFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}。饕餮。`,
    );
    expect(text.en[0]?.text).toMatch(/^Pay CN¥[\d,]+\.\d\d in 36 instalments\.$/);
    expect(text.zh[1]?.parts[0]).toMatchObject({ kind: 'schedule' });
  });

  it('draws the clause text into the PDF (its CJK characters are in the embedded font)', async () => {
    const withClauses = drawnCharacters(await renderAgreementPdf(input({ agreement: custom })));
    for (const ch of '鼋鼍饕餮特别约定') expect(withClauses.has(ch)).toBe(true);
    const defaults = drawnCharacters(await renderAgreementPdf(input()));
    for (const ch of '鼋鼍饕餮') expect(defaults.has(ch)).toBe(false);
    // The default text names the parties and the breach clause.
    for (const ch of '违约责任示例银行') expect(defaults.has(ch)).toBe(true);
  });

  it('uses the default document text when a case signs without a plan', () => {
    const text = agreementPdfText({ ...input(), plan: undefined, agreement: undefined });
    expect(text.zh.map((c) => c.key)).toEqual(['parties', 'confirmation', 'effect']);
    expect(text.zh[0]?.text).toContain('乙方：张三');
    expect(text.bankName.zh).toBe('贷款机构');
  });
});
