/**
 * Sign-in, sessions and the viewer of each request.
 *
 * Sessions: a short-lived access token (JWT) plus a single-use refresh token that rotates on every
 * refresh. A refresh token used twice means it leaked: the whole session family is revoked.
 * Lockout (sign-in-slots.ts): an attempt takes its slot before the password is checked, so 5 attempts per
 * username (20 per address) in 15 minutes is a limit that concurrent guesses cannot exceed.
 * Ending sessions: every user has a session version, carried by access and refresh tokens; changing the
 * password, deactivation and a reset bump it, and a token of an older version is refused — including one
 * issued in the same millisecond as the change.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Types, trusted } from 'mongoose';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import type { AccessModels, UserDoc } from './access.model';
import { dummyPasswordHash, verifyPassword, hashPassword, checkPasswordPolicy } from './password';
import { issueAccessToken, verifyAccessToken } from './tokens';
import { isPermission, type Permission } from './permissions';
import type { Viewer } from './viewer';
import { ANONYMOUS, ViewerCache, invalidateViewer, type CachedUser } from './viewer';
import { SignInSlots } from './sign-in-slots';

export { LOCKOUT_WINDOW_MS, MAX_FAILURES_PER_IP, MAX_FAILURES_PER_USERNAME } from './sign-in-slots';
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;

const clocks = new WeakMap<object, () => Date>();

/**
 * Replaces "now" for sign-in, lockout windows and sessions of the server bound to these models (tests
 * only; null restores the real clock). Kept apart from the case clock: tests that move case time to a
 * fixed date must still get access tokens that are valid today.
 */
export function setAuthClock(models: object, now: (() => Date) | null): void {
  if (now) clocks.set(models, now);
  else clocks.delete(models);
}

/** "Now" for the sign-ins of these models (see `setAuthClock`). */
export function authNow(models: object): Date {
  return clocks.get(models)?.() ?? new Date();
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserDoc;
}

const unauthenticated = (zh: string, en: string) => new AppError('UNAUTHENTICATED', { zh, en });
const BAD_CREDENTIALS = () =>
  unauthenticated('用户名或密码不正确。', 'The username or password is not correct.');
const BAD_REFRESH = () =>
  unauthenticated('登录已失效，请重新登录。', 'The session has ended; please sign in again.');

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

export class AuthService {
  /** Resolved viewers for a few seconds (viewer.ts); TTL 0 reads the user on every request. */
  readonly viewers: ViewerCache;

  constructor(
    private readonly models: AccessModels,
    private readonly secret: Uint8Array,
    private readonly now: () => Date = () => new Date(),
    options: { viewerCacheMs?: number } = {},
  ) {
    this.viewers = new ViewerCache(options.viewerCacheMs ?? 0, () => this.now().getTime());
  }

  async login(username: string, password: string, ip: string): Promise<Session> {
    const name = username.trim().toLowerCase();
    const slots = new SignInSlots(this.models, this.now);
    // The slot first, the password after: a guess that gets no slot is never checked.
    const held = await slots.take(name, ip);
    const user = await this.models.User.findOne({ username: name }).lean<UserDoc>().exec();
    // Verify against a dummy hash when the user does not exist, so timing does not reveal usernames.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!user || !ok || !user.active) throw BAD_CREDENTIALS(); // the slots stay: they record the failure
    await slots.succeeded(name, held);
    await this.models.User.updateOne({ _id: user._id }, { $set: { lastLoginAt: this.now() } }).exec();
    return this.openSession(user, randomUUID());
  }

  async refresh(refreshToken: string): Promise<Session> {
    const [id, secret] = refreshToken.split('.');
    if (!id || !secret) throw BAD_REFRESH();
    const stored = await this.models.RefreshToken.findById(id).lean().exec();
    if (!stored || !sameHash(stored.secretHash, sha256(secret)) || stored.expiresAt <= this.now())
      throw BAD_REFRESH();
    if (await this.models.RevokedFamily.exists({ _id: stored.familyId }).exec()) throw BAD_REFRESH();
    try {
      await this.models.RefreshTokenUse.create({ _id: id, familyId: stored.familyId, at: this.now() });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      await this.revokeFamily(stored.familyId, 'refresh-token-reuse');
      throw BAD_REFRESH();
    }
    const user = await this.models.User.findById(stored.userId).lean<UserDoc>().exec();
    if (!user || !user.active || stored.sessionVersion !== sessionVersionOf(user)) throw BAD_REFRESH();
    return this.openSession(user, stored.familyId);
  }

