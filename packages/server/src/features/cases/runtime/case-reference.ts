/**
 * Human references, `C-2026-000123`, without `$inc` (not atomic on FerretDB): the reference is the
 * unique _id of a `case_references` document, so the insert decides. A writer reads the year's highest
 * number, tries the next, and on a duplicate tries again a little higher. Numbers are dense in
 * practice; a crash between allocation and the case's first event leaves a gap, which the retry of the
 * same open reuses (the allocation records its case id).
 */
import type { Types } from 'mongoose';
import type { Models } from '../../../db/models';
import { isDuplicateKeyError } from '../../../errors/app-error';
import { conflict } from '../log/case-log.store';

const MAX_ATTEMPTS = 200;

export function formatReference(year: number, n: number): string {
  return `C-${year}-${String(n).padStart(6, '0')}`;
}

export async function allocateReference(models: Models, caseId: Types.ObjectId, now: Date): Promise<string> {
  const already = await models.CaseReference.findOne({ caseId }).lean().exec();
  if (already) return already._id;
  const year = now.getUTCFullYear();
  let next = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (attempt % 5 === 0) {
      const top = await models.CaseReference.findOne({ year }).sort({ n: -1 }).lean().exec();
      next = Math.max(next, (top?.n ?? 0) + 1);
    }
    const reference = formatReference(year, next);
    try {
      await models.CaseReference.create({ _id: reference, year, n: next, caseId });
      return reference;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
      next++;
    }
  }
  throw conflict();
}
