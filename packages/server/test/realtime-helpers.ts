/**
 * The ready signal of a GraphQL subscription: it is live once its listener is registered with the
 * database's case-event poller (which then delivers every event recorded from that moment on). Tests
 * wait for it instead of sleeping "long enough to be connected".
 */
import type { Models } from '../src/db/models';
import { casePollerFor } from '../src/features/realtime/case-event-poller';

/** Resolves once exactly `count` subscriptions listen to this database's case events. */
export async function untilListening(models: Models, count: number, timeoutMs = 20_000): Promise<void> {
  const poller = casePollerFor(models.CaseEventFeed);
  const giveUpAt = performance.now() + timeoutMs;
  while (poller.listenerCount !== count) {
    if (performance.now() > giveUpAt) {
      throw new Error(`${poller.listenerCount} subscription(s) listening, not ${count}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}
