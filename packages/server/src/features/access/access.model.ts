/**
 * People and access: users, roles, departments, queues, sessions and API clients.
 *
 * Every rule that must hold under concurrency is decided by a unique index (see docs/database.md):
 * usernames, role keys, department codes, (department, queue) codes, the single use of a refresh
 * token, and the one shared signing secret. Nothing relies on an atomic read-modify-write.
 */
import { Schema, type Connection, type Model, type Types } from 'mongoose';

const localized = new Schema(
  { zh: { type: String, required: true }, en: { type: String, required: true } },
  { _id: false },
);

export interface UserRecord {
  username: string;
  displayName: string;
  passwordHash: string;
  roles: string[];
  departments: string[];
  active: boolean;
  /**
   * Bumped when every session of the user must end (password change, deactivation, reset). Access and
   * refresh tokens carry the version they were issued at; one of another version is refused. Absent on
   * users stored before versions existed: version 0.
   */
  sessionVersion?: number;
  lastLoginAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
export type UserDoc = UserRecord & { _id: Types.ObjectId };

const userSchema = new Schema<UserRecord>(
  {
    username: { type: String, required: true },
    displayName: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], default: [] },
    departments: { type: [String], default: [] },
    active: { type: Boolean, default: true },
    sessionVersion: { type: Number, default: 0 },
    lastLoginAt: { type: Date, default: null },
  },
  { collection: 'users', timestamps: true, autoIndex: false },
);
userSchema.index({ username: 1 }, { unique: true, name: 'username_unique' });

export interface RoleRecord {
  key: string;
  name: { zh: string; en: string };
  permissions: string[];
  builtIn: boolean;
}
export type RoleDoc = RoleRecord & { _id: Types.ObjectId };
const roleSchema = new Schema<RoleRecord>(
  {
    key: { type: String, required: true },
    name: { type: localized, required: true },
    permissions: { type: [String], default: [] },
    builtIn: { type: Boolean, default: false },
  },
  { collection: 'roles', timestamps: true, autoIndex: false },
);
roleSchema.index({ key: 1 }, { unique: true, name: 'key_unique' });

export interface DepartmentRecord {
  code: string;
  name: { zh: string; en: string };
}
export type DepartmentDoc = DepartmentRecord & { _id: Types.ObjectId };
const departmentSchema = new Schema<DepartmentRecord>(
  { code: { type: String, required: true }, name: { type: localized, required: true } },
  { collection: 'departments', timestamps: true, autoIndex: false },
);
departmentSchema.index({ code: 1 }, { unique: true, name: 'code_unique' });

export interface QueueRecord {
  departmentCode: string;
  code: string;
  name: { zh: string; en: string };
}
export type QueueDoc = QueueRecord & { _id: Types.ObjectId };
const queueSchema = new Schema<QueueRecord>(
  {
    departmentCode: { type: String, required: true },
    code: { type: String, required: true },
    name: { type: localized, required: true },
  },
  { collection: 'queues', timestamps: true, autoIndex: false },
);
queueSchema.index({ departmentCode: 1, code: 1 }, { unique: true, name: 'department_code_unique' });

/** A refresh token: `<_id>.<secret>` is given out; only the secret's SHA-256 is stored. */
export interface RefreshTokenRecord {
  _id: string;
  familyId: string;
  userId: Types.ObjectId;
  secretHash: string;
  /** The user's session version when issued (absent on older tokens, which are refused). */
  sessionVersion?: number;
  expiresAt: Date;
  createdAt: Date;
}
const refreshTokenSchema = new Schema<RefreshTokenRecord>(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    secretHash: { type: String, required: true },
    sessionVersion: { type: Number },
    expiresAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'refresh_tokens', autoIndex: false, versionKey: false },
);
refreshTokenSchema.index({ familyId: 1 }, { name: 'by_family' });

/**
 * One document per used refresh token, keyed by the token's id: the unique _id makes "use once" hold
 * even when two refreshes race — the second insert fails and is treated as token reuse.
 */
export interface RefreshTokenUseRecord {
  _id: string;
  familyId: string;
  at: Date;
}
const refreshTokenUseSchema = new Schema<RefreshTokenUseRecord>(
  {
    _id: { type: String, required: true },
    familyId: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'refresh_token_uses', autoIndex: false, versionKey: false },
);

