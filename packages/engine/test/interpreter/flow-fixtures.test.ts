import { describe, expect, it } from 'vitest';
import parallelReview from '../fixtures/flows/parallel-review.flow-fixture.json';
import loopAndWait from '../fixtures/flows/loop-and-wait.flow-fixture.json';
import stepActions from '../fixtures/flows/step-actions.flow-fixture.json';
import { replay, validateDefinition } from '../../src/index';
import { runFixture } from '../support/flow-fixture';
import type { FlowFixture } from '../support/flow-fixture';

/** JSON flow fixtures: each pairs a definition and commands with the exact event log they must produce. */
const fixtures = [parallelReview, loopAndWait, stepActions] as unknown as FlowFixture[];

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const out = runFixture(fixture);

  it('is a valid definition', () => {
    expect(validateDefinition(out.definition).ok).toBe(true);
  });

  it('produces the expected event log', () => {
    expect(out.events).toEqual(fixture.expectedEvents);
  });

  it('produces the expected effects', () => {
    expect(out.effects).toEqual(fixture.expectedEffects);
  });

  it('accepts and refuses the expected commands', () => {
    expect(out.refusals).toEqual(fixture.expectedRefusals);
  });

  it('replays its log', () => {
    expect(replay(out.definition, out.log)?.status).toBe('completed');
  });
});
