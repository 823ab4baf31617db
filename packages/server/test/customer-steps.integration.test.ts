/**
 * The customer completes their own form step through their link (`customerView.formSteps`,
 * `uploadCustomerFile`, `submitCustomerStep`), on the real embedded database over GraphQL: the Minsheng
 * negotiation's application (a customer form with a file field) waits for the customer; they upload a
 * file and submit. Validation is the engine's, as for staff (FORM_INVALID at `data.<field>`, zh/en); a
 * file field names only files uploaded for the step; the log records the customer as the actor; a
 * double submit is replayed or refused; the link's rate limit counts these requests too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseNow, setCaseClock } from '../src/features/cases/runtime/case-runtime.service';
import { CUSTOMER_RATE_PER_TOKEN } from '../src/features/offers/customer-throttle';
import { startHarness, type Harness } from './harness';
import { code, ok } from './cases-helpers';
import { APPLICATION, LINK, setUpOffers, type OfferStaff } from './offers-helpers';

const VIEW = `caseReference actions formSteps { stepKey name { zh en } form }`;
const CUSTOMER_VIEW = `query($t: String!) { customerView(token: $t) { ${VIEW} } }`;
const SUBMIT = `mutation($t: String!, $step: String!, $data: JSON!, $key: String) {
  submitCustomerStep(token: $t, stepKey: $step, data: $data, idempotencyKey: $key) { ${VIEW} } }`;
const UPLOAD = `mutation($t: String!, $step: String!, $name: String!, $type: String!, $content: String!, $key: String) {
  uploadCustomerFile(token: $t, stepKey: $step, fileName: $name, contentType: $type, contentBase64: $content, idempotencyKey: $key) {
    id name sizeBytes mime } }`;
const EVENTS = `query($id: ID!) { case(id: $id) { activeSteps attachments { id fileName stepKey uploadedBy }
  events(first: 200) { edges { node { type actorKey data } } } } }`;

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
).toString('base64');

interface ViewJson {
  caseReference: string;
  actions: string[];
  formSteps: { stepKey: string; name: { zh: string; en: string }; form: { elements: { name: string }[] } }[];
}
interface FileJson {
  id: string;
  name: string;
  sizeBytes: number;
  mime: string;
}
interface CaseJson {
  activeSteps: string[];
  attachments: { id: string; fileName: string; stepKey: string | null; uploadedBy: string | null }[];
  events: { edges: { node: { type: string; actorKey: string | null; data: Record<string, unknown> } }[] };
}

describe('the customer completes their own form step through their link', () => {
  let h: Harness;
  let staff: OfferStaff;

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpOffers(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A Minsheng case opened by the agent (its application waits for the customer) and a link to it. */
  async function caseWithLink(): Promise<{ id: string; token: string; linkId: string }> {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string; activeSteps: string[] } } }>(
        `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id activeSteps } } }`,
        {
          input: {
            templateKey: 'minsheng-e-negotiation',
            channel: 'APP',
            customer: { name: '张三', idNumber: '11010519491231002X', phone: '13800138000' },
            departmentCode: 'CUSTOMER_SERVICE',
          },
        },
        { as: staff.agent },
      ),
    ).openCase.case;
    expect(opened.activeSteps).toEqual(['apply']);
    const link = ok(
      await h.gql<{ issueCustomerLink: { token: string; linkId: string } }>(
        LINK,
        { id: opened.id },
        { as: staff.agent },
      ),
    ).issueCustomerLink;
    return { id: opened.id, ...link };
  }

  const upload = (t: string, step = 'apply', name = '病历.pdf', key?: string) =>
    h.gql<{ uploadCustomerFile: FileJson }>(
      UPLOAD,
      { t, step, name, type: 'application/pdf', content: PDF, key },
      { as: null },
    );

  it('shows the waiting form with its definition, takes a file and the answers; the log names the customer', async () => {
    const c = await caseWithLink();
    const view = ok(
      await h.gql<{ customerView: ViewJson }>(CUSTOMER_VIEW, { t: c.token }, { as: null }),
    ).customerView;
    expect(view.actions).toEqual(['FILL_FORM']);
    expect(view.formSteps).toHaveLength(1);
    expect(view.formSteps[0]?.stepKey).toBe('apply');
    expect(view.formSteps[0]?.name).toEqual({ zh: '客户申请', en: 'Application' });
    expect(view.formSteps[0]?.form.elements.map((e) => e.name)).toContain('attachments');

    const file = ok(await upload(c.token)).uploadCustomerFile;
    expect(file).toMatchObject({
      name: '病历.pdf',
      mime: 'application/pdf',
      sizeBytes: Buffer.from(PDF, 'base64').length,
    });

    const after = ok(
      await h.gql<{ submitCustomerStep: ViewJson }>(
        SUBMIT,
        { t: c.token, step: 'apply', data: { ...APPLICATION, attachments: [file] }, key: 'apply-1' },
        { as: null },
      ),
    ).submitCustomerStep;
    // Nothing more for the customer: the review is the bank's.
    expect(after.formSteps).toEqual([]);
    expect(after.actions).toEqual([]);

    const read = ok(await h.gql<{ case: CaseJson }>(EVENTS, { id: c.id })).case;
    expect(read.activeSteps).toEqual(['review']);
    const customer = `customer:${c.linkId}`;
    const submitted = read.events.edges.find(
      (e) => e.node.type === 'stepCompleted' && e.node.data['stepKey'] === 'apply',
    );
    expect(submitted?.node.actorKey).toBe(customer);
    const added = read.events.edges.find((e) => e.node.type === 'attachmentAdded');
    expect(added?.node.actorKey).toBe(customer);
    expect(read.attachments).toEqual([
      expect.objectContaining({ id: file.id, fileName: '病历.pdf', stepKey: 'apply' }),
    ]);

    // A double submit with the same key is answered from the first; without one it is refused.
    const replay = ok(
      await h.gql<{ submitCustomerStep: ViewJson }>(
        SUBMIT,
        { t: c.token, step: 'apply', data: { ...APPLICATION, attachments: [file] }, key: 'apply-1' },
        { as: null },
      ),
    ).submitCustomerStep;
    expect(replay.formSteps).toEqual([]);
    const again = await h.gql(SUBMIT, { t: c.token, step: 'apply', data: APPLICATION }, { as: null });
    expect(code(again)).toBe('STEP_NOT_ACTIVE');
    expect(again.errors?.[0]?.extensions?.['fieldPath']).toEqual(['stepKey']);
    const after2 = ok(await h.gql<{ case: CaseJson }>(EVENTS, { id: c.id })).case;
    expect(
      after2.events.edges.filter(
        (e) => e.node.type === 'stepCompleted' && e.node.data['stepKey'] === 'apply',
      ),
    ).toHaveLength(1);
    // No more uploads once the step is done.
    expect(code(await upload(c.token))).toBe('STEP_NOT_ACTIVE');
  });

  it('refuses invalid answers as the engine does for staff: FORM_INVALID at data.<field>, in zh and en; nothing written', async () => {
    const c = await caseWithLink();
    const bad = await h.gql(
      SUBMIT,
      { t: c.token, step: 'apply', data: { ...APPLICATION, mobile: '123' } },
      { as: null },
    );
    expect(code(bad)).toBe('FORM_INVALID');
    const problems = bad.errors?.[0]?.extensions?.['problems'] as {
      fieldPath: string[];
      messages: { zh: string; en: string };
    }[];
    const mobile = problems.find((p) => p.fieldPath.join('.') === 'data.mobile');
    expect(mobile?.messages.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(mobile?.messages.en).toMatch(/[a-z]/i);
    const messages = bad.errors?.[0]?.extensions?.['messages'] as { zh: string; en: string };
    expect(messages.zh).not.toBe(messages.en);
    // Not an object.
    const notObject = await h.gql(SUBMIT, { t: c.token, step: 'apply', data: [1] }, { as: null });
    expect(code(notObject)).toBe('BAD_USER_INPUT');
    expect(notObject.errors?.[0]?.extensions?.['fieldPath']).toEqual(['data']);
    const read = ok(await h.gql<{ case: CaseJson }>(EVENTS, { id: c.id })).case;
    expect(read.activeSteps).toEqual(['apply']);
    expect(
      read.events.edges.some((e) => e.node.type === 'stepCompleted' && e.node.data['stepKey'] === 'apply'),
    ).toBe(false);
  });

  it("takes no step that is not the customer's, no file it did not store, and no bad link", async () => {
    const c = await caseWithLink();
    // A staff step (review) is not the customer's to submit.
    const staffStep = await h.gql(SUBMIT, { t: c.token, step: 'review', data: {} }, { as: null });
    expect(code(staffStep)).toBe('STEP_NOT_ACTIVE');
    expect(code(await upload(c.token, 'review'))).toBe('STEP_NOT_ACTIVE');
    // A reference made up by the client, or one whose size was changed, is refused at the file.
    const file = ok(await upload(c.token)).uploadCustomerFile;
    for (const forged of [
      { ...file, id: 'f-made-up' },
      { ...file, sizeBytes: 1 },
    ]) {
      const res = await h.gql(
        SUBMIT,
        { t: c.token, step: 'apply', data: { ...APPLICATION, attachments: [file, forged] } },
        { as: null },
      );
      expect(code(res)).toBe('FORM_INVALID');
      expect(res.errors?.[0]?.extensions?.['fieldPath']).toEqual(['data', 'attachments', 1]);
    }
    // A file the type check refuses is refused before anything is stored.
    const notPdf = await h.gql(
      UPLOAD,
      {
        t: c.token,
        step: 'apply',
        name: 'x.pdf',
        type: 'application/pdf',
        content: Buffer.from('hello').toString('base64'),
      },
      { as: null },
    );
    expect(code(notPdf)).toBe('ATTACHMENT_REJECTED');
    const read = ok(await h.gql<{ case: CaseJson }>(EVENTS, { id: c.id })).case;
    expect(read.attachments).toHaveLength(1);
    expect(
      code(await h.gql(SUBMIT, { t: 'not-a-token', step: 'apply', data: APPLICATION }, { as: null })),
    ).toBe('LINK_INVALID');
  });

  it(`counts against the link's rate limit (${CUSTOMER_RATE_PER_TOKEN} requests in the window)`, async () => {
    const c = await caseWithLink();
    // A clock of its own, a day ahead: only this test's requests are in its windows.
    const ahead = new Date(caseNow(h.db.models).getTime() + 48 * 3600_000);
    setCaseClock(h.db.models, () => ahead);
    try {
      for (let i = 0; i < CUSTOMER_RATE_PER_TOKEN; i++)
        ok(await h.gql(CUSTOMER_VIEW, { t: c.token }, { as: null }));
      expect(code(await h.gql(SUBMIT, { t: c.token, step: 'apply', data: APPLICATION }, { as: null }))).toBe(
        'RATE_LIMITED',
      );
      expect(code(await upload(c.token))).toBe('RATE_LIMITED');
    } finally {
      setCaseClock(h.db.models, null);
    }
  });
});
