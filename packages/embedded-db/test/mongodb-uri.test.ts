import { describe, expect, it } from 'vitest';
import { databaseNameOf, redactUri, withDatabaseName } from '../src/mongodb-uri';

describe('withDatabaseName', () => {
  it('sets the path of a URI without one', () => {
    expect(withDatabaseName('mongodb://127.0.0.1:27017/', 'parley_test_1')).toBe(
      'mongodb://127.0.0.1:27017/parley_test_1',
    );
    expect(withDatabaseName('mongodb://127.0.0.1:27017', 'x')).toBe('mongodb://127.0.0.1:27017/x');
  });

  it('replaces an existing database and keeps options and several hosts', () => {
    expect(withDatabaseName('mongodb://a:1,b:2/parley?replicaSet=rs0', 'other')).toBe(
      'mongodb://a:1,b:2/other?replicaSet=rs0',
    );
  });

  it('pins the authentication database before moving the path', () => {
    expect(withDatabaseName('mongodb://u:p@h/', 'db1')).toBe('mongodb://u:p@h/db1?authSource=admin');
    expect(withDatabaseName('mongodb://u:p@h/users?tls=true', 'db1')).toBe(
      'mongodb://u:p@h/db1?tls=true&authSource=users',
    );
    expect(withDatabaseName('mongodb+srv://u:p@h/x?authSource=y', 'db1')).toBe(
      'mongodb+srv://u:p@h/db1?authSource=y',
    );
  });

  it('rejects names FerretDB or MongoDB would not accept, and non-MongoDB URIs', () => {
    expect(() => withDatabaseName('mongodb://h/', 'a.b')).toThrow(/Invalid database name/);
    expect(() => withDatabaseName('mongodb://h/', '')).toThrow(/Invalid database name/);
    expect(() => withDatabaseName('postgres://h/', 'a')).toThrow(/Not a MongoDB connection string/);
  });
});

describe('databaseNameOf', () => {
  it('reads the path, or undefined', () => {
    expect(databaseNameOf('mongodb://h:1/parley?x=1')).toBe('parley');
    expect(databaseNameOf('mongodb://h:1/')).toBeUndefined();
    expect(databaseNameOf('mongodb://h:1')).toBeUndefined();
  });
});

describe('redactUri', () => {
  it('hides passwords only', () => {
    expect(redactUri('mongodb://user:secret@h:1/db')).toBe('mongodb://user:***@h:1/db');
    expect(redactUri('mongodb://h:1/db')).toBe('mongodb://h:1/db');
  });
});
