/**
 * Where files live (attachments, signed agreement PDFs): behind one small interface, in the database
 * through GridFS (default) or in a directory on disk (`PARLEY_FILE_STORE=disk:<dir>`). Either way the
 * content is encrypted with the data keyring (AES-256-GCM, `DataKeyring.sealBytes`) before it leaves
 * the process, bound to the file's id, and the file name — often personal ("张三身份证.jpg") — is
 * sealed too. `sha256` is of the plaintext and is checked again on every read, so a tampered or
 * swapped file fails loudly instead of being served.
 *
 * GridFS works on FerretDB v1.24: it is two plain collections (`files.files`, `files.chunks`) with
 * ordinary inserts, finds sorted by `n` and a unique (files_id, n) index — nothing FerretDB lacks
 * (checked by test/files.integration.test.ts). Writes are insert-only: a file is never updated.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mongo } from 'mongoose';
import type { Models } from '../../db/models';
import { dataKeysOf, isSealed, type DataKeyring } from '../privacy';

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export interface FileStore {
  put(input: {
    fileName: string;
    contentType: string;
    data: Buffer;
    metadata?: Record<string, unknown>;
  }): Promise<StoredFile>;
  /** `null` when there is no file with that id (or the id is not one this store could have made). */
  get(id: string): Promise<{ file: StoredFile; data: Buffer } | null>;
  /** Deletes the file (nothing when it does not exist): only for a file nothing refers to yet. */
  remove(id: string): Promise<void>;
}

/** GridFS bucket name: collections `files.files` and `files.chunks`. */
export const FILE_BUCKET = 'files';
/** 255 KiB, GridFS's default chunk size. */
const CHUNK_SIZE = 255 * 1024;
const ID_PATTERN = /^[0-9a-f]{24}$/;

