/**
 * Attachments over GraphQL on the real test database: upload, list, audited read-back, the refusals
 * (size, type, magic bytes, file name, base64), visibility, idempotent retries, and that a refusal
 * stores nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { OPEN, code, ok, openInput, setUpCases, type CaseResult, type Staff } from './cases-helpers';
import { MAX_ATTACHMENT_BYTES } from '../src/features/files/attachment-check';
import { FILE_BUCKET } from '../src/features/files/file-store';
import { createHash } from 'node:crypto';

const FIELDS = 'id fileName contentType size sha256 stepKey uploadedBy uploadedAt';
const ADD = `mutation($id: ID!, $name: String!, $type: String!, $content: String!, $step: String, $key: String) {
  addAttachment(caseId: $id, fileName: $name, contentType: $type, contentBase64: $content, stepKey: $step, idempotencyKey: $key) { ${FIELDS} } }`;
const LIST = `query($id: ID!) { case(id: $id) { attachments { ${FIELDS} } } }`;
const READ = `query($id: ID!) { case(id: $id) { attachments { id contentBase64 } } }`;
const EVENTS = `query($id: ID!) { case(id: $id) { events(first: 200) { edges { node { seq type actorKey data } } } } }`;

interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  stepKey: string | null;
  uploadedBy: string | null;
  uploadedAt: string;
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('attachments', () => {
  let h: Harness;
  let staff: Staff;
  let caseId: string;
  let stepKey: string;

  beforeAll(async () => {
    h = await startHarness();
    staff = await setUpCases(h);
    const opened = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent }),
    ).openCase;
    caseId = opened.case.id;
    stepKey = opened.case.activeSteps[0]!;
  });
  afterAll(async () => {
    await h?.close();
  });

  const files = () => h.db.conn.db!.collection(`${FILE_BUCKET}.files`).countDocuments();
  const add = (vars: Record<string, unknown>, as?: string | null) =>
    h.gql<{ addAttachment: Attachment }>(
      ADD,
      {
        id: caseId,
        name: 'a.txt',
        type: 'text/plain',
        content: Buffer.from('hello').toString('base64'),
        ...vars,
      },
      { as: as === undefined ? staff.agent : as },
    );

  async function refused(vars: Record<string, unknown>, field: string, as?: string) {
    const before = await files();
    const res = await add(vars, as);
    expect(code(res), JSON.stringify(res.errors)).toBe('ATTACHMENT_REJECTED');
    expect(res.errors![0]!.extensions!.fieldPath).toEqual([field]);
    expect(res.errors![0]!.extensions!.messages!.zh).toBeTruthy();
    expect(res.errors![0]!.extensions!.messages!.en).toBeTruthy();
    expect(await files()).toBe(before);
  }

  it('uploads a PDF and a PNG, lists them, and reads the bytes back exactly', async () => {
    const pdf = ok(
      await add({
        name: '还款证明.pdf',
        type: 'application/pdf',
        content: PDF.toString('base64'),
        step: stepKey,
      }),
    ).addAttachment;
    expect(pdf).toMatchObject({
      fileName: '还款证明.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: sha256(PDF),
      stepKey,
      uploadedBy: 'agent.cs',
    });
    const png = ok(
      await add({ name: 'photo.PNG', type: 'image/png; charset=binary', content: PNG.toString('base64') }),
    ).addAttachment;
    expect(png).toMatchObject({
      contentType: 'image/png',
      size: PNG.length,
      sha256: sha256(PNG),
      stepKey: null,
    });

    const listed = ok(
      await h.gql<{ case: { attachments: Attachment[] } }>(LIST, { id: caseId }, { as: staff.agent }),
    ).case.attachments;
    expect(listed.slice(0, 2)).toEqual([pdf, png]);

    const read = ok(
      await h.gql<{ case: { attachments: { id: string; contentBase64: string }[] } }>(
        READ,
        { id: caseId },
        { as: staff.agent },
      ),
    ).case.attachments;
    expect(Buffer.from(read.find((a) => a.id === pdf.id)!.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect(Buffer.from(read.find((a) => a.id === png.id)!.contentBase64, 'base64').equals(PNG)).toBe(true);

    // The log records each upload (file name masked) and each read of the content.
    const events = ok(
      await h.gql<{
        case: { events: { edges: { node: { type: string; data: Record<string, unknown> } }[] } };
      }>(EVENTS, { id: caseId }, { as: staff.agent }),
    ).case.events.edges.map((e) => e.node);
    const added = events.filter((e) => e.type === 'attachmentAdded');
    expect(added.map((e) => e.data['attachmentId'])).toEqual(expect.arrayContaining([pdf.id, png.id]));
    const addedPdf = added.find((e) => e.data['attachmentId'] === pdf.id)!;
    expect(addedPdf.data).toMatchObject({
      sha256: sha256(PDF),
      size: PDF.length,
      contentType: 'application/pdf',
    });
    expect(JSON.stringify(addedPdf.data)).not.toContain('还款证明');
    const reads = events.filter((e) => e.type === 'attachmentRead').map((e) => e.data['attachmentId']);
    expect(reads).toEqual(expect.arrayContaining([pdf.id, png.id]));
  });

  it('accepts exactly 5 MiB and refuses one byte more', async () => {
    const atLimit = Buffer.alloc(MAX_ATTACHMENT_BYTES, 'a');
    const big = ok(await add({ name: 'big.txt', content: atLimit.toString('base64') })).addAttachment;
    expect(big.size).toBe(MAX_ATTACHMENT_BYTES);
    await refused(
      { content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 'a').toString('base64') },
      'contentBase64',
    );
  });

  it('refuses types outside the list, and content that is not what it claims', async () => {
    await refused({ name: 'setup.exe', type: 'application/x-msdownload' }, 'contentType');
    await refused({ type: 'text/html', content: Buffer.from('<p>hi</p>').toString('base64') }, 'contentType');
    // PNG bytes declared as PDF, as text, and a PDF declared as a JPEG.
    await refused({ type: 'application/pdf', content: PNG.toString('base64') }, 'contentBase64');
    await refused({ type: 'text/plain', content: PNG.toString('base64') }, 'contentBase64');
    await refused({ type: 'image/jpeg', content: PDF.toString('base64') }, 'contentBase64');
    // Text that is not UTF-8 text.
    await refused(
      { type: 'text/csv', content: Buffer.from([0xff, 0xfe, 0x00, 0x41]).toString('base64') },
      'contentBase64',
    );
  });

  it('decodes base64 strictly', async () => {
    await refused({ content: 'aGVsbG8' }, 'contentBase64'); // unpadded
    await refused({ content: 'aGVs bG8=' }, 'contentBase64'); // whitespace
    await refused({ content: 'aGVsbG8*' }, 'contentBase64'); // not the alphabet
    await refused({ content: '' }, 'contentBase64'); // empty
  });

  it('cleans file names and refuses ones with nothing left', async () => {
    const cleaned = ok(await add({ name: '../../etc/pass\u0000wd\u202e.txt' })).addAttachment;
    expect(cleaned.fileName).toBe('passwd.txt');
    await refused({ name: '../\u0000' }, 'fileName');
    await refused({ name: 'x'.repeat(201) }, 'fileName');
  });

  it('refuses an unknown step', async () => {
    await refused({ step: 'no-such-step' }, 'stepKey');
  });

  it('answers NOT_FOUND for a case the caller cannot see, and stores nothing', async () => {
    const before = await files();
    const otherDept = await add({}, staff.otherDept);
    expect(code(otherDept)).toBe('NOT_FOUND');
    expect(otherDept.errors![0]!.extensions!.fieldPath).toEqual(['caseId']);
    const unknown = await add({ id: 'Q2FzZTowMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDA=' });
    expect(code(unknown)).toBe('NOT_FOUND');
    expect(await files()).toBe(before);
    // Nor can the other department list or read them.
    const list = await h.gql(LIST, { id: caseId }, { as: staff.otherDept });
    expect(list.data?.case ?? null).toBeNull();
  });

  it('refuses anonymous callers', async () => {
    expect(code(await add({}, null))).toBe('UNAUTHENTICATED');
  });

  it('answers a retry with the same idempotency key from the first upload, storing one file', async () => {
    const before = await files();
    const vars = {
      name: 'retry.pdf',
      type: 'application/pdf',
      content: PDF.toString('base64'),
      key: 'att-retry-1',
    };
    const first = ok(await add(vars)).addAttachment;
    const second = ok(await add(vars)).addAttachment;
    expect(second).toEqual(first);
    expect(await files()).toBe(before + 1);
    const listed = ok(
      await h.gql<{ case: { attachments: Attachment[] } }>(LIST, { id: caseId }, { as: staff.agent }),
    ).case.attachments;
    expect(listed.filter((a) => a.id === first.id)).toHaveLength(1);
    // The same key with other content is refused, and stores nothing.
    const reused = await add({ ...vars, type: 'image/png', content: PNG.toString('base64') });
    expect(code(reused)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await files()).toBe(before + 1);
  });

  it('keeps exactly the files of the uploads that won when several race on one case', async () => {
    const before = await files();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        add({ name: `race-${i}.txt`, content: Buffer.from(`race ${i}`).toString('base64') }),
      ),
    );
    const won = results.filter((r) => !r.errors).map((r) => r.data!.addAttachment);
    const lost = results.filter((r) => r.errors);
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const r of lost) expect(code(r)).toBe('CONFLICT');
    expect(await files()).toBe(before + won.length);
    const listed = ok(
      await h.gql<{ case: { attachments: Attachment[] } }>(LIST, { id: caseId }, { as: staff.agent }),
    ).case.attachments.map((a) => a.id);
    for (const a of won) expect(listed).toContain(a.id);
  });

  it('refuses uploads to a closed case', async () => {
    const opened = ok(
      await h.gql<{ openCase: CaseResult }>(OPEN, { input: openInput() }, { as: staff.agent }),
    ).openCase;
    ok(
      await h.gql(`mutation($id: ID!) { cancelCase(caseId: $id, reason: "客户撤诉") { case { status } } }`, {
        id: opened.case.id,
      }),
    );
    const before = await files();
    expect(code(await add({ id: opened.case.id }))).toBe('CASE_CLOSED');
    expect(await files()).toBe(before);
  });
});
