import type { SimulationScript } from '../../src/index';
import { minshengScript } from '../support/minsheng-script';
import { hourly } from './script-helpers';
import { cmbc, icbc, overdue, xwBank } from './negotiation-scripts';
import { complaint, loan, reception, satisfaction, servicePlan } from './service-scripts';

/** A script per template that must reach an end (the designer's "test run"). The clock starts 2026-03-02 09:00 Beijing. */
export const TEMPLATE_SCRIPTS: Readonly<Record<string, SimulationScript>> = {
  'minsheng-e-negotiation': hourly(minshengScript('ms-1')),
  'xw-bank-negotiation-policy': xwBank,
  'cmbc-negotiation-mechanism': cmbc,
  'icbc-negotiation-scheme': icbc,
  'enterprise-reception': reception,
  'service-plan-superior-review': servicePlan,
  'complaint-handling': complaint,
  'satisfaction-follow-up': satisfaction,
  'loan-application': loan,
  'overdue-reminders': overdue,
};
