/**
 * The two sides of a comparison in the versions drawer: a published version number or the draft, and
 * which pair to show first (the two newest versions, or the only version against the draft).
 */
export type Side = number | 'draft';

export interface Pair {
  readonly from: Side;
  readonly to: Side;
}

/** `versions` newest first. */
export function defaultPair(versions: readonly number[]): Pair | null {
  const [newest, previous] = versions;
  if (newest === undefined) return null;
  return previous === undefined ? { from: newest, to: 'draft' } : { from: previous, to: newest };
}

/** A select's value for a side (`v3`, `draft`) and back. */
export function sideValue(side: Side): string {
  return side === 'draft' ? 'draft' : `v${side}`;
}

export function parseSide(value: string): Side | null {
  if (value === 'draft') return 'draft';
  const m = /^v(\d+)$/.exec(value);
  return m ? Number(m[1]) : null;
}

/** Both sides published: the server diffs them; with the draft the browser does. */
export function bothPublished(pair: Pair): pair is { from: number; to: number } {
  return pair.from !== 'draft' && pair.to !== 'draft';
}

/** The first 8 characters of a content hash, enough to tell versions apart on screen. */
export function shortHash(hash: string): string {
  return hash.slice(0, 8);
}