/** What is stored beside the encrypted bytes (GridFS `metadata`, or the disk store's `.json`). */
interface FileRecord {
  fileName: unknown;
  contentType: string;
  size: number;
  sha256: string;
  extra?: Record<string, unknown>;
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function aadFor(id: string): Buffer {
  return Buffer.from(`parley-file:${id}`, 'utf8');
}

function seal(keys: DataKeyring, id: string, input: Parameters<FileStore['put']>[0]) {
  const file: StoredFile = {
    id,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.data.length,
    sha256: sha256Hex(input.data),
  };
  const record: FileRecord = {
    fileName: keys.seal(input.fileName),
    contentType: input.contentType,
    size: file.size,
    sha256: file.sha256,
    ...(input.metadata ? { extra: input.metadata } : {}),
  };
  return { file, record, encrypted: keys.sealBytes(input.data, aadFor(id)) };
}

/**
 * The stored bytes fail their own checks (decryption, size, SHA-256): the file was altered (or the key
 * is wrong). Distinct from a failure to read at all (the database or disk is unavailable), which is
 * thrown as it comes.
 */
export class FileIntegrityError extends Error {
  override readonly name = 'FileIntegrityError';
}

/** Decrypts and checks the bytes against the record; throws (never returns wrong bytes) on any mismatch. */
function unseal(keys: DataKeyring, id: string, record: FileRecord, encrypted: Buffer) {
  let data: Buffer;
  try {
    data = keys.openBytes(encrypted, aadFor(id));
  } catch (err) {
    throw new FileIntegrityError(
      `Stored file ${id} cannot be decrypted (tampered or wrong key): ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
  if (data.length !== record.size || sha256Hex(data) !== record.sha256)
    throw new FileIntegrityError(`Stored file ${id} does not match its recorded size and SHA-256`);
  const fileName = isSealed(record.fileName) ? keys.open(record.fileName) : record.fileName;
  if (typeof fileName !== 'string')
    throw new FileIntegrityError(`Stored file ${id} has no readable file name`);
  const file: StoredFile = {
    id,
    fileName,
    contentType: record.contentType,
    size: record.size,
    sha256: record.sha256,
  };
  return { file, data };
}

/** Files in the database through GridFS, on the models' own connection. */
export function gridFsFileStore(models: Models): FileStore {
  const bucket = () => {
    const db = models.Setting.db.db;
    if (!db) throw new Error('The database connection is not open');
    return new mongo.GridFSBucket(db, { bucketName: FILE_BUCKET, chunkSizeBytes: CHUNK_SIZE });
  };
  return {
    async put(input) {
      const objectId = new mongo.ObjectId();
      const id = objectId.toHexString();
      const { file, record, encrypted } = seal(dataKeysOf(models), id, input);
      const upload = bucket().openUploadStreamWithId(objectId, id, { metadata: record });
      await new Promise<void>((resolve, reject) => {
        upload.once('error', reject);
        upload.once('finish', () => resolve());
        upload.end(encrypted);
      });
      return file;
    },
    async get(id) {
      if (!ID_PATTERN.test(id)) return null;
      const objectId = new mongo.ObjectId(id);
      const b = bucket();
      const [doc] = await b.find({ _id: objectId }, { limit: 1 }).toArray();
      if (!doc) return null;
      const parts: Buffer[] = [];
      for await (const chunk of b.openDownloadStream(objectId)) parts.push(chunk as Buffer);
      return unseal(dataKeysOf(models), id, doc.metadata as FileRecord, Buffer.concat(parts));
    },
    async remove(id) {
      if (!ID_PATTERN.test(id)) return;
      try {
        await bucket().delete(new mongo.ObjectId(id));
      } catch (err) {
        if (!/not found/i.test((err as Error).message)) throw err;
      }
    },
  };
}

/** Files in a directory: `<id>.bin` (encrypted bytes) and `<id>.json` (record), each written atomically. */
export function diskFileStore(models: Models, dir: string): FileStore {
  const root = path.resolve(dir);
  const writeAtomically = async (target: string, data: Buffer | string) => {
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, data, { flag: 'wx', mode: 0o600 });
    await rename(temporary, target);
  };
  return {
    async put(input) {
      const id = new mongo.ObjectId().toHexString();
      const { file, record, encrypted } = seal(dataKeysOf(models), id, input);
      await mkdir(root, { recursive: true, mode: 0o700 });
      // The record last: a file without its record is an unfinished write, invisible to `get`.
      await writeAtomically(path.join(root, `${id}.bin`), encrypted);
      await writeAtomically(path.join(root, `${id}.json`), JSON.stringify(record));
      return file;
    },
    async get(id) {
      if (!ID_PATTERN.test(id)) return null;
      let record: FileRecord;
      try {
        record = JSON.parse(await readFile(path.join(root, `${id}.json`), 'utf8')) as FileRecord;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
      const encrypted = await readFile(path.join(root, `${id}.bin`));
      return unseal(dataKeysOf(models), id, record, encrypted);
    },
    async remove(id) {
      if (!ID_PATTERN.test(id)) return;
      // The record first: without it the file is invisible, whatever happens to the bytes.
      await rm(path.join(root, `${id}.json`), { force: true });
      await rm(path.join(root, `${id}.bin`), { force: true });
    },
  };
}

/** `gridfs` or `disk:<dir>` (PARLEY_FILE_STORE, validated by config.ts). */
export function createFileStore(spec: string, models: Models): FileStore {
  if (spec === 'gridfs') return gridFsFileStore(models);
  if (spec.startsWith('disk:') && spec.length > 'disk:'.length) return diskFileStore(models, spec.slice(5));
  throw new Error(`PARLEY_FILE_STORE must be "gridfs" or "disk:<directory>", got "${spec}"`);
}

/** The store each connection's models use (bound once by startServer, like the data keys). */
const stores = new WeakMap<object, FileStore>();

export function bindFileStore(models: Models, store: FileStore): void {
  stores.set(models, store);
}

/** The bound store, else GridFS on the models' connection. */
export function fileStoreOf(models: Models): FileStore {
  let store = stores.get(models);
  if (!store) {
    store = gridFsFileStore(models);
    stores.set(models, store);
  }
  return store;
}
