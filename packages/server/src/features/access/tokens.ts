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
): Promise<{ token: string; expiresAt: Date }> {
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ACCESS_TOKEN_TTL_SECONDS;
  const token = await new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(secret);
  return { token, expiresAt: new Date(exp * 1000) };
}

/** The user id and issue time of a valid token, or null when it is invalid or expired. */
export async function verifyAccessToken(
  secret: Uint8Array,
  token: string,
): Promise<{ userId: string; issuedAt: Date } | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
    if (!payload.sub || typeof payload.iat !== 'number') return null;
    return { userId: payload.sub, issuedAt: new Date(payload.iat * 1000) };
  } catch (err) {
    if (err instanceof joseErrors.JOSEError) return null;
    throw err;
  }
}
