/**
 * Crash test: the real server (packages/server/src/main.ts, workers on) runs as a child process on its
 * own database; 10 clients open complaint cases and submit their steps, each command with an
 * idempotency key; wait-step timers are due. The server is killed with SIGKILL mid-run and started
 * again on the same database. Then: every command that got a success answer is in the log (same
 * sequence number and hash), retried in-flight commands take effect once, every timer that came due
 * fired exactly once, and verifyAudit is ok.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { trusted, Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type Database } from '../../src/db/connect';
import type { GqlResponse, Harness } from '../harness';
import { CLASSIFY, COMPLAINT, HANDLE, OPEN, openInput, setUpCases, SUBMIT } from '../cases-helpers';
import { figure } from './security-support';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ADMIN_PASSWORD = 'crash-test-secret-pw';
const CLIENTS = 10;
/** Acknowledged commands before the kill. */
const KILL_AFTER = 60;
const DUE_BEFORE_KILL = 12;
const DUE_WHILE_DOWN = 8;
const PAST = new Date('2000-01-01T00:00:00Z');

interface Server {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Starts main.ts in a child process (no tsx wrapper: the pid is the server's own). */
async function startServer(dbName: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      MONGODB_URI: inject('mongodbUri'),
      PARLEY_DB_NAME: dbName,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PARLEY_SEED: 'false',
      PARLEY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      PARLEY_WORKERS: 'on',
      PARLEY_TIMER_POLL_MS: '50',
      PARLEY_WEBHOOK_ALLOW_PRIVATE: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /GraphQL ready at (http:\/\/[^\s"]+)/.exec(output);
      if (found) resolve(found[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`server exited (${code}) before it was ready:\n${output}`)));
  });
  child.stdout!.resume();
  return { child, url, exited };
}

/** What setUpCases needs of a harness, against a server in another process. */
function remote(server: { url: string }): Pick<Harness, 'gql' | 'login' | 'admin'> {
  const client = {
    admin: '',
    async gql<T>(query: string, variables?: Record<string, unknown>, options: { as?: string | null } = {}) {
      const credential = options.as === undefined ? client.admin : options.as;
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(credential ? { authorization: credential } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) } as GqlResponse<T>;
    },
    async login(username: string, password: string) {
      const res = await client.gql<{ login: { accessToken: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
        { u: username, p: password },
        { as: null },
      );
      if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
      return `Bearer ${res.data.login.accessToken}`;
    },
  };
  return client;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > until) throw new Error(`${what}: not reached in time`);
    await new Promise((r) => setTimeout(r, 25)); // between polls of the condition, not a wait for time
  }
}

interface Command {
  key: string;
  query: string;
  variables: Record<string, unknown>;
}
interface Acknowledged extends Command {
  caseId: string;
  events: { seq: number; hash: string }[];
}

