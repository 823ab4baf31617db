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

  it('is three commands: reads the case by _id, appends one batch, writes the projection by _id', async () => {
    const opened = ok(
      await h.gql<{ openCase: { case: { id: string } } }>(OPEN, { input: openInput() }, { as: staff.agent }),
    );
    const id = opened.openCase.case.id;
    ok(await h.gql(SUBMIT, { id, step: 'receive', data: COMPLAINT }, { as: staff.agent }));

    const seen = await commandsOf(() =>
      h.gql(SUBMIT, { id, step: 'classify', data: CLASSIFY }, { as: staff.agent }).then(ok),
    );
    // Exactly three, in this order, on both backends: the case by `_id` (FerretDB pushes nothing else
    // down to an index), the batch (the unique (caseId, seq) is the arbiter and the projection's seq
    // guard on FerretDB), the projection by `_id` (`{ _id, seq }` on MongoDB, checked in the same
    // update). No read of the log, of a timer (the SLA's next points did not change), of the calendar
    // (cached at the revision the case names) or of an idempotency record (no key given).
    expect(seen.map((c) => [c.name, c.collection])).toEqual([
      ['find', 'cases'],
      ['insert', 'case_events'],
      ['update', 'cases'],
    ]);
    const [read, , write] = seen;
    expect(Object.keys(read!.filter as object)).toEqual(['_id']);
    const ferret = 'ferretdbVersion' in (await h.db.conn.db!.command({ buildInfo: 1 }));
    expect(Object.keys(write!.filter as object)).toEqual(ferret ? ['_id'] : ['_id', 'seq']);
  });
});
