/**
 * A dataset's table as files: CSV (the texts on screen, with a byte-order mark so Excel reads Chinese)
 * and XLSX (numbers as numbers with the screen's number formats; exceljs, imported only when asked
 * for, so it is a chunk of its own).
 */
import { exportNumber, formatCell, type CellFormat, type InsightDataset } from './insight-table';

/** One CSV field: quoted when needed; a leading formula sign neutralised. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?[\d.,]+%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function datasetCsv(dataset: InsightDataset): string {
  const lines = [dataset.columns.map((c) => csvField(c.label)).join(',')];
  for (const row of dataset.rows) {
    lines.push(dataset.columns.map((c, i) => csvField(formatCell(row[i] ?? null, c.format))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: undefined,
  count: '0',
  percent: '0.0%',
  hours: '0.0',
  yuan: '#,##0.00',
  score: '0.0',
  rate: '0.00',
};

/** A worksheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet1'
  );
}

/** The XLSX workbook of the table: one sheet, a bold header row, typed cells. */
export async function datasetXlsx(dataset: InsightDataset): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName(dataset.title));
  sheet.columns = dataset.columns.map((c) => ({
    header: c.label,
    key: c.key,
    width: Math.max(10, Math.min(40, c.label.length * 2 + 4)),
    style: NUMBER_FORMATS[c.format] ? { numFmt: NUMBER_FORMATS[c.format] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of dataset.rows) {
    sheet.addRow(
      dataset.columns.map((c, i) => {
        const cell = row[i] ?? null;
        return c.format === 'text' ? (cell === null ? '' : String(cell)) : exportNumber(cell, c.format);
      }),
    );
  }
  if (dataset.totalsRow) sheet.getRow(dataset.rows.length + 1).font = { bold: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name for a dataset's export: `insight-volume-days-2026-11-07-2026-12-06.csv`. */
export function exportFileName(
  dataset: InsightDataset,
  from: string,
  to: string,
  ext: 'csv' | 'xlsx',
): string {
  return `insight-${dataset.key}-${from}-${to}.${ext}`;
}

/** Offers bytes or text as a download. */
export function saveFile(content: BlobPart, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
