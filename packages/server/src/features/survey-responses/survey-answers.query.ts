/**
 * `surveyAnswers`: answers newest first, keyset-paged on (answeredAt, _id) — the `answered_order` and
 * `survey_answered_order` indexes — filtered by period, survey, case, flow and channel, narrowed to the
 * viewer's departments unless they hold `case.all-departments`.
 *
 * Free-text search (`filter.search`) is a case-insensitive literal substring match over `searchText`
 * (the text answers, NFKC-normalised and lower-cased when stored), as an escaped `$regex`. The same query
 * runs on FerretDB, which has no text index, and on MongoDB, whose text index would not find Chinese
 * words (it splits on spaces and has no Chinese tokenizer); on both, the period and survey filters bound
 * the index range first and the regex tests the documents in it. docs/surveys-in-use.md has the details.
 */
import { trusted, Types } from 'mongoose';
import type { Models } from '../../db/models';
import { AppError } from '../../errors/app-error';
import { checkPageSize } from '../../graphql/pagination';
import type { Viewer } from '../access';
import type { SurveyAnswerRecord } from './survey-response.model';
import { literalPattern } from './survey-scores';

export interface SurveyAnswerFilterInput {
  search?: string | null;
  from?: Date | null;
  to?: Date | null;
  surveyKey?: string | null;
  caseId?: Types.ObjectId | null;
  flowKey?: string | null;
  channel?: string | null;
}

export interface AnswerPage {
  edges: { cursor: string; node: SurveyAnswerRecord }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const badCursor = () =>
  new AppError(
    'BAD_USER_INPUT',
    { zh: '分页游标无效。', en: 'The pagination cursor is not valid.' },
    { fieldPath: ['after'] },
  );

export function answerCursor(a: Pick<SurveyAnswerRecord, 'answeredAt' | '_id'>): string {
  return Buffer.from(`${a.answeredAt.getTime()}:${a._id.toHexString()}`, 'utf8').toString('base64url');
}

function decodeAnswerCursor(cursor: string): { at: Date; id: Types.ObjectId } {
  const m = /^(\d+):([0-9a-f]{24})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badCursor();
  return { at: new Date(Number(m[1])), id: new Types.ObjectId(m[2]) };
}

export async function listSurveyAnswers(
  models: Models,
  viewer: Viewer,
  filter: SurveyAnswerFilterInput,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<AnswerPage> {
  const size = checkPageSize(first);
  const q: Record<string, unknown> = { appended: true };
  const bankWide = viewer.kind !== 'user' || viewer.permissions.has('case.all-departments');
  if (!bankWide)
    q['departmentCode'] = trusted({ $in: viewer.kind === 'user' ? [...viewer.departments] : [] });
  if (filter.surveyKey) q['surveyKey'] = filter.surveyKey;
  if (filter.caseId) q['caseId'] = filter.caseId;
  if (filter.flowKey) q['flowKey'] = filter.flowKey;
  if (filter.channel) q['channel'] = filter.channel;
  const range: Record<string, Date> = {};
  if (filter.from) range['$gte'] = filter.from;
  if (filter.to) range['$lt'] = filter.to;
  if (Object.keys(range).length > 0) q['answeredAt'] = trusted(range);
  const search = filter.search?.trim() ?? '';
  if (search.length > 200)
    throw new AppError(
      'BAD_USER_INPUT',
      { zh: '搜索词最多 200 个字符。', en: 'The search is at most 200 characters.' },
      { fieldPath: ['filter', 'search'] },
    );
  if (search) q['searchText'] = trusted({ $regex: literalPattern(search) });
  const and: Record<string, unknown>[] = [q];
  if (after) {
    const c = decodeAnswerCursor(after);
    and.push({
      $or: [{ answeredAt: trusted({ $lt: c.at }) }, { answeredAt: c.at, _id: trusted({ $lt: c.id }) }],
    });
  }
  const rows = await models.SurveyAnswer.find(and.length === 1 ? q : { $and: and })
    .sort({ answeredAt: -1, _id: -1 })
    .limit(size + 1)
    .lean<SurveyAnswerRecord[]>()
    .exec();
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: answerCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
