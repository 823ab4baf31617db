/**
 * What every file of the attack suite shares: a raw GraphQL client that keeps the response text (the
 * harness parses JSON and would hide a non-JSON answer), the error-hygiene rules every response must
 * meet, and a write monitor that sees every command the server sends to the database during a request.
 */
import type { mongo } from 'mongoose';
import type { Harness } from '../harness';

export interface RawResponse {
  status: number;
  text: string;
  /** The parsed body, or undefined when the body is not JSON. */
  body?: { data?: Record<string, unknown> | null; errors?: RawError[] };
}

export interface RawError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [k: string]: unknown };
}

/** Posts one GraphQL request the way any client would; never throws on a bad answer. */
export async function post(
  url: string,
  payload: { query: string; variables?: Record<string, unknown> },
  credential: string | null,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(credential ? { authorization: credential } : {}),
      ...headers,
    },
    body: JSON.stringify(payload),
  });
  return parseRaw(res.status, await res.text());
}

/** Sends a raw body (not necessarily JSON) to the GraphQL endpoint. */
export async function postRaw(
  url: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<RawResponse> {
  const res = await fetch(url, { method: 'POST', headers, body });
  return parseRaw(res.status, await res.text());
}

function parseRaw(status: number, text: string): RawResponse {
  try {
    return { status, text, body: JSON.parse(text) as RawResponse['body'] };
  } catch {
    return { status, text };
  }
}

/** Traces of the server's insides that must never reach a client. */
const LEAK_PATTERNS: readonly [string, RegExp][] = [
  ['a file path under /work', /\/work\//],
  ['node_modules', /node_modules/],
  ['a source position (.ts:line)', /\.(?:ts|js|mjs|cjs|vue):\d+/],
  ['a stack frame', /\bat (?:async )?[\w$.<>[\]]+ \(/],
  ['a stack-trace field', /"stacktrace"|"stack"\s*:/i],
  [
    'an internal error name',
    /MongoServerError|MongoError|CastError|ValidationError:|TypeError|ReferenceError/,
  ],
];

/** Everything wrong with one response: 5xx, not JSON, INTERNAL_SERVER_ERROR, server internals. */
export function hygieneProblems(res: RawResponse): string[] {
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  if (!res.body) problems.push('a body that is not JSON');
  if (res.text.includes('INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  for (const [what, pattern] of LEAK_PATTERNS) if (pattern.test(res.text)) problems.push(what);
  for (const error of res.body?.errors ?? [])
    if (!error.extensions?.code) problems.push(`an error without a code: ${error.message.slice(0, 80)}`);
  return problems;
}

export function errorCodes(res: RawResponse): string[] {
  return (res.body?.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
}

/**
 * Collections a refused request writes to by design: the records of failed or attempted sign-ins and
 * public-link uses that lockout and per-address / per-token rate limits are made of (`…_attempts`,
 * `…_failures`, `…_slots`, `…rate_limits`), and the complaint-category write lock's tickets (one per
 * attempted tree write, released when it ends: a lock, not data; see category-write-lock.ts). Any other
 * lasting write by a refused request is a defect.
 */
export const ATTEMPT_COUNTERS =
  /(?:^|_)(?:attempts|failures|slots|rate_limits?)$|^complaint_category_write_tickets$/;

const WRITE_COMMANDS = new Set(['insert', 'update', 'delete', 'findAndModify']);

export interface ObservedWrite {
  command: string;
  collection: string;
  /** `_id`s of inserted documents (to tell a kept insert from one removed again). */
  insertedIds: unknown[];
}

/** Records every write command the harness's connection sends (the harness must monitor commands). */
export class WriteMonitor {
  private writes: ObservedWrite[] = [];
  private readonly listener = (event: mongo.CommandStartedEvent) => {
    if (!WRITE_COMMANDS.has(event.commandName)) return;
    const collection = String(event.command[event.commandName]);
    const documents = event.commandName === 'insert' ? (event.command['documents'] as unknown[]) : [];
    this.writes.push({
      command: event.commandName,
      collection,
      insertedIds: documents.map((d) => (d as { _id?: unknown })._id),
    });
  };

  constructor(private readonly client: mongo.MongoClient) {
    if (!client.options.monitorCommands) throw new Error('start the harness with { monitorCommands: true }');
    client.on('commandStarted', this.listener);
  }

  static of(h: Harness): WriteMonitor {
    return new WriteMonitor(h.db.conn.getClient());
  }

  /** The writes sent while `fn` ran. */
  async during<T>(fn: () => Promise<T>): Promise<{ result: T; writes: ObservedWrite[] }> {
    this.writes = [];
    const result = await fn();
    const writes = this.writes;
    this.writes = [];
    return { result, writes };
  }

  stop(): void {
    this.client.off('commandStarted', this.listener);
  }
}

/**
 * The writes of a refused request that stayed: anything but attempt counters, except inserts whose
 * documents are gone again and deletes in a collection the same request inserted into (a reservation,
 * such as an idempotency key, taken and released when the request failed).
 */
export async function lastingWrites(h: Harness, writes: ObservedWrite[]): Promise<string[]> {
  const lasting: string[] = [];
  const insertedInto = new Set(writes.filter((w) => w.command === 'insert').map((w) => w.collection));
  for (const write of writes) {
    if (ATTEMPT_COUNTERS.test(write.collection)) continue;
    if (write.command === 'delete' && insertedInto.has(write.collection)) continue;
    if (write.command === 'insert') {
      const ids = write.insertedIds.filter((id) => id !== undefined);
      const kept =
        ids.length === 0
          ? 1
          : await h.db.conn
              .collection(write.collection)
              .countDocuments({ _id: { $in: ids } } as Record<string, unknown>);
      if (kept === 0) continue;
    }
    lasting.push(`${write.command} ${write.collection}`);
  }
  return lasting;
}

/** Prints a figure the way the lead quotes it (one greppable line per figure). */
export function figure(name: string, value: number | string): void {
  console.log(`[security figure] ${name}: ${value}`);
}
