/**
 * XLSX export and import of complaint categories against the real database: a file with one bad row
 * writes nothing and names the row and column in both languages; an exported file imports back as
 * "unchanged"; an edited export creates, updates and moves by code; the editor's options come from the
 * server's vocabulary and complaint flows.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import {
  auditOf,
  cat,
  create,
  databaseState,
  ok,
  refused,
  stored,
  UPDATE,
} from './complaint-categories-helpers';

const EXPORT = `query { exportComplaintCategories { fileName contentBase64 count } }`;
const IMPORT = `mutation($file: String!, $dryRun: Boolean) {
  importComplaintCategories(fileBase64: $file, dryRun: $dryRun) {
    written created updated unchanged problems { row column message { zh en } }
  }
}`;
const OPTIONS = `query { complaintCategoryOptions {
  jrtBusinessTypes { key value label { zh en } }
  jrtCauses { key value label { zh en } }
  slaPolicies { key name { zh en } flowKeys }
  fields { name label { zh en } form { zh en } type }
} }`;

interface ImportResult {
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: { row: number; column: string | null; message: { zh: string; en: string } }[];
}

async function exportFile(h: Harness): Promise<{ book: ExcelJS.Workbook; count: number }> {
  const res = await ok<{ contentBase64: string; count: number; fileName: string }>(h, EXPORT, {});
  expect(res.fileName).toBe('complaint-categories.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(res.contentBase64, 'base64') as unknown as ArrayBuffer);
  return { book, count: res.count };
}

async function toBase64(book: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** Row number of `code` and the column number of each header in the first sheet. */
function locate(book: ExcelJS.Workbook, code: string): { row: ExcelJS.Row; col: (name: string) => number } {
  const sheet = book.worksheets[0]!;
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, i) => headers.set(cell.text, i));
  const col = (name: string) => headers.get(name)!;
  for (let r = 2; r <= sheet.rowCount; r++) {
    if (sheet.getRow(r).getCell(col('code')).text === code) return { row: sheet.getRow(r), col };
  }
  throw new Error(`no row for ${code}`);
}

function importFile(h: Harness, file: string, dryRun: boolean): Promise<ImportResult> {
  return ok<ImportResult>(h, IMPORT, { file, dryRun });
}

