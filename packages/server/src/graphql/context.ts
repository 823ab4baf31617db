import type { Logger } from 'pino';
import type { Models } from '../db/models';
import type { AuthService } from '../features/access/auth.service';
import type { Viewer } from '../features/access/viewer';

/** What every resolver receives. Built once per request. */
export interface GraphQLContext {
  models: Models;
  logger: Logger;
  /** Preferred language of the caller, from Accept-Language. */
  lang: 'zh' | 'en';
  /** Who is calling (resolved from the Authorization header). */
  viewer: Viewer;
  /** Client address, for sign-in throttling. */
  ip: string;
  /** The caller's User-Agent header (recorded with customer signatures). */
  userAgent: string;
  auth: AuthService;
  /**
   * Subscriptions only: the viewer as of now, re-resolved from the connection's credential (throws when
   * it no longer holds: user deactivated, sessions ended, key revoked). Checked before every event.
   */
  liveViewer?: () => Promise<Viewer>;
}