describe('crash test: kill -9 while 10 clients submit steps', () => {
  const dbName = `parley_crash_${randomBytes(6).toString('hex')}`;
  let server: Server;
  let db: Database;

  beforeAll(async () => {
    db = await connectDatabase(inject('mongodbUri'), dbName);
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await db?.conn.dropDatabase();
    await db?.close();
  });

  it('loses no acknowledged command, fires every due timer once, keeps the audit chain', async () => {
    server = await startServer(dbName);
    let api = remote(server);
    api.admin = await api.login('admin', ADMIN_PASSWORD);
    const staff = await setUpCases(api as Harness);
    const created = await api.gql<{ createFlowTemplate: { draft: { revision: number } } }>(
      `mutation { createFlowTemplate(input: { key: "satisfaction-follow-up", name: { zh: "回访", en: "Follow-up" },
        kind: SURVEY_FOLLOW_UP, fromSeed: "satisfaction-follow-up" }) { draft { revision } } }`,
    );
    await api.gql(
      `mutation($b: Int!) { publishFlowTemplate(key: "satisfaction-follow-up", baseRevision: $b) { version } }`,
      {
        b: created.data!.createFlowTemplate.draft.revision,
      },
    );
    // Follow-up cases wait a week: their timers are made due (a due time in the past) around the kill.
    const followUps: Types.ObjectId[] = [];
    for (let i = 0; i < DUE_BEFORE_KILL + DUE_WHILE_DOWN; i++) {
      const res = await api.gql<{ openCase: { case: { id: string } } }>(OPEN, {
        input: openInput({ templateKey: 'satisfaction-follow-up' }),
      });
      const hex = Buffer.from(res.data!.openCase.case.id, 'base64url').toString().split(':')[1]!;
      followUps.push(new Types.ObjectId(hex));
    }
    const timers = await db.models.Timer.find({ kind: 'case-timer' }).lean().exec();
    const timerKeysOf = (ids: Types.ObjectId[]) =>
      ids.flatMap((id) =>
        timers.filter((t) => String(t.payload['caseId']) === id.toHexString()).map((t) => t.key),
      );
    const dueFirst = timerKeysOf(followUps.slice(0, DUE_BEFORE_KILL));
    const dueLater = timerKeysOf(followUps.slice(DUE_BEFORE_KILL));
    expect(dueFirst).toHaveLength(DUE_BEFORE_KILL);
    expect(dueLater).toHaveLength(DUE_WHILE_DOWN);

    const acknowledged: Acknowledged[] = [];
    const inFlight: Command[] = [];
    let killed = false;
    const client = async (n: number) => {
      for (let round = 0; !killed; round++) {
        const prefix = `client-${n}-case-${round}`;
        let caseId: string | null = null;
        const steps: [string, Record<string, unknown>][] = [
          ['receive', COMPLAINT],
          ['classify', CLASSIFY],
          ['handle', HANDLE],
        ];
        const commands: (() => Command)[] = [
          () => ({
            key: `${prefix}-open`,
            query: OPEN,
            variables: { input: openInput(), key: `${prefix}-open` },
          }),
          ...steps.map(([step, data]) => () => ({
            key: `${prefix}-${step}`,
            query: SUBMIT,
            variables: { id: caseId, step, data, key: `${prefix}-${step}` },
          })),
        ];
        for (const next of commands) {
          if (killed) return;
          const command = next();
          let body: {
            data?: Record<string, { case: { id: string }; events: { seq: number; hash: string }[] }>;
          };
          try {
            const res = await fetch(server.url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: staff.agent },
              body: JSON.stringify({ query: command.query, variables: command.variables }),
            });
            body = (await res.json()) as typeof body;
          } catch {
            inFlight.push(command); // no answer: the client does not know whether it happened
            return;
          }
          const result = body.data ? Object.values(body.data)[0] : undefined;
          if (!result) break; // refused (not a crash): next case
          caseId = result.case.id;
          acknowledged.push({
            ...command,
            caseId,
            events: result.events.map((e) => ({ seq: e.seq, hash: e.hash })),
          });
        }
      }
    };

    const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
    await waitFor('commands acknowledged before the kill', async () => acknowledged.length >= KILL_AFTER / 2);
    await db.models.Timer.updateMany({ key: trusted({ $in: dueFirst }) }, { $set: { dueAt: PAST } }).exec();
    await waitFor('more commands acknowledged', async () => acknowledged.length >= KILL_AFTER);
    server.child.kill('SIGKILL');
    killed = true;
    await server.exited;
    await Promise.all(clients);
    const firedBeforeKill = await db.models.TimerFiring.countDocuments({
      timerKey: trusted({ $in: dueFirst }),
    }).exec();
    // While the server is down, more timers come due.
    await db.models.Timer.updateMany({ key: trusted({ $in: dueLater }) }, { $set: { dueAt: PAST } }).exec();

    server = await startServer(dbName);
    api = remote(server);
    api.admin = await api.login('admin', ADMIN_PASSWORD);
    const agent = await api.login('agent.cs', 'correct horse battery');

    // Every acknowledged command's events are in the log, unchanged.
    let lost = 0;
    for (const ack of acknowledged) {
      const caseId = new Types.ObjectId(Buffer.from(ack.caseId, 'base64url').toString().split(':')[1]);
      for (const e of ack.events) {
        const stored = await db.models.CaseEvent.findOne({ caseId, seq: e.seq }).lean().exec();
        if (!stored || stored.hash !== e.hash) lost++;
      }
    }
    // Commands that got no answer are retried with their keys: each takes effect at most once.
    let retried = 0;
    const openedCases = new Set(acknowledged.filter((a) => a.key.endsWith('-open')).map((a) => a.caseId));
    // A claim the killed process left pending answers CONFLICT (IDEMPOTENCY_IN_PROGRESS) until it is
    // stale; a client retries then, as told by retryAfterMs, and the taker finishes the command once.
    for (const command of inFlight) {
      let res: GqlResponse<Record<string, { case: { id: string } }>> | undefined;
      await waitFor(`retry of ${command.key}`, async () => {
        res = await api.gql<Record<string, { case: { id: string } }>>(command.query, command.variables, {
          as: agent,
        });
        return !res.errors?.some((e) => e.extensions?.['reason'] === 'IDEMPOTENCY_IN_PROGRESS');
      });
      if (!res || res.errors) continue;
      retried++;
      if (command.key.endsWith('-open')) openedCases.add(Object.values(res.data!)[0]!.case.id);
    }
    // No step completed twice in a case, and no case opened that no open command (or its retry) names.
    const completed = await db.models.CaseEvent.find({ type: 'stepCompleted' }).lean().exec();
    const perStep = new Map<string, number>();
    for (const e of completed) {
      const k = `${String(e.caseId)}/${String(e.data['stepKey'])}`;
      perStep.set(k, (perStep.get(k) ?? 0) + 1);
    }
    const duplicated = [...perStep.values()].filter((n) => n > 1).length;
    const complaintCases = await db.models.Case.countDocuments({ templateKey: 'complaint-handling' }).exec();

    // Every timer that came due fires exactly once (one outcome, one timerFired event per case).
    const due = [...dueFirst, ...dueLater];
    await waitFor(
      'due timers fired',
      async () =>
        (await db.models.TimerFiring.countDocuments({ timerKey: trusted({ $in: due }) }).exec()) ===
        due.length,
    );
    let firedOnce = 0;
    for (const [i, key] of due.entries()) {
      const firings = await db.models.TimerFiring.countDocuments({ timerKey: key }).exec();
      const events = await db.models.CaseEvent.countDocuments({
        caseId: followUps[i],
        type: 'timerFired',
      }).exec();
      if (firings === 1 && events === 1) firedOnce++;
    }
    const audit = await api.gql<{ verifyAudit: { ok: boolean; casesChecked: number } }>(
      `query { verifyAudit { ok casesChecked firstBroken { caseId seq reason } } }`,
    );

    figure('crash: commands acknowledged before kill -9', acknowledged.length);
    figure('crash: acknowledged commands lost', lost);
    figure('crash: in-flight commands retried after restart (succeeded)', `${inFlight.length} (${retried})`);
    figure('crash: steps recorded twice', duplicated);
    figure(
      'crash: complaint cases in the database / opened by an answered command',
      `${complaintCases} / ${openedCases.size}`,
    );
    figure(
      'crash: timers due / fired before the kill / fired exactly once',
      `${due.length} / ${firedBeforeKill} / ${firedOnce}`,
    );
    figure('crash: verifyAudit ok', String(audit.data?.verifyAudit.ok));
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(lost).toBe(0);
    expect(duplicated).toBe(0);
    expect(complaintCases).toBe(openedCases.size);
    expect(firedOnce).toBe(due.length);
    expect(audit.errors, JSON.stringify(audit.errors)).toBeUndefined();
    expect(audit.data?.verifyAudit.ok).toBe(true);
  });
});
