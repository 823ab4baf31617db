/**
 * API clients of other bank systems. A key is `pk_<clientId>_<secret>`; only SHA-256 of the secret is
 * stored (the secret has 256 bits of entropy, so a fast hash is enough). Each client has a sliding
 * one-minute rate limit kept as one document per request — exact on FerretDB and MongoDB alike.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Types, trusted } from 'mongoose';
import { AppError, badInput, isDuplicateKeyError, notFound } from '../../errors/app-error';
import { checkPageSize, type Page } from '../../graphql/pagination';
import type { AccessModels, ApiClientDoc, ApiClientRecord } from './access.model';
import { isPermission, type Permission } from './permissions';
import { actorName, type Viewer } from './viewer';
import { refuseUngrantable } from './delegation';

const WINDOW_MS = 60_000;
/** `lastUsedAt` is written at most this often per client: one small update a minute, not one per request. */
export const LAST_USE_RESOLUTION_MS = 60_000;
const DEFAULT_RATE_LIMIT = 600;

const sha256 = (s: string) => createHash('sha256').update(s).digest();

function checkName(raw: string): string {
  const name = raw.trim();
  if (!/^[a-z][a-z0-9-]{1,59}$/.test(name)) {
    throw badInput(['input', 'name'], {
      zh: '名称须为 2–60 个小写字母、数字或 "-"，并以字母开头。',
      en: 'The name must be 2–60 characters of a–z, 0–9 or "-", starting with a letter.',
    });
  }
  return name;
}

function checkScopes(scopes: readonly string[]): void {
  scopes.forEach((scope, i) => {
    if (!isPermission(scope)) {
      throw badInput(['input', 'scopes', i], {
        zh: `未知的权限“${scope}”。`,
        en: `Unknown permission "${scope}".`,
      });
    }
  });
}

function checkRateLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) {
    throw badInput(['input', 'rateLimitPerMinute'], {
      zh: '每分钟请求上限须在 1 到 100000 之间。',
      en: 'The rate limit must be between 1 and 100000 requests per minute.',
    });
  }
  return limit;
}

/** A duplicate name as CONFLICT under `input.name`; any other error unchanged. */
function nameTaken(err: unknown, name: string): unknown {
  if (!isDuplicateKeyError(err)) return err;
  return new AppError(
    'CONFLICT',
    { zh: `名称“${name}”已被使用。`, en: `The name "${name}" is already used.` },
    { fieldPath: ['input', 'name'] },
  );
}

function encodeNameCursor(name: string): string {
  return Buffer.from(`n:${name}`, 'utf8').toString('base64url');
}

function decodeNameCursor(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('n:') || raw.length < 3) {
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
      { fieldPath: ['after'] },
    );
  }
  return raw.slice(2);
}

