/**
 * Resetting a user's password from the command line (`pnpm reset-password <username>`): for the
 * administrator who lost the first password, or any locked-out user. Every session of the user ends, and
 * the reset is recorded in the configuration audit log as done by `system:cli`.
 */
import { randomBytes } from 'node:crypto';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import { ConfigAuditService } from '../audit';
import type { UserDoc } from '../access';
import { checkPasswordPolicy, hashPassword } from '../access';
import { invalidateViewer } from '../access';

export const CLI_VIEWER = { kind: 'system', name: 'cli' } as const;

export async function resetPassword(
  models: Models,
  username: string,
  password?: string,
): Promise<{ password: string; generated: boolean }> {
  const user = await models.User.findOne({ username }).lean<UserDoc>().exec();
  if (!user) throw new AppError('NOT_FOUND', { zh: `用户 ${username} 不存在。`, en: `No user ${username}.` });
  const chosen = password ?? randomBytes(12).toString('base64url');
  checkPasswordPolicy(chosen, user.username, ['password']);
  await models.User.updateOne(
    { _id: user._id },
    {
      $set: { passwordHash: await hashPassword(chosen), active: true },
      // Every token of the old session version is refused (as on deactivation and password change).
      $inc: { sessionVersion: 1 },
    },
  ).exec();
  invalidateViewer(user._id.toHexString());
  await new ConfigAuditService(models.ConfigAudit).record(CLI_VIEWER, {
    action: 'user.password-reset',
    entityType: 'user',
    entityKey: user.username,
    details: { sessionsEnded: true, reactivated: !user.active },
  });
  return { password: chosen, generated: password === undefined };
}
