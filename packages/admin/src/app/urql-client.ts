/**
 * The GraphQL client. Queries go as POST with a JSON body (Apollo's CSRF protection refuses simple GET
 * requests), every request carries the UI language so server messages come back in it, and — given
 * an {@link AuthPort} — the signed-in user's access token.
 */
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import type { AppLocale } from '../shared/lib/locale';
import { authExchange, type AuthPort } from './auth-exchange';

export interface UrqlClientOptions {
  /** Read on every request, so a language switch applies immediately. */
  getLocale: () => AppLocale;
  auth?: AuthPort;
  url?: string;
  /** Tests pass a fake exchange here instead of the network. */
  exchanges?: Exchange[];
}

export function createUrqlClient(options: UrqlClientOptions): Client {
  const network = options.auth
    ? [cacheExchange, authExchange(options.auth), liveExchange(options), fetchExchange]
    : [cacheExchange, fetchExchange];
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: options.exchanges ?? network,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'Accept-Language': options.getLocale() } }),
  });
}

/** `ws:`/`wss:` URL of the GraphQL endpoint (the same path; the server speaks graphql-ws there). */
export function webSocketUrl(url: string, base: string): string {
  const u = new URL(url, base);
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return u.toString();
}

/**
 * Subscriptions over one lazy graphql-ws connection (opened with the first subscription, closed after
 * the last), authenticated with the signed-in user's token in `connectionParams`, re-read on every
 * reconnect so a renewed token is used.
 */
function liveExchange(options: UrqlClientOptions): Exchange {
  const auth = options.auth!;
  const ws = createWsClient({
    url: webSocketUrl(options.url ?? '/graphql', globalThis.location?.href ?? 'http://localhost/'),
    lazy: true,
    retryAttempts: 20,
    connectionParams: async () => {
      const token = await auth.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
    }),
  });
}
