/**
 * Automatic assignment from the flow (docs/cases.md "Automatic assignment"). A step whose `assignTo`
 * names a role with the strategy `round-robin` or `least-loaded` is given to a person when a command
 * activates it: the decision is made before the append and goes into the same batch as a `caseAssigned`
 * host event (reason `auto`), after the engine's events — so the log says who got the step, and why,
 * in the very batch that opened it.
 *
 * Candidates: active users holding the step's flow role itself (case-access.ts: by platform role key,
 * or through the role's `holders` — the engine's `roleHolderClauses` without inheritance, one query:
 * a supervisor who may do an agent's work is not in the agents' rotation) in the department that works the step (the step's `department`, which also moves the case,
 * else the case's own). The current assignee is kept when they qualify; with nobody qualifying the case waits
 * unassigned in its queue. Manual flows pay nothing: `automaticSteps` answers from a per-definition
 * cache without a query, and nothing else runs when it finds no step.
 */
import {
  roleHolderClauses,
  type AssignmentStrategy,
  type CaseEvent,
  type FlowDefinition,
  type RoleHolderClause,
} from '@parley/engine';
import { Types, trusted } from 'mongoose';
import type { Models } from '../../../db/models';
import { isDuplicateKeyError } from '../../../errors/app-error';
import { conflict } from '../log/case-log.store';
import type { CaseAssignedData } from '../runtime/case-projection';
import type { CaseStatusValue } from '../case.model';

export type AutomaticStrategy = Exclude<AssignmentStrategy, 'manual'>;

/** A step of the flow that is assigned automatically when it becomes active. */
export interface AutomaticStep {
  stepKey: string;
  role: string;
  strategy: AutomaticStrategy;
  /** The department that takes the case at this step; null: the case's own. */
  department: string | null;
  /** Who is in the pool for `role`: its own holders (any one clause suffices), not inheriting roles'. */
  holders: readonly RoleHolderClause[];
}

/** Statuses of cases that still count towards a person's load (everything but CLOSED and CANCELLED). */
const OPEN_STATUSES: CaseStatusValue[] = ['OPEN', 'PAUSED', 'RESOLVED'];
/** Round-robin turns tried before giving up (CONFLICT); the highest turn is re-read every few tries. */
const MAX_TICKET_ATTEMPTS = 200;

const NONE: readonly AutomaticStep[] = [];
/** Per definition (published definitions are cached objects): its automatic steps by key. */
const automaticByDefinition = new WeakMap<FlowDefinition, ReadonlyMap<string, AutomaticStep>>();

function automaticStepsOf(definition: FlowDefinition): ReadonlyMap<string, AutomaticStep> {
  let found = automaticByDefinition.get(definition);
  if (!found) {
    const map = new Map<string, AutomaticStep>();
    for (const step of definition.steps) {
      const assign = step.assignTo;
      if (!assign || !('role' in assign)) continue;
      if (assign.strategy !== 'round-robin' && assign.strategy !== 'least-loaded') continue;
      map.set(step.key, {
        stepKey: step.key,
        role: assign.role,
        strategy: assign.strategy,
        department: assign.department ?? null,
        holders: roleHolderClauses(definition, assign.role, { inheriting: false }),
      });
    }
    found = map;
    automaticByDefinition.set(definition, found);
  }
  return found;
}

/** The automatically assigned steps these engine events activate, in the order they were activated. */
export function automaticSteps(
  definition: FlowDefinition,
  events: readonly CaseEvent[],
): readonly AutomaticStep[] {
  const auto = automaticStepsOf(definition);
  if (auto.size === 0) return NONE;
  const out: AutomaticStep[] = [];
  for (const e of events) {
    const step = e.type === 'stepActivated' ? auto.get(e.stepKey) : undefined;
    if (step) out.push(step);
  }
  return out;
}

interface Candidate {
  id: string;
  username: string;
}

/** The case as read: where it is and who has it. */
export interface AssignableCase {
  _id: Types.ObjectId;
  departmentCode: string | null;
  assigneeId: Types.ObjectId | null;
}

