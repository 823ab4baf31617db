/** Repayment plans the demo's agents propose (the engine's `RepaymentPlanInput`, docs/offers.md). */
import { shanghai, DAY } from './clock';
import type { Rng } from './rng';

/** The debt behind an amount owed: principal, interest, penalty interest and fees (fen). */
function owed(totalFen: number) {
  const interestFen = Math.round(totalFen * 0.07);
  const penaltyInterestFen = Math.round(totalFen * 0.04);
  const feesFen = Math.round(totalFen * 0.01);
  return {
    principalFen: totalFen - interestFen - penaltyInterestFen - feesFen,
    interestFen,
    penaltyInterestFen,
    feesFen,
  };
}

/** A plan starting about ten days after "now" on the case clock. */
export function planOf(
  rng: Rng,
  totalFen: number,
  termMonths: number,
  kinds: readonly string[],
  waive = true,
) {
  const kind = rng.pick(kinds);
  const rate = rng.pick(['0.045', '0.06', '0.072']);
  return (now: number) => {
    const startDate = shanghai(now + 10 * DAY).date;
    if (kind === 'interestFrozen')
      return {
        kind,
        owed: owed(totalFen),
        ...(waive ? { waivers: { penaltyInterest: { percent: '10' } } } : {}),
        startDate,
        termMonths,
      };
    return {
      kind: 'equalInstalment',
      owed: owed(totalFen),
      ...(waive ? { waivers: { penaltyInterest: 'all' } } : {}),
      startDate,
      termMonths,
      annualRate: rate,
    };
  };
}
