/** The entry point of the definitions feature: what other features use of it. */
export { canonicalJson, contentHash } from './canonical-json';
export { pageFromDatabase } from './definition-page';
export { definitionInvalid, definitionNotFound, nothingChanged, versionNotFound } from './definition.errors';
export { definitionKey, isDefinitionKey, msg, releaseNotesInput } from './definition.input';
export { draftId, draftModel, headerProjectionFields, versionId, versionModel } from './definition.model';
export type { DraftDoc, DraftModel, HeaderProjection, VersionDoc, VersionModel } from './definition.model';
export { findImmutable } from './immutable-cache';
export { hasErrors, reportProblem, splitPath } from './problem-path';
export type { ReportedProblem } from './problem-path';
export { VersionedDefinitionStore, checkRevision, definitionOf } from './versioned-store';
export type { JsonRecord } from './versioned-store';
