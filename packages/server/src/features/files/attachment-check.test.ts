import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error';
import {
  checkContent,
  decodeContent,
  MAX_ATTACHMENT_BYTES,
  normaliseContentType,
  sanitizeFileName,
} from './attachment-check';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A zip of stored (uncompressed) entries: enough for the Office signatures `file-type` looks for. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `[Content_Types].xml` as Word and Excel write it, naming the main part's type. */
const contentTypes = (part: string, type: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="${part}" ContentType="${type}"/></Types>`;
const docx = zip({
  '[Content_Types].xml': contentTypes('/word/document.xml', `${DOCX}.main+xml`),
  'word/document.xml': '<w:document/>',
});
const xlsx = zip({
  '[Content_Types].xml': contentTypes('/xl/workbook.xml', `${XLSX}.main+xml`),
  'xl/workbook.xml': '<workbook/>',
});

async function rejection(work: () => unknown): Promise<AppError> {
  try {
    await work();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a refusal');
}

describe('attachment checks', () => {
  it('recognises DOCX and XLSX by their content, and refuses one declared as the other', async () => {
    await expect(checkContent(docx, DOCX)).resolves.toBeUndefined();
    await expect(checkContent(xlsx, XLSX)).resolves.toBeUndefined();
    const err = await rejection(() => checkContent(docx, XLSX));
    expect(err.code).toBe('ATTACHMENT_REJECTED');
    expect(err.fieldPath).toEqual(['contentBase64']);
    expect(err.details).toEqual({ declared: XLSX, detected: DOCX });
    // A plain zip is neither.
    expect((await rejection(() => checkContent(zip({ 'a.txt': 'x' }), DOCX))).code).toBe(
      'ATTACHMENT_REJECTED',
    );
  });

  it('accepts UTF-8 text and CSV, refuses binary declared as text', async () => {
    await expect(
      checkContent(Buffer.from('姓名,金额\n张三,100.00\r\n\t'), 'text/csv'),
    ).resolves.toBeUndefined();
    expect((await rejection(() => checkContent(Buffer.from([0x41, 0x00, 0x42]), 'text/plain'))).code).toBe(
      'ATTACHMENT_REJECTED',
    );
    expect(
      (await rejection(() => checkContent(Buffer.from('%PDF-1.7\n%%EOF\n'), 'text/plain'))).details,
    ).toMatchObject({ detected: 'application/pdf' });
  });

  it('normalises and limits content types', async () => {
    expect(normaliseContentType('Image/JPG; foo=bar')).toBe('image/jpeg');
    expect(normaliseContentType('text/csv; charset=utf-8')).toBe('text/csv');
    const err = await rejection(() => normaliseContentType('image/svg+xml'));
    expect(err.fieldPath).toEqual(['contentType']);
  });

  it('cleans file names', () => {
    expect(sanitizeFileName('C:\\Users\\张三\\收入 证明.pdf')).toBe('收入 证明.pdf');
    expect(sanitizeFileName('  ..hidden\u200b.txt ')).toBe('hidden.txt');
    expect(sanitizeFileName('a<b>:c"d|e?f*.txt')).toBe('abcdef.txt');
    expect(() => sanitizeFileName('///')).toThrow(AppError);
  });

  it('decodes strictly and measures before decoding', () => {
    expect(decodeContent('aGk=').toString()).toBe('hi');
    for (const bad of ['aGk', 'aG k=', 'aGk=\n', 'a=Gk', 'aGl=', '-_-_'])
      expect(() => decodeContent(bad)).toThrow(AppError);
    // One byte over the limit is refused from the length alone.
    const over = 'A'.repeat(Math.ceil(((MAX_ATTACHMENT_BYTES + 1) * 4) / 3 / 4) * 4);
    expect(() => decodeContent(over)).toThrow(/too large/);
  });
});
