/**
 * The offer builder's server state: the case (its plan steps, flow definition, offers and approval
 * requests) with the viewer's roles, the server's dry-run check, and proposing. Proposing goes through
 * the case screen's one command path (lib/case-command.ts, as the step actions): a lost answer is
 * retried with the same idempotency key, and a concurrent change (CONFLICT, STEP_NOT_ACTIVE) reloads
 * the case and answers `reloaded`, while the builder keeps the plan the agent typed.
 */
import { shallowRef, ref } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import type { FlowDefinition, RepaymentPlanInput } from '@parley/engine';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import { useCasesStore } from '../cases.store';
import { runCaseCommand, type CaseCommandOutcome } from '../lib/case-command';
import { IdempotencyKeys } from '../step-actions/lib/command-outcome';
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

const newKey = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `k-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;

export const useOfferBuilderStore = defineStore(STORE_IDS.offerBuilder, () => {
  const { client } = useClientHandle();
  const cases = useCasesStore();
  const keys = new IdempotencyKeys(newKey);
  /** The case whose last proposal met a concurrent change: its reload must not replace the typed plan. */
  const lastConflict = shallowRef<{ caseId: string; stepKey: string } | null>(null);
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

  /** Proposes the plan; on success and after a concurrent change the builder and the case screen reload. */
  function propose(
    caseId: string,
    stepKey: string,
    plan: RepaymentPlanInput,
  ): Promise<CaseCommandOutcome<Proposed>> {
    return runCaseCommand<Proposed>({
      keys,
      action: `${caseId}:${stepKey}:propose`,
      send: (idempotencyKey) =>
        client.mutation(proposeOfferMutation, { caseId, stepKey, plan, idempotencyKey }).toPromise(),
      pick: (data) => (data as Partial<ProposeOfferMutation>).proposeOffer ?? undefined,
      refresh: async () => {
        await Promise.all([load(caseId), cases.loadCase(caseId)]);
      },
      onSuccess: () => (lastConflict.value = null),
      onConflict: () => (lastConflict.value = { caseId, stepKey }),
    });
  }

  /** The agent dismissed the conflict notice (or sent again): reloads may prefill again. */
  function clearConflict(): void {
    lastConflict.value = null;
  }

  return {
    current,
    definition,
    viewer,
    error,
    loading,
    lastConflict,
    load,
    check,
    propose,
    clearConflict,
  };
});
