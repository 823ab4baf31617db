import minsheng from '../../templates/minsheng-e-negotiation.template.json';
import xwBank from '../../templates/xw-bank-negotiation-policy.template.json';
import cmbc from '../../templates/cmbc-negotiation-mechanism.template.json';
import icbc from '../../templates/icbc-negotiation-scheme.template.json';
import reception from '../../templates/enterprise-reception.template.json';
import servicePlan from '../../templates/service-plan-superior-review.template.json';
import complaint from '../../templates/complaint-handling.template.json';
import satisfaction from '../../templates/satisfaction-follow-up.template.json';
import loan from '../../templates/loan-application.template.json';
import overdue from '../../templates/overdue-reminders.template.json';
import type { FlowDefinition } from './flow-definition.types';
import { parseFlowDefinition } from './parse-definition';

/**
 * The flow templates Parley ships (packages/engine/templates/*.template.json), built from the seed
 * documents. A bank starts from one of these in the designer and publishes its own version.
 */
export const FLOW_TEMPLATES: readonly FlowDefinition[] = [
  minsheng,
  xwBank,
  cmbc,
  icbc,
  reception,
  servicePlan,
  complaint,
  satisfaction,
  loan,
  overdue,
].map((json) => Object.freeze(parseFlowDefinition(json)));

export function findTemplate(key: string): FlowDefinition | undefined {
  return FLOW_TEMPLATES.find((t) => t.key === key);
}
