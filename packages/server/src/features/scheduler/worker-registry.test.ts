import { describe, expect, it } from 'vitest';
import { WorkerRegistry } from './worker-registry';

describe('WorkerRegistry', () => {
  it('lists the timer handlers registered by kind, and refuses a kind registered twice', async () => {
    const fired: string[] = [];
    const registry = new WorkerRegistry()
      .registerTimerHandler('a', async (t) => void fired.push(`a:${t.key}`))
      .registerTimerHandlers({ b: async (t) => void fired.push(`b:${t.key}`) });
    const handlers = registry.timerHandlers();
    expect(Object.keys(handlers).sort()).toEqual(['a', 'b']);
    const due = { key: 'k1', kind: 'b', payload: {}, dueAt: new Date(0), attempt: 1 };
    await handlers.b!(due);
    expect(fired).toEqual(['b:k1']);
    expect(() => registry.registerTimerHandler('a', async () => undefined)).toThrow(/"a" registered twice/);
    expect(() => registry.registerTimerHandlers({ b: async () => undefined })).toThrow(
      /"b" registered twice/,
    );
  });

  it('keeps the sweeps in registration order without starting them, and refuses a name twice', () => {
    const started: string[] = [];
    const sweep = (name: string) => () => {
      started.push(name);
      return { stop: async () => undefined };
    };
    const registry = new WorkerRegistry()
      .registerSweep('one', sweep('one'))
      .registerSweep('two', sweep('two'));
    expect(registry.sweeps().map((s) => s.name)).toEqual(['one', 'two']);
    expect(started).toEqual([]);
    registry.sweeps()[1]!.start();
    expect(started).toEqual(['two']);
    expect(() => registry.registerSweep('one', sweep('again'))).toThrow(/"one" registered twice/);
  });
});
