/**
 * Builds the HTTP server: Express 5 + Apollo Server 5 at /graphql, a health probe at /healthz.
 * Stateless: everything lives in the database, so any number of these can run behind a load balancer.
 */
import { configureBankName } from './features/agreements/bank-party';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import type { Database } from './db/connect';
import type { GraphQLContext } from './graphql/context';
import { buildSchema } from './graphql/schema';
import { createFormatError } from './errors/format-error';
import { ensureBody, jsonErrorHandler } from './edge/request-errors';
import { inputGuardPlugin } from './edge/input-guard';
import { allowListPlugin, loadAllowList } from './graphql/persisted-queries';
import { AppError } from './errors/app-error';
import { GraphQLError } from 'graphql';
import { AuthService, authNow } from './features/access/auth.service';
import { ApiClientService } from './features/access/api-client.service';
import { loadSigningSecret } from './features/access/tokens';
import { bindDataKeys, loadDataKeys } from './features/privacy/data-keys';
import { bindFileStore, createFileStore } from './features/files/file-store';
import { checkAgreementPdfFont, configureAgreementPdf } from './features/agreements/agreement-pdf';
import { bindWebhookEgress } from './features/webhooks/webhook-egress';
import { ANONYMOUS, type Viewer } from './features/access/viewer';
import { attachRealtime } from './features/realtime/realtime-server';
import { startBackgroundWorkers, type TimerHandlers } from './features/scheduler';
import { serverWorkers } from './workers/server-workers';

export interface RunningServer {
  url: string;
  httpServer: Server;
  stop(): Promise<void>;
}

