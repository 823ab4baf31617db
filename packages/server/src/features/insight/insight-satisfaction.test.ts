import { describe, expect, it } from 'vitest';
import { complaintRate, satisfactionScores } from './insight-satisfaction';

describe('satisfaction scores', () => {
  it('computes NPS, CSAT, CES and the response rate from counters', () => {
    expect(
      satisfactionScores({
        sent: 8,
        answered: 5,
        npsCount: 5,
        promoters: 3,
        passives: 1,
        detractors: 1,
        csatCount: 4,
        csatSatisfied: 3,
        cesCount: 2,
        cesSum: 7,
      }),
    ).toEqual({
      sent: 8,
      answered: 5,
      responseRate: 5 / 8,
      npsCount: 5,
      promoters: 3,
      passives: 1,
      detractors: 1,
      nps: 40,
      csatCount: 4,
      csatSatisfied: 3,
      csat: 0.75,
      cesCount: 2,
      cesSum: 7,
      ces: 3.5,
    });
  });

  it('gives null ratios on zero denominators', () => {
    expect(satisfactionScores({})).toMatchObject({ responseRate: null, nps: null, csat: null, ces: null });
    expect(satisfactionScores({ npsCount: 2, detractors: 2 }).nps).toBe(-100);
  });

  it('counts complaints per 10,000 customers served', () => {
    expect(complaintRate(3, 1200)).toBe(25);
    expect(complaintRate(0, 0)).toBeNull();
  });
});
