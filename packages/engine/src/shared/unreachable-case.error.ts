/**
 * Thrown from the `default` branch of an exhaustive switch. The `never` parameter makes a new,
 * unhandled kind a compile error instead of a surprise at run time.
 */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}
