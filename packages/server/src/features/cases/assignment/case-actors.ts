/**
 * Who acted on a case, in words (`CaseEvent.performedBy`, `ContactAttempt.performedBy`): the stored
 * actor key (`user:<id>`, `api:<client id>`, `system:<name>`, `customer:<link id>`, null) becomes a
 * kind and a name. Staff and API clients are looked up in one batch per request: every key asked for
 * while a page of events resolves is collected and read with one query per collection.
 */
import { trusted, Types } from 'mongoose';
import type { Models } from '../../../db/models';

export type CaseActorKindName = 'USER' | 'API_CLIENT' | 'SYSTEM' | 'CUSTOMER';

export interface CaseActorView {
  kind: CaseActorKindName;
  displayName: string | null;
  username: string | null;
}

type ParsedActor =
  | { kind: 'USER'; id: Types.ObjectId | null }
  | { kind: 'API_CLIENT'; id: Types.ObjectId | null }
  | { kind: 'SYSTEM' }
  | { kind: 'CUSTOMER' };

/** The kind a stored actor key names. Null (events recorded before customer keys existed) is the customer. */
export function parseActorKey(key: string | null | undefined): ParsedActor {
  if (!key || key.startsWith('customer:')) return { kind: 'CUSTOMER' };
  const objectId = (s: string) => (Types.ObjectId.isValid(s) ? new Types.ObjectId(s) : null);
  if (key.startsWith('user:')) return { kind: 'USER', id: objectId(key.slice(5)) };
  if (key.startsWith('api:')) return { kind: 'API_CLIENT', id: objectId(key.slice(4)) };
  return { kind: 'SYSTEM' };
}

const anonymousView = (kind: CaseActorKindName): CaseActorView => ({
  kind,
  displayName: null,
  username: null,
});

/** One per request: resolves actor keys, batching the look-ups of one tick. */
export class ActorLoader {
  private readonly cache = new Map<string, Promise<CaseActorView>>();
  private users = new Map<string, (view: CaseActorView) => void>();
  private clients = new Map<string, (view: CaseActorView) => void>();
  private scheduled = false;

  constructor(private readonly models: Models) {}

  load(key: string | null | undefined): Promise<CaseActorView> {
    const parsed = parseActorKey(key);
    if (parsed.kind === 'CUSTOMER' || parsed.kind === 'SYSTEM')
      return Promise.resolve(anonymousView(parsed.kind));
    if (!parsed.id) return Promise.resolve(anonymousView(parsed.kind));
    const cacheKey = `${parsed.kind}:${parsed.id.toHexString()}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const pending = parsed.kind === 'USER' ? this.users : this.clients;
    const promise = new Promise<CaseActorView>((resolve) => pending.set(parsed.id!.toHexString(), resolve));
    this.cache.set(cacheKey, promise);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
    return promise;
  }

  private async flush(): Promise<void> {
    const users = this.users;
    const clients = this.clients;
    this.users = new Map();
    this.clients = new Map();
    this.scheduled = false;
    const ids = (m: Map<string, unknown>) =>
      trusted({ $in: [...m.keys()].map((id) => new Types.ObjectId(id)) });
    try {
      const [userDocs, clientDocs] = await Promise.all([
        users.size
          ? this.models.User.find({ _id: ids(users) }, { username: 1, displayName: 1 })
              .lean<{ _id: Types.ObjectId; username: string; displayName: string }[]>()
              .exec()
          : [],
        clients.size
          ? this.models.ApiClient.find({ _id: ids(clients) }, { name: 1 })
              .lean<{ _id: Types.ObjectId; name: string }[]>()
              .exec()
          : [],
      ]);
      for (const u of userDocs)
        users.get(u._id.toHexString())?.({ kind: 'USER', displayName: u.displayName, username: u.username });
      for (const c of clientDocs)
        clients.get(c._id.toHexString())?.({ kind: 'API_CLIENT', displayName: c.name, username: null });
    } finally {
      // Anyone not found (deleted, or the read failed): named by kind only.
      for (const resolve of users.values()) resolve(anonymousView('USER'));
      for (const resolve of clients.values()) resolve(anonymousView('API_CLIENT'));
    }
  }
}

const loaders = new WeakMap<object, ActorLoader>();

/** The request's loader (keyed by the GraphQL context object, which lives as long as the request). */
export function actorLoader(ctx: { models: Models }): ActorLoader {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new ActorLoader(ctx.models);
    loaders.set(ctx, loader);
  }
  return loader;
}
