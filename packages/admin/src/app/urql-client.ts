/**
 * The GraphQL client. Queries go as POST with a JSON body (Apollo's CSRF protection refuses simple GET
 * requests), and every request carries the UI language so server messages come back in it.
 */
import { Client, cacheExchange, fetchExchange, type Exchange } from '@urql/core';
import type { AppLocale } from '../shared/lib/locale';

export interface UrqlClientOptions {
  /** Read on every request, so a language switch applies immediately. */
  getLocale: () => AppLocale;
  url?: string;
  /** Tests pass a fake exchange here instead of the network. */
  exchanges?: Exchange[];
}

export function createUrqlClient(options: UrqlClientOptions): Client {
  return new Client({
    url: options.url ?? '/graphql',
    exchanges: options.exchanges ?? [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { 'Accept-Language': options.getLocale() } }),
  });
}
