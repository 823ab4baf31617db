/**
 * Puts the signed-in user's access token on every operation (renewing it first when it is about to
 * expire), and reports UNAUTHENTICATED answers so the session can end. Operations marked with
 * {@link PUBLIC_OPERATION} (sign-in, refresh, sign-out) go out as they are.
 *
 * Note: an operation waits for its token before going out; a teardown arriving meanwhile does not
 * cancel it. Fine for one-shot commands (`toPromise()`); revisit before using subscriptions here.
 */
import { makeOperation, type Exchange, type Operation, type OperationResult } from '@urql/core';
import { fromPromise, fromValue, mergeMap, pipe, tap } from 'wonka';

/** Context for operations that must not carry (or wait for) credentials. */
export const PUBLIC_OPERATION = { public: true } as const;

export interface AuthPort {
  /** A valid access token, or null when nobody is signed in. */
  accessToken(): Promise<string | null>;
  /** The server refused the credentials of a non-public operation. */
  onUnauthenticated(): void;
}

export function authExchange(auth: AuthPort): Exchange {
  return ({ forward }) =>
    (operations$) => {
      const authorised$ = pipe(
        operations$,
        mergeMap((operation) =>
          operation.kind === 'teardown' || isPublic(operation)
            ? fromValue(operation)
            : fromPromise(
                auth.accessToken().then((token) => (token ? withBearer(operation, token) : operation)),
              ),
        ),
      );
      return pipe(
        forward(authorised$),
        tap((result) => {
          if (!isPublic(result.operation) && isUnauthenticated(result)) auth.onUnauthenticated();
        }),
      );
    };
}

function isPublic(operation: Operation): boolean {
  return operation.context['public'] === true;
}

function isUnauthenticated(result: OperationResult): boolean {
  return result.error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ?? false;
}

function withBearer(operation: Operation, token: string): Operation {
  const options = operation.context.fetchOptions;
  const init = (typeof options === 'function' ? options() : options) ?? {};
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return makeOperation(operation.kind, operation, {
    ...operation.context,
    fetchOptions: { ...init, headers: Object.fromEntries(headers.entries()) },
  });
}
