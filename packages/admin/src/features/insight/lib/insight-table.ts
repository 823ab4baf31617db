/**
 * One dataset per chart: a table (columns with a format, rows of cells) and how the chart draws it
 * (which column is the axis, which columns are series). The chart, the table on screen and the CSV/XLSX
 * exports all come from the same rows, so they cannot disagree. Pure.
 */
import { formatYuan } from '../../../shared/lib/money';

/**
 * How a cell reads: `count` an integer; `percent` a share 0–1; `hours` milliseconds shown in hours;
 * `yuan` integer fen (a digit string); `score` NPS or CES; `rate` complaints per 10,000.
 */
export type CellFormat = 'text' | 'count' | 'percent' | 'hours' | 'yuan' | 'score' | 'rate';
export type Cell = string | number | null;

export interface Column {
  key: string;
  label: string;
  format: CellFormat;
}

export interface ChartSpec {
  type: 'line' | 'bar' | 'hbar';
  stacked?: boolean;
  /** Indexes of the columns drawn as series; column 0 is the axis. */
  series: number[];
}

export interface InsightDataset {
  /** Stable id: test ids and file names. */
  key: string;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** Null for a table without a chart (the complaint report). */
  chart: ChartSpec | null;
  /** The last row is a totals row (drawn in bold, not charted). */
  totalsRow?: boolean;
}

export interface Kpi {
  key: string;
  label: string;
  value: Cell;
  format: CellFormat;
  hint?: string;
}

const DECIMALS: Partial<Record<CellFormat, number>> = { hours: 1, score: 1, rate: 2 };

/** The number a cell stands for in a spreadsheet (hours rounded as shown, yuan from fen); null when empty. */
export function exportNumber(cell: Cell, format: CellFormat): number | null {
  if (cell === null || cell === '') return null;
  switch (format) {
    case 'text':
      return null;
    case 'count':
      return Number(cell);
    case 'percent':
      return Math.round(Number(cell) * 1000) / 1000;
    case 'hours':
      return round(Number(cell) / 3_600_000, 1);
    case 'yuan':
      // Integer fen → yuan: a division by 100 of an exact integer gives the nearest double of the decimal.
      return Number(String(cell)) / 100;
    default:
      return round(Number(cell), DECIMALS[format] ?? 0);
  }
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The text of a cell, as the table shows it and the CSV writes it. */
export function formatCell(cell: Cell, format: CellFormat): string {
  if (cell === null) return '—';
  if (format === 'text') return String(cell);
  if (format === 'yuan') return formatYuan(String(cell));
  const n = exportNumber(cell, format);
  if (n === null) return '—';
  if (format === 'percent') return `${(n * 100).toFixed(1)}%`;
  if (format === 'count') return String(n);
  return n.toFixed(DECIMALS[format] ?? 0);
}

/** The value a chart plots for a cell (percent as 0–100, hours, yuan). */
export function chartValue(cell: Cell, format: CellFormat): number | null {
  const n = exportNumber(cell, format);
  if (n === null) return null;
  return format === 'percent' ? round(n * 100, 1) : n;
}

export interface ChartSeriesData {
  categories: string[];
  series: { name: string; format: CellFormat; data: (number | null)[] }[];
}

/** The chart's axis labels and series, from the dataset's rows (a totals row left out). */
export function chartSeries(dataset: InsightDataset): ChartSeriesData {
  const rows = dataset.totalsRow ? dataset.rows.slice(0, -1) : dataset.rows;
  const spec = dataset.chart;
  return {
    categories: rows.map((row) => formatCell(row[0] ?? null, dataset.columns[0]?.format ?? 'text')),
    series: (spec?.series ?? []).map((index) => {
      const column = dataset.columns[index]!;
      return {
        name: column.label,
        format: column.format,
        data: rows.map((row) => chartValue(row[index] ?? null, column.format)),
      };
    }),
  };
}

/** a ÷ b, null when b is 0. */
export function share(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
