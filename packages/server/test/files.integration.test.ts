/**
 * The file store on the real test database (FerretDB v1.24 by default): GridFS and disk round trips,
 * encryption at rest (a raw dump of the chunks does not contain the plaintext), tampering fails loudly.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type Database } from '../src/db/connect';
import { bindDataKeys, DataKeyring } from '../src/features/privacy/data-keys';
import {
  createFileStore,
  diskFileStore,
  FILE_BUCKET,
  fileStoreOf,
  gridFsFileStore,
  type FileStore,
} from '../src/features/files/file-store';

let db: Database;
let dir: string;
const key1 = randomBytes(32);
const key2 = randomBytes(32);

beforeAll(async () => {
  db = await connectDatabase(inject('mongodbUri'), `parley_test_${randomBytes(6).toString('hex')}`);
  bindDataKeys(db.models, new DataKeyring([{ version: 'v1', secret: key1 }]));
  dir = await mkdtemp(path.join(tmpdir(), 'parley-files-'));
});

afterAll(async () => {
  await db.conn.db?.dropDatabase();
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const MARKER = 'PLAINTEXT-MARKER-身份证-0123456789';
/** Several GridFS chunks (255 KiB each) with a recognisable plaintext repeated throughout. */
function bigText(): Buffer {
  return Buffer.from(MARKER.repeat(Math.ceil((700 * 1024) / MARKER.length)), 'utf8');
}

function stores(): [string, () => FileStore][] {
  return [
    ['gridfs', () => gridFsFileStore(db.models)],
    ['disk', () => diskFileStore(db.models, dir)],
  ];
}