  async logout(refreshToken: string): Promise<void> {
    const [id] = refreshToken.split('.');
    const stored = id ? await this.models.RefreshToken.findById(id).lean().exec() : null;
    if (stored) await this.revokeFamily(stored.familyId, 'logout');
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.models.User.findById(userId).lean<UserDoc>().exec();
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppError(
        'BAD_USER_INPUT',
        { zh: '当前密码不正确。', en: 'The current password is not correct.' },
        { fieldPath: ['currentPassword'] },
      );
    }
    checkPasswordPolicy(newPassword, user.username, ['newPassword']);
    await this.models.User.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await hashPassword(newPassword) }, $inc: { sessionVersion: 1 } },
    ).exec();
    invalidateViewer(userId);
  }

  /**
   * The viewer of a request, from its Authorization header. A present but invalid credential is an error.
   * `ignoreExpiry`: re-checking a running subscription, where the session (user active, same session
   * version) decides, not the 15 minutes of the token it started with.
   */
  async viewerFromBearer(token: string, options: { ignoreExpiry?: boolean } = {}): Promise<Viewer> {
    const claims = await verifyAccessToken(this.secret, token, options);
    if (!claims || !Types.ObjectId.isValid(claims.userId)) {
      throw unauthenticated('访问令牌无效或已过期。', 'The access token is invalid or has expired.');
    }
    const user = await this.viewers.get(claims.userId, () => this.loadViewer(claims.userId));
    if (!user || !user.active || claims.sessionVersion !== user.sessionVersion) {
      throw unauthenticated(
        '访问令牌已失效，请重新登录。',
        'The access token is no longer valid; please sign in again.',
      );
    }
    return user.viewer;
  }

  /** The user behind a token with their roles' permissions (one read of the user, one of the roles). */
  private async loadViewer(userId: string): Promise<CachedUser | null> {
    const user = await this.models.User.findById(userId).lean<UserDoc>().exec();
    if (!user) return null;
    return {
      active: user.active,
      sessionVersion: sessionVersionOf(user),
      viewer: {
        kind: 'user',
        userId: user._id.toHexString(),
        username: user.username,
        permissions: user.active ? await this.permissionsOf(user.roles) : new Set(),
        departments: [...user.departments],
        roles: [...user.roles],
      },
    };
  }

  async permissionsOf(roleKeys: readonly string[]): Promise<ReadonlySet<Permission>> {
    if (roleKeys.length === 0) return new Set();
    const roles = await this.models.Role.find({ key: trusted({ $in: [...roleKeys] }) })
      .lean()
      .exec();
    return new Set(roles.flatMap((r) => r.permissions).filter(isPermission));
  }

  private async openSession(user: UserDoc, familyId: string): Promise<Session> {
    const now = this.now();
    const sessionVersion = sessionVersionOf(user);
    const { token, expiresAt } = await issueAccessToken(
      this.secret,
      user._id.toHexString(),
      now,
      sessionVersion,
    );
    const id = randomBytes(16).toString('base64url');
    const secret = randomBytes(32).toString('base64url');
    await this.models.RefreshToken.create({
      _id: id,
      familyId,
      userId: user._id,
      secretHash: sha256(secret),
      sessionVersion,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_MS),
      createdAt: now,
    });
    return { accessToken: token, accessTokenExpiresAt: expiresAt, refreshToken: `${id}.${secret}`, user };
  }

  private async revokeFamily(familyId: string, reason: string): Promise<void> {
    try {
      await this.models.RevokedFamily.create({ _id: familyId, reason, at: this.now() });
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err; // already revoked
    }
  }
}

/** Users stored before session versions existed are at version 0. */
export function sessionVersionOf(user: Pick<UserDoc, 'sessionVersion'>): number {
  return user.sessionVersion ?? 0;
}

export { ANONYMOUS };
