/**
 * Pure helpers of the session: where the refresh token is kept, when the access token is due for
 * renewal, and which post-sign-in redirects are safe.
 *
 * The access token lives in memory only. The refresh token is kept in sessionStorage: it survives a
 * reload of the tab (so a reload does not sign the user out) but not the closing of the tab, and it
 * is never shared between tabs (refresh tokens rotate; a reused one revokes the whole session).
 */
export const REFRESH_TOKEN_KEY = 'parley.refreshToken';

/** Renew this long before the access token expires, to absorb clock skew and request latency. */
export const REFRESH_MARGIN_MS = 30_000;

export function readRefreshToken(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(REFRESH_TOKEN_KEY) || null;
  } catch {
    return null;
  }
}

export function writeRefreshToken(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  token: string | null,
): void {
  try {
    if (token) storage?.setItem(REFRESH_TOKEN_KEY, token);
    else storage?.removeItem(REFRESH_TOKEN_KEY);
  } catch {
    // Without storage the session simply ends with the page.
  }
}

/** Whether an access token expiring at `expiresAt` (epoch ms) should be renewed at `now`. */
export function needsRefresh(expiresAt: number, now: number): boolean {
  return expiresAt - now <= REFRESH_MARGIN_MS;
}

/** A redirect target after sign-in: only paths inside this app, never another origin or the login page. */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string') return fallback;
  if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return fallback;
  if (target === '/login' || target.startsWith('/login?')) return fallback;
  return target;
}
