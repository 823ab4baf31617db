/**
 * The signed agreement as a PDF (pdfkit): title, case reference, customer, the plan's summary and its
 * full schedule, the signature (drawn image or typed name), when (Asia/Shanghai), from which IP and
 * user agent. Every amount is printed from integer fen with `fenToYuanString` (exact, two decimals).
 *
 * Chinese needs a CJK font: PARLEY_PDF_FONT (default Noto Sans CJK from the `fonts-noto-cjk` package)
 * and, for a collection (.ttc), PARLEY_PDF_FONT_NAME picks the face (default `NotoSansCJKsc-Regular`).
 * pdfkit embeds only the glyphs used (a subset). A missing font is a clear error, not a PDF of boxes.
 *
 * The document's CreationDate is the signing time, but pdfkit also writes a random document ID, so
 * two renders of the same input differ: the agreement's hash is that of the bytes stored at signing.
 */
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import {
  fenToYuanString,
  formatInstantInZone,
  formatRatePercent,
  planAnnualisedRate,
  type RepaymentPlan,
} from '@parley/engine';

export interface AgreementPdfInput {
  caseReference: string;
  customerName: string;
  bankName?: string;
  /** @parley/engine `buildRepaymentPlan` output; absent for a document without an offer (e.g. a loan contract). */
  plan?: RepaymentPlan;
  planKind?: string;
  /** What is signed when there is no plan: the signature step's name and the case's terms. */
  document?: {
    title: { zh: string; en: string };
    terms: readonly { label: { zh: string; en: string }; value: string }[];
  };
  signature: { kind: 'DRAWN' | 'TYPED'; typedName?: string; imagePng?: Buffer };
  signedAt: Date;
  ip: string;
  userAgent: string;
}

export const DEFAULT_PDF_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const DEFAULT_PDF_FONT_NAME = 'NotoSansCJKsc-Regular';

let fontSetting = {
  path: process.env.PARLEY_PDF_FONT || DEFAULT_PDF_FONT,
  name: process.env.PARLEY_PDF_FONT_NAME || DEFAULT_PDF_FONT_NAME,
};

/** The font in use (the render worker is handed it with every job). */
export function agreementPdfFont(): { fontPath: string; fontName: string } {
  return { fontPath: fontSetting.path, fontName: fontSetting.name };
}

/** Set from the server configuration at start (PARLEY_PDF_FONT, PARLEY_PDF_FONT_NAME). */
export function configureAgreementPdf(opts: { fontPath: string; fontName?: string }): void {
  fontSetting = { path: opts.fontPath, name: opts.fontName || DEFAULT_PDF_FONT_NAME };
}

/** Throws with instructions when the configured font file is missing. */
export function checkAgreementPdfFont(): void {
  if (!existsSync(fontSetting.path))
    throw new Error(
      `The agreement PDF font ${fontSetting.path} does not exist: install fonts-noto-cjk or set ` +
        'PARLEY_PDF_FONT to a CJK .ttf/.otf/.ttc (and PARLEY_PDF_FONT_NAME to the face of a .ttc)',
    );
}

const KIND_NAMES: Record<string, { zh: string; en: string }> = {
  equalinstalment: { zh: '等额本息分期', en: 'equal instalments' },
  equalprincipal: { zh: '等额本金分期', en: 'equal principal' },
  instalmentwithfee: { zh: '分期还款（含手续费）', en: 'instalments with fee' },
  interestfrozen: { zh: '停息挂账', en: 'interest frozen' },
  extension: { zh: '展期', en: 'extension' },
  lumpsumsettlement: { zh: '一次性结清减免', en: 'lump-sum settlement' },
};

/** `equalInstalment`, `EQUAL_INSTALMENT` and `equal-instalment` all name the same kind. */
export function planKindName(kind: string): { zh: string; en: string } {
  return KIND_NAMES[kind.replace(/[^A-Za-z]/g, '').toLowerCase()] ?? { zh: kind, en: kind };
}

