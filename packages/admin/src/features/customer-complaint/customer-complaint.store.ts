/**
 * The public complaint pages' server state: the category tree, the submission (one idempotency key per
 * complaint: kept for a retry after a network failure, renewed after the server refused) and the
 * tracking view. Public operations, read from the network, never the cache.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { PUBLIC_OPERATION } from '../../app/auth-exchange';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { Localized } from '../../shared/lib/locale';
import { idempotencyKey } from '../customer-offer/customer-offer.store';
import {
  complaintTrackingQuery,
  publicComplaintCategoriesQuery,
  submitComplaintMutation,
} from './api/customer-complaint.documents';
import type { CategoryNode } from './lib/complaint-form';

const NETWORK_ONLY = { ...PUBLIC_OPERATION, requestPolicy: 'network-only' } as const;

export interface ComplaintDraft {
  categoryId: string;
  text: string;
  customer: { name: string; phone: string; idNumber?: string };
  attachments: { fileName: string; contentType: string; contentBase64: string }[];
}

export interface ComplaintReceiptView {
  caseReference: string;
  trackingUrl: string;
  expiresAt: string;
  deadline: string | null;
}

export interface TrackingView {
  caseReference: string;
  categoryName: Localized | null;
  departmentName: Localized | null;
  status: 'RECEIVED' | 'IN_PROGRESS' | 'ANSWERED' | 'CLOSED';
  receivedAt: string;
  deadline: string | null;
  entries: { at: string; text: Localized }[];
  expiresAt: string;
}

export const useCustomerComplaintStore = defineStore(STORE_IDS.customerComplaint, () => {
  const { client } = useClientHandle();
  const categories = shallowRef<CategoryNode[]>([]);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const busy = ref(false);
  const receipt = shallowRef<ComplaintReceiptView | null>(null);
  const tracking = shallowRef<TrackingView | null>(null);
  let key = idempotencyKey();

  async function loadCategories(): Promise<void> {
    loading.value = true;
    try {
      const result = await client.query(publicComplaintCategoriesQuery, {}, NETWORK_ONLY).toPromise();
      if (result.data) {
        categories.value = result.data.publicComplaintCategories;
        loadError.value = null;
      } else loadError.value = toAppError(result.error);
    } finally {
      loading.value = false;
    }
  }

  async function submit(draft: ComplaintDraft): Promise<Outcome<ComplaintReceiptView>> {
    busy.value = true;
    try {
      const result = await client
        .mutation(submitComplaintMutation, { input: draft, idempotencyKey: key }, PUBLIC_OPERATION)
        .toPromise();
      const answer = result.data?.submitComplaint;
      if (!answer) {
        const error = toAppError(result.error);
        if (error.kind === 'server' && error.code !== 'CONFLICT') key = idempotencyKey();
        return { ok: false, error };
      }
      receipt.value = {
        caseReference: answer.caseReference,
        trackingUrl: answer.trackingUrl,
        expiresAt: String(answer.expiresAt),
        deadline: answer.deadline ? String(answer.deadline) : null,
      };
      key = idempotencyKey();
      return { ok: true, value: receipt.value };
    } finally {
      busy.value = false;
    }
  }

  async function loadTracking(token: string): Promise<void> {
    loading.value = true;
    try {
      const result = await client.query(complaintTrackingQuery, { token }, NETWORK_ONLY).toPromise();
      const found = result.data?.complaintTracking;
      if (found) {
        tracking.value = {
          ...found,
          receivedAt: String(found.receivedAt),
          deadline: found.deadline ? String(found.deadline) : null,
          expiresAt: String(found.expiresAt),
          entries: found.entries.map((e) => ({ at: String(e.at), text: e.text })),
        };
        loadError.value = null;
      } else {
        tracking.value = null;
        loadError.value = toAppError(result.error);
      }
    } finally {
      loading.value = false;
    }
  }

  return { categories, loading, loadError, busy, receipt, tracking, loadCategories, submit, loadTracking };
});
