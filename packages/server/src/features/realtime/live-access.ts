/**
 * Re-authorising a running subscription before each event: the viewer is re-resolved from the
 * connection's credential (still active, same session, key not revoked — `context.liveViewer`), must
 * still hold `case.read`, and must still see the case as it is now (its department today, not when the
 * stream started). When the right is gone the stream sends one error with a code and ends.
 */
import type { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import { isAllowed } from '../../graphql/authorization';
import type { GraphQLContext } from '../../graphql/context';
import type { Viewer } from '../access';
import { canSeeCase } from '../cases';

export const sessionEnded = () =>
  new AppError('UNAUTHENTICATED', {
    zh: '登录已失效，订阅已结束。',
    en: 'The session has ended; the subscription is closed.',
  });

export const caseNoLongerVisible = () =>
  new AppError('FORBIDDEN', {
    zh: '已无权查看此案件，订阅已结束。',
    en: 'No longer permitted to read this case; the subscription is closed.',
  });

/** The viewer as of now with `case.read`, or the error that ends the subscription. */
export async function liveCaseReader(ctx: GraphQLContext): Promise<Viewer | AppError> {
  let viewer: Viewer;
  try {
    viewer = ctx.liveViewer ? await ctx.liveViewer() : ctx.viewer;
  } catch {
    return sessionEnded();
  }
  if (viewer.kind === 'anonymous' || viewer.kind === 'customer') return sessionEnded();
  return isAllowed(viewer, 'case.read') ? viewer : caseNoLongerVisible();
}

/**
 * Whether `viewer` sees the case now (department scope, the same rule as `case(id)`); `unknown` while
 * the case has no projection yet (its first events can be polled just before the projection is written).
 */
export async function caseVisibleNow(
  models: Models,
  viewer: Viewer,
  caseId: Types.ObjectId,
): Promise<'yes' | 'no' | 'unknown'> {
  if (viewer.kind === 'system' || viewer.kind === 'apiClient') return 'yes';
  if (viewer.kind === 'user' && viewer.permissions.has('case.all-departments')) return 'yes';
  const c = await models.Case.findById(caseId, { departmentCode: 1, assigneeId: 1 })
    .lean<{ _id: Types.ObjectId; departmentCode: string | null; assigneeId: Types.ObjectId | null }>()
    .exec();
  if (!c) return 'unknown';
  return canSeeCase(viewer, {
    _id: c._id,
    departmentCode: c.departmentCode ?? null,
    assigneeId: c.assigneeId ?? null,
  })
    ? 'yes'
    : 'no';
}
