/**
 * @parley/engine — the public surface. Everything another package may use is exported here.
 */
export * from './finance/index';
export * from './time/index';
export * from './agreement/index';
export {
  REMEDY_MAX_LENGTH,
  ROOT_CAUSES,
  ROOT_CAUSE_CODES,
  isRootCauseCode,
  rootCauseOf,
} from './complaints/root-causes';
export type { RootCause, RootCauseCode } from './complaints/root-causes';

export type { Lang, LocalizedText } from './shared/localized-text';
export type { JsonObject, JsonValue } from './shared/json.types';
export type { Problem } from './shared/problem.types';
export { UnreachableCaseError } from './shared/unreachable-case.error';

export type * from './definition/flow-definition.types';
export type * from './definition/step.types';
export {
  ASSIGNMENT_STRATEGIES,
  COMMUNICATION_CHANNELS,
  DEPARTMENT_CODE_PATTERN,
  END_OUTCOMES,
  NOTIFICATION_CHANNELS,
} from './definition/step.types';
export {
  buildRuleScope,
  CASE_VARIABLES,
  OFFER_KINDS,
  OFFER_VARIABLES,
  formScope,
  offerKindLabel,
} from './definition/rule-scope';
export { DefinitionShapeError, parseFlowDefinition } from './definition/parse-definition';
export { FLOW_TEMPLATES, findTemplate } from './definition/template-catalog';
export { diffDefinitions, diffForms, diffValues } from './definition/diff-definitions';
export {
  SURVEY_PINS,
  checkSurveyRefShape,
  isLibrarySurveyRef,
  librarySurveyRefs,
  ownSurveyForm,
} from './definition/survey-ref';
export type { LibrarySurveyRef, SurveyPin, SurveyRef, SurveyRefIssue } from './definition/survey-ref';
export type {
  DefinitionChange,
  DefinitionDiff,
  DiffArea,
  DiffKind,
  FormDiff,
  KeyChanges,
  ValueChange,
} from './definition/diff-definitions';
export { holdsFlowRole, ownFlowRoles, roleHolderClauses } from './definition/role-holders';
export type { RoleHolderClause, RoleHolderClauseOptions, RoleHolderProfile } from './definition/role-holders';

export type * from './rules/rule.types';
export { checkRule } from './rules/check-rule';
export type { CheckRuleOptions } from './rules/check-rule';
export { describeRule } from './rules/describe-rule';
export { createRuleEvaluator } from './rules/rule-evaluator';
export type { RuleContext, RuleEvaluator } from './rules/rule-evaluator';
export { SUPPORTED_OPERATORS } from './rules/operators';
export type { RuleProblemCode } from './rules/rule-messages';

export type * from './forms/form.types';
export { validateFormData } from './forms/validate-form-data';
export type { FormProblemCode, FormValidationResult } from './forms/validate-form-data';
export { evaluateFormState } from './forms/form-state';
export type { FieldState, FormContext } from './forms/form-state';
export { isCnMobile, isLuhnValid, isPrcResidentId, prcIdCheckChar } from './forms/cn-identifiers';
export { FORM_MESSAGES } from './forms/form-messages';
export { toSurveyJson } from './forms/surveyjs-export';
export { RATING_METRIC_SCALES, ratingScale } from './forms/rating-metric';
export { customerFieldsOf, customerFromAnswers } from './forms/customer-fields';
export type { CustomerDetail, CustomerFieldMap } from './forms/customer-fields';

export type * from './plugins/plugin.types';
export { defineAction, defineFieldType, defineStepType } from './plugins/define';
export { createRegistry } from './plugins/registry';
export type { PluginRegistry } from './plugins/registry';
export { builtInPlugins, defaultRegistry } from './plugins/built-in-plugins';
export { WAITING_MODES, isWaitingMode } from './plugins/completion-modes';

export type { Actor, EnginePorts, Instant } from './interpreter/ports.types';
export type * from './interpreter/command.types';
export type * from './interpreter/case-event.types';
export { ENGINE_EVENT_TYPES, isEngineEventType } from './interpreter/case-event.types';
export type * from './interpreter/case-state.types';
export type * from './interpreter/effect.types';
export type * from './interpreter/offer.types';
export { caseContactDecision } from './interpreter/contact-check';
export { execute } from './interpreter/execute';
export type { ExecuteOptions, ExecuteResult } from './interpreter/execute';
export { replay, EventLogError } from './interpreter/replay';
export { REFUSAL_MESSAGES, isRefusal } from './interpreter/refusal';
export type { Refusal, RefusalCode } from './interpreter/refusal';
export { MAX_STEPS_PER_COMMAND } from './interpreter/routing';
export { checkCaseState } from './interpreter/check-case-state';
export { UnknownStepTypeError } from './interpreter/compiled-flow';

export { validateDefinition, DEFAULT_CALENDAR_IDS } from './validation/validate-definition';
export type { ValidateOptions, ValidationResult } from './validation/validate-definition';
export { VALIDATION_MESSAGES } from './validation/validation-messages';
export type { ValidationCode } from './validation/validation-messages';

export { planMigration } from './migration/plan-migration';
export type {
  MigrationChange,
  MigrationOptions,
  MigrationPlan,
  StepMapping,
} from './migration/plan-migration';
export { migrateState } from './migration/migrate-state';
export type { MigrationResult } from './migration/migrate-state';
export { MIGRATION_MESSAGES } from './migration/migration-messages';
export type { MigrationCode } from './migration/migration-messages';

export { simulate } from './simulation/simulate';
export { createSimulatedClock } from './simulation/simulated-clock';
export type { SimulatedClock } from './simulation/simulated-clock';
export { addIsoDuration, isIsoDuration } from './simulation/iso-duration';
export type * from './simulation/simulation.types';
