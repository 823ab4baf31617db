/**
 * What the hot queries may ask of the connected server, probed once per connection (docs/database.md
 * "Indexes and the queries they serve"):
 * - `isFerretDB`: FerretDB v1 pushes only `{ _id }` filters down on SQLite, so the projection write
 *   there filters by `_id` alone (case-runtime.service.ts `writeProjection`);
 * - `hint`: the server honours `hint` (MongoDB), so the hot queries name their index and a missing index
 *   fails loudly instead of scanning. FerretDB v1.24 ignores hints: there none is sent.
 */
import { honoursHint, isFerretDB } from '@parley/embedded-db';
import type { Connection } from 'mongoose';

export interface QueryCapabilities {
  isFerretDB: boolean;
  hint: boolean;
}

const found = new WeakMap<Connection, Promise<QueryCapabilities>>();

/**
 * The capabilities of the server behind `conn`, asked once (the hint probe reads `cases`, which
 * `initModels` created); a probe that failed is asked again next time.
 */
export function queryCapabilitiesOf(conn: Connection): Promise<QueryCapabilities> {
  let caps = found.get(conn);
  if (!caps) {
    const db = conn.db!;
    caps = Promise.all([isFerretDB(db), honoursHint(db, 'cases')]).then(([ferret, hint]) => ({
      isFerretDB: ferret,
      hint,
    }));
    found.set(conn, caps);
    caps.catch(() => found.delete(conn));
  }
  return caps;
}

/** Index key patterns and names the hot queries name (declared in case.model.ts). */
export const HOT_INDEXES = {
  /** The `_id_` index: the case read and the projection write. */
  caseById: { _id: 1 },
  /** `inbox` (inboxKey, dueAt, _id): the inbox pages and their count. */
  inbox: 'inbox',
  /** `case_seq_unique` (caseId, seq): a case's log. */
  caseLog: 'case_seq_unique',
} as const;
