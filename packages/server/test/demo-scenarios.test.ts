/**
 * The demo generator's pure parts (scripts/demo): the flow mix gives every seed flow a case and sums to
 * the number asked, the same seed plans the same scenarios, and generated customers pass the engine's
 * own identifier checks (PRC ID check character, mobile, Luhn).
 */
import { describe, expect, it } from 'vitest';
import { FLOW_TEMPLATES, isCnMobile, isLuhnValid, isPrcResidentId } from '@parley/engine';
import { demoCustomer } from '../../../scripts/demo/people';
import { Rng } from '../../../scripts/demo/rng';
import { FLOW_MIX, flowsFor } from '../../../scripts/demo/scenarios';

describe('demo scenarios', () => {
  it('covers exactly the shipped seed flows', () => {
    expect(FLOW_MIX.map((f) => f.flow).sort()).toEqual(FLOW_TEMPLATES.map((t) => t.key).sort());
  });

  it('gives every flow a case and sums to the number asked', () => {
    for (const n of [10, 24, 97, 1000]) {
      const flows = flowsFor(n, FLOW_MIX, new Rng(5));
      expect(flows).toHaveLength(n);
      expect(new Set(flows.map((f) => f.flow)).size).toBe(FLOW_MIX.length);
    }
    const complaints = flowsFor(1000, FLOW_MIX, new Rng(5)).filter((f) => f.flow === 'complaint-handling');
    expect(complaints.length).toBeGreaterThan(280);
    expect(complaints.length).toBeLessThan(320);
  });

  it('plans the same scenarios for the same seed, others for another', () => {
    const plan = (seed: number) => {
      const rng = new Rng(seed);
      return flowsFor(40, FLOW_MIX, rng).map((mix, i) => {
        const r = rng.fork(i);
        const s = mix.plan(r, r.weighted(mix.channels), null);
        return `${s.flow}/${s.channel}/${s.variant}/${s.steps.map((st) => `${st.label}+${st.after}`).join(',')}`;
      });
    };
    expect(plan(3)).toEqual(plan(3));
    expect(plan(4)).not.toEqual(plan(3));
  });

  it('generates customers that pass the engine identifier checks', () => {
    const rng = new Rng(9);
    for (let i = 0; i < 200; i++) {
      const c = demoCustomer(rng);
      expect(isPrcResidentId(c.idNumber), c.idNumber).toBe(true);
      expect(isCnMobile(c.phone), c.phone).toBe(true);
      expect(isLuhnValid(c.bankCard), c.bankCard).toBe(true);
      expect(c.name.length).toBeGreaterThanOrEqual(2);
    }
  });
});
