/** An instant as an ISO 8601 UTC string, e.g. `2026-03-02T01:30:00.000Z`. */
export type Instant = string;

/**
 * What the engine needs from its host, and nothing more: the time and fresh ids. Both are read
 * through here so a run is a pure function of its inputs (tests and simulations pass fakes).
 */
export interface EnginePorts {
  now(): Instant;
  newId(): string;
}

/**
 * Who issues a command. Staff carry their platform role keys and department codes (flow roles are
 * matched against both: `holdsFlowRole`); the customer acts from a link without an account.
 */
export type Actor =
  | {
      readonly kind: 'staff';
      readonly id: string;
      readonly roles: readonly string[];
      readonly departments?: readonly string[];
    }
  | { readonly kind: 'customer'; readonly id: string }
  | { readonly kind: 'system'; readonly id: string };
