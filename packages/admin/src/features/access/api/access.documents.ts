/**
 * The typed GraphQL documents of the people and access screens (users, roles, departments and queues).
 * Edit a document → run `pnpm codegen` → commit the generated files.
 */
import { graphql } from '../../../generated';

export const accessUserFieldsFragment = graphql(`
  fragment AccessUserFields on User {
    id
    username
    displayName
    active
    roles {
      key
      name {
        zh
        en
      }
    }
    departments {
      code
      name {
        zh
        en
      }
    }
  }
`);

/** One page of users by username (keyset), optionally narrowed by a search. */
export const accessUsersQuery = graphql(`
  query AccessUsers($first: Int!, $after: String, $search: String) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        node {
          ...AccessUserFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const createUserMutation = graphql(`
  mutation AccessCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AccessUserFields
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AccessUserFields
    }
  }
`);

export const resetUserPasswordMutation = graphql(`
  mutation AccessResetUserPassword($id: ID!, $mode: PasswordResetMode!) {
    resetUserPassword(id: $id, mode: $mode) {
      mode
      password
      user {
        ...AccessUserFields
      }
    }
  }
`);

export const accessRoleFieldsFragment = graphql(`
  fragment AccessRoleFields on Role {
    key
    name {
      zh
      en
    }
    permissions
    builtIn
    holderCount
  }
`);

/** Roles and the permission catalogue: the matrix's rows and columns. */
export const accessRolesQuery = graphql(`
  query AccessRoles {
    roles {
      ...AccessRoleFields
    }
    permissions {
      key
      group
      description {
        zh
        en
      }
    }
  }
`);

export const createRoleMutation = graphql(`
  mutation AccessCreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...AccessRoleFields
    }
  }
`);

export const updateRoleMutation = graphql(`
  mutation AccessUpdateRole($key: String!, $input: UpdateRoleInput!) {
    updateRole(key: $key, input: $input) {
      ...AccessRoleFields
    }
  }
`);

export const accessDepartmentFieldsFragment = graphql(`
  fragment AccessDepartmentFields on Department {
    code
    name {
      zh
      en
    }
    queues {
      id
      code
      name {
        zh
        en
      }
    }
    members {
      id
      username
      displayName
      active
    }
    routedCategories {
      id
      code
      name {
        zh
        en
      }
    }
  }
`);

export const accessDepartmentsQuery = graphql(`
  query AccessDepartments {
    departments {
      ...AccessDepartmentFields
    }
  }
`);

/** The pickers of the user dialog: every role and department (names only). */
export const accessChoicesQuery = graphql(`
  query AccessChoices {
    roles {
      key
      name {
        zh
        en
      }
      permissions
    }
    departments {
      code
      name {
        zh
        en
      }
    }
  }
`);

export const createDepartmentMutation = graphql(`
  mutation AccessCreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...AccessDepartmentFields
    }
  }
`);

export const createQueueMutation = graphql(`
  mutation AccessCreateQueue($departmentCode: String!, $input: CreateQueueInput!) {
    createQueue(departmentCode: $departmentCode, input: $input) {
      id
      code
    }
  }
`);

export const setDepartmentMembersMutation = graphql(`
  mutation AccessSetDepartmentMembers($departmentCode: String!, $userIds: [ID!]!) {
    setDepartmentMembers(departmentCode: $departmentCode, userIds: $userIds) {
      ...AccessDepartmentFields
    }
  }
`);

export const renameDepartmentMutation = graphql(`
  mutation AccessRenameDepartment($code: String!, $name: LocalizedTextInput!) {
    renameDepartment(code: $code, name: $name) {
      ...AccessDepartmentFields
    }
  }
`);

/** Refused (`REFERENCED`, the server's words say why) while cases, members or routing depend on it. */
export const deleteDepartmentMutation = graphql(`
  mutation AccessDeleteDepartment($code: String!) {
    deleteDepartment(code: $code)
  }
`);

export const renameQueueMutation = graphql(`
  mutation AccessRenameQueue($departmentCode: String!, $code: String!, $name: LocalizedTextInput!) {
    renameQueue(departmentCode: $departmentCode, code: $code, name: $name) {
      id
      code
    }
  }
`);

export const deleteQueueMutation = graphql(`
  mutation AccessDeleteQueue($departmentCode: String!, $code: String!) {
    deleteQueue(departmentCode: $departmentCode, code: $code)
  }
`);

/** Refused for built-in roles and while any user holds the role. */
export const deleteRoleMutation = graphql(`
  mutation AccessDeleteRole($key: String!) {
    deleteRole(key: $key)
  }
`);
