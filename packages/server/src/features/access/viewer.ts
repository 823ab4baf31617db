/**
 * Who is calling: resolved once per request from the Authorization header, then checked against the
 * one authorization map (graphql/authorization.ts).
 */
import type { Permission } from './permissions';

export type Viewer =
  | { kind: 'anonymous' }
  /** The server itself (seeding, scheduled work); never the result of a request. */
  | { kind: 'system'; name: string }
  | {
      kind: 'user';
      userId: string;
      username: string;
      permissions: ReadonlySet<Permission>;
      departments: readonly string[];
    }
  | {
      kind: 'apiClient';
      clientId: string;
      name: string;
      permissions: ReadonlySet<Permission>;
      departments: readonly string[];
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
export const SEED_VIEWER: Viewer = { kind: 'system', name: 'seed' };

/** The name written into audit records for this viewer. */
export function actorName(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'user':
      return viewer.username;
    case 'apiClient':
      return `api:${viewer.name}`;
    case 'anonymous':
      return 'anonymous';
    case 'system':
      return `system:${viewer.name}`;
  }
}
