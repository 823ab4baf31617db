/**
 * The filtered log as CSV, for a spreadsheet: one row per entry, times in Shanghai, what was done in
 * words, and the details as recorded (JSON). A byte-order mark lets Excel read the Chinese text.
 */
import { formatInstant } from '../../../shared/lib/datetime';
import type { AppLocale } from '../../../shared/lib/locale';
import { describeActor, describeEntry, entityTypeName, type EntryFacts } from './audit-words';

export interface CsvEntry extends EntryFacts {
  at: string;
}

const HEADERS: Record<AppLocale, string[]> = {
  'zh-CN': ['时间（北京时间）', '操作人', '操作人账号', '内容', '对象类型', '对象', '动作', '详情'],
  en: ['Time (Beijing)', 'Who', 'Actor account', 'What', 'Entity type', 'Entity', 'Action', 'Details'],
};

/** One CSV field: quoted when it holds a comma, quote or line break; a leading formula sign neutralised. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: readonly CsvEntry[], locale: AppLocale): string {
  const lines = [HEADERS[locale].map(csvField).join(',')];
  for (const e of entries) {
    lines.push(
      [
        formatInstant(e.at, true),
        describeActor(e, locale),
        e.actor,
        describeEntry(e, locale),
        entityTypeName(e.entityType, locale),
        e.entityKey,
        e.action,
        e.details === null || e.details === undefined ? '' : JSON.stringify(e.details),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