/** `2026-11-25 22:57:47 (Asia/Shanghai, UTC+8)`. */
export function formatShanghaiTime(at: Date): string {
  // The engine's zoned formatting: 2026-11-25T22:57:47+08:00 → 2026-11-25 22:57:47.
  const local = formatInstantInZone(at.toISOString(), 'Asia/Shanghai');
  return `${local.slice(0, 10)} ${local.slice(11, 19)} (Asia/Shanghai, UTC+8)`;
}

function yuan(fen: number): string {
  return `¥${fenToYuanString(fen)}`;
}

function annualisedRate(plan: RepaymentPlan): string {
  try {
    const rate = planAnnualisedRate(plan);
    return rate
      ? `${formatRatePercent(rate.apr)}（实际年利率 EAR ${formatRatePercent(rate.effectiveAnnualRate)}）`
      : '—';
  } catch {
    return '—';
  }
}

const MARGIN = 50;
const COLUMNS = [
  { zh: '期数', en: 'No.', width: 45 },
  { zh: '到期日', en: 'Due date', width: 90 },
  { zh: '本金', en: 'Principal', width: 90 },
  { zh: '利息', en: 'Interest', width: 85 },
  { zh: '费用', en: 'Fee', width: 80 },
  { zh: '应还合计', en: 'Total', width: 105 },
] as const;

export async function renderAgreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  checkAgreementPdfFont();
  const { plan } = input;
  const title = plan
    ? { zh: '个人债务协商还款协议', en: 'Personal Debt Negotiation Repayment Agreement' }
    : { zh: '电子签署确认书', en: 'Electronic Signature Confirmation' };
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: false,
    info: {
      Title: `${title.zh} ${input.caseReference}`,
      Subject: title.en,
      Creator: 'Parley',
      Producer: 'Parley',
      CreationDate: input.signedAt,
      ModDate: input.signedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  try {
    doc.font(fontSetting.path, fontSetting.name);
  } catch (err) {
    throw new Error(
      `The agreement PDF font ${fontSetting.path} (${fontSetting.name}) cannot be used: ${(err as Error).message}`,
      { cause: err },
    );
  }
  const width = doc.page.width - 2 * MARGIN;

  doc.fontSize(18).text(title.zh, { align: 'center' });
  doc.fontSize(11).fillColor('#444').text(title.en, { align: 'center' });
  doc.fillColor('#000').moveDown(1);

  const field = (zh: string, en: string, value: string) => {
    doc.fontSize(10).text(`${zh} / ${en}：`, { continued: true }).text(value);
  };
  doc.fontSize(12).text('一、基本信息 / Parties', { underline: false }).moveDown(0.3);
  field('案件编号', 'Case reference', input.caseReference);
  field('客户姓名', 'Customer', input.customerName);
  if (input.bankName) field('机构', 'Bank', input.bankName);
  doc.moveDown(0.8);

  if (plan) drawPlan(doc, plan, input.planKind ?? plan.kind, field, width);
  else {
    const what = input.document ?? { title: { zh: '签署文件', en: 'Document' }, terms: [] };
    doc.fontSize(12).text('二、签署事项 / What is signed').moveDown(0.3);
    field('事项', 'Matter', `${what.title.zh} / ${what.title.en}`);
    for (const t of what.terms) field(t.label.zh, t.label.en, t.value);
    doc.moveDown(1.2);
  }

  // The signature block and the closing note stay on one page (a drawn signature is ~100 pt high).
  const drawn = input.signature.kind === 'DRAWN' && input.signature.imagePng !== undefined;
  if (doc.y + (drawn ? 290 : 190) > doc.page.height - MARGIN) doc.addPage();
  doc
    .fontSize(12)
    .text(plan ? '四、签署 / Signature' : '三、签署 / Signature', MARGIN)
    .moveDown(0.3);
  if (drawn && input.signature.imagePng) {
    doc.fontSize(10).text('客户签名 / Customer signature：');
    const top = doc.y + 4;
    doc.image(input.signature.imagePng, MARGIN, top, { fit: [220, 90] });
    doc.x = MARGIN;
    doc.y = top + 96;
  } else {
    field('客户签名（键入）', 'Typed signature', input.signature.typedName ?? input.customerName);
  }
  field('签署时间', 'Signed at', formatShanghaiTime(input.signedAt));
  field('IP 地址', 'IP address', input.ip);
  field('用户代理', 'User agent', input.userAgent || '—');
  doc.moveDown(1);
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(
      '本文件由客户以电子方式签署；签署事件及本文件的 SHA-256 记录于案件的审计日志中。' +
        ' This document was signed electronically; the signing event and the SHA-256 of this document are recorded in the audit log of the case.',
      { width },
    );
  doc.end();
  return await done;
}

