/** A shaping context for the unit tests: real locale texts and names from a small hand-made catalogue. */
import zhTexts from '../locales/zh-CN';
import enTexts from '../locales/en';
import { insightNames, type NameSources } from './insight-names';
import { fill, type ShapeContext } from './shape-context';
import type { AppLocale } from '../../../shared/lib/locale';

export const SOURCES: NameSources = {
  flows: [
    {
      key: 'complaint-handling',
      name: { zh: '投诉处理', en: 'Complaint handling' },
      versions: [
        { version: 1, steps: [{ key: 'triage', name: { zh: '分派', en: 'Triage' } }] },
        { version: 2, steps: [{ key: 'triage', name: { zh: '受理分派', en: 'Intake triage' } }] },
      ],
    },
  ],
  departments: [{ code: 'CUSTOMER_SERVICE', name: { zh: '客户服务部', en: 'Customer service' } }],
  agents: [{ id: 'VXNlcjox', displayName: '王小明' }],
  categories: [{ id: 'Q2F0OjE=', name: { zh: '信用卡年费', en: 'Card annual fee' } }],
  rootCauses: [
    { code: 'pricing-fees', label: { zh: '收费与定价', en: 'Pricing and fees' } },
    { code: 'service-attitude', label: { zh: '服务态度与质量', en: 'Service attitude and quality' } },
  ],
};

export function testContext(locale: AppLocale, days: string[] = []): ShapeContext {
  const text = locale === 'en' ? enTexts : zhTexts;
  const names = insightNames(SOURCES, locale, {
    channel: (code) => (text.channels as Record<string, string>)[code],
    outcome: (code) => (text.outcomes as Record<string, string>)[code],
    none: text.words.none,
    unknown: text.words.unknown,
    uncategorised: text.words.uncategorised,
    version: (n) => fill(text.words.version, { n }),
  });
  return { names, text, days };
}
