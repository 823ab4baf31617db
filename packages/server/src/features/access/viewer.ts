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
      /** The user's role keys as resolved with the permissions (flow roles); absent on hand-built viewers. */
      roles?: readonly string[];
    }
  | {
      kind: 'apiClient';
      clientId: string;
      name: string;
      permissions: ReadonlySet<Permission>;
      departments: readonly string[];
    }
  /**
   * A customer answering through a signed customer link (features/offers): acts on that one case only,
   * holds no permission. Built by the offers resolvers from a verified token, never from a header.
   */
  | { kind: 'customer'; caseId: string; linkId: string };

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
    case 'customer':
      return `customer:${viewer.linkId}`;
  }
}

/**
 * A short-lived per-process cache of resolved user viewers (user, roles, permissions, departments),
 * keyed by user id, so an authenticated request does not read the user and their roles every time.
 *
 * - TTL `PARLEY_VIEWER_CACHE_MS` (default 5000; 0 disables the cache).
 * - Changes made by this process (password change, deactivation, roles/departments of a user, built-in
 *   role updates) invalidate at once (`invalidateViewer` / `invalidateAllViewers`).
 * - Other processes keep serving their cached entry until it expires: a user deactivated elsewhere is
 *   refused after at most the TTL (access tokens live 15 minutes anyway; refresh always reads the user).
 * The token-specific check (the token's session version against the user's) is applied on every request
 * from the cached `sessionVersion`, so a cached entry never lets an older token through that the stored
 * user would refuse. An ended session therefore lives on at most the TTL, and only in another process.
 */
export interface CachedUser {
  active: boolean;
  sessionVersion: number;
  viewer: Extract<Viewer, { kind: 'user' }>;
}

/** Every cache of this process, so a change made through any service invalidates all of them. */
const caches = new Set<ViewerCache>();
/** Bumped on every invalidation: a load that started before one must not be stored after it. */
let generation = 0;

export class ViewerCache {
  private readonly entries = new Map<string, { at: number; value: CachedUser }>();

  constructor(
    readonly ttlMs: number,
    private readonly clock: () => number = () => Date.now(),
  ) {
    if (ttlMs > 0) caches.add(this);
  }

  /** The cached entry, or the loaded one (stored when still current). */
  async get(userId: string, load: () => Promise<CachedUser | null>): Promise<CachedUser | null> {
    if (this.ttlMs <= 0) return load();
    const hit = this.entries.get(userId);
    if (hit && this.clock() - hit.at < this.ttlMs) return hit.value;
    const started = generation;
    const at = this.clock();
    const value = await load();
    if (value && started === generation) {
      if (this.entries.size >= 10_000) this.entries.clear();
      this.entries.set(userId, { at, value });
    } else this.entries.delete(userId);
    return value;
  }

  delete(userId: string): void {
    this.entries.delete(userId);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Stops receiving invalidations (a stopped server). */
  dispose(): void {
    this.entries.clear();
    caches.delete(this);
  }
}

/** Forgets one user's cached viewer in every cache of this process. */
export function invalidateViewer(userId: string): void {
  generation++;
  for (const c of caches) c.delete(userId);
}

/** Forgets every cached viewer of this process (a role's permissions changed). */
export function invalidateAllViewers(): void {
  generation++;
  for (const c of caches) c.clear();
}
