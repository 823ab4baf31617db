/**
 * The mix of demo cases: which seed flow, through which intake channel, in what share. Every seed flow
 * gets at least one case when there are at least as many cases as flows; the rest follow the weights.
 */
import { cmbc, icbc, minsheng, xwBank } from './flows-negotiation';
import { complaint, loan, overdueReminder, reception, satisfaction, servicePlan } from './flows-service';
import type { Rng } from './rng';
import type { DemoScenario } from './steps';

export interface FlowMix {
  flow: string;
  weight: number;
  channels: readonly (readonly [string, number])[];
  plan(rng: Rng, channel: string, categoryId: string | null): DemoScenario;
}

/** The ten seed flows (packages/engine/templates). */
export const FLOW_MIX: readonly FlowMix[] = [
  {
    flow: 'complaint-handling',
    weight: 30,
    channels: [
      ['HOTLINE', 30],
      ['APP', 18],
      ['WEBSITE', 10],
      ['BRANCH', 15],
      ['LETTER', 8],
      ['EMAIL', 7],
      ['CHAT', 10],
      ['API', 2],
    ],
    plan: complaint,
  },
  {
    flow: 'minsheng-e-negotiation',
    weight: 15,
    channels: [
      ['APP', 45],
      ['WEBSITE', 30],
      ['CHAT', 10],
      ['HOTLINE', 15],
    ],
    plan: minsheng,
  },
  {
    flow: 'cmbc-negotiation-mechanism',
    weight: 8,
    channels: [
      ['HOTLINE', 50],
      ['BRANCH', 30],
      ['APP', 20],
    ],
    plan: cmbc,
  },
  {
    flow: 'icbc-negotiation-scheme',
    weight: 7,
    channels: [
      ['BRANCH', 55],
      ['HOTLINE', 45],
    ],
    plan: icbc,
  },
  {
    flow: 'xw-bank-negotiation-policy',
    weight: 8,
    channels: [
      ['WEBSITE', 35],
      ['HOTLINE', 35],
      ['APP', 30],
    ],
    plan: xwBank,
  },
  {
    flow: 'enterprise-reception',
    weight: 6,
    channels: [
      ['BRANCH', 60],
      ['HOTLINE', 25],
      ['WEBSITE', 15],
    ],
    plan: reception,
  },
  {
    flow: 'service-plan-superior-review',
    weight: 5,
    channels: [
      ['BRANCH', 70],
      ['EMAIL', 30],
    ],
    plan: servicePlan,
  },
  {
    flow: 'satisfaction-follow-up',
    weight: 6,
    channels: [
      ['HOTLINE', 60],
      ['APP', 40],
    ],
    plan: satisfaction,
  },
  {
    flow: 'loan-application',
    weight: 7,
    channels: [
      ['BRANCH', 50],
      ['WEBSITE', 25],
      ['APP', 25],
    ],
    plan: loan,
  },
  {
    flow: 'overdue-reminders',
    weight: 8,
    channels: [
      ['API', 70],
      ['HOTLINE', 30],
    ],
    plan: overdueReminder,
  },
];

/**
 * The flow of each of `n` cases, in a shuffled order: counts by largest remainder over the weights,
 * at least one per flow when n allows.
 */
export function flowsFor(n: number, mix: readonly FlowMix[], rng: Rng): FlowMix[] {
  const total = mix.reduce((s, f) => s + f.weight, 0);
  const floor = n >= mix.length ? 1 : 0;
  const rest = n - floor * mix.length;
  const exact = mix.map((f) => (rest * f.weight) / total);
  const counts = exact.map((x) => floor + Math.floor(x));
  let left = n - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  const list = mix.flatMap((f, i) => Array.from({ length: counts[i]! }, () => f));
  for (let i = list.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