describe.each(stores())('%s file store', (_name, make) => {
  it('round-trips bytes, name, type, size and SHA-256', async () => {
    const store = make();
    const data = bigText();
    const stored = await store.put({
      fileName: '张三 身份证.txt',
      contentType: 'text/plain',
      data,
      metadata: { caseId: 'c1' },
    });
    expect(stored).toMatchObject({
      fileName: '张三 身份证.txt',
      contentType: 'text/plain',
      size: data.length,
    });
    expect(stored.id).toMatch(/^[0-9a-f]{24}$/);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const back = await store.get(stored.id);
    expect(back?.file).toEqual(stored);
    expect(back?.data.equals(data)).toBe(true);
  });

  it('stores an empty file', async () => {
    const store = make();
    const stored = await store.put({
      fileName: 'empty.txt',
      contentType: 'text/plain',
      data: Buffer.alloc(0),
    });
    const back = await store.get(stored.id);
    expect(back?.data.length).toBe(0);
    expect(back?.file.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('answers null for an unknown or malformed id', async () => {
    const store = make();
    expect(await store.get('0123456789abcdef01234567')).toBeNull();
    expect(await store.get('../../etc/passwd')).toBeNull();
    expect(await store.get('')).toBeNull();
  });

  it('removes a file, and removing it again or an unknown id is harmless', async () => {
    const store = make();
    const stored = await store.put({ fileName: 'r.txt', contentType: 'text/plain', data: bigText() });
    await store.remove(stored.id);
    expect(await store.get(stored.id)).toBeNull();
    await store.remove(stored.id);
    await store.remove('../../etc/passwd');
  });

  it('reads files written under an older key after a rotation', async () => {
    const stored = await make().put({
      fileName: 'old.txt',
      contentType: 'text/plain',
      data: Buffer.from('old'),
    });
    bindDataKeys(
      db.models,
      new DataKeyring([
        { version: 'v1', secret: key1 },
        { version: 'v2', secret: key2 },
      ]),
    );
    try {
      expect((await make().get(stored.id))?.data.toString()).toBe('old');
    } finally {
      bindDataKeys(db.models, new DataKeyring([{ version: 'v1', secret: key1 }]));
    }
  });
});

describe('GridFS at rest', () => {
  it('keeps neither the content nor the file name in plaintext', async () => {
    const store = gridFsFileStore(db.models);
    const stored = await store.put({
      fileName: '张三-secret-name.txt',
      contentType: 'text/plain',
      data: bigText(),
    });
    const raw = db.conn.db!;
    const chunks = await raw
      .collection(`${FILE_BUCKET}.chunks`)
      .find({ files_id: new (await import('mongoose')).mongo.ObjectId(stored.id) })
      .sort({ n: 1 })
      .toArray();
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const dump = Buffer.concat(chunks.map((c) => Buffer.from((c.data as { buffer: Uint8Array }).buffer)));
    expect(dump.includes(Buffer.from(MARKER, 'utf8'))).toBe(false);
    expect(dump.includes(Buffer.from('PLAINTEXT-MARKER', 'utf8'))).toBe(false);
    const filesDocs = await raw.collection(`${FILE_BUCKET}.files`).find({}).toArray();
    const filesDump = JSON.stringify(filesDocs);
    expect(filesDump).not.toContain('secret-name');
    expect(filesDump).toContain(stored.sha256);
  });

  it('fails loudly when a chunk was tampered with', async () => {
    const store = gridFsFileStore(db.models);
    const stored = await store.put({ fileName: 't.txt', contentType: 'text/plain', data: bigText() });
    const { mongo } = await import('mongoose');
    const chunksCollection = db.conn.db!.collection(`${FILE_BUCKET}.chunks`);
    const chunk = await chunksCollection.findOne({ files_id: new mongo.ObjectId(stored.id), n: 1 });
    const bytes = Buffer.from((chunk!.data as { buffer: Uint8Array }).buffer);
    bytes[100] = (bytes[100] as number) ^ 0x01;
    await chunksCollection.updateOne({ _id: chunk!._id }, { $set: { data: new mongo.Binary(bytes) } });
    await expect(store.get(stored.id)).rejects.toThrow(/cannot be decrypted/);
  });

  it('fails loudly when the data keys do not match', async () => {
    const store = gridFsFileStore(db.models);
    const stored = await store.put({ fileName: 'k.txt', contentType: 'text/plain', data: Buffer.from('k') });
    bindDataKeys(db.models, new DataKeyring([{ version: 'v1', secret: randomBytes(32) }]));
    try {
      await expect(store.get(stored.id)).rejects.toThrow(/cannot be decrypted/);
    } finally {
      bindDataKeys(db.models, new DataKeyring([{ version: 'v1', secret: key1 }]));
    }
  });
});

describe('disk store at rest', () => {
  it('keeps ciphertext only, and a tampered or swapped file fails loudly', async () => {
    const store = diskFileStore(db.models, dir);
    const a = await store.put({
      fileName: '张三-secret-name.txt',
      contentType: 'text/plain',
      data: bigText(),
    });
    const b = await store.put({ fileName: 'b.txt', contentType: 'text/plain', data: Buffer.from('other') });
    const bin = await readFile(path.join(dir, `${a.id}.bin`));
    expect(bin.includes(Buffer.from('PLAINTEXT-MARKER', 'utf8'))).toBe(false);
    expect(await readFile(path.join(dir, `${a.id}.json`), 'utf8')).not.toContain('secret-name');

    const tampered = Buffer.from(bin);
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 0xff;
    await writeFile(path.join(dir, `${a.id}.bin`), tampered);
    await expect(store.get(a.id)).rejects.toThrow(/cannot be decrypted/);

    // b's ciphertext under a's id: bound to b's id, so it does not open as a.
    await writeFile(path.join(dir, `${a.id}.bin`), await readFile(path.join(dir, `${b.id}.bin`)));
    await expect(store.get(a.id)).rejects.toThrow(/cannot be decrypted/);
  });
});

describe('selection', () => {
  it('builds the store named by PARLEY_FILE_STORE and defaults to GridFS', async () => {
    const disk = createFileStore(`disk:${dir}`, db.models);
    const stored = await disk.put({
      fileName: 'd.txt',
      contentType: 'text/plain',
      data: Buffer.from('disk'),
    });
    expect(await readFile(path.join(dir, `${stored.id}.json`), 'utf8')).toContain(stored.sha256);
    expect(() => createFileStore('s3:bucket', db.models)).toThrow(/PARLEY_FILE_STORE/);
    const viaDefault = await fileStoreOf(db.models).put({
      fileName: 'g.txt',
      contentType: 'text/plain',
      data: Buffer.from('grid'),
    });
    expect((await gridFsFileStore(db.models).get(viaDefault.id))?.data.toString()).toBe('grid');
  });
});

describe('GridFS remove', () => {
  it('deletes the chunks with the file', async () => {
    const { mongo } = await import('mongoose');
    const store = gridFsFileStore(db.models);
    const stored = await store.put({ fileName: 'c.txt', contentType: 'text/plain', data: bigText() });
    const chunks = () =>
      db.conn
        .db!.collection(`${FILE_BUCKET}.chunks`)
        .countDocuments({ files_id: new mongo.ObjectId(stored.id) });
    expect(await chunks()).toBeGreaterThanOrEqual(3);
    await store.remove(stored.id);
    expect(await chunks()).toBe(0);
  });
});
