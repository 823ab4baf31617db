/** What every shaper needs: names for ids, the page's texts in the current language, the period's days. */
import type zhCN from '../locales/zh-CN';
import type { InsightNames } from './insight-names';
import type { Column, CellFormat } from './insight-table';

export type InsightTexts = typeof zhCN;

export interface ShapeContext {
  names: InsightNames;
  text: InsightTexts;
  /** Every day of the period, in order. */
  days: string[];
}

type ColumnKey = keyof InsightTexts['columns'];

/** A column labelled from the locale's `columns`. */
export function col(ctx: ShapeContext, key: ColumnKey, format: CellFormat): Column {
  return { key, label: ctx.text.columns[key], format };
}

/** `{n}`-style placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
