import type { Logger } from 'pino';
import type { Models } from '../db/models';

/** What every resolver receives. Built once per request. */
export interface GraphQLContext {
  models: Models;
  logger: Logger;
  /** Preferred language of the caller, from Accept-Language. */
  lang: 'zh' | 'en';
}
