/**
 * Server configuration from the environment, validated once at start (zod): a wrong value stops the
 * server with a clear message instead of surfacing later.
 */
import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Port of the GraphQL server; 0 picks a free one. */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Database name inside the MongoDB deployment. */
  PARLEY_DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('parley'),
  /** Origins allowed by CORS, comma separated (the admin's origin in production). */
  CORS_ORIGINS: z.string().default(''),
  /** Secret for signing access tokens (≥ 32 characters); generated and stored in the database when unset. */
  PARLEY_JWT_SECRET: z.string().min(32).optional(),
  /**
   * Keys for personal data at rest, `v1:<base64 32 bytes>,v2:<…>`: the last writes, all read
   * (docs/cases.md, rotation). Required in production; a stored development key is used otherwise.
   */
  PARLEY_DATA_KEYS: z.string().min(1).optional(),
  /** First password of the seeded `admin` user; generated and printed once when unset. */
  PARLEY_ADMIN_PASSWORD: z.string().min(10).optional(),
  /**
   * Password of the demo users (supervisor, agent-cs, agent-product, agent-policy; seed/demo-users.ts);
   * one is generated per user and printed once when unset.
   */
  PARLEY_DEMO_PASSWORD: z.string().min(10).optional(),
  /** `1` creates the demo users in production too (outside production they are always created). */
  PARLEY_DEMO_USERS: z.enum(['0', '1']).optional(),
  /** Express `trust proxy` setting: hops of proxies in front of the server. */
  TRUST_PROXY: z.coerce.number().int().min(0).default(0),
  /** `allow-list` executes only the operations of the persisted-query manifest (production clients). */
  PARLEY_PERSISTED_QUERIES: z.enum(['off', 'allow-list']).default('off'),
  /** The manifest for allow-list mode; defaults to the admin's generated persisted-documents.json. */
  PARLEY_PERSISTED_QUERIES_FILE: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `off`: serve requests only — no timer runner, no webhook dispatcher (test servers, request-only replicas). */
  PARLEY_WORKERS: z.enum(['on', 'off']).default('on'),
  /** How often the timer runner looks for due timers (ms). */
  PARLEY_TIMER_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  /** How often the webhook dispatcher scans the event log and sends due deliveries (ms). */
  PARLEY_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  /** How often the insight roll-up follower polls the case event log (docs/insight.md). */
  PARLEY_INSIGHT_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
  /** Webhook attempts before a delivery goes to the dead-letter list. */
  PARLEY_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** First webhook retry delay (ms); doubles per attempt, capped at one hour. */
  PARLEY_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  /**
   * `true` lets webhook receivers resolve to loopback, private or link-local addresses (receivers inside
   * the bank's network, tests); refused by default (docs/webhooks.md, SSRF).
   */
  PARLEY_WEBHOOK_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  /** How often GraphQL subscriptions poll the event log while anyone is subscribed (ms). */
  PARLEY_REALTIME_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Where attachments and agreement PDFs are kept: `gridfs` (in the database) or `disk:<directory>`. */
  PARLEY_FILE_STORE: z
    .string()
    .regex(/^(gridfs|disk:.+)$/, 'must be "gridfs" or "disk:<directory>"')
    .default('gridfs'),
  /** The bank as the agreements' party when a flow's agreement text names none (Chinese / English name). */
  PARLEY_BANK_NAME_ZH: z.string().min(1).max(100).optional(),
  PARLEY_BANK_NAME_EN: z.string().min(1).max(100).optional(),
  /** CJK font for agreement PDFs (.ttf, .otf or .ttc); Debian/Ubuntu package fonts-noto-cjk. */
  PARLEY_PDF_FONT: z.string().min(1).default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
  /** The face inside a font collection (.ttc) named by PARLEY_PDF_FONT. */
  PARLEY_PDF_FONT_NAME: z.string().min(1).default('NotoSansCJKsc-Regular'),
  /** How long a resolved viewer (user, roles, permissions) is reused in this process (ms); 0 disables. */
  PARLEY_VIEWER_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
});

export type ServerConfig = z.infer<typeof schema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