export class ApiClientService {
  constructor(
    private readonly models: AccessModels,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(
    input: { name: string; scopes: readonly string[]; rateLimitPerMinute?: number | null },
    grantor: Viewer,
  ): Promise<{ client: ApiClientDoc; key: string }> {
    const name = checkName(input.name);
    checkScopes(input.scopes);
    const limit = checkRateLimit(input.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT);
    // A key can do exactly its scopes: its creator must hold every one (delegation.ts).
    refuseUngrantable(grantor, input.scopes as readonly Permission[], ['input', 'scopes']);
    const _id = new Types.ObjectId();
    const secret = randomBytes(32).toString('base64url');
    const key = `pk_${_id.toHexString()}_${secret}`;
    try {
      const created = await this.models.ApiClient.create({
        _id,
        name,
        scopes: [...input.scopes],
        rateLimitPerMinute: limit,
        keyPrefix: key.slice(0, 12),
        keyHash: sha256(secret).toString('hex'),
        revokedAt: null,
        createdBy: actorName(grantor),
      });
      return { client: created.toObject<ApiClientDoc>(), key };
    } catch (err) {
      throw nameTaken(err, name);
    }
  }

  /**
   * Changes name, scopes or rate limit; returns the client before and after (for the audit log). Only
   * the scopes the client does not carry yet are a grant: the editor must hold those (delegation.ts).
   * The key stays; `viewerFromKey` reads the scopes on every request, so the change applies at once.
   */
  async update(
    id: string,
    input: { name?: string | null; scopes?: readonly string[] | null; rateLimitPerMinute?: number | null },
    grantor: Viewer,
  ): Promise<{ before: ApiClientDoc; after: ApiClientDoc }> {
    const before = Types.ObjectId.isValid(id)
      ? await this.models.ApiClient.findById(id).lean<ApiClientDoc>().exec()
      : null;
    if (!before) throw notFound({ zh: '接口客户端', en: 'API client' }, ['id']);
    if (before.revokedAt) {
      throw new AppError(
        'CONFLICT',
        {
          zh: `接口客户端“${before.name}”已吊销，不能再修改。`,
          en: `The API client "${before.name}" is revoked and can no longer be changed.`,
        },
        { fieldPath: ['id'] },
      );
    }
    const set: Partial<ApiClientRecord> = {};
    if (input.name != null) set.name = checkName(input.name);
    if (input.scopes != null) {
      if (input.scopes.length === 0) {
        throw badInput(['input', 'scopes'], {
          zh: '至少选择一个权限。',
          en: 'Choose at least one permission.',
        });
      }
      checkScopes(input.scopes);
      const added = input.scopes.filter((s) => !before.scopes.includes(s)) as Permission[];
      refuseUngrantable(grantor, added, ['input', 'scopes']);
      set.scopes = [...new Set(input.scopes)].sort();
    }
    if (input.rateLimitPerMinute != null) set.rateLimitPerMinute = checkRateLimit(input.rateLimitPerMinute);
    if (Object.keys(set).length === 0) return { before, after: before };
    if (set.name !== undefined && set.name !== before.name) {
      // Checked first for a clear answer; the unique index still decides a race.
      const other = await this.models.ApiClient.exists({ name: set.name }).exec();
      if (other) throw nameTaken({ code: 11000 }, set.name);
    }
    let after: ApiClientDoc | null;
    try {
      after = await this.models.ApiClient.findOneAndUpdate(
        { _id: before._id },
        { $set: set },
        { returnDocument: 'after' },
      )
        .lean<ApiClientDoc>()
        .exec();
    } catch (err) {
      throw nameTaken(err, set.name ?? before.name);
    }
    if (!after) throw notFound({ zh: '接口客户端', en: 'API client' }, ['id']);
    return { before, after };
  }

  /** By name, by keyset (the cursor is the last name seen: names are unique). */
  async page(
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Page<ApiClientDoc>> {
    const size = checkPageSize(first);
    const from = after ? decodeNameCursor(after) : null;
    const [rows, totalCount] = await Promise.all([
      this.models.ApiClient.find(from === null ? {} : { name: trusted({ $gt: from }) })
        .sort({ name: 1 })
        .limit(size + 1)
        .lean<ApiClientDoc[]>()
        .exec(),
      this.models.ApiClient.countDocuments({}).exec(),
    ]);
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeNameCursor(node.name), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: from !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount,
    };
  }

  async revoke(id: string): Promise<ApiClientDoc> {
    if (!Types.ObjectId.isValid(id)) throw notFound({ zh: '接口客户端', en: 'API client' }, ['id']);
    const updated = await this.models.ApiClient.findByIdAndUpdate(
      id,
      { $set: { revokedAt: this.now() } },
      { new: true },
    )
      .lean<ApiClientDoc>()
      .exec();
    if (!updated) throw notFound({ zh: '接口客户端', en: 'API client' }, ['id']);
    return updated;
  }

  list(): Promise<ApiClientDoc[]> {
    return this.models.ApiClient.find().sort({ name: 1 }).lean<ApiClientDoc[]>().exec();
  }

  /**
   * The viewer for an `ApiKey` credential; counts the request against the client's rate limit (unless
   * `countRequest: false`: re-checking a running subscription is not a request).
   */
  async viewerFromKey(key: string, options: { countRequest?: boolean } = {}): Promise<Viewer> {
    const m = /^pk_([0-9a-f]{24})_([A-Za-z0-9_-]{20,})$/.exec(key);
    const invalid = () =>
      new AppError('UNAUTHENTICATED', {
        zh: '接口密钥无效或已吊销。',
        en: 'The API key is invalid or revoked.',
      });
    if (!m) throw invalid();
    const client = await this.models.ApiClient.findById(m[1]).lean<ApiClientDoc>().exec();
    if (!client || client.revokedAt) throw invalid();
    const expected = Buffer.from(client.keyHash, 'hex');
    const given = sha256(m[2]!);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalid();
    if (options.countRequest !== false) {
      await this.countRequest(client);
      await this.recordUse(client);
    }
    return {
      kind: 'apiClient',
      clientId: client._id.toHexString(),
      name: client.name,
      permissions: new Set(client.scopes.filter(isPermission)),
      // Other systems act bank-wide; their scopes, not departments, limit them.
      departments: [],
    };
  }

  /**
   * Records the client's last use, at most once per `LAST_USE_RESOLUTION_MS`: the check is on the
   * document just read, and the conditional update (`lastUsedAt` still what was read) keeps concurrent
   * requests from writing it more than about once.
   */
  private async recordUse(client: ApiClientDoc): Promise<void> {
    const now = this.now();
    const last = client.lastUsedAt ?? null;
    if (last && now.getTime() - last.getTime() < LAST_USE_RESOLUTION_MS) return;
    await this.models.ApiClient.updateOne(
      { _id: client._id, lastUsedAt: last },
      { $set: { lastUsedAt: now } },
      { timestamps: false },
    ).exec();
  }

  private async countRequest(client: ApiClientDoc): Promise<void> {
    const now = this.now();
    // Insert first, then count: concurrent requests see each other, so the limit can only err on the safe side.
    await this.models.ApiRequest.create({ clientId: client._id, at: now });
    const used = await this.models.ApiRequest.countDocuments({
      clientId: client._id,
      at: trusted({ $gt: new Date(now.getTime() - WINDOW_MS) }),
    }).exec();
    if (used > client.rateLimitPerMinute) {
      throw new AppError(
        'RATE_LIMITED',
        { zh: '请求过于频繁，请稍后重试。', en: 'Too many requests; please retry shortly.' },
        { details: { retryAfterSeconds: 60 } },
      );
    }
    if (Math.random() < 0.01) {
      // Occasional pruning keeps the collection small without a TTL index (FerretDB v1 has none).
      await this.models.ApiRequest.deleteMany({
        at: trusted({ $lt: new Date(now.getTime() - 10 * WINDOW_MS) }),
      }).exec();
    }
  }
}
