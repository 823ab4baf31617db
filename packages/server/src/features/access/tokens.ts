/**
 * Access tokens: short-lived JWTs (HS256, jose). The signing secret comes from PARLEY_JWT_SECRET or,
 * when unset, from the `settings` collection, where the first process to start stores a random one —
 * the unique _id decides which, so every server process signs and verifies with the same key.
 */
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { AccessModels } from './access.model';
import { isDuplicateKeyError } from '../../errors/app-error';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'parley';
const SECRET_KEY = 'jwt-signing-secret';

export async function loadSigningSecret(
  models: AccessModels,
  fromEnv: string | undefined,
): Promise<Uint8Array> {
  if (fromEnv) return new TextEncoder().encode(fromEnv);
  const existing = await models.Setting.findById(SECRET_KEY).lean().exec();
  if (existing) return Buffer.from(existing.value, 'base64');
  const value = randomBytes(48).toString('base64');
  try {
    await models.Setting.create({ _id: SECRET_KEY, value, createdAt: new Date() });
    return Buffer.from(value, 'base64');
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const winner = await models.Setting.findById(SECRET_KEY).lean().exec();
    if (!winner) throw err;
    return Buffer.from(winner.value, 'base64');
  }
}

export async function issueAccessToken(
  secret: Uint8Array,
  userId: string,
  now: Date,
  sessionVersion: number,
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({ sv: sessionVersion })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(secret);
  return { token, expiresAt: new Date(exp * 1000) };
}

export interface AccessClaims {
  userId: string;
  issuedAt: Date;
  /** The user's session version when the token was issued (`sv`). */
  sessionVersion: number;
}

/**
 * The claims of a valid token, or null when it is invalid, expired or carries no session version.
 * `ignoreExpiry` is for re-checking a live subscription (authenticated when it started): its session,
 * not its first token's 15 minutes, decides how long it may run.
 */
export async function verifyAccessToken(
  secret: Uint8Array,
  token: string,
  options: { ignoreExpiry?: boolean } = {},
): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: ISSUER,
      algorithms: ['HS256'],
      ...(options.ignoreExpiry ? { currentDate: new Date(0) } : {}),
    });
    if (!payload.sub || typeof payload.iat !== 'number' || !Number.isInteger(payload['sv'])) return null;
    return {
      userId: payload.sub,
      issuedAt: new Date(payload.iat * 1000),
      sessionVersion: payload['sv'] as number,
    };
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}
