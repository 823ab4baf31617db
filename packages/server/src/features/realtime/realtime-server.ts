/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's `/graphql` path.
 * A connection must authenticate in `connectionParams.authorization` (`Bearer …` / `ApiKey …`, the
 * same credentials as HTTP); without valid ones it is closed at once with 4403 Forbidden.
 */
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../../graphql/context';
import { createFormatError } from '../../errors/format-error';
import type { Viewer } from '../access/viewer';
import type { CaseEventFeedModel } from '../webhooks/case-event-feed.model';
import { casePollerFor } from './case-event-poller';

export interface RealtimeOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  feed: CaseEventFeedModel;
  logger: Logger;
  pollIntervalMs: number;
  viewerOf(authorization: string): Promise<Viewer>;
  contextFor(viewer: Viewer, ip: string): GraphQLContext;
}

export function attachRealtime(options: RealtimeOptions): { dispose(): Promise<void> } {
  // The first user of the poller decides its interval; later lookups share it.
  const poller = casePollerFor(options.feed, { intervalMs: options.pollIntervalMs, logger: options.logger });
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const viewers = new WeakMap<WebSocket, Viewer>();
  const formatError = createFormatError((err, formatted) =>
    options.logger.error({ err, path: formatted.path }, 'unexpected error in a GraphQL subscription'),
  );
  const server = useServer(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const authorization = ctx.connectionParams?.['authorization'];
        if (typeof authorization !== 'string' || authorization.length === 0) return false;
        try {
          viewers.set(ctx.extra.socket, await options.viewerOf(authorization));
          return true;
        } catch {
          return false;
        }
      },
      // The same error shape as HTTP (docs/errors.md): coded AppErrors, everything else masked.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((err) => formatError(err.toJSON(), err)) }
          : undefined,
      context: (ctx) => {
        const viewer = viewers.get(ctx.extra.socket);
        // onConnect refused every socket without a viewer, so this is only a guard.
        if (!viewer) throw new Error('subscription on an unauthenticated socket');
        return options.contextFor(viewer, ctx.extra.request.socket.remoteAddress ?? 'unknown');
      },
    },
    wss,
  );
  return {
    /**
     * Closes every subscription socket (1001 Going away); a peer that does not complete the close
     * handshake within a second is cut off, so a stop never waits for ws's 30-second close timeout.
     */
    async dispose() {
      poller.stop();
      const cutOff = setTimeout(() => {
        for (const socket of wss.clients) socket.terminate();
      }, 1_000);
      try {
        await server.dispose();
      } finally {
        clearTimeout(cutOff);
      }
    },
  };
}
