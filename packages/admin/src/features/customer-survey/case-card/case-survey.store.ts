/**
 * The case screen's surveys: the case's invitations with their answers, the published surveys to send,
 * and `sendSurvey` (whose URL is shown once: it is kept only until the dialog closes).
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { Localized } from '../../../shared/lib/locale';
import {
  caseSurveysQuery,
  publishedSurveysQuery,
  sendSurveyMutation,
} from '../api/customer-survey.documents';
import type { CaseSurveysQuery } from '../../../generated/graphql';
import { idempotencyKey } from '../../customer-offer/customer-offer.store';

export type CaseInvitation = NonNullable<CaseSurveysQuery['case']>['surveyInvitations'][number];
export interface PublishedSurvey {
  key: string;
  title: Localized;
  version: number;
}

const NETWORK_ONLY = { requestPolicy: 'network-only' } as const;

export const useCaseSurveyStore = defineStore(STORE_IDS.caseSurvey, () => {
  const { client } = useClientHandle();
  const caseId = ref('');
  const invitations = shallowRef<CaseInvitation[]>([]);
  const surveys = shallowRef<PublishedSurvey[]>([]);
  const error = shallowRef<AppError | null>(null);
  const busy = ref(false);

  async function load(id: string): Promise<void> {
    caseId.value = id;
    const [own, lib] = await Promise.all([
      client.query(caseSurveysQuery, { id }, NETWORK_ONLY).toPromise(),
      client.query(publishedSurveysQuery, { first: 200 }, NETWORK_ONLY).toPromise(),
    ]);
    if (caseId.value !== id) return;
    if (own.data?.case) {
      invitations.value = own.data.case.surveyInvitations;
      error.value = null;
    } else error.value = toAppError(own.error);
    surveys.value = (lib.data?.surveys.edges ?? []).flatMap(({ node }) =>
      node.version == null ? [] : [{ key: node.key, title: node.title, version: node.version }],
    );
  }

  async function send(surveyKey: string): Promise<Outcome<{ url: string; expiresAt: string }>> {
    busy.value = true;
    try {
      const result = await client
        .mutation(sendSurveyMutation, { caseId: caseId.value, surveyKey, idempotencyKey: idempotencyKey() })
        .toPromise();
      const sent = result.data?.sendSurvey;
      if (!sent?.url) return { ok: false, error: toAppError(result.error) };
      await load(caseId.value);
      return { ok: true, value: { url: sent.url, expiresAt: String(sent.expiresAt) } };
    } finally {
      busy.value = false;
    }
  }

  return { caseId, invitations, surveys, error, busy, load, send };
});
