/** Who handles a case: assignment records, auto-assignment, the actors of a case and bulk actions. */
export { actorLoader } from './case-actors';
export { caseBulkResolvers } from './case-bulk.resolvers';
export { caseAssignmentResolvers } from './case-assignment.resolvers';
