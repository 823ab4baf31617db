/**
 * `loadDemo`: writes `cases` cases of realistic history across the seed flows, spread over `months`
 * up to `end`, through the server's command path (demo users and the customer's link, in-process
 * GraphQL) with the case clock moved forward as it goes and the durable timers fired on the way.
 * The same seed writes the same cases (flows, channels, paths, times); ids and references differ.
 *
 * Needs a process that has started the server against these models (`startServer`: data keys, file
 * store, PDF font), as `pnpm demo:load` and the integration test do.
 */
import type { Logger } from './logger';
import type { Models } from '../../packages/server/src/db/models';
import { fromGlobalId, toGlobalId } from '../../packages/server/src/graphql/global-id';
import { DemoClock, DAY, MINUTE, withinHours } from './clock';
import { ensureDemoSurvey } from './survey';
import { SUP } from './flows-negotiation';
import { DemoClient } from './client';
import { ensureDemoSeeds } from './seeds';
import { Rng } from './rng';
import { FLOW_MIX, flowsFor } from './scenarios';
import type { CaseRun, DemoScenario } from './steps';
import { summarise, type DemoSummary } from './summary';

export interface LoadDemoOptions {
  models: Models;
  logger: Logger;
  cases: number;
  seed?: number;
  months?: number;
  /** The last instant of the history (default: now); the first case opens `months` before it. */
  end?: Date;
  /** Called as cases open (about every 5 % of them). */
  onProgress?: (p: { opened: number; cases: number; steps: number; clock: Date; elapsedMs: number }) => void;
}

interface Planned {
  index: number;
  scenario: DemoScenario;
  run: CaseRun;
  /** When each step of the case is due, drawn when it is planned. */
  times: number[];
  next: number;
  at: number;
}

