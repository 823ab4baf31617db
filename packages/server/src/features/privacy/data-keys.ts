/**
 * Keys for personal data at rest: AES-256-GCM for the values, HMAC-SHA256 blind indexes for exact
 * lookup. PARLEY_DATA_KEYS lists versioned keys, `v1:<base64 32 bytes>,v2:<…>`: the LAST one writes,
 * every one reads, so a rotation appends a key and keeps the old ones (docs/cases.md). Without the
 * variable a development key is generated once and stored in `settings` (like the JWT secret) — loudly,
 * and never in production, where the server refuses to start.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { AccessModels } from '../access';
import { isDuplicateKeyError } from '../../errors/app-error';

const DEV_KEY_SETTING = 'data-encryption-key';
const KEY_SPEC = /^(v\d{1,6}):([A-Za-z0-9+/=_-]+)$/;

/** A value encrypted at rest. The wrapper key makes sealed values recognisable inside any JSON. */
export interface Sealed {
  __enc: string;
}

export function isSealed(value: unknown): value is Sealed {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { __enc?: unknown }).__enc === 'string' &&
    Object.keys(value).length === 1
  );
}

interface VersionedKey {
  version: string;
  encryption: Buffer;
  /** Derived, so one configured secret per version serves both purposes without reuse. */
  index: Buffer;
}

export class DataKeyring {
  private readonly byVersion: ReadonlyMap<string, VersionedKey>;
  private readonly writer: VersionedKey;

  constructor(keys: readonly { version: string; secret: Buffer }[]) {
    if (keys.length === 0) throw new Error('DataKeyring needs at least one key');
    const list = keys.map(({ version, secret }) => {
      if (secret.length !== 32) throw new Error(`Data key ${version} must be 32 bytes, got ${secret.length}`);
      const index = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'parley blind index', 32));
      return { version, encryption: secret, index };
    });
    this.byVersion = new Map(list.map((k) => [k.version, k]));
    if (this.byVersion.size !== list.length) throw new Error('PARLEY_DATA_KEYS repeats a key version');
    this.writer = list[list.length - 1] as VersionedKey;
  }

  get writeVersion(): string {
    return this.writer.version;
  }

  /** `{ __enc: "v2:<base64 iv|tag|ciphertext>" }` of the JSON of `value`. */
  seal(value: unknown): Sealed {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.writer.encryption, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    const packed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    return { __enc: `${this.writer.version}:${packed}` };
  }

  open(sealed: Sealed): unknown {
    const i = sealed.__enc.indexOf(':');
    const key = this.byVersion.get(sealed.__enc.slice(0, i));
    if (i <= 0 || !key)
      throw new Error(`No data key ${sealed.__enc.slice(0, Math.max(i, 0))} to decrypt with`);
    const raw = Buffer.from(sealed.__enc.slice(i + 1), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key.encryption, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as unknown;
  }

  /**
   * Binary form for file contents: `<version>:` (ASCII) then iv | tag | ciphertext. `aad` (e.g. the
   * file's id) is authenticated but not stored, so a ciphertext copied under another id fails to open.
   */
  sealBytes(plain: Buffer, aad?: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.writer.encryption, iv);
    if (aad) cipher.setAAD(aad);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from(`${this.writer.version}:`, 'ascii'), iv, cipher.getAuthTag(), body]);
  }

  /** Opens `sealBytes` output; throws when the key is unknown or the bytes or `aad` were altered. */
  openBytes(sealed: Buffer, aad?: Buffer): Buffer {
    const i = sealed.indexOf(0x3a); // ':'
    const version = i > 0 && i <= 8 ? sealed.subarray(0, i).toString('ascii') : '';
    const key = this.byVersion.get(version);
    if (!key) throw new Error(`No data key ${version || '(none)'} to decrypt the file with`);
    const raw = sealed.subarray(i + 1);
    if (raw.length < 28) throw new Error('Encrypted file is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key.encryption, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    if (aad) decipher.setAAD(aad);
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  }

  /** Every sealed value inside `value` replaced by its plaintext (a deep copy; the input is untouched). */
  openDeep<T>(value: T): T {
    if (isSealed(value)) return this.open(value) as T;
    if (Array.isArray(value)) return value.map((v: unknown) => this.openDeep(v)) as T;
    if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.openDeep(v);
      return out as T;
    }
    return value;
  }

  /** The blind index written now: `<version>:<hex HMAC>` of the normalised value. */
  blindIndex(kind: string, value: string): string {
    return indexWith(this.writer, kind, value);
  }

  /** Every index the value may be stored under (one per key version), for an `$in` lookup. */
  blindIndexCandidates(kind: string, value: string): string[] {
    return [...this.byVersion.values()].map((k) => indexWith(k, kind, value));
  }
}

function indexWith(key: VersionedKey, kind: string, value: string): string {
  const normalised = value.replace(/[\s-]/g, '').toUpperCase();
  return `${key.version}:${createHmac('sha256', key.index).update(`${kind}\u0000${normalised}`).digest('hex')}`;
}

/** Parses `v1:<base64>,v2:<base64>`; throws with a message that names the bad entry. */
export function parseDataKeys(spec: string): DataKeyring {
  const keys = spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry, i) => {
      const m = KEY_SPEC.exec(entry);
      if (!m) throw new Error(`PARLEY_DATA_KEYS entry ${i + 1} is not "v<n>:<base64 of 32 bytes>"`);
      return { version: m[1] as string, secret: Buffer.from(m[2] as string, 'base64') };
    });
  return new DataKeyring(keys);
}

/**
 * The keyring of this process. Production without PARLEY_DATA_KEYS is refused: a generated key kept
 * next to the data it protects protects nothing.
 */
export async function loadDataKeys(
  models: AccessModels,
  opts: { fromEnv: string | undefined; production: boolean; warn: (message: string) => void },
): Promise<DataKeyring> {
  if (opts.fromEnv) return parseDataKeys(opts.fromEnv);
  if (opts.production)
    throw new Error('PARLEY_DATA_KEYS is required in production (personal data is encrypted with it)');
  opts.warn(
    '!!! PARLEY_DATA_KEYS is not set: personal data is encrypted with a DEVELOPMENT key stored in the ' +
      'database itself. Never use this outside development. !!!',
  );
  return new DataKeyring([{ version: 'v1', secret: await storedDevKey(models) }]);
}

async function storedDevKey(models: AccessModels): Promise<Buffer> {
  const existing = await models.Setting.findById(DEV_KEY_SETTING).lean().exec();
  if (existing) return Buffer.from(existing.value, 'base64');
  const value = randomBytes(32).toString('base64');
  try {
    // The unique _id decides which process's key every process uses.
    await models.Setting.create({ _id: DEV_KEY_SETTING, value, createdAt: new Date() });
    return Buffer.from(value, 'base64');
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const winner = await models.Setting.findById(DEV_KEY_SETTING).lean().exec();
    if (!winner) throw err;
    return Buffer.from(winner.value, 'base64');
  }
}

/**
 * The keyring each connection's models were started with (set once by startServer). Kept beside the
 * models rather than in the request context so that every entry point — HTTP, websockets, scheduled
 * work — finds the same keys without each building its own.
 */
const keyrings = new WeakMap<object, DataKeyring>();

export function bindDataKeys(models: object, keys: DataKeyring): void {
  keyrings.set(models, keys);
}

export function dataKeysOf(models: object): DataKeyring {
  const keys = keyrings.get(models);
  if (!keys) throw new Error('No data keys bound to these models (startServer binds them)');
  return keys;
}
