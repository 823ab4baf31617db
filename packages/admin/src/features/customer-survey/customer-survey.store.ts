/**
 * The customer's survey link (`/s/:token`): what it shows and its one answer. Public operations (the
 * token is the credential), always from the network.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { FormDefinition } from '@parley/engine';
import { STORE_IDS } from '../../app/store-ids';
import { PUBLIC_OPERATION } from '../../app/auth-exchange';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { Localized } from '../../shared/lib/locale';
import { publicSurveyQuery, submitSurveyAnswerMutation } from './api/customer-survey.documents';

const NETWORK_ONLY = { ...PUBLIC_OPERATION, requestPolicy: 'network-only' } as const;

export type SurveyLinkStatus = 'OPEN' | 'ANSWERED' | 'EXPIRED';

export interface PublicSurveyView {
  status: SurveyLinkStatus;
  title: Localized | null;
  form: FormDefinition | null;
  caseReference: string | null;
  expiresAt: string | null;
}

export const useCustomerSurveyStore = defineStore(STORE_IDS.customerSurvey, () => {
  const { client } = useClientHandle();
  const token = ref('');
  const view = shallowRef<PublicSurveyView | null>(null);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);
  const busy = ref(false);
  /** True once this page's answer was taken: the thank-you page. */
  const thanked = ref(false);

  async function load(linkToken: string): Promise<void> {
    token.value = linkToken;
    thanked.value = false;
    loading.value = true;
    try {
      const result = await client.query(publicSurveyQuery, { token: linkToken }, NETWORK_ONLY).toPromise();
      const found = result.data?.publicSurvey;
      if (found) {
        view.value = {
          status: found.status,
          title: found.title ?? null,
          form: (found.form ?? null) as FormDefinition | null,
          caseReference: found.caseReference ?? null,
          expiresAt: found.expiresAt ? String(found.expiresAt) : null,
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

  async function submit(answers: Record<string, unknown>): Promise<Outcome<true>> {
    busy.value = true;
    try {
      const result = await client
        .mutation(submitSurveyAnswerMutation, { token: token.value, answers }, PUBLIC_OPERATION)
        .toPromise();
      if (!result.data?.submitSurveyAnswer) {
        const error = toAppError(result.error);
        // Answered meanwhile (another tab, a double tap): the page shows the answered state.
        if (error.kind === 'server' && error.code === 'SURVEY_ALREADY_ANSWERED' && view.value)
          view.value = { ...view.value, status: 'ANSWERED', form: null };
        return { ok: false, error };
      }
      thanked.value = true;
      return { ok: true, value: true };
    } finally {
      busy.value = false;
    }
  }

  return { token, view, loading, loadError, busy, thanked, load, submit };
});
