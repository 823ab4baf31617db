/**
 * Subscription resolvers. Permissions: `case.read` is checked by the access map when subscribing
 * (graphql/authorization.ts); the department scope — a viewer without `case.all-departments` sees only
 * cases of their departments — is checked here, per case, against the case projection.
 */
import { Types } from 'mongoose';
import type { Resolvers, SlaAlert, CaseUpdate } from '../../generated/resolvers-types';
import { AppError, notFound } from '../../errors/app-error';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import type { Viewer } from '../access/viewer';
import type { CaseEventFeedDoc, CaseEventFeedModel } from '../webhooks/case-event-feed.model';
import { casePollerFor } from './case-event-poller';
import { eventStream } from './event-stream';

const SLA_KINDS: Readonly<Record<string, SlaAlert['kind']>> = { slaWarned: 'WARNING', slaBreached: 'BREACH' };

/** Accepts a Case global id (or, for other systems, the raw ObjectId hex). */
function caseObjectId(id: string): Types.ObjectId | null {
  const decoded = fromGlobalId(id);
  const local = decoded?.type === 'Case' ? decoded.localId : id;
  return /^[0-9a-f]{24}$/i.test(local) ? new Types.ObjectId(local) : null;
}

async function canReadCase(
  feed: CaseEventFeedModel,
  viewer: Viewer,
  caseId: Types.ObjectId,
): Promise<boolean> {
  if (viewer.kind === 'system') return true;
  if (viewer.kind === 'anonymous' || viewer.kind === 'customer') return false;
  if (viewer.permissions.has('case.all-departments')) return true;
  // The projection is the cases feature's; read raw so this does not depend on its model's shape.
  const c = await feed.db.collection('cases').findOne({ _id: caseId }, { projection: { departmentCode: 1 } });
  const department: unknown = c?.['departmentCode'];
  return typeof department === 'string' && viewer.departments.includes(department);
}

function toCaseUpdate(e: CaseEventFeedDoc): CaseUpdate {
  return {
    caseId: toGlobalId('Case', e.caseId.toHexString()),
    seq: e.seq,
    type: e.type,
    at: e.at,
    actor: e.actor,
    data: e.data,
    recordedAt: e.recordedAt,
  };
}

export const realtimeResolvers: Resolvers = {
  Subscription: {
    caseUpdated: {
      subscribe: async (_root, { caseId }, { models, viewer }) => {
        const id = caseObjectId(caseId);
        if (!id) throw notFound({ zh: '案件', en: 'case' }, ['caseId']);
        const feed = models.CaseEventFeed;
        // Checked before the case exists too: a case opened later in another department stays hidden.
        const known = await feed.exists({ caseId: id });
        if (known && !(await canReadCase(feed, viewer, id))) {
          throw new AppError('FORBIDDEN', {
            zh: '没有查看此案件的权限。',
            en: 'Not permitted to read this case.',
          });
        }
        // One promise for the scope check: callbacks on it run in registration order, so events keep theirs.
        let allowed: Promise<boolean> | null = known ? Promise.resolve(true) : null;
        const poller = casePollerFor(feed);
        return eventStream<{ caseUpdated: CaseUpdate }>((push) =>
          poller.subscribe((event) => {
            if (!event.caseId.equals(id)) return;
            allowed ??= canReadCase(feed, viewer, id);
            void allowed.then((ok) => ok && push({ caseUpdated: toCaseUpdate(event) }));
          }),
        );
      },
    },
    slaAlerts: {
      subscribe: (_root, _args, { models, viewer }) => {
        const feed = models.CaseEventFeed;
        const scope = new Map<string, Promise<boolean>>();
        const poller = casePollerFor(feed);
        return eventStream<{ slaAlerts: SlaAlert }>((push) =>
          poller.subscribe((event) => {
            const kind = SLA_KINDS[event.type];
            if (!kind) return;
            const key = event.caseId.toHexString();
            let allowed = scope.get(key);
            if (!allowed) scope.set(key, (allowed = canReadCase(feed, viewer, event.caseId)));
            void allowed.then((ok) => {
              if (!ok) return;
              const level = event.data['escalationLevel'];
              const ruleKey = event.data['ruleKey'];
              push({
                slaAlerts: {
                  caseId: toGlobalId('Case', key),
                  kind,
                  ruleKey: typeof ruleKey === 'string' ? ruleKey : null,
                  escalationLevel: typeof level === 'number' ? level : null,
                  at: event.at,
                  seq: event.seq,
                },
              });
            });
          }),
        );
      },
    },
  },
};
