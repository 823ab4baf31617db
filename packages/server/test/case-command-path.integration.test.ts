/**
 * The database commands of one `submitStep` on the hot path, counted with the driver's command
 * monitoring (a count is deterministic, a timing is not; docs/database.md "The command path").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { CLASSIFY, COMPLAINT, OPEN, SUBMIT, ok, openInput, setUpCases, type Staff } from './cases-helpers';

interface Seen {
  name: string;
  collection: string;
  filter: unknown;
}

describe('the command path of submitStep', () => {
  let h: Harness;
  let staff: Staff;
  beforeAll(async () => {
    h = await startHarness({}, { monitorCommands: true });
    staff = await setUpCases(h);
  }, 120_000);
  afterAll(async () => h?.close());

  async function commandsOf(run: () => Promise<unknown>): Promise<Seen[]> {
    const seen: Seen[] = [];
    const listener = (e: { commandName: string; command: Record<string, unknown> }) => {
      const collection = e.command[e.commandName];
      const updates = e.command['updates'] as { q?: unknown }[] | undefined;
      seen.push({
        name: e.commandName,
        collection: typeof collection === 'string' ? collection : '',
        filter: e.command['filter'] ?? updates?.[0]?.q ?? null,
      });
    };
    const client = h.db.models.Case.db.getClient();
    client.on('commandStarted', listener);
    try {
      await run();
    } finally {
      client.off('commandStarted', listener);
    }
    return seen;
  }

  it('reads the case once by _id, appends one batch, writes the projection by _id, and reads no log range or timer', async () => {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(OPEN, { input: openInput() }, { as: staff.agent }),
    );
    const id = opened.openCase.case.id;
    ok(await h.gql(SUBMIT, { id, step: 'receive', data: COMPLAINT }, { as: staff.agent }));

    const seen = await commandsOf(() =>
      h.gql(SUBMIT, { id, step: 'classify', data: CLASSIFY }, { as: staff.agent }).then(ok),
    );
    const on = (collection: string) => seen.filter((c) => c.collection === collection);
    // The case: looked up by `_id` only (FerretDB pushes nothing else down to an index). A second read
    // by `_id` is the projection's seq guard on FerretDB, where `{ _id, seq }` would scan the collection.
    const cases = on('cases');
    for (const c of cases) expect(Object.keys(c.filter as object)).toEqual(['_id']);
    expect(cases.filter((c) => c.name === 'find').length).toBeGreaterThanOrEqual(1);
    expect(cases.filter((c) => c.name === 'find').length).toBeLessThanOrEqual(2);
    expect(cases.filter((c) => c.name === 'update')).toHaveLength(1);
    // The log: one insert of the batch, no read of a range.
    expect(on('case_events').map((c) => c.name)).toEqual(['insert']);
    // The SLA's next points did not change: no timer is read or written.
    expect(on('timers')).toEqual([]);
    // No other case's data, no idempotency record (no key given), nothing else.
    expect(seen.length).toBeLessThanOrEqual(5);
    expect(seen.map((c) => c.collection).sort()).toEqual(
      [...cases.map(() => 'cases'), 'case_events', 'sla_calendars'].sort(),
    );
  });
});
