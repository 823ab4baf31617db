/**
 * A sliding-window rate limit over append-only records, exact on FerretDB (where a shared counter's `$inc`
 * can lose concurrent updates): the request's record is inserted first, then the records in the window
 * are counted per scope (an address, a token…). Over a limit, the request's own record is removed again,
 * so hammering does not prolong the wait, and the answer is RATE_LIMITED with `retryAfterSeconds` (when
 * enough accepted records leave the window). Used by the customer links and by intake; housekeeping prunes
 * the records.
 */
import { trusted, type Model } from 'mongoose';
import { AppError, type Messages } from '../errors/app-error';

export interface WindowScope {
  /** Equality filter of this scope's records (e.g. `{ ip }`). */
  filter: Record<string, unknown>;
  limit: number;
}

export interface WindowLimit<T extends { at: Date }> {
  model: Model<T>;
  /** This request's record (its `at` is `now`). */
  record: Omit<T, 'at'>;
  scopes: WindowScope[];
  windowMs: number;
  now: Date;
  /** The refusal's message, given the wait in minutes (rounded up). */
  message: (minutes: number) => Messages;
}

/** Records this request; throws RATE_LIMITED when any scope is over its limit in the window. */
export async function takeWindowSlot<T extends { at: Date }>(options: WindowLimit<T>): Promise<void> {
  const { model, now, windowMs } = options;
  // (now − window, now]: records stamped later by a process whose clock runs ahead do not count yet.
  const at = trusted({ $gt: new Date(now.getTime() - windowMs), $lte: now });
  const mine = await new model({ ...options.record, at: now }).save();
  const counts = await Promise.all(
    options.scopes.map((s) => model.countDocuments({ ...s.filter, at }).exec()),
  );
  const i = options.scopes.findIndex((s, k) => counts[k]! > s.limit);
  if (i < 0) return;
  const scope = options.scopes[i]!;
  const count = counts[i]!;
  await model.deleteOne({ _id: mine._id }).exec();
  // A slot frees when enough of the accepted records have left the window.
  const freeing = await model
    .findOne({ ...scope.filter, at })
    .sort({ at: 1 })
    .skip(Math.max(0, count - 1 - scope.limit))
    .lean<{ at: Date }>()
    .exec();
  const retryAfterSeconds = freeing
    ? Math.max(1, Math.ceil((freeing.at.getTime() + windowMs - now.getTime()) / 1000))
    : windowMs / 1000;
  throw new AppError('RATE_LIMITED', options.message(Math.ceil(retryAfterSeconds / 60)), {
    details: { retryAfterSeconds },
  });
}
