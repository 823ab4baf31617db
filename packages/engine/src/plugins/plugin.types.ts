import type { LocalizedText } from '../shared/localized-text';
import type { JsonObject } from '../shared/json.types';
import type { ValueType } from '../rules/rule.types';
import type { FieldDefinition } from '../forms/form.types';
import type { StepDefinition } from '../definition/step.types';
import type { Effect } from '../interpreter/effect.types';

/** A finding a plug-in reports; the caller prefixes `path` with where the field or step sits. */
export interface PluginIssue {
  readonly code: string;
  /** Relative path below the checked object, e.g. `options.url` or `[2]`; empty for the object itself. */
  readonly path: string;
  readonly message: LocalizedText;
}

export interface FieldTypePlugin<F extends FieldDefinition = FieldDefinition> {
  readonly pluginKind: 'field-type';
  readonly type: F['type'];
  readonly label: LocalizedText;
  /** How rules see a value of this field. */
  valueType(field: F): ValueType;
  /** Design-time check of the field's own options. */
  checkField?(field: F): readonly PluginIssue[];
  /** Whether a value counts as "not given" for `required`; by default null, undefined, '' and []. */
  isEmpty?(value: unknown): boolean;
  /** Checks a given (non-empty) value. Runs in the browser and on the server alike. */
  validateValue(value: unknown, field: F): readonly PluginIssue[];
}

/**
 * How the interpreter completes a step of a type. The interpreter switches exhaustively over this
 * closed set; the open set of step kinds maps onto it through the registry.
 */
export type CompletionMode =
  | 'auto'
  | 'submit'
  | 'review'
  | 'communication'
  | 'offer'
  | 'confirmation'
  | 'signature'
  | 'timer'
  | 'linked-case'
  | 'branch'
  | 'fork'
  | 'join'
  | 'terminal';

/** What a plug-in sees when a case enters one of its steps. Effects go through here and nowhere else. */
export interface StepContext {
  readonly caseId: string;
  readonly stepKey: string;
  readonly now: string;
  readonly data: Readonly<Record<string, unknown>>;
  effect(effect: Effect): void;
  newId(): string;
  /** Schedules a timer the host fires back as `timerFired`; returns its id. */
  scheduleTimer(isoDuration: string): string;
  /** Runs a registered action; returns its outcome. */
  runAction(name: string, options: JsonObject | undefined): string;
}

export interface StepCheckContext {
  readonly formKeys: ReadonlySet<string>;
  readonly roleKeys: ReadonlySet<string>;
  readonly stepKeys: ReadonlySet<string>;
  readonly actionNames: ReadonlySet<string>;
}

export interface StepTypePlugin<S extends StepDefinition = StepDefinition> {
  readonly pluginKind: 'step-type';
  readonly kind: S['kind'];
  readonly label: LocalizedText;
  readonly completion: CompletionMode;
  /** Outcomes a completed step reports; transitions may filter on them with `on`. */
  readonly outcomes: readonly string[];
  /** Forms the step uses, so validation can check them and rules can see their fields. */
  formsOf?(step: S): readonly string[];
  checkStep?(step: S, ctx: StepCheckContext): readonly PluginIssue[];
  /** Runs when a case enters the step. For `auto` steps the returned outcome completes the step. */
  onEnter?(step: S, ctx: StepContext): string | void;
}

export interface ActionContext {
  readonly caseId: string;
  readonly stepKey: string;
  readonly now: string;
  readonly data: Readonly<Record<string, unknown>>;
  effect(effect: Effect): void;
  newId(): string;
}

export interface ActionPlugin<O extends object = object> {
  readonly pluginKind: 'action';
  readonly name: string;
  readonly label: LocalizedText;
  /** Outcomes `run` may return; transitions after the action step may filter on them. */
  readonly outcomes: readonly string[];
  checkOptions?(options: O | undefined): readonly PluginIssue[];
  /** Requests its work as effects; returns the outcome (default `done`). */
  run(options: O | undefined, ctx: ActionContext): string | void;
}

export type AnyPlugin = FieldTypePlugin | StepTypePlugin | ActionPlugin;
