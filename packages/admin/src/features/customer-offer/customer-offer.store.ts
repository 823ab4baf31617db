/**
 * The customer's link: what it shows and what the customer does with it. Every operation is public
 * (the token is the credential) and reads from the network, never the cache; each command's answer
 * is the new view. Commands return an {@link Outcome}; the page shows the error in the user's language.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { PUBLIC_OPERATION } from '../../app/auth-exchange';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { CustomerViewFieldsFragment, SignatureInput } from '../../generated/graphql';
import {
  acceptOfferMutation,
  counterOfferMutation,
  customerAgreementPdfQuery,
  customerViewQuery,
  signAgreementMutation,
  submitCustomerStepMutation,
  uploadCustomerFileMutation,
} from './api/customer-offer.documents';
import type { FileRef } from '../forms';

const NETWORK_ONLY = { ...PUBLIC_OPERATION, requestPolicy: 'network-only' } as const;

/** A random UUID v4. `crypto.randomUUID` exists only in secure contexts; getRandomValues everywhere. */
export function idempotencyKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const useCustomerOfferStore = defineStore(STORE_IDS.customerOffer, () => {
  const { client } = useClientHandle();

  const token = ref('');
  const view = shallowRef<CustomerViewFieldsFragment | null>(null);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const busy = ref(false);

  async function load(linkToken: string): Promise<void> {
    token.value = linkToken;
    loading.value = true;
    try {
      const result = await client.query(customerViewQuery, { token: linkToken }, NETWORK_ONLY).toPromise();
      if (result.data) {
        view.value = result.data.customerView;
        loadError.value = null;
      } else {
        view.value = null;
        loadError.value = toAppError(result.error);
      }
    } finally {
      loading.value = false;
    }
  }

  async function command(
    run: () => Promise<{ view: CustomerViewFieldsFragment | undefined; error: AppError }>,
  ): Promise<Outcome<CustomerViewFieldsFragment>> {
    busy.value = true;
    try {
      const { view: next, error } = await run();
      if (!next) return { ok: false, error };
      view.value = next;
      return { ok: true, value: next };
    } finally {
      busy.value = false;
    }
  }

  const accept = () =>
    command(async () => {
      const result = await client
        .mutation(
          acceptOfferMutation,
          { token: token.value, idempotencyKey: idempotencyKey() },
          PUBLIC_OPERATION,
        )
        .toPromise();
      return { view: result.data?.acceptOffer, error: toAppError(result.error) };
    });

  const counter = (comment: string) =>
    command(async () => {
      const result = await client
        .mutation(
          counterOfferMutation,
          { token: token.value, comment: comment.trim(), idempotencyKey: idempotencyKey() },
          PUBLIC_OPERATION,
        )
        .toPromise();
      return { view: result.data?.counterOffer, error: toAppError(result.error) };
    });

  const sign = (signature: SignatureInput) =>
    command(async () => {
      const result = await client
        .mutation(
          signAgreementMutation,
          { token: token.value, signature, idempotencyKey: idempotencyKey() },
          PUBLIC_OPERATION,
        )
        .toPromise();
      return { view: result.data?.signAgreement, error: toAppError(result.error) };
    });

  /** The customer's form step; `key` stays the same for retries of one submission (idempotent). */
  const submitStep = (stepKey: string, data: Record<string, unknown>, key: string) =>
    command(async () => {
      const result = await client
        .mutation(
          submitCustomerStepMutation,
          { token: token.value, stepKey, data, idempotencyKey: key },
          PUBLIC_OPERATION,
        )
        .toPromise();
      return { view: result.data?.submitCustomerStep, error: toAppError(result.error) };
    });

  /** Stores a file for a file field of the step; the answer is its reference for the form's data. */
  async function uploadFile(
    stepKey: string,
    file: { name: string; type: string; base64: string },
  ): Promise<Outcome<FileRef>> {
    const result = await client
      .mutation(
        uploadCustomerFileMutation,
        {
          token: token.value,
          stepKey,
          fileName: file.name,
          contentType: file.type || 'application/octet-stream',
          contentBase64: file.base64,
        },
        PUBLIC_OPERATION,
      )
      .toPromise();
    const stored = result.data?.uploadCustomerFile;
    return stored ? { ok: true, value: stored } : { ok: false, error: toAppError(result.error) };
  }

  /** The signed PDF (base64), read on demand: the server records every read. */
  async function agreementPdf(): Promise<Outcome<string>> {
    const result = await client
      .query(customerAgreementPdfQuery, { token: token.value }, NETWORK_ONLY)
      .toPromise();
    const pdf = result.data?.customerView.agreementPdfBase64;
    return pdf ? { ok: true, value: pdf } : { ok: false, error: toAppError(result.error) };
  }

  return {
    token,
    view,
    loading,
    loadError,
    busy,
    load,
    accept,
    counter,
    sign,
    agreementPdf,
    submitStep,
    uploadFile,
  };
});
