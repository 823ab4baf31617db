import { pino, type Logger } from 'pino';

/** Personal data never reaches the logs: these paths are redacted wherever they appear. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.idNumber',
  '*.phone',
  '*.bankCard',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
}
