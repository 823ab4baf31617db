import type { LocalizedText } from './localized-text';

/**
 * One finding about a definition, a rule or a form submission. `path` points into the checked
 * document (e.g. `steps[3].guard`, `data.idNumber`) so editors can highlight the spot.
 */
export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly path: string;
  readonly message: LocalizedText;
  /** Errors block publishing; warnings are shown to the designer but allowed. */
  readonly severity: 'error' | 'warning';
}