type FieldWriter = (zh: string, en: string, value: string) => void;

/** Sections two and three of an agreement with a plan: the summary and the full schedule. */
function drawPlan(
  doc: PDFKit.PDFDocument,
  plan: RepaymentPlan,
  planKind: string,
  field: FieldWriter,
  width: number,
): void {
  const kind = planKindName(planKind || plan.kind);
  const forgivenFen = plan.waived.totalFen + plan.discount.totalFen;
  doc.fontSize(12).text('二、还款方案 / Plan summary').moveDown(0.3);
  field('方案类型', 'Plan', `${kind.zh} / ${kind.en}`);
  field('欠款总额', 'Owed', yuan(plan.owedTotalFen));
  field('减免金额', 'Forgiven', yuan(forgivenFen));
  field('首付金额', 'Down payment', `${yuan(plan.downPayment.amountFen)}（${plan.downPayment.dueDate}）`);
  field('分期期数', 'Term', `${plan.termMonths} 期 / months`);
  field('应还总额', 'Total due', yuan(plan.totals.totalDueFen));
  field('年化利率', 'Annualised rate (APR)', annualisedRate(plan));
  doc.moveDown(0.8);

  doc.fontSize(12).text('三、还款计划表 / Repayment schedule').moveDown(0.3);
  const rowHeight = 16;
  const drawRow = (cells: readonly string[], header: boolean) => {
    if (doc.y + rowHeight > doc.page.height - MARGIN) {
      doc.addPage();
      drawRow(
        COLUMNS.map((c) => `${c.zh} ${c.en}`),
        true,
      );
    }
    const y = doc.y;
    let x = MARGIN;
    doc.fontSize(header ? 8.5 : 9);
    cells.forEach((cell, i) => {
      const column = COLUMNS[i] as (typeof COLUMNS)[number];
      doc.text(cell, x, y + 3, {
        width: column.width - 6,
        align: i === 0 ? 'left' : 'right',
        lineBreak: false,
      });
      x += column.width;
    });
    doc
      .moveTo(MARGIN, y + rowHeight)
      .lineTo(MARGIN + width, y + rowHeight)
      .lineWidth(header ? 0.8 : 0.3)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + rowHeight;
  };
  drawRow(
    COLUMNS.map((c) => `${c.zh} ${c.en}`),
    true,
  );
  for (const line of plan.lines) {
    drawRow(
      [
        String(line.period),
        line.dueDate,
        fenToYuanString(line.principalFen),
        fenToYuanString(line.interestFen),
        fenToYuanString(line.feeFen),
        fenToYuanString(line.totalFen),
      ],
      false,
    );
  }
  drawRow(
    [
      '合计',
      'Total',
      fenToYuanString(plan.totals.principalFen),
      fenToYuanString(plan.totals.interestFen),
      fenToYuanString(plan.totals.feeFen),
      fenToYuanString(plan.totals.instalmentsFen),
    ],
    true,
  );
  doc.moveDown(1.2);
}
