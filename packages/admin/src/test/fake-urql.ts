/**
 * The one fake network of the admin's component tests: an urql exchange that answers each operation
 * through `respond` (by operation name), the way the server would. Real servers are exercised by the
 * e2e tests.
 */
import { makeResult, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { CombinedError } from '@urql/core';
import { filter, map, pipe } from 'wonka';

export function fakeExchange(respond: (operation: Operation) => OperationResult): Exchange {
  return () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      map(respond),
    );
}

/** The operation's name (`query Foo` → `Foo`). */
export function operationName(operation: Operation): string {
  const def = operation.query.definitions.find((d) => d.kind === 'OperationDefinition');
  return def && 'name' in def && def.name ? def.name.value : '';
}

/** A successful answer. */
export function answer(operation: Operation, data: Record<string, unknown>): OperationResult {
  return makeResult(operation, { data });
}

/** An answer with one server error in Parley's shape (`extensions.code`, `messages`). */
export function refusal(
  operation: Operation,
  code: string,
  messages = { zh: '出错了', en: 'Failed' },
): OperationResult {
  return makeResult(operation, {
    errors: [{ message: messages.en, extensions: { code, messages } }],
  });
}

export { CombinedError };