export async function startServer(opts: {
  config: ServerConfig;
  db: Database;
  logger: Logger;
  /** Timer handlers by kind; default the handlers the features registered (workers/server-workers.ts). */
  timerHandlers?: TimerHandlers;
}): Promise<RunningServer> {
  const { config, db, logger } = opts;
  const production = config.NODE_ENV === 'production';
  const secret = await loadSigningSecret(db.models, config.PARLEY_JWT_SECRET);
  // Personal data is encrypted at rest; production refuses to start without configured keys.
  bindWebhookEgress(db.models, { allowPrivate: config.PARLEY_WEBHOOK_ALLOW_PRIVATE === 'true' });
  bindDataKeys(
    db.models,
    await loadDataKeys(db.models, {
      fromEnv: config.PARLEY_DATA_KEYS,
      production,
      warn: (message) => logger.warn(message),
    }),
  );
  // Attachments and agreement PDFs: encrypted with the data keys, in GridFS or a directory.
  bindFileStore(db.models, createFileStore(config.PARLEY_FILE_STORE, db.models));
  configureAgreementPdf({ fontPath: config.PARLEY_PDF_FONT, fontName: config.PARLEY_PDF_FONT_NAME });
  configureBankName({ zh: config.PARLEY_BANK_NAME_ZH, en: config.PARLEY_BANK_NAME_EN });
  try {
    checkAgreementPdfFont();
  } catch (err) {
    logger.warn((err as Error).message);
  }
  // The sign-in clock (tests freeze it with `setAuthClock` to drive lockout and sessions without sleeping).
  const auth = new AuthService(db.models, secret, () => authNow(db.models), {
    viewerCacheMs: config.PARLEY_VIEWER_CACHE_MS,
  });
  const apiClients = new ApiClientService(db.models);
  // `live`: re-checking a running subscription (realtime-server.ts): the session decides, not the
  // token's expiry, and an API key's re-check is not a request counted against its rate limit.
  const viewerOf = async (authorization: string | undefined, live = false): Promise<Viewer> => {
    if (!authorization) return ANONYMOUS;
    try {
      const [scheme, credential] = authorization.split(/\s+/, 2);
      if (scheme?.toLowerCase() === 'bearer' && credential)
        return await auth.viewerFromBearer(credential, { ignoreExpiry: live });
      if (scheme?.toLowerCase() === 'apikey' && credential)
        return await apiClients.viewerFromKey(credential, { countRequest: !live });
      throw new AppError('UNAUTHENTICATED', {
        zh: '不支持的认证方式（请使用 Bearer 或 ApiKey）。',
        en: 'Unsupported authorization scheme (use Bearer or ApiKey).',
      });
    } catch (err) {
      // Errors thrown while building the context bypass resolvers: carry the code and status explicitly.
      if (err instanceof AppError) {
        throw new GraphQLError(err.messages.en, {
          extensions: {
            code: err.code,
            messages: err.messages,
            ...(err.details ?? {}),
            http: { status: err.code === 'RATE_LIMITED' ? 429 : 401 },
          },
        });
      }
      throw err;
    }
  };
  const app = express();
  const httpServer = createServer(app);
  const armor = new ApolloArmor({
    // Limits are exposed in messages so clients learn what to change; format-error maps them to QUERY_TOO_COMPLEX.
    maxDepth: { n: 12, exposeLimits: true },
    maxAliases: { n: 15, exposeLimits: true },
    maxDirectives: { n: 50, exposeLimits: true },
    // The token limit is graphql-js's own (parseOptions below): armor's runs a second parser in a plugin
    // hook, where a syntax error became an HTTP 500 instead of 400 GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000, exposeLimits: true },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  const allowList =
    config.PARLEY_PERSISTED_QUERIES === 'allow-list'
      ? [
          allowListPlugin<GraphQLContext>(
            loadAllowList(
              config.PARLEY_PERSISTED_QUERIES_FILE ??
                fileURLToPath(new URL('../../admin/src/generated/persisted-documents.json', import.meta.url)),
            ),
          ),
        ]
      : [];
  const schema = buildSchema();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // The process owns SIGINT/SIGTERM (shutdown.ts): Apollo's own handler would stop the server and then
    // re-raise the signal, which a running shutdown takes for a second signal.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: 4000 },
    validationRules: protection.validationRules,
    plugins: [
      inputGuardPlugin<GraphQLContext>(),
      ...protection.plugins,
      ...allowList,
      // On stop: no new connections, idle keep-alive sockets closed, in-flight requests get 3 s.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 3_000 }),
    ],
    formatError: createFormatError((err, formatted) =>
      logger.error({ err, path: formatted.path }, 'unexpected error in a GraphQL operation'),
    ),
  });
  await apollo.start();
  // Subscriptions share the schema, the access map and the credentials of HTTP requests.
  const realtime = attachRealtime({
    httpServer,
    schema,
    feed: db.models.CaseEventFeed,
    logger,
    pollIntervalMs: config.PARLEY_REALTIME_POLL_MS,
    viewerOf,
    liveViewerOf: (authorization) => viewerOf(authorization, true),
    contextFor: (viewer, ip) => ({ models: db.models, logger, lang: 'zh', viewer, ip, userAgent: '', auth }),
  });

  app.disable('x-powered-by');
  // Behind nginx or a load balancer, req.ip is the client's address (for sign-in throttling).
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(helmet({ contentSecurityPolicy: production ? undefined : false }));
  const origins = config.CORS_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  app.get('/healthz', async (_req, res) => {
    try {
      await db.conn.db?.admin().ping();
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  app.use(
    '/graphql',
    cors(origins.length > 0 ? { origin: origins } : { origin: false }),
    // Attachments travel base64-encoded in GraphQL variables (at most 5 MiB each, docs/cases.md).
    express.json({ limit: '8mb' }),
    ensureBody,
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GraphQLContext> => ({
        models: db.models,
        logger,
        lang: /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'zh',
        viewer: await viewerOf(req.headers.authorization),
        ip: req.ip ?? 'unknown',
        userAgent: String(req.headers['user-agent'] ?? '').slice(0, 500),
        auth,
      }),
    }),
  );

  // Errors before GraphQL (malformed JSON, a body over the limit, a bad encoding) answer coded JSON too.
  app.use(jsonErrorHandler((err) => logger.error({ err }, 'unexpected error in an HTTP request')));

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const workers =
    config.PARLEY_WORKERS === 'on'
      ? (() => {
          const registry = serverWorkers({ models: db.models, logger, config });
          return startBackgroundWorkers({
            models: db.models,
            logger,
            timerPollMs: config.PARLEY_TIMER_POLL_MS,
            timerHandlers: opts.timerHandlers ?? registry.timerHandlers(),
            sweeps: registry.sweeps(),
          });
        })()
      : null;
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.HOST}:${port}/graphql`;
  return {
    url,
    httpServer,
    /** Bounded (a few seconds): drains HTTP, closes subscriptions and stops the workers, together. */
    async stop() {
      await Promise.all([workers?.stop(), realtime.dispose(), apollo.stop()]);
      auth.viewers.dispose();
    },
  };
}
