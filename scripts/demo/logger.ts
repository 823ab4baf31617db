/** The server's logger type (pino), named without depending on pino here. */
import type { createLogger } from '../../packages/server/src/logger';

export type Logger = ReturnType<typeof createLogger>;
