/**
 * What waits for the supervisor: offers beyond an agent's authority, review steps for their flow roles
 * and complaint-extension requests; and their decisions (each refreshes the list).
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { ApprovalsInboxQuery } from '../../generated/graphql';
import {
  approvalsInboxQuery,
  approveReviewMutation,
  decideComplaintExtensionMutation,
  decideOfferApprovalMutation,
  rejectReviewMutation,
} from './api/approvals.documents';

export type ApprovalsInbox = ApprovalsInboxQuery;
export type OfferItem = ApprovalsInbox['pendingOfferApprovals'][number];
export type ReviewItem = ApprovalsInbox['pendingReviews'][number];
export type ExtensionItem = ApprovalsInbox['pendingComplaintExtensions'][number];

/** One decision: which item, approve or not, and the reason (required to reject). */
export type Decision =
  | { kind: 'offer'; caseId: string; requestId: string; approve: boolean; comment: string }
  | { kind: 'review'; caseId: string; stepKey: string; approve: boolean; comment: string }
  | { kind: 'extension'; caseId: string; requestId: string; approve: boolean; comment: string };

export const useApprovalsStore = defineStore(STORE_IDS.approvals, () => {
  const { client } = useClientHandle();
  const inbox = shallowRef<ApprovalsInbox | null>(null);
  const error = shallowRef<AppError | null>(null);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(approvalsInboxQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      inbox.value = result.data ?? null;
      error.value = result.data ? null : toAppError(result.error);
    } finally {
      loading.value = false;
    }
  }

  async function decide(d: Decision): Promise<Outcome<true>> {
    const comment = d.comment.trim() || null;
    const result =
      d.kind === 'offer'
        ? await client
            .mutation(decideOfferApprovalMutation, {
              caseId: d.caseId,
              requestId: d.requestId,
              approve: d.approve,
              comment,
            })
            .toPromise()
        : d.kind === 'extension'
          ? await client
              .mutation(decideComplaintExtensionMutation, {
                caseId: d.caseId,
                requestId: d.requestId,
                approve: d.approve,
                comment,
              })
              .toPromise()
          : d.approve
            ? await client
                .mutation(approveReviewMutation, { caseId: d.caseId, stepKey: d.stepKey, comment })
                .toPromise()
            : await client
                .mutation(rejectReviewMutation, {
                  caseId: d.caseId,
                  stepKey: d.stepKey,
                  reason: comment ?? '',
                })
                .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await load();
    return { ok: true, value: true };
  }

  return { inbox, error, loading, load, decide };
});
