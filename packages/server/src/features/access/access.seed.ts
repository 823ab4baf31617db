/**
 * What every installation needs before anyone can sign in: the built-in roles, the three departments
 * of the seed manual's complaint routing (product, customer service, policy) and an administrator.
 * The administrator's first password comes from PARLEY_ADMIN_PASSWORD, or is generated and returned so
 * that the caller prints it once. Safe to run from several processes at once.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../errors/app-error';
import type { AccessModels } from './access.model';
import { PeopleService } from './people.service';
import { SEED_VIEWER } from './viewer';

/** The departments every installation starts with (codes are what flow role holders name). */
export const SEED_DEPARTMENTS = [
  { code: 'PRODUCT', name: { zh: '产品部门', en: 'Product department' } },
  { code: 'CUSTOMER_SERVICE', name: { zh: '客服部门', en: 'Customer service' } },
  { code: 'POLICY', name: { zh: '政策部门', en: 'Policy department' } },
];

export const ADMIN_USERNAME = 'admin';

export async function ensureAccessBasics(
  models: AccessModels,
  adminPassword: string | undefined,
): Promise<{ generatedAdminPassword: string | null }> {
  const people = new PeopleService(models);
  await people.ensureBuiltInRoles();
  for (const d of SEED_DEPARTMENTS) {
    await ignoreConflict(() => people.createDepartment(d));
    await ignoreConflict(() =>
      people.createQueue(d.code, { code: 'GENERAL', name: { zh: '综合队列', en: 'General queue' } }),
    );
  }
  if (await models.User.exists({ username: ADMIN_USERNAME }).exec()) return { generatedAdminPassword: null };
  const password = adminPassword ?? randomBytes(12).toString('base64url');
  const created = await ignoreConflict(() =>
    people.createUser(
      {
        username: ADMIN_USERNAME,
        displayName: '系统管理员 Administrator',
        password,
        roles: ['administrator'],
        departments: SEED_DEPARTMENTS.map((d) => d.code),
      },
      SEED_VIEWER,
    ),
  );
  return { generatedAdminPassword: created && !adminPassword ? password : null };
}

async function ignoreConflict<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONFLICT') return null;
    throw err;
  }
}
