import { describe, expect, it } from 'vitest';
import {
  REFRESH_MARGIN_MS,
  REFRESH_TOKEN_KEY,
  needsRefresh,
  readRefreshToken,
  safeRedirect,
  writeRefreshToken,
} from './session-lib';

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('refresh token storage', () => {
  it('stores, reads and forgets the token', () => {
    const storage = memoryStorage();
    expect(readRefreshToken(storage)).toBeNull();
    writeRefreshToken(storage, 'id.secret');
    expect(storage.data.get(REFRESH_TOKEN_KEY)).toBe('id.secret');
    expect(readRefreshToken(storage)).toBe('id.secret');
    writeRefreshToken(storage, null);
    expect(readRefreshToken(storage)).toBeNull();
  });

  it('treats unusable storage as empty', () => {
    const throwing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('SecurityError');
      },
      removeItem: (): void => {
        throw new Error('SecurityError');
      },
    };
    expect(readRefreshToken(throwing)).toBeNull();
    expect(() => writeRefreshToken(throwing, 'x')).not.toThrow();
    expect(readRefreshToken(undefined)).toBeNull();
  });
});

describe('needsRefresh', () => {
  const now = Date.parse('2026-11-25T09:30:00+08:00');

  it('renews within the margin before expiry, and after it', () => {
    expect(needsRefresh(now + REFRESH_MARGIN_MS + 1, now)).toBe(false);
    expect(needsRefresh(now + REFRESH_MARGIN_MS, now)).toBe(true);
    expect(needsRefresh(now - 1, now)).toBe(true);
    expect(needsRefresh(0, now)).toBe(true);
  });
});

describe('safeRedirect', () => {
  it('allows paths inside the app', () => {
    expect(safeRedirect('/complaint-categories')).toBe('/complaint-categories');
    expect(safeRedirect('/cases?status=OPEN#top')).toBe('/cases?status=OPEN#top');
  });

  it('refuses other origins, odd values and the sign-in page itself', () => {
    for (const target of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      'cases',
      '/login',
      '/login?redirect=/x',
      ['/a'],
      undefined,
    ]) {
      expect(safeRedirect(target)).toBe('/');
    }
  });
});
