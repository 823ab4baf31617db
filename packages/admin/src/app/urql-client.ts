/**
 * The GraphQL client. Queries go as POST with a JSON body (Apollo's CSRF protection refuses simple GET
 * requests), every request carries the UI language so server messages come back in it, and — given
 * an {@link AuthPort} — the signed-in user's access token.
 */
import { Client, cacheExchange, fetchExchange, type Exchange } from '@urql/core';
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
    ? [cacheExchange, authExchange(options.auth), fetchExchange]
    : [cacheExchange, fetchExchange];
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: options.exchanges ?? network,
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'Accept-Language': options.getLocale() } }),
  });
}
