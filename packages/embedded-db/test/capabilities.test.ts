import { describe, expect, it } from 'vitest';
import {
  type CommandRunner,
  getServerCapabilities,
  honoursHint,
  isFerretDB,
  NO_SUCH_INDEX,
} from '../src/capabilities';

function fakeServer(buildInfo: Record<string, unknown>, hello: Record<string, unknown>): CommandRunner {
  return {
    command: async (command) => {
      if ('buildInfo' in command) return { ok: 1, ...buildInfo };
      if ('hello' in command) return { ok: 1, isWritablePrimary: true, ...hello };
      throw new Error(`unexpected command ${JSON.stringify(command)}`);
    },
  };
}

describe('getServerCapabilities', () => {
  it('recognises FerretDB by ferretdbVersion and grants it no transactions', async () => {
    const ferret = fakeServer({ version: '7.0.42', ferretdbVersion: 'v1.24.2' }, {});
    expect(await getServerCapabilities(ferret)).toEqual({
      isFerretDB: true,
      ferretdbVersion: 'v1.24.2',
      mongodbVersion: '7.0.42',
      replicaSet: null,
      transactions: false,
      changeStreams: false,
    });
    expect(await isFerretDB(ferret)).toBe(true);
  });

  it('grants transactions and change streams to a MongoDB replica set or mongos only', async () => {
    const replicaSet = await getServerCapabilities(fakeServer({ version: '7.0.12' }, { setName: 'rs0' }));
    expect(replicaSet).toMatchObject({
      isFerretDB: false,
      replicaSet: 'rs0',
      transactions: true,
      changeStreams: true,
    });
    const mongos = await getServerCapabilities(fakeServer({ version: '7.0.12' }, { msg: 'isdbgrid' }));
    expect(mongos).toMatchObject({ transactions: true });
    const standalone = await getServerCapabilities(fakeServer({ version: '7.0.12' }, {}));
    expect(standalone).toMatchObject({ isFerretDB: false, transactions: false, changeStreams: false });
    expect(await isFerretDB(fakeServer({ version: '7.0.12' }, {}))).toBe(false);
  });
});

describe('honoursHint', () => {
  /** A server whose find answers with `answer` (an error to throw, or a reply), recording the command. */
  function finder(answer: Error | Record<string, unknown>, seen: Record<string, unknown>[]): CommandRunner {
    return {
      command: async (command) => {
        seen.push(command);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    };
  }
  const mongoError = (code: number, message: string) => Object.assign(new Error(message), { code });

  it('asks for one document with a hint naming no index, on the given collection', async () => {
    const seen: Record<string, unknown>[] = [];
    await honoursHint(finder({ ok: 1, cursor: { id: 0, firstBatch: [] } }, seen), 'cases');
    expect(seen).toEqual([{ find: 'cases', filter: {}, limit: 1, singleBatch: true, hint: NO_SUCH_INDEX }]);
  });

  it("is true when the server refuses the unknown index (MongoDB's BadValue)", async () => {
    const refused = mongoError(
      2,
      'error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index',
    );
    expect(await honoursHint(finder(refused, []), 'cases')).toBe(true);
  });

  it('is false when the server answers anyway (FerretDB ignores hint)', async () => {
    expect(
      await honoursHint(finder({ ok: 1, cursor: { id: 0, firstBatch: [{ _id: 1 }] } }, []), 'cases'),
    ).toBe(false);
  });

  it('throws any other error instead of guessing', async () => {
    await expect(honoursHint(finder(mongoError(13, 'not authorized'), []), 'cases')).rejects.toThrow(
      /not authorized/,
    );
    await expect(honoursHint(finder(mongoError(2, 'some other bad value'), []), 'cases')).rejects.toThrow(
      /other/,
    );
  });
});
