/**
 * The chain check's result in one sentence: "已校验 1,234 件案件、5,678 个事件，审计链完整。" or which
 * case (by reference when the viewer may see it) and event are broken.
 */
import type { AppLocale } from '../../../shared/lib/locale';
import zhCN from '../locales/zh-CN';
import en from '../locales/en';
import { fill } from './audit-words';

export interface ChainReportLike {
  ok: boolean;
  casesChecked: number;
  eventsChecked: number;
  firstBroken?: { caseId: string; seq: number; caseReference?: string | null } | null;
}

const TEXTS = { 'zh-CN': zhCN, en } as const;

/** Thousands separated the way each language writes them (1,234 in both). */
export function formatCount(n: number, locale: AppLocale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN').format(n);
}

export function chainSummary(report: ChainReportLike, locale: AppLocale): string {
  const texts = TEXTS[locale].chain;
  const counts = {
    cases: formatCount(report.casesChecked, locale),
    events: formatCount(report.eventsChecked, locale),
  };
  const broken = report.firstBroken;
  if (report.ok || !broken) return fill(texts.intact, counts);
  return fill(texts.broken, {
    case: broken.caseReference ?? texts.unknownCase,
    seq: broken.seq,
  });
}
