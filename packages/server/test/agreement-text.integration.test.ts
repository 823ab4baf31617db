/**
 * The flow's agreement text end to end: the customer's link shows the clauses rendered with the case's
 * values before signing, and the signed PDF prints the same clauses. Validation reports a broken text
 * with a path into the definition.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementTemplate } from '@parley/engine';
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

const AGREEMENT: AgreementTemplate = {
  bankName: { zh: '鼋鼍银行', en: 'Turtle Bank' },
  clauses: [
    {
      key: 'parties',
      title: { zh: '双方', en: 'Parties' },
      body: {
        zh: '甲方{{bank.name}}与乙方{{customer.name}}（案件 {{case.reference}}）约定饕餮条款。',
        en: '{{bank.name}} and {{customer.name}} (case {{case.reference}}) agree.',
      },
    },
    {
      key: 'plan',
      title: { zh: '还款', en: 'Repayment' },
      body: {
        zh: '分 {{plan.termMonths}} 期，本金 {{plan.principalFen}}：\n{{schedule}}',
        en: '{{plan.termMonths}} instalments, principal {{plan.principalFen}}:\n{{schedule}}',
      },
    },
  ],
};

const TEXT_FIELDS = `bankName { zh en }
  zh { key title text parts { text scheduleRows { period dueDate principal interest fee total } scheduleTotal { period total } } }
  en { key title text parts { text scheduleRows { period } scheduleTotal { period } } }`;
const VIEW_TEXT = `query($t: String!) { customerView(token: $t) { customerName actions agreementText { ${TEXT_FIELDS} } } }`;

interface ClauseJson {
  key: string;
  title: string;
  text: string;
  parts: {
    text: string | null;
    scheduleRows: Record<string, string>[] | null;
    scheduleTotal: Record<string, string> | null;
  }[];
}
interface TextView {
  customerName: string;
  actions: string[];
  agreementText: { bankName: { zh: string; en: string }; zh: ClauseJson[]; en: ClauseJson[] } | null;
}

describe('agreement text: shown on the customer link, printed into the signed PDF', () => {
  let h: Harness;
  let staff: OfferStaff;
  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpOffers(h, { agreement: AGREEMENT });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('renders the flow version’s clauses with the case’s values before signing, and the PDF prints them', async () => {
    const c = await caseAtPlanDrafting(h, staff);
    ok(await h.gql(PROPOSE, { id: c.id, plan: { ...PLAN, termMonths: 12 } }, { as: staff.agent }));
    const l = ok(
      await h.gql<{ issueCustomerLink: { token: string } }>(
        LINK,
        { id: c.id, hours: 24 },
        { as: staff.agent },
      ),
    ).issueCustomerLink;

    const view = ok(
      await h.gql<{ customerView: TextView }>(VIEW_TEXT, { t: l.token }, { as: null }),
    ).customerView;
    const text = view.agreementText!;
    expect(text.bankName).toEqual({ zh: '鼋鼍银行', en: 'Turtle Bank' });
    expect(text.zh.map((x) => [x.key, x.title])).toEqual([
      ['parties', '双方'],
      ['plan', '还款'],
    ]);
    // The name is masked on the link, as everywhere there.
    expect(view.customerName).toBe('张*');
    expect(text.zh[0]!.text).toBe(`甲方鼋鼍银行与乙方张*（案件 ${c.reference}）约定饕餮条款。`);
    expect(text.en[0]!.text).toBe(`Turtle Bank and 张* (case ${c.reference}) agree.`);
    // Money exact from fen: 45,000.00 of principal; the schedule as a table with 12 rows and a total.
    const plan = text.zh[1]!;
    expect(plan.parts[0]).toEqual({
      text: '分 12 期，本金 ¥45,000.00：\n',
      scheduleRows: null,
      scheduleTotal: null,
    });
    expect(plan.parts[1]!.text).toBeNull();
    expect(plan.parts[1]!.scheduleRows).toHaveLength(12);
    expect(plan.parts[1]!.scheduleRows![0]).toMatchObject({ period: '1', fee: '¥0.00' });
    expect(plan.parts[1]!.scheduleTotal!.period).toBe('合计');
    expect(text.en[1]!.parts[0]!.text).toBe('12 instalments, principal CN¥45,000.00:\n');
    expect(text.en[1]!.parts[1]!.scheduleTotal!.period).toBe('Total');

    ok(await h.gql(ACCEPT, { t: l.token, key: 'accept-1' }, { as: null }));
    const before = ok(
      await h.gql<{ customerView: TextView }>(VIEW_TEXT, { t: l.token }, { as: null }),
    ).customerView;
    expect(before.actions).toEqual(['SIGN']);
    expect(before.agreementText).toEqual(text);

    ok(
      await h.gql(
        SIGN,
        { t: l.token, s: { kind: 'TYPED', typedName: '张三', consent: true }, key: 'sign-1' },
        { as: null },
      ),
    );
    const pdfBase64 = ok(
      await h.gql<{ customerView: { agreementPdfBase64: string } }>(
        CUSTOMER_PDF,
        { t: l.token },
        { as: null },
      ),
    ).customerView.agreementPdfBase64;
    const drawn = drawnCharacters(Buffer.from(pdfBase64, 'base64'));
    // The clause text (with its rare characters) and the bank party are in the signed document.
    for (const ch of '鼋鼍饕餮双方还款') expect(drawn.has(ch)).toBe(true);

    // Signed: the PDF is the record; the link no longer renders a text to read.
    const after = ok(
      await h.gql<{ customerView: TextView }>(VIEW_TEXT, { t: l.token }, { as: null }),
    ).customerView;
    expect(after.agreementText).toBeNull();
  });

  it('reports a broken agreement text with a path into the definition', async () => {
    const VALIDATE = `query($d: JSON!) { validateFlowDefinition(definition: $d) { valid problems { code path message { zh en } severity } } }`;
    const { findTemplate } = await import('@parley/engine');
    const definition = {
      ...findTemplate('minsheng-e-negotiation'),
      agreement: {
        clauses: [
          {
            key: 'a',
            title: { zh: '甲', en: 'A' },
            body: { zh: '{{customer.nam}} {{schedule}}', en: '{{schedule}}' },
          },
        ],
      },
    };
    const report = ok(
      await h.gql<{
        validateFlowDefinition: {
          valid: boolean;
          problems: { code: string; path: string[]; message: { zh: string; en: string } }[];
        };
      }>(VALIDATE, { d: definition }, { as: staff.supervisor }),
    ).validateFlowDefinition;
    expect(report.valid).toBe(false);
    expect(report.problems.filter((p) => p.path[0] === 'agreement')).toEqual([
      expect.objectContaining({
        code: 'AGREEMENT_UNKNOWN_VARIABLE',
        path: ['agreement', 'clauses', '0', 'body', 'zh'],
        message: {
          zh: '协议条款「甲」使用了未知变量「customer.nam」',
          en: 'Agreement clause "A" uses an unknown variable "customer.nam"',
        },
      }),
    ]);
  });
});
