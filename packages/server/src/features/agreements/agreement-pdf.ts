/**
 * The signed agreement as a PDF (pdfkit): title, the parties (case reference, customer, bank), the flow
 * version's agreement clauses rendered by the engine's `renderAgreement` in Chinese with the English
 * text under each clause (the `{{schedule}}` variable drawn as a table), the signature (drawn image or
 * typed name), when (Asia/Shanghai), from which IP and user agent. Every amount is printed from integer
 * fen by the engine (exact, two decimals).
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
  DEFAULT_BANK_NAME,
  DEFAULT_DOCUMENT_AGREEMENT,
  DEFAULT_PLAN_AGREEMENT,
  formatInstantInZone,
  renderAgreement,
  type AgreementPart,
  type AgreementTemplate,
  type RenderedAgreementClause,
  type RepaymentPlan,
  type LocalizedText,
} from '@parley/engine';

export interface AgreementPdfInput {
  caseReference: string;
  customerName: string;
  /** @parley/engine `buildRepaymentPlan` output; absent for a document without an offer (e.g. a loan contract). */
  plan?: RepaymentPlan;
  /**
   * The flow version's agreement text (`agreementOfFlow`): rendered here in zh and en with this input's
   * customer name, case reference and plan. Absent: the engine's default for a plan or a document.
   */
  agreement?: AgreementTemplate;
  /** What is signed when there is no plan: the signature step's name and the case's terms. */
  document?: {
    title: LocalizedText;
    terms: readonly { label: LocalizedText; value: string }[];
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

/** `2026-11-25 22:57:47 (Asia/Shanghai, UTC+8)`. */
export function formatShanghaiTime(at: Date): string {
  // The engine's zoned formatting: 2026-11-25T22:57:47+08:00 → 2026-11-25 22:57:47.
  const local = formatInstantInZone(at.toISOString(), 'Asia/Shanghai');
  return `${local.slice(0, 10)} ${local.slice(11, 19)} (Asia/Shanghai, UTC+8)`;
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

const SECTION = ['一', '二', '三', '四', '五'] as const;
const CLAUSE_NUMBER = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 第一条 … 第十条, 第十一条 … 第九十九条; beyond that, digits. */
export function clauseNumberZh(n: number): string {
  if (n >= 1 && n <= 10) return `第${CLAUSE_NUMBER[n - 1]}条`;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `第${tens === 1 ? '' : CLAUSE_NUMBER[tens - 1]}十${ones ? CLAUSE_NUMBER[ones - 1] : ''}条`;
  }
  return `第${n}条`;
}

/** The text the PDF prints: the bank party and the clauses in both languages, from the engine. */
export function agreementPdfText(input: AgreementPdfInput): {
  bankName: LocalizedText;
  zh: RenderedAgreementClause[];
  en: RenderedAgreementClause[];
} {
  const template = input.agreement ?? (input.plan ? DEFAULT_PLAN_AGREEMENT : DEFAULT_DOCUMENT_AGREEMENT);
  const values = {
    customerName: input.customerName,
    caseReference: input.caseReference,
    ...(input.plan ? { plan: input.plan } : {}),
  };
  return {
    bankName: template.bankName ?? DEFAULT_BANK_NAME,
    zh: renderAgreement(template, values, 'zh'),
    en: renderAgreement(template, values, 'en'),
  };
}

export async function renderAgreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  checkAgreementPdfFont();
  const { plan } = input;
  const text = agreementPdfText(input);
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
  let section = 0;
  const heading = (zh: string, en: string) => {
    doc
      .fontSize(12)
      .fillColor('#000')
      .text(`${SECTION[section] ?? section + 1}、${zh} / ${en}`, MARGIN)
      .moveDown(0.3);
    section += 1;
  };

  doc.fontSize(18).text(title.zh, { align: 'center' });
  doc.fontSize(11).fillColor('#444').text(title.en, { align: 'center' });
  doc.fillColor('#000').moveDown(1);

  const field = (zh: string, en: string, value: string) => {
    doc.fontSize(10).text(`${zh} / ${en}：`, { continued: true }).text(value);
  };
  heading('基本信息', 'Parties');
  field('案件编号', 'Case reference', input.caseReference);
  field('客户姓名', 'Customer', input.customerName);
  field('机构', 'Bank', `${text.bankName.zh} / ${text.bankName.en}`);
  doc.moveDown(0.8);

  if (!plan) {
    const what = input.document ?? { title: { zh: '签署文件', en: 'Document' }, terms: [] };
    heading('签署事项', 'What is signed');
    field('事项', 'Matter', `${what.title.zh} / ${what.title.en}`);
    for (const t of what.terms) field(t.label.zh, t.label.en, t.value);
    doc.moveDown(0.8);
  }

  heading('协议条款', 'Terms of the agreement');
  text.zh.forEach((clause, i) => {
    const english = text.en[i];
    drawClause(doc, i + 1, clause, english, width);
  });
  doc.moveDown(0.6);

  // The signature block and the closing note stay on one page (a drawn signature is ~100 pt high).
  const drawn = input.signature.kind === 'DRAWN' && input.signature.imagePng !== undefined;
  if (doc.y + (drawn ? 290 : 190) > doc.page.height - MARGIN) doc.addPage();
  heading('签署', 'Signature');
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

/** One clause: its heading in both languages, the Chinese text (schedule as a table), the English text. */
function drawClause(
  doc: PDFKit.PDFDocument,
  n: number,
  zh: RenderedAgreementClause,
  en: RenderedAgreementClause | undefined,
  width: number,
): void {
  if (doc.y + 60 > doc.page.height - MARGIN) doc.addPage();
  doc
    .fontSize(10.5)
    .fillColor('#000')
    .text(`${clauseNumberZh(n)} ${zh.title}${en ? ` / Clause ${n}. ${en.title}` : ''}`, MARGIN, doc.y, {
      width,
    })
    .moveDown(0.2);
  const drawParts = (parts: readonly AgreementPart[], english: boolean) => {
    for (const part of parts) {
      if (part.kind === 'text') {
        doc
          .fontSize(english ? 8.5 : 10)
          .fillColor(english ? '#555' : '#000')
          .text(part.text.replace(/^\n+|\n+$/g, ''), MARGIN, doc.y, { width });
      } else if (english) {
        doc.fontSize(8.5).fillColor('#555').text('[Repayment schedule: see the table above.]', MARGIN, doc.y);
      } else {
        doc.moveDown(0.2);
        drawSchedule(doc, part, width);
        doc.moveDown(0.2);
      }
    }
  };
  drawParts(zh.parts, false);
  if (en) {
    doc.moveDown(0.15);
    drawParts(en.parts, true);
  }
  doc.fillColor('#000').moveDown(0.7);
}

/** The repayment schedule as a table; its header repeats on every page it continues on. */
function drawSchedule(
  doc: PDFKit.PDFDocument,
  schedule: Extract<AgreementPart, { kind: 'schedule' }>,
  width: number,
): void {
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
    doc.fontSize(header ? 8.5 : 9).fillColor('#000');
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
  const cells = (r: (typeof schedule.rows)[number]) => [
    r.period,
    r.dueDate,
    r.principal,
    r.interest,
    r.fee,
    r.total,
  ];
  drawRow(
    COLUMNS.map((c) => `${c.zh} ${c.en}`),
    true,
  );
  for (const row of schedule.rows) drawRow(cells(row), false);
  drawRow(cells(schedule.total), true);
}
