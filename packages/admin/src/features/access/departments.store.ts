/**
 * Departments with their queues, members and routed complaint categories, and the commands on them:
 * create, rename and delete departments and queues, replace a department's members.
 */
import { ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type {
  AccessDepartmentFieldsFragment,
  CreateDepartmentInput,
  CreateQueueInput,
  LocalizedTextInput,
} from '../../generated/graphql';
import { readAllPages } from '../../shared/lib/all-pages';
import {
  accessUsersQuery,
  accessDepartmentsQuery,
  createDepartmentMutation,
  createQueueMutation,
  deleteDepartmentMutation,
  deleteQueueMutation,
  renameDepartmentMutation,
  renameQueueMutation,
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

  async function rename(code: string, name: LocalizedTextInput): Promise<Outcome<AccessDepartment>> {
    const result = await client.mutation(renameDepartmentMutation, { code, name }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    replace(result.data.renameDepartment);
    return { ok: true, value: result.data.renameDepartment };
  }

  /** Deletes the department with its queues; a refusal (open cases, members, routing) leaves the list as is. */
  async function remove(code: string): Promise<Outcome<string>> {
    const result = await client.mutation(deleteDepartmentMutation, { code }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    departments.value = departments.value.filter((d) => d.code !== code);
    return { ok: true, value: code };
  }

  async function renameQueue(
    departmentCode: string,
    code: string,
    name: LocalizedTextInput,
  ): Promise<Outcome<string>> {
    const result = await client.mutation(renameQueueMutation, { departmentCode, code, name }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    updateQueues(departmentCode, (queues) =>
      queues.map((q) => (q.code === code ? { ...q, name: { ...q.name, zh: name.zh, en: name.en } } : q)),
    );
    return { ok: true, value: code };
  }

  async function removeQueue(departmentCode: string, code: string): Promise<Outcome<string>> {
    const result = await client.mutation(deleteQueueMutation, { departmentCode, code }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    updateQueues(departmentCode, (queues) => queues.filter((q) => q.code !== code));
    return { ok: true, value: code };
  }

  function updateQueues(
    departmentCode: string,
    change: (queues: AccessDepartment['queues']) => AccessDepartment['queues'],
  ): void {
    departments.value = departments.value.map((d) =>
      d.code === departmentCode ? { ...d, queues: change(d.queues) } : d,
    );
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

  return {
    departments,
    loading,
    loadError,
    load,
    create,
    createQueue,
    setMembers,
    loadAllUsers,
    rename,
    remove,
    renameQueue,
    removeQueue,
  };
});
