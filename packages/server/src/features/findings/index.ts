/** Complaint findings (溯源整改): the root cause and remedy recorded when a complaint is closed. */
export { findingResolvers } from './findings.resolvers';
export { checkFindingInput, findingRequired, type FindingData, type FindingInput } from './finding-input';
export { closeChange } from './finding-close';
export { isComplaintCase, isComplaintTemplate } from './complaint-flow';
