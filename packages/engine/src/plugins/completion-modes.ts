import type { CompletionMode } from './plugin.types';

/** Modes in which a step waits for a command (as opposed to automatic, routing and end steps). */
export const WAITING_MODES: ReadonlySet<CompletionMode> = new Set<CompletionMode>([
  'submit',
  'review',
  'communication',
  'offer',
  'confirmation',
  'signature',
  'timer',
  'linked-case',
]);

export function isWaitingMode(mode: CompletionMode | undefined): boolean {
  return mode !== undefined && WAITING_MODES.has(mode);
}
