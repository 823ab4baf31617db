import type { Lang, LocalizedText } from '../shared/localized-text';
import { fill } from '../shared/localized-text';
import type { Problem } from '../shared/problem.types';
import type { AgreementTemplate } from './agreement.types';
import { agreementVariable, tokenizeAgreementText } from './agreement-variables';

/** Stable codes of agreement-text problems (the designer highlights the clause and the language). */
export const AGREEMENT_MESSAGES = {
  AGREEMENT_UNKNOWN_VARIABLE: {
    zh: '协议条款「{clause}」使用了未知变量「{name}」',
    en: 'Agreement clause "{clause}" uses an unknown variable "{name}"',
  },
  AGREEMENT_UNCLOSED_VARIABLE: {
    zh: '协议条款「{clause}」中的「{{」没有对应的「}}」',
    en: 'Agreement clause "{clause}" has a "{{" without a closing "}}"',
  },
  AGREEMENT_DUPLICATE_CLAUSE: {
    zh: '协议条款键「{key}」重复',
    en: 'Duplicate agreement clause key "{key}"',
  },
  AGREEMENT_EMPTY_KEY: { zh: '第 {n} 条协议条款没有键', en: 'Agreement clause {n} has no key' },
  AGREEMENT_EMPTY_TITLE: {
    zh: '第 {n} 条协议条款缺少{lang}标题',
    en: 'Agreement clause {n} has no {lang} title',
  },
  AGREEMENT_EMPTY_BODY: {
    zh: '协议条款「{clause}」缺少{lang}正文',
    en: 'Agreement clause "{clause}" has no {lang} text',
  },
  AGREEMENT_NO_CLAUSES: { zh: '协议没有任何条款', en: 'The agreement has no clauses' },
  AGREEMENT_EMPTY_BANK_NAME: {
    zh: '协议的机构名称缺少{lang}写法，将使用另一种语言的写法',
    en: 'The agreement has no {lang} bank name: the other language’s is printed',
  },
  AGREEMENT_PLAN_WITHOUT_OFFER: {
    zh: '协议条款「{clause}」使用了方案变量「{name}」，但流程未设置方案政策：签署时将显示为「—」',
    en: 'Agreement clause "{clause}" uses the plan variable "{name}" but the flow has no offer policy: it will print "—"',
  },
  AGREEMENT_NO_SCHEDULE: {
    zh: '流程设置了方案政策，但协议没有任何条款包含还款计划表 {{schedule}}',
    en: 'The flow has an offer policy but no agreement clause contains the repayment schedule {{schedule}}',
  },
} as const satisfies Record<string, LocalizedText>;

export type AgreementProblemCode = keyof typeof AGREEMENT_MESSAGES;

const LANG_NAME: Readonly<Record<Lang, LocalizedText>> = {
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
};

const LANGS: readonly Lang[] = ['zh', 'en'];

export interface CheckAgreementOptions {
  /** The flow has an offer policy (its cases have plans): plan variables have values. */
  readonly hasOfferPolicy: boolean;
}

/**
 * Every problem of an agreement template, with paths from the definition's root
 * (`agreement.clauses[2].body.zh`): unknown variables, unclosed `{{`, duplicate or empty keys, empty
 * titles and bodies (errors); a bank name in one language only, plan variables in a flow without offers, a plan flow without the
 * schedule, no clauses at all (warnings). Used by `validateDefinition` and by the designer's editor.
 */
export function checkAgreement(template: AgreementTemplate, options: CheckAgreementOptions): Problem[] {
  const problems: Problem[] = [];
  const report = (
    code: AgreementProblemCode,
    path: string,
    values: Record<string, string | number | LocalizedText> = {},
    severity: 'error' | 'warning' = 'error',
  ) => problems.push({ code, path, message: fill(AGREEMENT_MESSAGES[code], values), severity });

  if (template.bankName)
    for (const lang of LANGS)
      if (!template.bankName[lang]?.trim())
        report(
          'AGREEMENT_EMPTY_BANK_NAME',
          `agreement.bankName.${lang}`,
          { lang: LANG_NAME[lang] },
          'warning',
        );
  const clauses = Array.isArray(template.clauses) ? template.clauses : [];
  if (clauses.length === 0) report('AGREEMENT_NO_CLAUSES', 'agreement.clauses', {}, 'warning');

  const seen = new Set<string>();
  let usesSchedule = false;
  clauses.forEach((clause, i) => {
    const path = `agreement.clauses[${i}]`;
    const n = i + 1;
    // Definitions arrive as JSON: tolerate missing pieces (and report them) instead of throwing.
    const key = typeof clause?.key === 'string' ? clause.key.trim() : '';
    const title = (lang: Lang): string =>
      typeof clause?.title?.[lang] === 'string' ? clause.title[lang] : '';
    const bodyOf = (lang: Lang): string =>
      typeof clause?.body?.[lang] === 'string' ? clause.body[lang] : '';
    if (!key) report('AGREEMENT_EMPTY_KEY', `${path}.key`, { n });
    else if (seen.has(key)) report('AGREEMENT_DUPLICATE_CLAUSE', `${path}.key`, { key });
    seen.add(key);
    const clauseName: LocalizedText = {
      zh: title('zh').trim() || String(n),
      en: title('en').trim() || String(n),
    };
    for (const lang of LANGS) {
      if (!title(lang).trim())
        report('AGREEMENT_EMPTY_TITLE', `${path}.title.${lang}`, { n, lang: LANG_NAME[lang] });
      const body = bodyOf(lang);
      if (!body.trim())
        report('AGREEMENT_EMPTY_BODY', `${path}.body.${lang}`, { clause: clauseName, lang: LANG_NAME[lang] });
      const { tokens, problems: found } = tokenizeAgreementText(body);
      for (const p of found) {
        if (p.kind === 'unclosed')
          report('AGREEMENT_UNCLOSED_VARIABLE', `${path}.body.${lang}`, { clause: clauseName });
        else
          report('AGREEMENT_UNKNOWN_VARIABLE', `${path}.body.${lang}`, {
            clause: clauseName,
            name: p.name ?? '',
          });
      }
      const named = new Set(tokens.flatMap((t) => (t.kind === 'variable' ? [t.name] : [])));
      if (named.has('schedule')) usesSchedule = true;
      if (!options.hasOfferPolicy)
        for (const name of named)
          if (agreementVariable(name)?.needsPlan)
            report(
              'AGREEMENT_PLAN_WITHOUT_OFFER',
              `${path}.body.${lang}`,
              { clause: clauseName, name },
              'warning',
            );
    }
  });
  if (options.hasOfferPolicy && clauses.length > 0 && !usesSchedule)
    report('AGREEMENT_NO_SCHEDULE', 'agreement.clauses', {}, 'warning');
  return problems;
}
