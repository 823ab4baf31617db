/**
 * Roles and the permission catalogue (the matrix), with edits held per role until saved: the matrix
 * ticks cells locally, "save" sends the role's new permission list once (`updateRole`).
 */
import { computed, ref, shallowRef } from 'vue';
import { defineStore } from 'pinia';
import { useClientHandle } from '@urql/vue';
import { STORE_IDS } from '../../app/store-ids';
import { toAppError, type AppError, type Outcome } from '../../shared/lib/graphql-error';
import type { AccessRoleFieldsFragment, CreateRoleInput, LocalizedTextInput } from '../../generated/graphql';
import {
  accessRolesQuery,
  createRoleMutation,
  deleteRoleMutation,
  updateRoleMutation,
} from './api/access.documents';
import { groupPermissions, togglePermission, type PermissionEntry } from './lib/permission-matrix';

export type AccessRole = AccessRoleFieldsFragment;

export const useAccessRolesStore = defineStore(STORE_IDS.accessRoles, () => {
  const { client } = useClientHandle();

  const roles = shallowRef<AccessRole[]>([]);
  const catalogue = shallowRef<PermissionEntry[]>([]);
  /** Unsaved permission lists, by role key. */
  const drafts = ref<Record<string, string[]>>({});
  const loading = ref(false);
  const loadError = shallowRef<AppError | null>(null);

  const groups = computed(() => groupPermissions(catalogue.value));

  async function load(): Promise<void> {
    loading.value = true;
    try {
      const result = await client.query(accessRolesQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      if (!result.data) {
        loadError.value = toAppError(result.error);
        return;
      }
      roles.value = result.data.roles;
      catalogue.value = result.data.permissions;
      drafts.value = {};
      loadError.value = null;
    } finally {
      loading.value = false;
    }
  }

  /** The role's permissions as shown: the draft when there is one. */
  function permissionsOf(role: AccessRole): readonly string[] {
    return drafts.value[role.key] ?? role.permissions;
  }

  function toggle(role: AccessRole, permission: string, on: boolean): void {
    const next = togglePermission(permissionsOf(role), permission, on, catalogue.value);
    const same = next.length === role.permissions.length && next.every((p) => role.permissions.includes(p));
    const rest = { ...drafts.value };
    delete rest[role.key];
    drafts.value = same ? rest : { ...rest, [role.key]: next };
  }

  function discard(key: string): void {
    const rest = { ...drafts.value };
    delete rest[key];
    drafts.value = rest;
  }

  async function save(key: string): Promise<Outcome<AccessRole>> {
    const permissions = drafts.value[key];
    const result = await client
      .mutation(updateRoleMutation, { key, input: permissions ? { permissions } : {} })
      .toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const saved = result.data.updateRole;
    roles.value = roles.value.map((r) => (r.key === key ? saved : r));
    discard(key);
    return { ok: true, value: saved };
  }

  async function create(input: CreateRoleInput): Promise<Outcome<AccessRole>> {
    const result = await client.mutation(createRoleMutation, { input }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    roles.value = [...roles.value, result.data.createRole];
    return { ok: true, value: result.data.createRole };
  }

  /** Renames a custom role; its permissions (and any unsaved draft of them) are left alone. */
  async function rename(key: string, name: LocalizedTextInput): Promise<Outcome<AccessRole>> {
    const result = await client.mutation(updateRoleMutation, { key, input: { name } }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    const saved = result.data.updateRole;
    roles.value = roles.value.map((r) => (r.key === key ? saved : r));
    return { ok: true, value: saved };
  }

  /** Deletes a custom role; refused (the server says why) for a built-in role or one still held. */
  async function remove(key: string): Promise<Outcome<string>> {
    const result = await client.mutation(deleteRoleMutation, { key }).toPromise();
    if (!result.data) return { ok: false, error: toAppError(result.error) };
    roles.value = roles.value.filter((r) => r.key !== key);
    discard(key);
    return { ok: true, value: key };
  }

  return {
    rename,
    remove,
    roles,
    catalogue,
    groups,
    drafts,
    loading,
    loadError,
    load,
    permissionsOf,
    toggle,
    discard,
    save,
    create,
  };
});
