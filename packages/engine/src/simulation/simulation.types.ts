import type { LocalizedText } from '../shared/localized-text';
import type { BusinessCalendar, ComplaintClockState, SlaEvaluation } from '../time/index';
import type { EndOutcome } from '../definition/step.types';
import type { PluginRegistry } from '../plugins/registry';
import type { Command } from '../interpreter/command.types';
import type { CaseEvent } from '../interpreter/case-event.types';
import type { CaseState } from '../interpreter/case-state.types';
import type { IssuedEffect } from '../interpreter/effect.types';
import type { Refusal, RefusalCode } from '../interpreter/refusal';

/** One line of a test-run script. */
export interface ScriptStep {
  /** Let this much time pass first (ISO 8601, e.g. `P2D`); due timers and SLA points fire meanwhile. */
  readonly after?: string;
  readonly command?: Command;
  /** The designer expects this command to be refused with this code (e.g. checking a guard). */
  readonly expectRefusal?: RefusalCode;
}

export interface SimulationScript {
  readonly name?: LocalizedText;
  readonly steps: readonly ScriptStep[];
}

export interface SimulationOptions {
  readonly registry?: PluginRegistry;
  /** Calendars the SLAs may use; by default the shipped Mainland China calendar. */
  readonly calendars?: readonly BusinessCalendar[];
}

export interface SimulatedRefusal {
  readonly index: number;
  readonly command: Command;
  readonly error: Refusal;
  /** The script said this refusal would come. */
  readonly expected: boolean;
}

export type SlaOutcome =
  | { readonly ruleKey: string; readonly evaluation: SlaEvaluation }
  | { readonly ruleKey: string; readonly error: LocalizedText };

export interface SimulationResult {
  readonly state: CaseState | null;
  readonly events: readonly CaseEvent[];
  readonly effects: readonly IssuedEffect[];
  readonly refusals: readonly SimulatedRefusal[];
  /** Script lines whose outcome differed from what they expected (a refusal, or none). */
  readonly surprises: readonly number[];
  /** The SLA in force, evaluated when the case ended (or at the end of the script). */
  readonly slaOutcomes: readonly SlaOutcome[];
  readonly complaintClock: ComplaintClockState | null;
  readonly reachedEnd: boolean;
  readonly outcome: EndOutcome | null;
}
