/**
 * The API-client form and list, pure: what the scope picker offers (only what the caller holds, grouped
 * by area), the input sent to the server, and where the server's problems show.
 */
import type { CreateApiClientInput } from '../../../generated/graphql';
import { fieldMessages, type AppError, type FieldMessages } from '../../../shared/lib/graphql-error';

export const DEFAULT_RATE_LIMIT = 600;
export const MAX_RATE_LIMIT = 100_000;

export interface ApiClientForm {
  name: string;
  scopes: string[];
  rateLimitPerMinute: number;
}

export type ApiClientField = 'name' | 'scopes' | 'rateLimitPerMinute';

export function emptyApiClientForm(): ApiClientForm {
  return { name: '', scopes: [], rateLimitPerMinute: DEFAULT_RATE_LIMIT };
}

export function toCreateApiClientInput(form: ApiClientForm): CreateApiClientInput {
  return {
    name: form.name.trim(),
    scopes: [...new Set(form.scopes)].sort(),
    rateLimitPerMinute: form.rateLimitPerMinute,
  };
}

/** The groups scopes are shown in, in this order; a permission of another area goes to `other`. */
export const SCOPE_GROUPS = [
  'case',
  'flow',
  'category',
  'survey',
  'calendar',
  'audit',
  'user',
  'apiclient',
  'webhook',
  'other',
] as const;
export type ScopeGroup = (typeof SCOPE_GROUPS)[number];

export function scopeGroupOf(scope: string): ScopeGroup {
  const area = scope.split('.')[0] ?? '';
  return (SCOPE_GROUPS as readonly string[]).includes(area) ? (area as ScopeGroup) : 'other';
}

/** The scopes a caller may give a key (exactly their own permissions), grouped, each group sorted. */
export function scopeOptions(held: readonly string[]): { group: ScopeGroup; scopes: string[] }[] {
  return SCOPE_GROUPS.map((group) => ({
    group,
    scopes: [...new Set(held)].filter((s) => scopeGroupOf(s) === group).sort(),
  })).filter((g) => g.scopes.length > 0);
}

const SERVER_FIELDS = new Map<string, ApiClientField>([
  ['name', 'name'],
  ['scopes', 'scopes'],
  ['rateLimitPerMinute', 'rateLimitPerMinute'],
  // An unknown scope is named by its position (`input.scopes.3`): shown under the scopes.
  ...Array.from({ length: 100 }, (_, i) => [`scopes.${i}`, 'scopes'] as [string, ApiClientField]),
]);

/** The server's problems under `input`, on the form's fields. */
export function apiClientFormErrors(error: AppError): FieldMessages<ApiClientField> {
  return fieldMessages(error, ['input'], SERVER_FIELDS);
}

export type ApiClientState = 'active' | 'revoked';

export function apiClientState(client: { revokedAt?: Date | string | null }): ApiClientState {
  return client.revokedAt ? 'revoked' : 'active';
}

/** Active clients first (by name), revoked ones after. */
export function sortApiClients<T extends { name: string; revokedAt?: Date | string | null }>(
  clients: readonly T[],
): T[] {
  return [...clients].sort(
    (a, b) =>
      Number(apiClientState(a) === 'revoked') - Number(apiClientState(b) === 'revoked') ||
      a.name.localeCompare(b.name),
  );
}
