/**
 * Checks a whole imported sheet against the categories that exist and decides what each row does,
 * before anything is written. Pure: the caller passes what it read (categories, departments, queues).
 *
 * Rules: a row creates or updates the category with its code; a column the file lacks leaves that
 * field as it is; an empty cell clears an optional field (routing, regulatory codes, required fields)
 * and keeps a required one (severity, SLA policy, active). The final tree must have no cycle, every
 * parent must exist in the file or the database, and a category the file marks active must not end up
 * under an inactive one (deactivating a category deactivates its subtree, as in the tree).
 * Categories the file does not mention are left alone (an import never deletes).
 */
import type { z } from 'zod';
import type { Messages } from '../../../errors/app-error';
import type { SeverityValue } from '../complaint-category.model';
import {
  createComplaintCategoryInput,
  localizedTextInput,
  regulatoryCodesInput,
  requiredFieldsInput,
  routingInput,
  updateComplaintCategoryInput,
} from '../complaint-category.input';
import { isEqualJson } from '../complaint-category.checks';
import type { Column, SheetRow } from './complaint-category-xlsx';

export interface ImportProblem {
  row: number;
  column: string | null;
  message: Messages;
}

export interface CategoryFields {
  name: { zh: string; en: string };
  active: boolean;
  severity: SeverityValue;
  slaPolicyKey: string;
  routing: { departmentCode: string | null; queueCode: string | null } | null;
  regulatoryCodes: {
    jrtBusinessType: string | null;
    jrtCause: string | null;
    cfpbProduct: string | null;
    cfpbIssue: string | null;
  } | null;
  requiredFields: string[];
}

export interface ExistingCategory extends CategoryFields {
  id: string;
  code: string;
  parentCode: string | null;
}

export interface PlannedRow {
  row: number;
  code: string;
  parentCode: string | null;
  /** The category's fields after the import (its own `active`, before the subtree rule). */
  fields: CategoryFields;
  existing: ExistingCategory | null;
  /** Fields that differ from the existing category (every field for a new one). */
  changed: (keyof CategoryFields | 'parentCode')[];
}

export interface ImportPlan {
  problems: ImportProblem[];
  rows: PlannedRow[];
  /** Codes (existing, in or out of the file) that end up inactive because an ancestor does. */
  cascadeDeactivate: string[];
  /** Final parent code of every category, after the import. */
  finalParent: Map<string, string | null>;
}

export interface OrgUnits {
  departments: ReadonlySet<string>;
  /** `${departmentCode}/${queueCode}` */
  queues: ReadonlySet<string>;
}

const DEFAULTS = { severity: 'MEDIUM', slaPolicyKey: 'regulatory-complaint' } as const;

const SEVERITY_WORDS: Readonly<Record<string, SeverityValue>> = {
  低: 'LOW',
  中: 'MEDIUM',
  高: 'HIGH',
  紧急: 'CRITICAL',
};

const YES = new Set(['yes', 'y', 'true', '1', '是', '启用']);
const NO = new Set(['no', 'n', 'false', '0', '否', '停用']);

/** zod's JSON-encoded messages (complaint-category.input.ts) back to {zh, en}. */
function issueMessages(message: string): Messages {
  try {
    const parsed: unknown = JSON.parse(message);
    if (parsed && typeof parsed === 'object' && 'zh' in parsed && 'en' in parsed) return parsed as Messages;
  } catch {
    // zod's own message
  }
  return { zh: `输入不正确：${message}`, en: message };
}

