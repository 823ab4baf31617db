/**
 * The claim on a signing (`agreement_signings`, offer.model.ts): taken before the PDF is rendered, so
 * that of concurrent signings of one case exactly one renders, stores and appends; the others are
 * refused at once with CONFLICT instead of each rendering a PDF that is then thrown away.
 *
 * The claim names the case at the seq its signer read (the projection's): a recorded signing moves the case on, so the
 * claim never matches again and is kept (deleting it would let a request that read the old seq claim and
 * render for nothing). A signing that recorded nothing releases its claim, so the customer can retry.
 * A claim left by a crashed process is taken over once older than STALE_CLAIM_MS.
 */
import type { Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError, isDuplicateKeyError } from '../../errors/app-error';
import { caseNow } from '../cases';

export const STALE_CLAIM_MS = 2 * 60 * 1000;

export interface SigningClaim {
  id: string;
  release(): Promise<void>;
}

function signingInProgress(): AppError {
  return new AppError('CONFLICT', {
    zh: '该协议正在签署中，请稍候刷新页面查看结果。',
    en: 'This agreement is already being signed; refresh the page in a moment to see the result.',
  });
}

/** Claims the signing of `caseId` as read at `seq`; CONFLICT when another signing holds it. */
export async function claimSigning(
  models: Models,
  caseId: Types.ObjectId,
  seq: number,
): Promise<SigningClaim> {
  const id = `${caseId.toHexString()}:${seq}`;
  const at = caseNow(models);
  const claim: SigningClaim = {
    id,
    release: async () => {
      await models.AgreementSigning.deleteOne({ _id: id, at }).exec();
    },
  };
  try {
    await models.AgreementSigning.create({ _id: id, caseId, at });
    return claim;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const held = await models.AgreementSigning.findById(id).lean().exec();
  if (held && at.getTime() - held.at.getTime() < STALE_CLAIM_MS) throw signingInProgress();
  // Stale (or released meanwhile): remove exactly that claim, then race for it like everyone else.
  if (held) await models.AgreementSigning.deleteOne({ _id: id, at: held.at }).exec();
  try {
    await models.AgreementSigning.create({ _id: id, caseId, at });
    return claim;
  } catch (err) {
    if (isDuplicateKeyError(err)) throw signingInProgress();
    throw err;
  }
}