/** A min-heap of the next step of every case, by time, then case number. */
class Queue {
  private items: Planned[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Planned | undefined {
    return this.items[0];
  }
  private less(a: Planned, b: Planned): boolean {
    return a.at < b.at || (a.at === b.at && a.index < b.index);
  }
  push(p: Planned): void {
    const h = this.items;
    h.push(p);
    for (let i = h.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): Planned | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Case time a wave may span, the steps it may hold, and how many run at once. Steps of different cases
 * are independent and each runs on its own instant of the case clock. What a wave must not cross is a
 * timer: the next timer that is not about one case (the daily audit anchor) ends the wave, and a case
 * whose own timer (SLA warning or breach, wait, return visit) is due before its step sits the wave out
 * until the sweep has fired it. The span is only a cap: 2 hours made waves of one step each (a day of
 * case time holds a handful of steps per few dozen cases), and a timer sweep per step.
 */
const WAVE_MS = 24 * 60 * MINUTE;
const MAX_WAVE = 96;
const CONCURRENCY = 12;

const localCaseId = (id: string): string => fromGlobalId(id)?.localId ?? id;

/** Runs `fn` over `items`, at most `limit` at a time. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** The instant the step after `at` is due, in the hours of whoever takes it, with a little jitter. */
function nextAt(at: number, afterMinutes: number, who: 'staff' | 'customer', rng: Rng): number {
  const due = at + afterMinutes * MINUTE;
  const inHours = withinHours(due, who);
  return inHours === due ? due : inHours + rng.int(0, 50) * MINUTE;
}

export async function loadDemo(options: LoadDemoOptions): Promise<DemoSummary> {
  const { models, logger } = options;
  const seed = options.seed ?? 1;
  const months = options.months ?? 6;
  const end = (options.end ?? new Date()).getTime();
  const start = end - Math.round(months * 30.4 * DAY);
  const started = Date.now();
  await ensureDemoSeeds(models, logger);
  const categories = (
    await models.ComplaintCategory.find({ active: true }, { _id: 1, parentId: 1 })
      .sort({ code: 1 })
      .lean()
      .exec()
  ).filter((c) => c.parentId !== null);
  const categoryIds = categories.map((c) => toGlobalId('ComplaintCategory', c._id.toHexString()));

  const rng = new Rng(seed);
  const flows = flowsFor(options.cases, FLOW_MIX, rng);
  const client = new DemoClient(models, logger);
  await ensureDemoSurvey(client, SUP);
  const clock = new DemoClock(models, logger, start);
  const queue = new Queue();
  const span = end - start - 2 * DAY;
  flows.forEach((mix, index) => {
    const caseRng = rng.fork(index);
    const channel = caseRng.weighted(mix.channels);
    const category =
      mix.flow === 'complaint-handling' && categoryIds.length > 0 ? caseRng.pick(categoryIds) : null;
    const scenario = mix.plan(caseRng, channel, category);
    const opensAt = start + Math.floor(((index + caseRng.next()) * span) / flows.length);
    const who = ['APP', 'WEBSITE', 'API', 'CHAT'].includes(channel) ? 'customer' : 'staff';
    const run: CaseRun = { client, id: null, token: null, now: () => clock.now() };
    // All of the case's times are drawn now, so that they do not depend on what else runs.
    const times = scenario.steps.reduce<number[]>(
      (acc, s, i) => {
        if (i > 0) acc.push(nextAt(acc[i - 1]!, s.after, s.who, caseRng));
        return acc;
      },
      [nextAt(opensAt, 0, who, caseRng)],
    );
    queue.push({ index, scenario, run, times, next: 0, at: times[0]! });
  });

  const failures: DemoSummary['failures'] = [];
  const timings = client.timings;
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const began = performance.now();
    try {
      return await fn();
    } finally {
      const t = timings.get(name) ?? { count: 0, ms: 0 };
      t.count++;
      t.ms += performance.now() - began;
      timings.set(name, t);
    }
  };
  const caseIds: string[] = [];
  const variants = new Map<string, number>();
  let steps = 0;
  let opened = 0;
  const every = Math.max(1, Math.floor(flows.length / 20));
  let reported = 0;
  // Waves: the steps due before the next timer and within a short window of case time run side by
  // side, each on its own instant of the case clock; timers fire between waves, at their due times.
  while (queue.size > 0) {
    const head = queue.peek()!;
    if (head.at > end) break;
    const pending = await timed('(timer sweep)', () => clock.advance(head.at));
    const limit = Math.min(head.at + WAVE_MS, pending.global ?? Infinity, end + 1);
    const wave: Planned[] = [];
    const held: Planned[] = [];
    while (wave.length < MAX_WAVE && queue.size > 0 && (queue.peek()!.at < limit || wave.length === 0)) {
      const item = queue.pop()!;
      // A case with a timer due before its step waits for the sweep that fires it; other cases go on.
      const due = item.run.id ? pending.byCase.get(localCaseId(item.run.id)) : undefined;
      if (wave.length > 0 && due !== undefined && due <= item.at) held.push(item);
      else wave.push(item);
    }
    for (const item of held) queue.push(item);
    await inParallel(wave, CONCURRENCY, async (item) => {
      const step = item.scenario.steps[item.next]!;
      const at = item.at;
      try {
        await clock.at(at, () => step.run(item.run));
        steps++;
      } catch (err) {
        failures.push({
          flow: item.scenario.flow,
          variant: item.scenario.variant,
          step: step.label,
          message: err instanceof Error ? err.message : String(err),
        });
        logger.warn(
          { err, flow: item.scenario.flow, step: step.label },
          'demo step failed; the case stops here',
        );
        return;
      }
      if (item.next === 0) {
        opened++;
        caseIds.push(item.run.id!);
        const key = `${item.scenario.flow}/${item.scenario.variant}`;
        variants.set(key, (variants.get(key) ?? 0) + 1);
      }
      if (item.next + 1 < item.scenario.steps.length)
        queue.push({ ...item, next: item.next + 1, at: item.times[item.next + 1]! });
    });
    if (opened - reported >= every) {
      reported = opened;
      options.onProgress?.({
        opened,
        cases: flows.length,
        steps,
        clock: new Date(head.at),
        elapsedMs: Date.now() - started,
      });
    }
  }
  // Whatever came due up to the end (breaches of the cases still open) fires as it would have.
  await clock.advance(end);
  const fired = clock.fired;
  await clock.stop();
  return summarise(models, {
    caseIds,
    seed,
    months,
    from: new Date(start),
    to: new Date(end),
    steps,
    operations: client.operations,
    timersFired: fired,
    failures,
    variants: Object.fromEntries([...variants].sort()),
    elapsedMs: Date.now() - started,
    timings: Object.fromEntries(
      [...timings]
        .sort((a, b) => b[1].ms - a[1].ms)
        .map(([k, v]) => [k, { count: v.count, ms: Math.round(v.ms) }]),
    ),
  });
}
