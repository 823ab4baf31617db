/** Password hashing with argon2id (@node-rs/argon2, OWASP's minimum parameters or stronger). */
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { badInput } from '../../errors/app-error';

// `Algorithm` is an ambient const enum (not importable as a value under verbatimModuleSyntax); 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 };
export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verifying against it costs as much as a real one (no user-enumeration by timing). */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('parley-dummy-password-for-timing', OPTIONS);
  return dummyHash;
}

export function checkPasswordPolicy(password: string, username: string, fieldPath: readonly string[]): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badInput(fieldPath, {
      zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`,
      en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }
  if (password.length > 200) {
    throw badInput(fieldPath, {
      zh: '密码过长（最多 200 个字符）。',
      en: 'The password is too long (200 characters at most).',
    });
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw badInput(fieldPath, {
      zh: '密码不能包含用户名。',
      en: 'The password must not contain the username.',
    });
  }
}
