/** The two languages Parley speaks: every user-facing message carries both. */
export type Lang = 'zh' | 'en';

/** A message or label in zh-CN and English. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export function text(zh: string, en: string): LocalizedText {
  return { zh, en };
}

/** A placeholder value: the same in both languages, or one per language (e.g. a field title). */
export type FillValue = string | number | LocalizedText;

/** Replaces `{name}` placeholders in both languages; localized values are picked per language. */
export function fill(template: LocalizedText, values: Readonly<Record<string, FillValue>>): LocalizedText {
  const replace = (s: string, lang: Lang): string =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const v = values[key];
      if (v === undefined) return whole;
      return typeof v === 'object' ? v[lang] : String(v);
    });
  return { zh: replace(template.zh, 'zh'), en: replace(template.en, 'en') };
}