export class CaseAutoAssigner {
  constructor(private readonly models: Models) {}

  /**
   * The `caseAssigned` data for `steps` (one per step that changes the assignee or department, folded in
   * order), given the case as read. Writes nothing but round-robin tickets.
   */
  async decide(c: AssignableCase, steps: readonly AutomaticStep[], at: Date): Promise<CaseAssignedData[]> {
    const out: CaseAssignedData[] = [];
    let department = c.departmentCode;
    let assignee = c.assigneeId?.toHexString() ?? null;
    for (const step of steps) {
      const where = step.department ?? department;
      const candidates = where ? await this.candidates(where, step.holders) : [];
      let pick: string | null;
      if (assignee !== null && candidates.some((u) => u.id === assignee)) pick = assignee;
      else if (candidates.length === 0) pick = null;
      else if (step.strategy === 'least-loaded') pick = await this.leastLoaded(candidates);
      else pick = await this.roundRobin(`${where}/${step.role}`, candidates, c._id, step.stepKey, at);
      if (pick === assignee && where === department) continue;
      out.push({
        assigneeId: pick,
        queueId: null,
        departmentCode: where,
        reason: 'auto',
        strategy: step.strategy,
        stepKey: step.stepKey,
      });
      assignee = pick;
      department = where;
    }
    return out;
  }

  /** Active users in `department` matching one of the `holders` clauses, by username. */
  private async candidates(department: string, holders: readonly RoleHolderClause[]): Promise<Candidate[]> {
    if (holders.length === 0) return [];
    const or = holders.map((h) =>
      h.departments
        ? { roles: trusted({ $in: [...h.roles] }), departments: trusted({ $in: [...h.departments] }) }
        : { roles: trusted({ $in: [...h.roles] }) },
    );
    const users = await this.models.User.find(
      // `$or` keeps a clause's own `departments` apart from the working department's.
      { active: true, departments: department, $or: or },
      { username: 1 },
    )
      .lean<{ _id: Types.ObjectId; username: string }[]>()
      .exec();
    return users
      .map((u) => ({ id: u._id.toHexString(), username: u.username }))
      .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  }

  /**
   * The candidate with the fewest open cases; ties go to the first by username. One count per
   * candidate: FerretDB v1's `$group` computes only its first accumulator (docs/database.md).
   */
  private async leastLoaded(candidates: readonly Candidate[]): Promise<string> {
    const loads = await Promise.all(
      candidates.map((u) =>
        this.models.Case.countDocuments({
          assigneeId: new Types.ObjectId(u.id),
          status: trusted({ $in: OPEN_STATUSES }),
        }).exec(),
      ),
    );
    let best = 0;
    loads.forEach((load, i) => {
      if (load < (loads[best] as number)) best = i;
    });
    return (candidates[best] as Candidate).id;
  }

  /**
   * The next turn of the pool: read the highest turn n, insert n + 1 (unique (pool, n)); a duplicate
   * means another process took it, so try the next. Turn n goes to candidates[n % length].
   */
  private async roundRobin(
    pool: string,
    candidates: readonly Candidate[],
    caseId: Types.ObjectId,
    stepKey: string,
    at: Date,
  ): Promise<string> {
    let next = 0;
    for (let attempt = 0; attempt < MAX_TICKET_ATTEMPTS; attempt++) {
      if (attempt % 5 === 0) {
        const top = await this.models.AssignmentTicket.findOne({ pool }, { n: 1 })
          .sort({ n: -1 })
          .lean<{ n: number }>()
          .exec();
        next = Math.max(next, top ? top.n + 1 : 0);
      }
      const pick = candidates[next % candidates.length] as Candidate;
      try {
        await this.models.AssignmentTicket.create({
          pool,
          n: next,
          caseId,
          stepKey,
          assigneeId: new Types.ObjectId(pick.id),
          at,
        });
        return pick.id;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        next++;
      }
    }
    throw conflict();
  }
}
