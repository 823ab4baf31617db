/**
 * The bank as a party of the agreement: a flow whose agreement text names no bank prints the bank this
 * installation is configured with (PARLEY_BANK_NAME_ZH / _EN), on the customer's link before signing
 * and in the signed PDF, whose text is read back from the document, with every clause of the default
 * plan agreement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PLAN_AGREEMENT } from '@parley/engine';
import { drawnCharacters } from '../src/features/agreements/pdf-characters';
import { startHarness, type Harness } from './harness';
import { ok } from './cases-helpers';
import {
  ACCEPT,
  CUSTOMER_PDF,
  LINK,
  PLAN,
  PROPOSE,
  SIGN,
  caseAtPlanDrafting,
  setUpOffers,
  type OfferStaff,
} from './offers-helpers';

const VIEW = `query($t: String!) { customerView(token: $t) { actions
  agreementText { bankName { zh en } zh { key title text } en { key title text } } } }`;

interface View {
  actions: string[];
  agreementText: {
    bankName: { zh: string; en: string };
    zh: { key: string; title: string; text: string }[];
    en: { key: string; title: string; text: string }[];
  } | null;
}

describe('agreement: the configured bank is a party on the link and in the signed PDF', () => {
  let h: Harness;
  let staff: OfferStaff;
  beforeAll(async () => {
    h = await startHarness({
      PARLEY_BANK_NAME_ZH: '鹦鹉螺银行股份有限公司',
      PARLEY_BANK_NAME_EN: 'Nautilus Bank',
    });
    staff = await setUpOffers(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('names the configured bank before signing and prints it with every clause in the PDF', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await h.gql(PROPOSE, { id: c.id, plan: PLAN }, { as: staff.agent }));
    const link = ok(
      await h.gql<{ issueCustomerLink: { token: string } }>(
        LINK,
        { id: c.id, hours: 24 },
        { as: staff.agent },
      ),
    ).issueCustomerLink;
    const view = ok(await h.gql<{ customerView: View }>(VIEW, { t: link.token }, { as: null })).customerView;
    const text = view.agreementText!;
    expect(text.bankName).toEqual({ zh: '鹦鹉螺银行股份有限公司', en: 'Nautilus Bank' });
    expect(text.zh[0]!.text).toContain('甲方：鹦鹉螺银行股份有限公司');
    expect(text.en[0]!.text).toContain('Party A: Nautilus Bank');
    expect(text.zh.map((x) => x.title)).toEqual(DEFAULT_PLAN_AGREEMENT.clauses.map((x) => x.title.zh));

    ok(await h.gql(ACCEPT, { t: link.token, key: 'accept-bank' }, { as: null }));
    ok(
      await h.gql(
        SIGN,
        { t: link.token, s: { kind: 'TYPED', typedName: '张三', consent: true }, key: 'sign-bank' },
        { as: null },
      ),
    );
    const pdf = ok(
      await h.gql<{ customerView: { agreementPdfBase64: string } }>(
        CUSTOMER_PDF,
        { t: link.token },
        { as: null },
      ),
    ).customerView.agreementPdfBase64;
    const drawn = drawnCharacters(Buffer.from(pdf, 'base64'));
    // The bank's name (rare characters no other text of the PDF has) and every clause title.
    for (const ch of '鹦鹉螺') expect(drawn.has(ch), ch).toBe(true);
    for (const clause of DEFAULT_PLAN_AGREEMENT.clauses)
      for (const ch of clause.title.zh) expect(drawn.has(ch), `${clause.title.zh}: ${ch}`).toBe(true);
  });
});
