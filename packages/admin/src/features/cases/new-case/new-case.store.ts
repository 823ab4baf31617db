/**
 * The "New case" page's server state: the flows a case can be opened on (published, not archived) and
 * the opening itself. One idempotency key per filled-in form, so a double click opens one case.
 */
import { shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../../shared/lib/graphql-error';
import type { NewCaseFlowsQuery, OpenCaseInput } from '../../../generated/graphql';
import { newCaseFlowsQuery, openCaseMutation } from './api/new-case.documents';

export type NewCaseFlow = NewCaseFlowsQuery['flowTemplates']['edges'][number]['node'];

export const useNewCaseStore = defineStore(STORE_IDS.newCase, () => {
  const { client } = useClientHandle();
  const flows = shallowRef<NewCaseFlow[]>([]);
  const flowsError = shallowRef<AppError | null>(null);

  async function loadFlows(): Promise<void> {
    const result = await client.query(newCaseFlowsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!result.data) {
      flowsError.value = toAppError(result.error);
      return;
    }
    flowsError.value = null;
    flows.value = result.data.flowTemplates.edges
      .map((e) => e.node)
      .filter((f) => !f.archived && f.latestVersion !== null && f.latestVersion !== undefined);
  }

  /** Opens the case; the value is its id. */
  async function open(input: OpenCaseInput, idempotencyKey: string): Promise<Outcome<string>> {
    const result = await client.mutation(openCaseMutation, { input, idempotencyKey }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    return { ok: true, value: result.data.openCase.case.id };
  }

  return { flows, flowsError, loadFlows, open };
});