describe('complaint categories: XLSX export and import', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    const root = await cat(h, 'XL-ROOT');
    const child = await create(h, {
      code: 'XL-CHILD',
      name: { zh: '子分类', en: 'Child' },
      parentId: root.id,
      severity: 'HIGH',
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
      regulatoryCodes: { jrtBusinessType: '贷款', jrtCause: '债务催收', cfpbProduct: 'Debt collection' },
      requiredFields: ['complainantMobile', 'amountInvolvedFen'],
    });
    expect(child.requiredFields).toEqual(['complainantMobile', 'amountInvolvedFen']);
    await cat(h, 'XL-OTHER');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('exports every category with every field, and the export imports back unchanged', async () => {
    const { book, count } = await exportFile(h);
    expect(count).toBe(await h.db.models.ComplaintCategory.countDocuments().exec());
    const { row, col } = locate(book, 'XL-CHILD');
    const cell = (name: string) => row.getCell(col(name)).text;
    expect([
      cell('parentCode'),
      cell('nameZh'),
      cell('nameEn'),
      cell('active'),
      cell('severity'),
      cell('slaPolicyKey'),
      cell('departmentCode'),
      cell('queueCode'),
      cell('jrtBusinessType'),
      cell('jrtCause'),
      cell('cfpbProduct'),
      cell('cfpbIssue'),
      cell('requiredFields'),
    ]).toEqual([
      'XL-ROOT',
      '子分类',
      'Child',
      'yes',
      'HIGH',
      'regulatory-complaint',
      'PRODUCT',
      'GENERAL',
      '贷款',
      '债务催收',
      'Debt collection',
      '',
      'complainantMobile, amountInvolvedFen',
    ]);

    const before = await databaseState(h);
    const result = await importFile(h, await toBase64(book), false);
    expect(result).toMatchObject({ written: true, problems: [], created: 0, updated: 0, unchanged: count });
    // Only the import's summary entry was added; no category changed.
    const after = await databaseState(h);
    expect(after.categories).toBe(before.categories);
    expect(after.audit).toBe(before.audit + 1);
  });

  it('refuses a file with bad rows as a whole: every problem with row, column and both languages', async () => {
    const { book } = await exportFile(h);
    const sheet = book.worksheets[0]!;
    const child = locate(book, 'XL-CHILD');
    child.row.getCell(child.col('nameEn')).value = 'Child renamed';
    child.row.getCell(child.col('jrtCause')).value = '态度不好';
    const other = locate(book, 'XL-OTHER');
    other.row.getCell(other.col('departmentCode')).value = 'NOWHERE';
    sheet.addRow(['XL-NEW', 'XL-MISSING', '新分类', 'New']);
    const before = await databaseState(h);

    for (const dryRun of [true, false]) {
      const result = await importFile(h, await toBase64(book), dryRun);
      expect(result.written).toBe(false);
      expect(result.problems.map((p) => [p.row, p.column])).toEqual([
        [child.row.number, 'jrtCause'],
        [other.row.number, 'departmentCode'],
        [sheet.rowCount, 'parentCode'],
      ]);
      expect(result.problems[1]!.message).toEqual({
        zh: '部门“NOWHERE”不存在。',
        en: 'There is no department "NOWHERE".',
      });
      expect(result.problems[0]!.message.en).toContain('JR/T 0169-2018');
      expect(result.problems[2]!.message.zh).toContain('XL-MISSING');
    }
    // Nothing at all was written: not even the valid rename of XL-CHILD.
    expect(await databaseState(h)).toEqual(before);
  });

  it('reports a file that is not a workbook, and unknown columns, on row 1', async () => {
    const junk = await importFile(h, Buffer.from('not a zip').toString('base64'), true);
    expect(junk.problems).toHaveLength(1);
    expect(junk.problems[0]).toMatchObject({ row: 1, column: null });
    expect(junk.problems[0]!.message.en).toContain('.xlsx');

    const book = new ExcelJS.Workbook();
    book.addWorksheet('categories').addRow(['code', 'nameZh', 'colour']);
    const bad = await importFile(h, await toBase64(book), true);
    expect(bad.problems.map((p) => p.column)).toEqual(['colour', 'parentCode', 'nameEn']);
  });

  it('creates, updates and moves by code from an edited export, audited, in one pass', async () => {
    const { book } = await exportFile(h);
    const sheet = book.worksheets[0]!;
    const child = locate(book, 'XL-CHILD');
    child.row.getCell(child.col('nameEn')).value = 'Child renamed';
    child.row.getCell(child.col('parentCode')).value = 'XL-OTHER';
    child.row.getCell(child.col('severity')).value = '紧急';
    child.row.getCell(child.col('requiredFields')).value = 'complaintText';
    const headers: string[] = [];
    sheet.getRow(1).eachCell((c) => headers.push(c.text));
    const newRow: Record<string, string> = {
      code: 'XL-GRANDCHILD',
      parentCode: 'XL-CHILD',
      nameZh: '孙分类',
      nameEn: 'Grandchild',
      jrtBusinessType: '银行卡',
    };
    sheet.addRow(headers.map((hd) => newRow[hd] ?? ''));

    const dry = await importFile(h, await toBase64(book), true);
    expect(dry).toMatchObject({ written: false, problems: [], created: 1, updated: 1 });
    expect(await stored(h, 'XL-GRANDCHILD')).toBeNull();

    const result = await importFile(h, await toBase64(book), false);
    expect(result).toMatchObject({ written: true, problems: [], created: 1, updated: 1 });
    const moved = await stored(h, 'XL-CHILD');
    expect(moved).toMatchObject({
      path: ['XL-OTHER', 'XL-CHILD'],
      depth: 1,
      name: { zh: '子分类', en: 'Child renamed' },
      severity: 'CRITICAL',
      requiredFields: ['complaintText'],
      routing: { departmentCode: 'PRODUCT', queueCode: 'GENERAL' },
    });
    expect(await stored(h, 'XL-GRANDCHILD')).toMatchObject({
      path: ['XL-OTHER', 'XL-CHILD', 'XL-GRANDCHILD'],
      depth: 2,
      active: true,
      regulatoryCodes: { jrtBusinessType: '银行卡', jrtCause: null },
    });
    const audit = await auditOf(h, 'XL-CHILD');
    expect(audit.at(-1)).toMatchObject({
      action: 'category.update',
      details: {
        source: 'import',
        before: { parentCode: 'XL-ROOT', severity: 'HIGH' },
        after: { parentCode: 'XL-OTHER', severity: 'CRITICAL' },
      },
    });
    expect((await auditOf(h, 'XL-GRANDCHILD')).map((e) => e.action)).toEqual(['category.create']);
  });

  it('deactivating a row deactivates its subtree; a row marked active under it is a problem', async () => {
    const { book } = await exportFile(h);
    const other = locate(book, 'XL-OTHER');
    other.row.getCell(other.col('active')).value = 'no';
    // The children still say "yes" (as exported): they follow their ancestor down, as in the tree.
    const result = await importFile(h, await toBase64(book), false);
    expect(result.problems).toEqual([]);
    for (const code of ['XL-OTHER', 'XL-CHILD', 'XL-GRANDCHILD'])
      expect((await stored(h, code))?.active, code).toBe(false);

    // Activating a child while its parent stays inactive is refused, naming the row and the column.
    const again = (await exportFile(h)).book;
    const grand = locate(again, 'XL-GRANDCHILD');
    grand.row.getCell(grand.col('active')).value = 'yes';
    const before = await databaseState(h);
    const refusedResult = await importFile(h, await toBase64(again), false);
    expect(refusedResult.problems.map((p) => [p.row, p.column])).toEqual([[grand.row.number, 'active']]);
    expect(refusedResult.problems[0]!.message.zh).toBe(
      '上级分类“XL-CHILD”为停用状态，“XL-GRANDCHILD”不能启用。',
    );
    expect(await databaseState(h)).toEqual(before);
  });

  it('needs category.write to import and category.read to export', async () => {
    const { book } = await exportFile(h);
    const file = await toBase64(book);
    await ok(h, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: 'xl.agent', displayName: 'Agent', password: 'long enough pw', roles: ['agent'] },
    });
    const agent = await h.login('xl.agent', 'long enough pw');
    const res = await h.gql(IMPORT, { file, dryRun: true }, { as: agent });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Agents read categories (they file complaints under them), so the export is theirs to read.
    const exported = await h.gql<{ exportComplaintCategories: { count: number } }>(EXPORT, {}, { as: agent });
    expect(exported.errors).toBeUndefined();
  });

  it('offers the JR/T vocabulary, the complaint flows’ SLA policies and their form fields', async () => {
    const options = await ok<{
      jrtBusinessTypes: { key: string; value: string; label: { zh: string; en: string } }[];
      jrtCauses: { value: string }[];
      slaPolicies: { key: string; flowKeys: string[] }[];
      fields: { name: string; form: { zh: string } }[];
    }>(h, OPTIONS, {});
    expect(options.jrtBusinessTypes).toContainEqual({
      key: 'LOANS',
      value: '贷款',
      label: { zh: '贷款', en: 'Loans' },
    });
    expect(options.jrtCauses.map((c) => c.value)).toContain('债务催收');
    // Nothing published in this database: the shipped complaint flow's policy, after the built-in clock.
    expect(options.slaPolicies.map((p) => p.key)).toEqual(['regulatory-complaint', 'complaint-15-days']);
    expect(options.slaPolicies[1]!.flowKeys).toEqual(['complaint-handling']);
    expect(options.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['complainantMobile', 'complaintText', 'amountInvolvedFen', 'businessType']),
    );

    // An update with names and required fields in one call; a bad field name points at its entry.
    const c = await stored(h, 'XL-ROOT');
    const id = Buffer.from(`ComplaintCategory:${c!._id.toHexString()}`).toString('base64url');
    const err = await refused(h, UPDATE, { id, input: { requiredFields: ['ok', '1bad'] } });
    expect(err.extensions?.fieldPath).toEqual(['input', 'requiredFields', 1]);
  });
});
