/**
 * Actors in words. The log records who acted as a user name, `api:<client name>` or `system:<name>`
 * (names outlive ids for an auditor reading years later); the page shows the user's display name,
 * looked up once per page of entries.
 */
import { trusted } from 'mongoose';
import type { Models } from '../../db/models';

/** The recorded actor without its kind prefix: `api:crm` → `crm`, `system:repair` → `repair`. */
export function bareActorName(actor: string): string {
  const m = /^(api|system):(.+)$/.exec(actor);
  return m ? m[2]! : actor;
}

/** Display names of the recorded actors that are users; others by their bare name. */
export async function actorNames(models: Models, actors: Iterable<string>): Promise<Map<string, string>> {
  const keys = [...new Set(actors)];
  const usernames = keys.filter((a) => !a.includes(':'));
  const users =
    usernames.length > 0
      ? await models.User.find({ username: trusted({ $in: usernames }) }, { username: 1, displayName: 1 })
          .lean<{ username: string; displayName: string }[]>()
          .exec()
      : [];
  const byUsername = new Map(users.map((u) => [u.username, u.displayName]));
  return new Map(keys.map((a) => [a, byUsername.get(a) ?? bareActorName(a)]));
}
