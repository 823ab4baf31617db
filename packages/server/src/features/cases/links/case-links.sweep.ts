/**
 * The repair loop of case links (docs/cases.md "Linked cases"): every `intervalMs` it settles the open
 * links — appends a half a crash left out, takes a pause not yet taken, lifts the pause of a complaint
 * that ended (also when it ended by a path that does not call the links code). Safe in every process at
 * once: each write is an append at n + 1 decided on the case as read at n.
 */
import type { Logger } from 'pino';
import type { Models } from '../../../db/models';
import { startPollingLoop } from '../../../workers/polling-loop';
import { CaseLinkService } from './case-links.service';

export interface CaseLinksSweep {
  stop(): Promise<void>;
  runOnce(): Promise<number>;
}

export function startCaseLinksSweep(options: {
  models: Models;
  logger: Logger;
  intervalMs?: number;
}): CaseLinksSweep {
  const log = options.logger.child({ component: 'case-links-sweep' });
  return startPollingLoop<number, undefined>({
    round: () => new CaseLinkService(options.models).sweep(),
    intervalMs: options.intervalMs ?? 60_000,
    regular: undefined,
    onError: (err) => log.error({ err }, 'case links sweep failed'),
  });
}
