/** Departments with their queues, members and routed complaint categories, and the commands on them. */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  AccessDepartmentFieldsFragment,
  CreateDepartmentInput,
  CreateQueueInput,
} from '../../generated/graphql';
import { readAllPages } from '../../shared/lib/all-pages';
import {
  accessUsersQuery,
  accessDepartmentsQuery,
  createDepartmentMutation,
  createQueueMutation,
  setDepartmentMembersMutation,
} from './api/access.documents';

export type AccessDepartment = AccessDepartmentFieldsFragment;
export interface MemberChoice {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
}

export const useAccessDepartmentsStore = defineStore(STORE_IDS.accessDepartments, () => {
  const { client } = useClientHandle();

  const departments = shallowRef<AccessDepartment[]>([]);
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await client
        .query(accessDepartmentsQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (!result.data) {
        loadError.value = toAppError(result.error);
        return;
      }
      departments.value = result.data.departments;
      loadError.value = null;
    } finally {
      loading.value = false;
    }
  }

  function replace(department: AccessDepartment): void {
    const exists = departments.value.some((d) => d.code === department.code);
    departments.value = exists
      ? departments.value.map((d) => (d.code === department.code ? department : d))
      : [...departments.value, department].sort((a, b) => a.code.localeCompare(b.code));
  }

  async function create(input: CreateDepartmentInput): Promise<Outcome<AccessDepartment>> {
    const result = await client.mutation(createDepartmentMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    replace(result.data.createDepartment);
    return { ok: true, value: result.data.createDepartment };
  }

  async function createQueue(departmentCode: string, input: CreateQueueInput): Promise<Outcome<string>> {
    const result = await client.mutation(createQueueMutation, { departmentCode, input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    await load();
    return { ok: true, value: result.data.createQueue.code };
  }

  async function setMembers(departmentCode: string, userIds: string[]): Promise<Outcome<AccessDepartment>> {
    const result = await client
      .mutation(setDepartmentMembersMutation, { departmentCode, userIds })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    replace(result.data.setDepartmentMembers);
    return { ok: true, value: result.data.setDepartmentMembers };
  }

  /** Every user (the members picker), read page by page. */
  async function loadAllUsers(): Promise<Outcome<MemberChoice[]>> {
    const read = await readAllPages<MemberChoice>(async (after) => {
      const result = await client
        .query(accessUsersQuery, { first: 200, after }, { requestPolicy: 'network-only' })
        .toPromise();
      return result.data ? result.data.users : toAppError(result.error);
    });
    return 'error' in read ? { ok: false, error: read.error } : { ok: true, value: read.nodes };
  }

  return { departments, loading, loadError, load, create, createQueue, setMembers, loadAllUsers };
});
