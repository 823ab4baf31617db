import { describe, expect, it } from 'vitest';
import { type CommandRunner, getServerCapabilities, isFerretDB } from '../src/capabilities';

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
