/**
 * The demo users of a fresh development install: a supervisor of the three seed departments and one
 * agent per department, so that every seed flow can be worked start to end (each flow role of the seed
 * templates is held by one of them; docs/cases.md, "Demo users").
 *
 * Created once each (an existing username is left as it is, whatever an administrator made of it) and
 * safe when several processes start at once: the unique username decides, the others get CONFLICT and
 * move on. The password is `PARLEY_DEMO_PASSWORD` when set, otherwise one generated per user and
 * returned so that the caller prints it once (it is stored only as a hash).
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/app-error';
import type { AccessModels } from '../features/access/access.model';
import { PeopleService } from '../features/access/people.service';
import { SEED_VIEWER } from '../features/access/viewer';

export interface DemoUser {
  username: string;
  displayName: string;
  roles: readonly string[];
  departments: readonly string[];
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'supervisor',
    displayName: '演示主管 Demo supervisor',
    roles: ['supervisor'],
    departments: ['CUSTOMER_SERVICE', 'PRODUCT', 'POLICY'],
  },
  {
    username: 'agent-cs',
    displayName: '客服坐席 Customer service agent',
    roles: ['agent'],
    departments: ['CUSTOMER_SERVICE'],
  },
  {
    username: 'agent-product',
    displayName: '产品坐席 Product agent',
    roles: ['agent'],
    departments: ['PRODUCT'],
  },
  {
    username: 'agent-policy',
    displayName: '政策坐席 Policy agent',
    roles: ['agent'],
    departments: ['POLICY'],
  },
];

/** A demo user this start created, with the password to print when it was generated. */
export interface CreatedDemoUser {
  username: string;
  /** Null when the password came from `PARLEY_DEMO_PASSWORD` (not printed). */
  generatedPassword: string | null;
}

/**
 * Creates the demo users that do not exist yet (needs `ensureAccessBasics`: roles and departments).
 * Returns the ones this call created.
 */
export async function ensureDemoUsers(
  models: AccessModels,
  password: string | undefined,
): Promise<CreatedDemoUser[]> {
  const people = new PeopleService(models);
  const created: CreatedDemoUser[] = [];
  for (const user of DEMO_USERS) {
    if (await models.User.exists({ username: user.username }).exec()) continue;
    const pass = password ?? randomBytes(12).toString('base64url');
    try {
      await people.createUser({ ...user, password: pass }, SEED_VIEWER);
      created.push({ username: user.username, generatedPassword: password ? null : pass });
    } catch (err) {
      // Another process created it first.
      if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err;
    }
  }
  return created;
}

/** Whether this start creates demo users: always outside production, in production only when asked. */
export function demoUsersWanted(env: { NODE_ENV: string; PARLEY_DEMO_USERS?: string | undefined }): boolean {
  return env.NODE_ENV !== 'production' || env.PARLEY_DEMO_USERS === '1';
}
