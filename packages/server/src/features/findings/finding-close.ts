/**
 * The close command with its finding (溯源整改). On a complaint that can be closed (the flow reached an
 * end step), the finding is required, and `complaintFindingRecorded` goes in the same batch just before
 * the engine's `caseClosed`. A case that cannot be closed is refused by the engine as before
 * (CASE_NOT_FINISHED, CASE_CLOSED): the finding is asked for only when the close would go through.
 */
import type { CaseState } from '@parley/engine';
import type { CaseChange } from '../cases';
import { findingNotApplicable, findingRequired, type FindingData } from './finding-input';

export function closeChange(
  state: CaseState | null,
  complaint: boolean,
  finding: FindingData | null,
  note: string | undefined,
): CaseChange {
  if (!complaint && finding) throw findingNotApplicable();
  if (complaint && !finding && state?.status === 'completed') throw findingRequired();
  return {
    kind: 'engine',
    command: (actor) => ({ type: 'close', actor, ...(note ? { note } : {}) }),
    ...(finding
      ? {
          hostBefore: [
            {
              type: 'complaintFindingRecorded',
              data: { rootCause: finding.rootCause, remedy: finding.remedy },
            },
          ],
        }
      : {}),
  };
}
