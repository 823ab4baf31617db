/**
 * Persisted-query allow-list mode for production clients: when PARLEY_PERSISTED_QUERIES=allow-list, only
 * operations listed in the manifest (by default the admin's generated persisted-documents.json) are
 * executed; anything else gets PERSISTED_QUERY_NOT_ALLOWED. Documents are compared in printed form, so
 * whitespace and formatting differences between the manifest and the client do not matter.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print, type DocumentNode } from 'graphql';

const digest = (document: DocumentNode) => createHash('sha256').update(print(document)).digest('hex');

/** Reads a manifest: a JSON object whose values (or a JSON array whose items) are GraphQL documents. */
export function loadAllowList(file: string): ReadonlySet<string> {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const documents = Array.isArray(raw) ? raw : Object.values(raw as Record<string, unknown>);
  return new Set(
    documents.map((doc, i) => {
      if (typeof doc !== 'string') throw new Error(`${file}: entry ${i} is not a GraphQL document`);
      return digest(parse(doc));
    }),
  );
}

export function allowListPlugin<C extends object>(allowed: ReadonlySet<string>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          if (allowed.has(digest(document))) return;
          throw new GraphQLError('This operation is not on the allow-list of persisted queries.', {
            extensions: {
              code: 'PERSISTED_QUERY_NOT_ALLOWED',
              messages: {
                zh: '该操作不在已登记的查询白名单中。',
                en: 'This operation is not on the allow-list of persisted queries.',
              },
              http: { status: 400 },
            },
          });
        },
      };
    },
  };
}
