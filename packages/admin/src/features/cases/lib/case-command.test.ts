import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { IdempotencyKeys } from '../step-actions/lib/command-outcome';
import { runCaseCommand, type CaseCommand } from './case-command';

const refused = (code: string) =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError('refused', { extensions: { code, messages: { zh: '已变更', en: 'changed' } } }),
    ],
  });

/** A command whose answers are scripted; it records the keys sent and what happened around them. */
function scripted(answers: { data?: unknown; error?: CombinedError }[]) {
  let n = 0;
  const keys = new IdempotencyKeys(() => `key-${++n}`);
  const log: string[] = [];
  const command = (): CaseCommand<string> => ({
    keys,
    action: 'case-1:plan:propose',
    send: (key) => {
      log.push(`send ${key}`);
      return Promise.resolve(answers.shift() ?? {});
    },
    pick: (data) => (data as { proposeOffer?: string }).proposeOffer,
    refresh: () => {
      log.push('refresh');
      return Promise.resolve();
    },
    onSuccess: (v) => log.push(`success ${v}`),
    onConflict: () => log.push('conflict'),
  });
  return { command, log };
}

describe('runCaseCommand', () => {
  it('reloads the case after a concurrent change and says so; the next try is a new request', async () => {
    const { command, log } = scripted([{ error: refused('CONFLICT') }, { data: { proposeOffer: 'ok' } }]);
    const first = await runCaseCommand(command());
    expect(first).toMatchObject({ ok: false, reloaded: true, error: { kind: 'server', code: 'CONFLICT' } });
    const second = await runCaseCommand(command());
    expect(second).toEqual({ ok: true, value: 'ok' });
    expect(log).toEqual(['send key-1', 'conflict', 'refresh', 'send key-2', 'success ok', 'refresh']);
  });

  it('treats a step someone else completed like a conflict', async () => {
    const { command, log } = scripted([{ error: refused('STEP_NOT_ACTIVE') }]);
    expect(await runCaseCommand(command())).toMatchObject({ ok: false, reloaded: true });
    expect(log).toEqual(['send key-1', 'conflict', 'refresh']);
  });

  it('keeps the key when the answer was lost on the network, so the retry cannot act twice', async () => {
    const { command, log } = scripted([
      { error: new CombinedError({ networkError: new Error('offline') }) },
      { data: { proposeOffer: 'ok' } },
    ]);
    expect(await runCaseCommand(command())).toEqual({ ok: false, error: { kind: 'network' } });
    await runCaseCommand(command());
    expect(log).toEqual(['send key-1', 'send key-1', 'success ok', 'refresh']);
  });

  it('shows any other refusal without reloading, and forgets its key', async () => {
    const { command, log } = scripted([{ error: refused('POLICY_VIOLATION') }, { error: refused('X') }]);
    const outcome = await runCaseCommand(command());
    expect(outcome.ok).toBe(false);
    expect('reloaded' in outcome).toBe(false);
    await runCaseCommand(command());
    expect(log).toEqual(['send key-1', 'send key-2']);
  });
});
