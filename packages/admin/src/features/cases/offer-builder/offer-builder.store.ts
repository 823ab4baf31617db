/**
 * The offer builder's server state: the case (its plan steps, flow definition, offers and approval
 * requests) with the viewer's roles, the server's dry-run check, and proposing.
 */
import { shallowRef, ref } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { FlowDefinition, RepaymentPlanInput } from '@parley/engine';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type {
  CheckOfferQuery,
  OfferBuilderCaseQuery,
  ProposeOfferMutation,
} from '../../../generated/graphql';
import { checkOfferQuery, offerBuilderCaseQuery, proposeOfferMutation } from './api/offer-builder.documents';

export type OfferBuilderCase = NonNullable<OfferBuilderCaseQuery['case']>;
export type OfferCheck = CheckOfferQuery['checkOffer'];
export type Proposed = ProposeOfferMutation['proposeOffer'];
export interface Viewer {
  roles: string[];
  departments: string[];
}

export const useOfferBuilderStore = defineStore(STORE_IDS.offerBuilder, () => {
  const { client } = useClientHandle();
  const current = shallowRef<OfferBuilderCase | null>(null);
  const definition = shallowRef<FlowDefinition | null>(null);
  const viewer = shallowRef<Viewer | null>(null);
  const error = shallowRef<AppError | null>(null);
  const loading = ref(false);

  async function load(id: string): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(offerBuilderCaseQuery, { id }, { requestPolicy: 'network-only' })
        .toPromise();
      current.value = result.data?.case ?? null;
      definition.value = (result.data?.case?.flowVersion.definition as FlowDefinition | undefined) ?? null;
      const me = result.data?.me;
      viewer.value = me
        ? { roles: me.roles.map((r) => r.key), departments: me.departments.map((d) => d.code) }
        : null;
      error.value = result.data ? null : toAppError(result.error);
    } finally {
      loading.value = false;
    }
  }

  async function check(
    caseId: string,
    stepKey: string,
    plan: RepaymentPlanInput,
  ): Promise<Outcome<OfferCheck>> {
    const result = await client
      .query(checkOfferQuery, { caseId, stepKey, plan }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.checkOffer };
  }

  async function propose(
    caseId: string,
    stepKey: string,
    plan: RepaymentPlanInput,
    idempotencyKey: string,
  ): Promise<Outcome<Proposed>> {
    const result = await client
      .mutation(proposeOfferMutation, { caseId, stepKey, plan, idempotencyKey })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.proposeOffer };
  }

  return { current, definition, viewer, error, loading, load, check, propose };
});
