import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  isAppLocale,
  languageOf,
  pickLocalized,
  readStoredLocale,
  writeStoredLocale,
} from './locale';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('locale', () => {
  it('recognises only the supported locales', () => {
    expect(isAppLocale('zh-CN')).toBe(true);
    expect(isAppLocale('en')).toBe(true);
    expect(isAppLocale('en-US')).toBe(false);
    expect(isAppLocale(null)).toBe(false);
  });

  it('reads the stored choice, falling back to zh-CN', () => {
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'en' }))).toBe('en');
    expect(readStoredLocale(memoryStorage({ [LOCALE_STORAGE_KEY]: 'fr' }))).toBe(DEFAULT_LOCALE);
    expect(readStoredLocale(memoryStorage())).toBe('zh-CN');
    expect(readStoredLocale(undefined)).toBe('zh-CN');
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readStoredLocale(broken)).toBe('zh-CN');
    expect(() => writeStoredLocale(broken, 'en')).not.toThrow();
  });

  it('round-trips a choice through storage', () => {
    const storage = memoryStorage();
    writeStoredLocale(storage, 'en');
    expect(storage.data.get(LOCALE_STORAGE_KEY)).toBe('en');
    expect(readStoredLocale(storage)).toBe('en');
  });

  it('maps UI locales onto the server’s { zh, en } pairs', () => {
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('en')).toBe('en');
    expect(pickLocalized({ zh: '服务态度', en: 'Service attitude' }, 'zh-CN')).toBe('服务态度');
    expect(pickLocalized({ zh: '服务态度', en: 'Service attitude' }, 'en')).toBe('Service attitude');
  });
});