/** A revoked session family (logout, or reuse of a refresh token). */
export interface RevokedFamilyRecord {
  _id: string;
  reason: string;
  at: Date;
}
const revokedFamilySchema = new Schema<RevokedFamilyRecord>(
  {
    _id: { type: String, required: true },
    reason: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'revoked_session_families', autoIndex: false, versionKey: false },
);

/**
 * Sign-in slots (sign-in-slots.ts): one document per attempt per key (`user:<name>`, `ip:<address>`),
 * numbered 1..limit; the unique (key, n) lets at most `limit` attempts hold a slot at once, however many
 * race. A failed attempt's slots are its failure record. Inserted and deleted, never updated.
 */
export interface SignInSlotRecord {
  key: string;
  n: number;
  at: Date;
}
const signInSlotSchema = new Schema<SignInSlotRecord>(
  {
    key: { type: String, required: true },
    n: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'sign_in_slots', autoIndex: false, versionKey: false },
);
signInSlotSchema.index({ key: 1, n: 1 }, { unique: true, name: 'key_slot_unique' });

export interface ApiClientRecord {
  name: string;
  scopes: string[];
  rateLimitPerMinute: number;
  keyPrefix: string;
  keyHash: string;
  revokedAt: Date | null;
  /** Last authenticated request, written at most once a minute per client (api-client.service.ts). */
  lastUsedAt?: Date | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}
export type ApiClientDoc = ApiClientRecord & { _id: Types.ObjectId };
const apiClientSchema = new Schema<ApiClientRecord>(
  {
    name: { type: String, required: true },
    scopes: { type: [String], default: [] },
    rateLimitPerMinute: { type: Number, required: true },
    keyPrefix: { type: String, required: true },
    keyHash: { type: String, required: true },
    revokedAt: { type: Date, default: null },
    lastUsedAt: { type: Date, default: null },
    createdBy: { type: String, required: true },
  },
  { collection: 'api_clients', timestamps: true, autoIndex: false },
);
apiClientSchema.index({ name: 1 }, { unique: true, name: 'name_unique' });

/** Requests of API clients, append-only, for a sliding-window rate limit that is exact on any backend. */
export interface ApiRequestRecord {
  clientId: Types.ObjectId;
  at: Date;
}
const apiRequestSchema = new Schema<ApiRequestRecord>(
  { clientId: { type: Schema.Types.ObjectId, required: true }, at: { type: Date, required: true } },
  { collection: 'api_requests', autoIndex: false, versionKey: false },
);
apiRequestSchema.index({ clientId: 1, at: 1 }, { name: 'by_client_time' });

/** Server-wide settings shared by every process (e.g. the token signing secret), one document per key. */
export interface SettingRecord {
  _id: string;
  value: string;
  createdAt: Date;
}
const settingSchema = new Schema<SettingRecord>(
  {
    _id: { type: String, required: true },
    value: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'settings', autoIndex: false, versionKey: false },
);

export interface AccessModels {
  User: Model<UserRecord>;
  Role: Model<RoleRecord>;
  Department: Model<DepartmentRecord>;
  Queue: Model<QueueRecord>;
  RefreshToken: Model<RefreshTokenRecord>;
  RefreshTokenUse: Model<RefreshTokenUseRecord>;
  RevokedFamily: Model<RevokedFamilyRecord>;
  SignInSlot: Model<SignInSlotRecord>;
  ApiClient: Model<ApiClientRecord>;
  ApiRequest: Model<ApiRequestRecord>;
  Setting: Model<SettingRecord>;
}

function bind<T>(conn: Connection, name: string, schema: Schema<T>): Model<T> {
  return (conn.models[name] as Model<T> | undefined) ?? conn.model<T>(name, schema);
}

export function accessModels(conn: Connection): AccessModels {
  return {
    User: bind(conn, 'User', userSchema),
    Role: bind(conn, 'Role', roleSchema),
    Department: bind(conn, 'Department', departmentSchema),
    Queue: bind(conn, 'Queue', queueSchema),
    RefreshToken: bind(conn, 'RefreshToken', refreshTokenSchema),
    RefreshTokenUse: bind(conn, 'RefreshTokenUse', refreshTokenUseSchema),
    RevokedFamily: bind(conn, 'RevokedFamily', revokedFamilySchema),
    SignInSlot: bind(conn, 'SignInSlot', signInSlotSchema),
    ApiClient: bind(conn, 'ApiClient', apiClientSchema),
    ApiRequest: bind(conn, 'ApiRequest', apiRequestSchema),
    Setting: bind(conn, 'Setting', settingSchema),
  };
}
