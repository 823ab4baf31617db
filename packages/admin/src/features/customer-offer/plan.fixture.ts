/** A two-instalment plan as the server sends it, for component tests. */
import type { PlanPreviewFieldsFragment } from '../../generated/graphql';

const m = (fen: string) => ({ fen });

export const PLAN: PlanPreviewFieldsFragment = {
  kind: 'equalInstalment',
  owedTotal: m('5000000'),
  forgiven: m('150000'),
  downPayment: m('200000'),
  financed: m('4650000'),
  totalDue: m('4935617'),
  termMonths: 2,
  annualisedRate: '0.0616778',
  schedule: [
    {
      period: 1,
      dueDate: '2026-04-10',
      principal: m('2313333'),
      interest: m('23250'),
      fee: m('0'),
      total: m('2336583'),
      remainingPrincipal: m('2336667'),
    },
    {
      period: 2,
      dueDate: '2026-05-10',
      principal: m('2336667'),
      interest: m('11683'),
      fee: m('5'),
      total: m('2348355'),
      remainingPrincipal: m('0'),
    },
  ],
};
