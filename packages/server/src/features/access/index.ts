/** The entry point of the access feature (who is signed in and what they may do): what other features use of it. */
export type { AccessModels, DepartmentDoc, QueueDoc, RoleDoc, UserDoc } from './access.model';
export { SEED_DEPARTMENTS } from './access.seed';
export { ApiClientService } from './api-client.service';
export { ADMINISTRATOR_ROLE, refuseUngrantable, refuseUngrantableDepartments } from './delegation';
export { checkPasswordPolicy, hashPassword } from './password';
export { PeopleService, checkName } from './people.service';
export { permissionCatalogue } from './permission-groups';
export { BUILT_IN_ROLES, isPermission } from './permissions';
export type { Permission } from './permissions';
export { actorName, invalidateAllViewers, invalidateViewer } from './viewer';
export type { Viewer } from './viewer';
