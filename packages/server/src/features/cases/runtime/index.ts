/** The command path: open a case, run a command against its replayed state, project and query cases. */
export { checkCustomer } from './case-open.input';
export { CaseOpenService } from './case-open.service';
export { projectedState } from './case-projection';
export { CaseQueryService, localObjectId } from './case-query.service';
export { CaseRuntime, caseNow, caseRuntimeOf } from './case-runtime.service';
export type { CaseChange, CommandOutcome } from './case-runtime.service';
export { caseCommandResolvers } from './case-commands.resolvers';
export { caseResolvers } from './case.resolvers';