function splitFields(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Checks every row on its own (formats, closed vocabularies, departments and queues) and then the file
 * as a whole (duplicate codes, parents, cycles, active under inactive).
 */
export function planImport(
  sheet: readonly { row: number; cells: SheetRow }[],
  existingList: readonly ExistingCategory[],
  org: OrgUnits,
): ImportPlan {
  const problems: ImportProblem[] = [];
  const existing = new Map(existingList.map((c) => [c.code, c]));
  const rows: PlannedRow[] = [];
  const seenCodes = new Map<string, number>();

  for (const { row, cells } of sheet) {
    const problem = (column: Column | null, message: Messages) => problems.push({ row, column, message });
    const parse = <T>(schema: z.ZodType<T>, value: unknown, columnOf: (path: PropertyKey[]) => Column) => {
      const result = schema.safeParse(value);
      if (result.success) return { ok: true as const, value: result.data };
      for (const issue of result.error.issues) problem(columnOf(issue.path), issueMessages(issue.message));
      return { ok: false as const };
    };
    const before = problems.length;

    const code = parse(createComplaintCategoryInput.shape.code, cells.code ?? '', () => 'code');
    if (!code.ok) continue;
    const seenAt = seenCodes.get(code.value);
    if (seenAt !== undefined) {
      problem('code', {
        zh: `编码“${code.value}”已在第 ${seenAt} 行出现。`,
        en: `The code "${code.value}" already appears on row ${seenAt}.`,
      });
      continue;
    }
    seenCodes.set(code.value, row);
    const current = existing.get(code.value) ?? null;

    const parentText = cells.parentCode ?? '';
    const parentCode = parentText === '' ? null : parentText;
    if (parentCode === code.value)
      problem('parentCode', {
        zh: '分类不能是自己的上级分类。',
        en: 'A category cannot be its own parent.',
      });

    const name = parse(localizedTextInput, { zh: cells.nameZh ?? '', en: cells.nameEn ?? '' }, (p) =>
      p[0] === 'en' ? 'nameEn' : 'nameZh',
    );

    let active = current?.active ?? true;
    if (cells.active) {
      const word = cells.active.toLowerCase();
      if (YES.has(word)) active = true;
      else if (NO.has(word)) active = false;
      else
        problem('active', {
          zh: `“${cells.active}”不是有效的启用状态，请填写“是”或“否”（yes / no）。`,
          en: `"${cells.active}" is not an active state; write yes or no.`,
        });
    }

    let severity: SeverityValue = current?.severity ?? DEFAULTS.severity;
    if (cells.severity) {
      const s = SEVERITY_WORDS[cells.severity] ?? cells.severity.toUpperCase();
      const parsed = parse(updateComplaintCategoryInput.shape.severity, s, () => 'severity');
      if (parsed.ok && parsed.value) severity = parsed.value;
    }

    let slaPolicyKey = current?.slaPolicyKey ?? DEFAULTS.slaPolicyKey;
    if (cells.slaPolicyKey) {
      const parsed = parse(
        updateComplaintCategoryInput.shape.slaPolicyKey,
        cells.slaPolicyKey,
        () => 'slaPolicyKey',
      );
      if (parsed.ok && parsed.value) slaPolicyKey = parsed.value;
    }

    let routing = current?.routing ?? null;
    if (cells.departmentCode !== undefined || cells.queueCode !== undefined) {
      const raw = {
        departmentCode: cells.departmentCode ?? current?.routing?.departmentCode ?? '',
        queueCode: cells.queueCode ?? current?.routing?.queueCode ?? '',
      };
      const parsed = parse(routingInput, raw, (p) => (p[0] === 'queueCode' ? 'queueCode' : 'departmentCode'));
      if (parsed.ok) {
        routing = parsed.value
          ? { departmentCode: parsed.value.departmentCode, queueCode: parsed.value.queueCode }
          : null;
        const dept = routing?.departmentCode;
        if (dept && !org.departments.has(dept))
          problem('departmentCode', {
            zh: `部门“${dept}”不存在。`,
            en: `There is no department "${dept}".`,
          });
        else if (dept && routing?.queueCode && !org.queues.has(`${dept}/${routing.queueCode}`))
          problem('queueCode', {
            zh: `部门“${dept}”下没有队列“${routing.queueCode}”。`,
            en: `The department "${dept}" has no queue "${routing.queueCode}".`,
          });
      }
    }

    let regulatoryCodes = current?.regulatoryCodes ?? null;
    const regColumns = ['jrtBusinessType', 'jrtCause', 'cfpbProduct', 'cfpbIssue'] as const;
    if (regColumns.some((c) => cells[c] !== undefined)) {
      const raw = Object.fromEntries(
        regColumns.map((c) => [c, cells[c] ?? current?.regulatoryCodes?.[c] ?? '']),
      );
      const parsed = parse(regulatoryCodesInput, raw, (p) =>
        regColumns.includes(p[0] as (typeof regColumns)[number])
          ? (p[0] as (typeof regColumns)[number])
          : 'jrtBusinessType',
      );
      if (parsed.ok) regulatoryCodes = parsed.value;
    }

    let requiredFields = current?.requiredFields ?? [];
    if (cells.requiredFields !== undefined) {
      const parsed = parse(requiredFieldsInput, splitFields(cells.requiredFields), () => 'requiredFields');
      if (parsed.ok) requiredFields = parsed.value;
    }

    if (problems.length > before || !name.ok) continue;
    const fields: CategoryFields = {
      name: name.value,
      active,
      severity,
      slaPolicyKey,
      routing,
      regulatoryCodes,
      requiredFields,
    };
    const changed: PlannedRow['changed'] = [];
    if (!current) changed.push('parentCode', ...(Object.keys(fields) as (keyof CategoryFields)[]));
    else {
      if (current.parentCode !== parentCode) changed.push('parentCode');
      for (const key of Object.keys(fields) as (keyof CategoryFields)[])
        if (!isEqualJson(current[key], fields[key])) changed.push(key);
    }
    rows.push({ row, code: code.value, parentCode, fields, existing: current, changed });
  }

  // The whole file: parents exist, no cycles, nothing marked active under an inactive ancestor.
  const finalParent = new Map<string, string | null>(existingList.map((c) => [c.code, c.parentCode]));
  const ownActive = new Map<string, boolean>(existingList.map((c) => [c.code, c.active]));
  for (const r of rows) {
    finalParent.set(r.code, r.parentCode);
    ownActive.set(r.code, r.fields.active);
  }
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const r of rows) {
    if (r.parentCode && r.parentCode !== r.code && !finalParent.has(r.parentCode)) {
      problems.push({
        row: r.row,
        column: 'parentCode',
        message: {
          zh: `上级分类“${r.parentCode}”既不在文件中，也不存在于系统中。`,
          en: `The parent "${r.parentCode}" is neither in the file nor an existing category.`,
        },
      });
    }
  }
  for (const r of rows) {
    const seen = new Set<string>([r.code]);
    for (let p = finalParent.get(r.code) ?? null; p; p = finalParent.get(p) ?? null) {
      if (seen.has(p)) {
        if (p === r.code)
          problems.push({
            row: r.row,
            column: 'parentCode',
            message: {
              zh: `上级关系形成了循环：“${r.code}”会成为自己的下级。`,
              en: `The parents form a cycle: "${r.code}" would end up below itself.`,
            },
          });
        break;
      }
      seen.add(p);
    }
  }
  const inactiveAncestor = (code: string): string | null => {
    const seen = new Set<string>();
    for (let p = finalParent.get(code) ?? null; p && !seen.has(p); p = finalParent.get(p) ?? null) {
      seen.add(p);
      if (ownActive.get(p) === false) return p;
    }
    return null;
  };
  const cascadeDeactivate: string[] = [];
  for (const [code] of finalParent) {
    const blocker = ownActive.get(code) ? inactiveAncestor(code) : null;
    if (!blocker) continue;
    const r = byCode.get(code);
    // Only an activation is refused: an active category that stays "yes" follows its ancestor down.
    if (r && cellsSaidActive(sheet, r.row) && !r.existing?.active) {
      problems.push({
        row: r.row,
        column: 'active',
        message: {
          zh: `上级分类“${blocker}”为停用状态，“${code}”不能启用。`,
          en: `The ancestor "${blocker}" is inactive, so "${code}" cannot be active.`,
        },
      });
    } else if (r && !r.existing) {
      // A new category under an inactive one starts inactive, as the tree would have it.
      r.fields = { ...r.fields, active: false };
      ownActive.set(code, false);
    } else cascadeDeactivate.push(code);
  }
  problems.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
  return { problems, rows, cascadeDeactivate, finalParent };
}

function cellsSaidActive(sheet: readonly { row: number; cells: SheetRow }[], row: number): boolean {
  const word = sheet.find((s) => s.row === row)?.cells.active?.toLowerCase();
  return word !== undefined && YES.has(word);
}

/** Rows ordered so that every parent in the file comes before its children. */
export function parentsFirst(plan: ImportPlan): PlannedRow[] {
  const depth = (code: string): number => {
    let d = 0;
    const seen = new Set<string>();
    for (let p = plan.finalParent.get(code) ?? null; p && !seen.has(p); p = plan.finalParent.get(p) ?? null) {
      seen.add(p);
      d++;
    }
    return d;
  };
  return [...plan.rows].sort((a, b) => depth(a.code) - depth(b.code) || a.row - b.row);
}
