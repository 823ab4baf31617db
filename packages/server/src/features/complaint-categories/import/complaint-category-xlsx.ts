/**
 * The XLSX layout of the category export and import, and the mapping between a category and a row of
 * text cells. One worksheet `categories`, a header row of stable column keys, one row per category in
 * tree order (parents before children), the parent named by code. A second worksheet explains the
 * columns in both languages; the import reads only the first.
 *
 * Parsing happens on the server (the browser uploads the file): the rules that decide whether a row is
 * valid live here anyway, and a dry run answers with the same problems the real import would.
 */
import ExcelJS from 'exceljs';
import type { Messages } from '../../../errors/app-error';
import type { ComplaintCategoryDoc } from '../complaint-category.model';

export const SHEET_NAME = 'categories';

export const COLUMNS = [
  'code',
  'parentCode',
  'nameZh',
  'nameEn',
  'active',
  'severity',
  'slaPolicyKey',
  'departmentCode',
  'queueCode',
  'jrtBusinessType',
  'jrtCause',
  'cfpbProduct',
  'cfpbIssue',
  'requiredFields',
] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns a file must have; a missing optional column leaves that field as it is. */
export const REQUIRED_COLUMNS: readonly Column[] = ['code', 'parentCode', 'nameZh', 'nameEn'];

export const COLUMN_HELP: Readonly<Record<Column, Messages>> = {
  code: {
    zh: '分类编码（唯一；按编码新建或更新）',
    en: 'Category code (unique; rows create or update by code)',
  },
  parentCode: { zh: '上级分类编码；空为顶级', en: 'Parent category code; empty for a root' },
  nameZh: { zh: '面向客户的中文名称', en: 'Customer-facing name in Chinese' },
  nameEn: { zh: '面向客户的英文名称', en: 'Customer-facing name in English' },
  active: { zh: '是否启用：是 / 否', en: 'Active: yes / no' },
  severity: { zh: '严重程度：LOW、MEDIUM、HIGH、CRITICAL', en: 'Severity: LOW, MEDIUM, HIGH, CRITICAL' },
  slaPolicyKey: { zh: '时限策略键', en: 'SLA policy key' },
  departmentCode: { zh: '处理部门编码', en: 'Handling department code' },
  queueCode: { zh: '部门内队列编码', en: 'Queue code within the department' },
  jrtBusinessType: {
    zh: 'JR/T 0169-2018 业务类别（中文术语）',
    en: 'JR/T 0169-2018 business type (Chinese term)',
  },
  jrtCause: { zh: 'JR/T 0169-2018 投诉原因（中文术语）', en: 'JR/T 0169-2018 cause (Chinese term)' },
  cfpbProduct: { zh: 'CFPB 产品', en: 'CFPB product' },
  cfpbIssue: { zh: 'CFPB 问题', en: 'CFPB issue' },
  requiredFields: { zh: '必填字段名，用逗号分隔', en: 'Required field names, comma-separated' },
};

/** A row as text cells, keyed by column; a column the file lacks is absent. */
export type SheetRow = Partial<Record<Column, string>>;

export interface ParsedSheet {
  /** Header problems (unknown or missing columns); the rows are not read when there is one. */
  headerProblems: { column: string | null; message: Messages }[];
  /** Data rows with their worksheet row numbers; fully empty rows are skipped. */
  rows: { row: number; cells: SheetRow }[];
}

/** The cells of a category's row (the inverse of what the import reads). */
export function categoryToRow(c: ComplaintCategoryDoc, parentCode: string | null): Record<Column, string> {
  return {
    code: c.code,
    parentCode: parentCode ?? '',
    nameZh: c.name.zh,
    nameEn: c.name.en,
    active: c.active ? 'yes' : 'no',
    severity: c.severity,
    slaPolicyKey: c.slaPolicyKey,
    departmentCode: c.routing?.departmentCode ?? '',
    queueCode: c.routing?.queueCode ?? '',
    jrtBusinessType: c.regulatoryCodes?.jrtBusinessType ?? '',
    jrtCause: c.regulatoryCodes?.jrtCause ?? '',
    cfpbProduct: c.regulatoryCodes?.cfpbProduct ?? '',
    cfpbIssue: c.regulatoryCodes?.cfpbIssue ?? '',
    requiredFields: (c.requiredFields ?? []).join(', '),
  };
}

/** Builds the workbook of `rows` (already in tree order). */
export async function writeWorkbook(rows: readonly Record<Column, string>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Parley';
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.columns = COLUMNS.map((key) => ({ header: key, key, width: key.startsWith('name') ? 28 : 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  const help = workbook.addWorksheet('columns');
  help.columns = [
    { header: 'column', key: 'column', width: 18 },
    { header: '说明', key: 'zh', width: 40 },
    { header: 'Meaning', key: 'en', width: 50 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of COLUMNS) help.addRow({ column, ...COLUMN_HELP[column] });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as the text the user sees (rich text, numbers, formulas' results), trimmed. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return cell.text.trim();
}

const UNREADABLE: Messages = {
  zh: '无法读取该文件：请上传 .xlsx 格式的工作簿（可先导出一份作为模板）。',
  en: 'The file cannot be read: upload an .xlsx workbook (export one first to use as a template).',
};

/** Reads the first worksheet; throws nothing for a bad file, it becomes a problem of row 1. */
export async function readWorkbook(data: Buffer, maxRows: number): Promise<ParsedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { headerProblems: [{ column: null, message: UNREADABLE }], rows: [] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headerProblems: [{ column: null, message: UNREADABLE }], rows: [] };

  const headerProblems: ParsedSheet['headerProblems'] = [];
  const columnAt = new Map<number, Column>();
  sheet.getRow(1).eachCell((cell, col) => {
    const name = cellText(cell);
    if (!name) return;
    const column = COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (!column) {
      headerProblems.push({
        column: name,
        message: {
          zh: `未知的列“${name}”。可用的列：${COLUMNS.join('、')}。`,
          en: `Unknown column "${name}". The columns are: ${COLUMNS.join(', ')}.`,
        },
      });
    } else if ([...columnAt.values()].includes(column)) {
      headerProblems.push({
        column: name,
        message: { zh: `列“${name}”出现了两次。`, en: `The column "${name}" appears twice.` },
      });
    } else columnAt.set(col, column);
  });
  const present = new Set(columnAt.values());
  for (const column of REQUIRED_COLUMNS) {
    if (!present.has(column))
      headerProblems.push({
        column,
        message: { zh: `缺少必需的列“${column}”。`, en: `The required column "${column}" is missing.` },
      });
  }
  if (headerProblems.length > 0) return { headerProblems, rows: [] };

  const rows: ParsedSheet['rows'] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: SheetRow = {};
    for (const [col, column] of columnAt) cells[column] = cellText(row.getCell(col));
    if (Object.values(cells).every((v) => v === '')) continue;
    if (rows.length === maxRows) {
      return {
        headerProblems: [
          {
            column: null,
            message: {
              zh: `一次最多导入 ${maxRows} 行。`,
              en: `At most ${maxRows} rows can be imported at once.`,
            },
          },
        ],
        rows: [],
      };
    }
    rows.push({ row: r, cells });
  }
  return { headerProblems, rows };
}
