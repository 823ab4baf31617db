import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { chartSeries, exportNumber, formatCell, type InsightDataset } from './insight-table';
import { csvField, datasetCsv, datasetXlsx, exportFileName, sheetName } from './table-export';

const DATASET: InsightDataset = {
  key: 'mixed',
  title: '混合: 表/格?',
  columns: [
    { key: 'name', label: '名称', format: 'text' },
    { key: 'count', label: '件数', format: 'count' },
    { key: 'share', label: '占比', format: 'percent' },
    { key: 'hours', label: '小时', format: 'hours' },
    { key: 'yuan', label: '金额（元）', format: 'yuan' },
    { key: 'nps', label: 'NPS', format: 'score' },
  ],
  rows: [
    ['=HYPERLINK("x")', 3, 2 / 3, 5_400_000, '123456789', -12.345],
    ['张三, "李四"', 0, null, null, '5', null],
    ['合计', 3, 0.5, 9_000_000, '123456794', 40],
  ],
  chart: { type: 'bar', series: [1, 2, 4] },
  totalsRow: true,
};

describe('insight table cells', () => {
  it('formats each kind the way the table shows it', () => {
    expect(formatCell(2 / 3, 'percent')).toBe('66.7%');
    expect(formatCell(5_400_000, 'hours')).toBe('1.5');
    expect(formatCell('123456789', 'yuan')).toBe('1,234,567.89');
    expect(formatCell(-12.345, 'score')).toBe('-12.3');
    expect(formatCell(12.3456, 'rate')).toBe('12.35');
    expect(formatCell(null, 'count')).toBe('—');
    expect(exportNumber('123456789', 'yuan')).toBe(1234567.89);
    expect(exportNumber(2 / 3, 'percent')).toBe(0.667);
  });

  it('charts the rows without the totals row, percentages as 0–100', () => {
    const data = chartSeries(DATASET);
    expect(data.categories).toEqual(['=HYPERLINK("x")', '张三, "李四"']);
    expect(data.series.map((s) => s.name)).toEqual(['件数', '占比', '金额（元）']);
    expect(data.series[1]!.data).toEqual([66.7, null]);
    expect(data.series[2]!.data).toEqual([1234567.89, 0.05]);
  });
});

describe('insight exports', () => {
  it('writes the CSV with the texts on screen, quoted and with formulas neutralised', () => {
    const csv = datasetCsv(DATASET);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('名称,件数,占比,小时,金额（元）,NPS');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",3,66.7%,1.5,"1,234,567.89",-12.3`);
    expect(lines[2]).toBe('"张三, ""李四""",0,—,—,0.05,—');
    expect(lines[3]).toBe('合计,3,50.0%,2.5,"1,234,567.94",40.0');
    expect(lines).toHaveLength(5); // header, three rows, the final line break
    expect(csvField('-5')).toBe('-5');
    expect(csvField('+86 138')).toBe("'+86 138");
  });

  it('writes an XLSX whose cells read back as the table, numbers as numbers with formats', async () => {
    const bytes = await datasetXlsx(DATASET);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe(sheetName(DATASET.title));
    expect(sheet.name).toBe('混合  表 格');
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['名称', '件数', '占比', '小时', '金额（元）', 'NPS']);
    expect(values(2)).toEqual(['=HYPERLINK("x")', 3, 0.667, 1.5, 1234567.89, -12.3]);
    // Empty cells stay empty (read back as undefined holes).
    expect(values(3)).toEqual(['张三, "李四"', 0, undefined, undefined, 0.05]);
    expect(values(4)).toEqual(['合计', 3, 0.5, 2.5, 1234567.94, 40]);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect(sheet.getCell('E2').numFmt).toBe('#,##0.00');
    expect(sheet.getRow(4).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(4);
  });

  it('names files by dataset and period', () => {
    expect(exportFileName(DATASET, '2026-11-07', '2026-12-06', 'xlsx')).toBe(
      'insight-mixed-2026-11-07-2026-12-06.xlsx',
    );
  });
});
