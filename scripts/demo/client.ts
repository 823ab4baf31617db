/**
 * The demo's way in: GraphQL operations executed in-process against the server's own schema (the
 * authorization map, input checks, resolvers and services of every request), as a demo user — the
 * same command path a signed-in agent's browser takes, without HTTP or passwords.
 */
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from './logger';
import type { Models } from '../../packages/server/src/db/models';
import { buildSchema } from '../../packages/server/src/graphql/schema';
import type { GraphQLContext } from '../../packages/server/src/graphql/context';
import { AuthService } from '../../packages/server/src/features/access/auth.service';
import { ANONYMOUS, type Viewer } from '../../packages/server/src/features/access/viewer';

/** Who acts: a demo user's username, or the customer (public operations through their link). */
export type Who = string | 'customer';

export class DemoError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/**
 * graphql-js through `require`: the CommonJS build that graphql-tools made the schema with (an ESM
 * import may load the `.mjs` build, a second realm that refuses the schema).
 */
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

let schema: GraphQLSchema | null = null;

export class DemoClient {
  private readonly viewers = new Map<string, Promise<Viewer>>();
  private readonly auth: AuthService;
  /** Operations sent, for the throughput figures. */
  operations = 0;
  /** Time spent per root field (count, milliseconds), for the throughput notes. */
  readonly timings = new Map<string, { count: number; ms: number }>();

  constructor(
    readonly models: Models,
    private readonly logger: Logger,
  ) {
    schema ??= buildSchema();
    // Only `permissionsOf` is used: nobody signs in here, so the token secret is never read.
    this.auth = new AuthService(models, new Uint8Array(32));
  }

  /** The viewer of an active user, built as a verified access token would resolve it. */
  viewer(username: string): Promise<Viewer> {
    let found = this.viewers.get(username);
    if (!found) {
      found = (async (): Promise<Viewer> => {
        const user = await this.models.User.findOne({ username }).lean().exec();
        if (!user?.active) throw new Error(`demo user "${username}" is missing or inactive`);
        return {
          kind: 'user',
          userId: user._id.toHexString(),
          username: user.username,
          permissions: await this.auth.permissionsOf(user.roles),
          departments: [...user.departments],
          roles: [...user.roles],
        };
      })();
      this.viewers.set(username, found);
    }
    return found;
  }

  async userId(username: string): Promise<string> {
    const v = await this.viewer(username);
    if (v.kind !== 'user') throw new Error('not a user');
    return v.userId;
  }

  /** Runs one operation as `who`; a GraphQL error becomes a `DemoError` carrying its code. */
  async run<T = Record<string, unknown>>(
    who: Who,
    source: string,
    variableValues: Record<string, unknown> = {},
  ): Promise<T> {
    const viewer = who === 'customer' ? ANONYMOUS : await this.viewer(who);
    const contextValue: GraphQLContext = {
      models: this.models,
      logger: this.logger,
      lang: 'zh',
      viewer,
      ip: '127.0.0.1',
      userAgent: 'parley-demo-load',
      auth: this.auth,
    };
    this.operations++;
    const began = performance.now();
    const result = await graphql({ schema: schema!, source, variableValues, contextValue });
    const name = /\{\s*(\w+)/.exec(source)?.[1] ?? 'operation';
    const t = this.timings.get(name) ?? { count: 0, ms: 0 };
    t.count++;
    t.ms += performance.now() - began;
    this.timings.set(name, t);
    const error = result.errors?.[0];
    if (error) {
      // Executed without Apollo's formatting: the coded error is the resolver's AppError.
      const cause = error.originalError as
        { code?: string; fieldPath?: unknown; details?: Record<string, unknown> } | undefined;
      const code = cause?.code ?? (error.extensions?.['code'] as string | undefined);
      const problems = cause?.details?.['problems'];
      throw new DemoError(
        `${error.message} (${String(code)}) at ${JSON.stringify(cause?.fieldPath ?? error.path)}` +
          (problems ? ` ${JSON.stringify(problems)}` : ''),
        code,
      );
    }
    return result.data as T;
  }
}
