/**
 * GraphQL subscriptions over WebSocket (graphql-ws protocol) on the HTTP server's `/graphql` path.
 * A connection must authenticate in `connectionParams.authorization` (`Bearer …` / `ApiKey …`, the
 * same credentials as HTTP); without valid ones it is closed at once with 4403 Forbidden. The credential
 * is kept for the connection's life: subscriptions re-resolve the viewer from it before every event
 * (`context.liveViewer`), so a deactivated user or an ended session stops receiving at once.
 */
import type { Server } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../../graphql/context';
import { createFormatError } from '../../errors/format-error';
import type { Viewer } from '../access';
import type { CaseEventFeedModel } from '../webhooks';
import { casePollerFor } from './case-event-poller';

export interface RealtimeOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  feed: CaseEventFeedModel;
  logger: Logger;
  pollIntervalMs: number;
  viewerOf(authorization: string): Promise<Viewer>;
  /**
   * The viewer of a connection's credential as of now, for re-checking a live subscription: the session
   * (user active, same session version) or the key (not revoked) decides, not the access token's expiry,
   * and no API-key request is counted against the rate limit.
   */
  liveViewerOf(authorization: string): Promise<Viewer>;
  contextFor(viewer: Viewer, ip: string): GraphQLContext;
}

export function attachRealtime(options: RealtimeOptions): { dispose(): Promise<void> } {
  // The first user of the poller decides its interval; later lookups share it.
  const poller = casePollerFor(options.feed, { intervalMs: options.pollIntervalMs, logger: options.logger });
  const wss = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const viewers = new WeakMap<WebSocket, { viewer: Viewer; authorization: string }>();
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
          viewers.set(ctx.extra.socket, { viewer: await options.viewerOf(authorization), authorization });
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
        const connection = viewers.get(ctx.extra.socket);
        // onConnect refused every socket without a viewer, so this is only a guard.
        if (!connection) throw new Error('subscription on an unauthenticated socket');
        return {
          ...options.contextFor(connection.viewer, ctx.extra.request.socket.remoteAddress ?? 'unknown'),
          liveViewer: () => options.liveViewerOf(connection.authorization),
        };
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
