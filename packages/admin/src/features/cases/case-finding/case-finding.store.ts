/**
 * Closing a case from the case screen: the root causes (loaded once) and `closeCase`, with the finding a
 * complaint needs. One idempotency key per dialog opening, so a retry after a lost answer closes once.
 */
import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { ComplaintRootCausesQuery } from '../../../generated/graphql';
import { closeCaseMutation, complaintRootCausesQuery } from './api/case-finding.documents';

export type RootCauseOption = ComplaintRootCausesQuery['complaintRootCauses'][number];

export interface CloseRequest {
  caseId: string;
  note: string;
  finding: { rootCause: string; remedy: string } | null;
  idempotencyKey: string;
}

export const useCaseFindingStore = defineStore(STORE_IDS.caseFinding, () => {
  const { client } = useClientHandle();
  const rootCauses = shallowRef<RootCauseOption[] | null>(null);
  const rootCausesError = shallowRef<AppError | null>(null);

  async function loadRootCauses(): Promise<void> {
    if (rootCauses.value) return;
    const result = await client.query(complaintRootCausesQuery, {}).toPromise();
    if (result.data) {
      rootCauses.value = result.data.complaintRootCauses;
      rootCausesError.value = null;
    } else rootCausesError.value = toAppError(result.error);
  }

  async function close(request: CloseRequest): Promise<Outcome<string>> {
    const note = request.note.trim();
    const result = await client
      .mutation(closeCaseMutation, {
        caseId: request.caseId,
        note: note === '' ? null : note,
        finding: request.finding,
        idempotencyKey: request.idempotencyKey,
      })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.closeCase.case.status };
  }

  return { rootCauses, rootCausesError, loadRootCauses, close };
});
