/**
 * The API-client form and list, pure: what the scope picker offers (only what the caller holds, grouped
 * by area), the input sent to the server, and where the server's problems show.
 */
import type { CreateApiClientInput, UpdateApiClientInput } from '../../../generated/graphql';
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

/** The form filled with a client's current values, to edit it. */
export function apiClientFormOf(client: {
  name: string;
  scopes: readonly string[];
  rateLimitPerMinute: number;
}): ApiClientForm {
  return { name: client.name, scopes: [...client.scopes], rateLimitPerMinute: client.rateLimitPerMinute };
}

/** The whole form as an update (the server only checks scopes the client does not carry yet). */
export function toUpdateApiClientInput(form: ApiClientForm): UpdateApiClientInput {
  return toCreateApiClientInput(form);
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

/**
 * The scopes a caller may give a key (exactly their own permissions), grouped, each group sorted. When
 * editing, the key's current scopes are offered too: keeping or dropping one is not a grant.
 */
export function scopeOptions(
  held: readonly string[],
  current: readonly string[] = [],
): { group: ScopeGroup; scopes: string[] }[] {
  const offered = [...new Set([...held, ...current])];
  return SCOPE_GROUPS.map((group) => ({
    group,
    scopes: offered.filter((s) => scopeGroupOf(s) === group).sort(),
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
