// Plain string handling rather than `new URL()`: a MongoDB URI may list several hosts
// (`mongodb://a:1,b:2/db?replicaSet=rs`), which WHATWG URL parsing rejects.

interface UriParts {
  /** `mongodb://user:pass@host1,host2` */
  prefix: string;
  database: string;
  /** `?…` including the question mark, or empty. */
  query: string;
}

function splitUri(uri: string): UriParts {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]*)(?:\/([^?]*))?(\?.*)?$/.exec(uri);
  if (!match?.[1]) {
    throw new Error(`Not a MongoDB connection string: ${redactUri(uri)}`);
  }
  return { prefix: match[1], database: decodeURIComponent(match[2] ?? ''), query: match[3] ?? '' };
}

/** The database named in the URI's path, or undefined when it names none. */
export function databaseNameOf(uri: string): string | undefined {
  const { database } = splitUri(uri);
  return database === '' ? undefined : database;
}

/** The same URI with its path replaced by `name`; options and credentials are kept. */
export function withDatabaseName(uri: string, name: string): string {
  if (!/^[A-Za-z0-9_-]{1,63}$/.test(name)) {
    // FerretDB v1 accepts only these characters (and MongoDB accepts them all), so a name that
    // passes here works on every store Parley runs on.
    throw new Error(`Invalid database name ${JSON.stringify(name)}: use letters, digits, _ and -`);
  }
  const { prefix, database, query } = splitUri(uri);
  let options = query;
  // With credentials, the path also names the authentication database (admin when empty). Pin it
  // with authSource before changing the path, or the login would move to the new database.
  const hasCredentials = /^mongodb(?:\+srv)?:\/\/[^/?]*@/.test(prefix);
  if (hasCredentials && !/[?&]authSource=/i.test(query)) {
    const authSource = `authSource=${encodeURIComponent(database === '' ? 'admin' : database)}`;
    options = query === '' || query === '?' ? `?${authSource}` : `${query}&${authSource}`;
  }
  return `${prefix}/${name}${options}`;
}

/** The URI with any password replaced, for logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/)([^@/?]*)@/, (_all, scheme: string, userInfo: string) => {
    const user = userInfo.split(':')[0] ?? '';
    return `${scheme}${user}:***@`;
  });
}
