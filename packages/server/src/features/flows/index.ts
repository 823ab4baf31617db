/** The entry point of the flows feature: what other features use of it. */
export type { FlowTemplateDoc, FlowTemplateModel } from './flow-template.model';
export { FlowTemplateService, flowStore } from './flow-template.service';
export { FLOW_ENTITY_TYPE } from './flow.audit';
export { archivedTemplate } from './flow.errors';
export { userById } from './flow.resolvers';
export { seedTemplates } from './seed-templates';
