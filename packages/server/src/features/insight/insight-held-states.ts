/**
 * The case states as of the last batch this follower process applied, kept so that claiming the next
 * batch need not read them again: on FerretDB that read (`caseId $in …`) scans every case's state, so
 * catching up on a long log paid a scan of all states per batch. Valid only while the batch chain
 * continues from that batch in this process; `complete` when this process applied every batch of the
 * generation from the first, so a case it does not hold is new. On any doubt (another process applied
 * a batch, a new generation, an error, too many cases) the states are read from the database again.
 */
import type { InsightCaseState } from './insight-fold';
import { caseStates } from './insight-store';
import type { InsightBatchDeltas, InsightBatchRecord, InsightModels } from './insight.model';

type State = { n: number; state: InsightCaseState };

/** Cases held at most (beyond that, states are read from the database). */
const MAX_HELD = 100_000;

export class HeldStates {
  private held: { gen: number; n: number; complete: boolean; states: Map<string, State> } | null = null;

  constructor(
    private readonly models: InsightModels,
    private readonly enabled = true,
  ) {}

  /** The states before batch `lastN + 1` of the cases `ids` (absent: the case is new). */
  async statesBefore(gen: number, lastN: number, ids: string[]): Promise<Map<string, State>> {
    const h = this.held;
    if (!h || h.gen !== gen || h.n !== lastN) return caseStates(this.models, gen, ids);
    const out = new Map<string, State>();
    const unknown: string[] = [];
    for (const id of ids) {
      const st = h.states.get(id);
      if (st) out.set(id, st);
      else if (!h.complete) unknown.push(id);
    }
    for (const [id, st] of await caseStates(this.models, gen, unknown)) out.set(id, st);
    return out;
  }

  /** Batch n is applied (by this process): the held states move on to it. */
  applied(batch: InsightBatchRecord, deltas: InsightBatchDeltas): void {
    let h = this.held;
    if (!h || h.gen !== batch.gen || h.n !== batch.n - 1)
      h = { gen: batch.gen, n: 0, complete: batch.n === 1, states: new Map() };
    for (const st of deltas.states)
      h.states.set(st.caseId, { n: batch.n, state: st.state as InsightCaseState });
    h.n = batch.n;
    this.held = !this.enabled || h.states.size > MAX_HELD ? null : h;
  }

  drop(): void {
    this.held = null;
  }
}
