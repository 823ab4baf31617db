/**
 * Sign-in lockout that holds under concurrency. Every attempt first takes a *slot* for its username and
 * one for its address, and only then is the password checked. Slots are numbered 1..limit per key and
 * the unique index (key, n) decides who gets one: of N concurrent guesses at most `limit` can hold a
 * slot inside the window, on MongoDB and on FerretDB alike (an insert into a unique index is atomic there,
 * a read-then-count or `$inc` is not — docs/database.md).
 *
 * - A failed attempt keeps its slots: they are its failure record, free again when the window has passed.
 * - A successful attempt frees the username's slots (the count starts again, as before) and its own
 *   address slot (a success is not a failure); the address's other failures stay.
 * - A refused attempt (no slot) frees the slot it did take, so a locked address does not also use up
 *   a user's slots.
 * Slots are never updated, only inserted and deleted, so nothing relies on a read-modify-write.
 */
import { trusted, type Types } from 'mongoose';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import type { AccessModels } from './access.model';

export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_IP = 20;

export const usernameKey = (username: string) => `user:${username}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export interface HeldSlots {
  user: Types.ObjectId;
  address: Types.ObjectId;
}

export class SignInSlots {
  constructor(
    private readonly models: AccessModels,
    private readonly now: () => Date,
  ) {}

  /** Takes a slot for the username and one for the address, or throws RATE_LIMITED holding neither. */
  async take(username: string, ip: string): Promise<HeldSlots> {
    const at = this.now();
    const address = await this.takeOne(addressKey(ip), MAX_FAILURES_PER_IP, at);
    if (address instanceof Date) throw lockedUntil(address, at);
    const user = await this.takeOne(usernameKey(username), MAX_FAILURES_PER_USERNAME, at);
    if (user instanceof Date) {
      await this.models.SignInSlot.deleteOne({ _id: address }).exec();
      throw lockedUntil(user, at);
    }
    return { user, address };
  }

  /** After a correct password: the user's failures are forgiven and this attempt was no failure. */
  async succeeded(username: string, held: HeldSlots): Promise<void> {
    await this.models.SignInSlot.deleteMany({
      key: usernameKey(username),
      at: trusted({ $lte: this.now() }),
    }).exec();
    await this.models.SignInSlot.deleteMany({ _id: trusted({ $in: [held.user, held.address] }) }).exec();
  }

  /**
   * Inserts slot n for the first n in 1..limit that is free (absent, or past the window), returning the
   * slot's id; or, when every slot is held, the time the oldest one frees.
   */
  private async takeOne(key: string, limit: number, at: Date): Promise<Types.ObjectId | Date> {
    const cutoff = new Date(at.getTime() - LOCKOUT_WINDOW_MS);
    const held = await this.models.SignInSlot.find({ key, at: trusted({ $gt: cutoff }) })
      .lean()
      .exec();
    const taken = new Set(held.map((s) => s.n));
    for (let n = 1; n <= limit; n++) {
      if (taken.has(n)) continue;
      // An expired slot is deleted before it is retaken; a fresh one (another attempt's) is never touched.
      await this.models.SignInSlot.deleteOne({ key, n, at: trusted({ $lte: cutoff }) }).exec();
      try {
        const created = await this.models.SignInSlot.create({ key, n, at });
        return created._id;
      } catch (err) {
        if (!isDuplicateKeyError(err)) throw err;
        // Somebody else took slot n between our read and our insert: try the next one.
      }
    }
    const oldest = held.reduce<Date | null>((o, s) => (!o || s.at < o ? s.at : o), null);
    return new Date((oldest ?? at).getTime() + LOCKOUT_WINDOW_MS);
  }
}

function lockedUntil(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    'RATE_LIMITED',
    {
      zh: `登录失败次数过多，请在 ${minutes} 分钟后重试。`,
      en: `Too many failed sign-ins; try again in ${minutes} minutes.`,
    },
    { details: { retryAfterSeconds } },
  );
}
