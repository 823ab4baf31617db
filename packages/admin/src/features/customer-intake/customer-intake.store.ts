/**
 * The customer's intake link: the form it offers and the submission that opens a case. Public
 * operations (the token is the credential), read from the network, never the cache. One idempotency
 * key per submission: kept for a retry after a network failure (the first attempt may have reached the
 * server: the retry then gets its receipt), renewed after the server refused (nothing was opened).
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { FormDefinition } from '@parley/engine';
import { STORE_IDS } from '../../app/store-ids';
import { PUBLIC_OPERATION } from '../../app/auth-exchange';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { Localized } from '../../shared/lib/locale';
import { idempotencyKey } from '../customer-offer/customer-offer.store';
import { intakeFormQuery, submitIntakeMutation } from './api/customer-intake.documents';

const NETWORK_ONLY = { ...PUBLIC_OPERATION, requestPolicy: 'network-only' } as const;

export interface IntakeView {
  flowName: Localized;
  stepKey: string | null;
  form: FormDefinition | null;
  expiresAt: string;
}

export interface IntakeReceiptView {
  caseReference: string;
  followUpUrl: string;
  followUpExpiresAt: string;
}

export interface IntakeCustomer {
  name: string;
  idNumber?: string;
  phone?: string;
}

export const useCustomerIntakeStore = defineStore(STORE_IDS.customerIntake, () => {
  const { client } = useClientHandle();

  const token = ref('');
  const view = shallowRef<IntakeView | null>(null);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const busy = ref(false);
  const receipt = shallowRef<IntakeReceiptView | null>(null);
  let key = idempotencyKey();

  async function load(linkToken: string): Promise<void> {
    token.value = linkToken;
    receipt.value = null;
    loading.value = true;
    try {
      const result = await client.query(intakeFormQuery, { token: linkToken }, NETWORK_ONLY).toPromise();
      if (result.data) {
        const found = result.data.intakeForm;
        view.value = {
          flowName: found.flowName,
          stepKey: found.stepKey ?? null,
          form: (found.form ?? null) as FormDefinition | null,
          expiresAt: String(found.expiresAt),
        };
        loadError.value = null;
      } else {
        view.value = null;
        loadError.value = toAppError(result.error);
      }
    } finally {
      loading.value = false;
    }
  }

  async function submit(
    /** Null when the form asks for all the customer's details (the server reads them from it). */
    customer: IntakeCustomer | null,
    data: Record<string, unknown>,
  ): Promise<Outcome<IntakeReceiptView>> {
    busy.value = true;
    try {
      const result = await client
        .mutation(
          submitIntakeMutation,
          { token: token.value, customer, data, idempotencyKey: key },
          PUBLIC_OPERATION,
        )
        .toPromise();
      const answer = result.data?.submitIntake;
      if (!answer) {
        const error = toAppError(result.error);
        if (error.kind === 'server' && error.code !== 'CONFLICT') key = idempotencyKey();
        return { ok: false, error };
      }
      receipt.value = {
        caseReference: answer.caseReference,
        followUpUrl: answer.followUpLink.url,
        followUpExpiresAt: String(answer.followUpLink.expiresAt),
      };
      key = idempotencyKey();
      return { ok: true, value: receipt.value };
    } finally {
      busy.value = false;
    }
  }

  return { token, view, loading, loadError, busy, receipt, load, submit };
});
