/**
 * The signature the customer gives, and what is still missing before it can be sent. Pure: the sign
 * panel keeps the state, this decides.
 */
import type { SignatureInput } from '../../../generated/graphql';

export type SignatureMode = 'TYPED' | 'DRAWN';

export interface SignatureDraft {
  mode: SignatureMode;
  typedName: string;
  /** The drawn signature as a PNG data URL, null while the pad is empty. */
  drawnPng: string | null;
  consent: boolean;
}

export type SignatureProblem = 'signatureRequired' | 'consentRequired';

/** The first thing missing, or null when the draft can be sent. */
export function signatureProblem(draft: SignatureDraft): SignatureProblem | null {
  const signed = draft.mode === 'TYPED' ? draft.typedName.trim().length > 0 : draft.drawnPng !== null;
  if (!signed) return 'signatureRequired';
  if (!draft.consent) return 'consentRequired';
  return null;
}

/** The `SignatureInput` for a complete draft: only the chosen kind's field is sent. */
export function toSignatureInput(draft: SignatureDraft): SignatureInput {
  return draft.mode === 'TYPED'
    ? { kind: 'TYPED', typedName: draft.typedName.trim(), consent: draft.consent }
    : { kind: 'DRAWN', imagePngBase64: draft.drawnPng ?? '', consent: draft.consent };
}
