/**
 * The bank as a party of every agreement: the flow's own `bankName` when its agreement text names one,
 * else the bank configured for this installation (PARLEY_BANK_NAME_ZH / PARLEY_BANK_NAME_EN), else the
 * engine's neutral default (贷款机构 / the lender). The customer's link and the signed PDF take the
 * template from here, so both name the same bank.
 */
import type { AgreementTemplate, LocalizedText } from '@parley/engine';

let configured: LocalizedText | null = null;

/** Set from the server configuration at start; a name given in one language stands for both. */
export function configureBankName(names: { zh?: string | undefined; en?: string | undefined }): void {
  const zh = names.zh?.trim() || names.en?.trim();
  const en = names.en?.trim() || names.zh?.trim();
  configured = zh && en ? { zh, en } : null;
}

/** The configured bank's name, or null when none is configured. */
export function configuredBankName(): LocalizedText | null {
  return configured;
}

/** The template with its bank party: the flow's, else the configured bank (unchanged when neither). */
export function withBankParty(template: AgreementTemplate): AgreementTemplate {
  if (template.bankName || !configured) return template;
  return { ...template, bankName: configured };
}
