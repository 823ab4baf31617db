import { Types } from 'mongoose';
import { describe, expect, it } from 'vitest';
import { holdsFlowRole, type Actor, type FlowDefinition } from '@parley/engine';
import type { StoredEvent } from '../cases';
import { agreementOf, approvalsOf, newestLinkOf } from './offer-log';
import { holdsRole } from './offer.service';

const staff = (roles: string[], departments: string[] = []): Actor => ({
  kind: 'staff',
  id: 'u',
  roles,
  departments,
});

const caseId = new Types.ObjectId();
let seq = 0;
function ev(type: string, data: Record<string, unknown>, actor: string | null = 'user:a'): StoredEvent {
  seq += 1;
  return {
    _id: new Types.ObjectId(),
    caseId,
    seq,
    type,
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
    actor,
    data,
    prevHash: null,
    hash: `h${seq}`,
    recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
    batchEnd: true,
    idempotencyKey: null,
  };
}
const request = (requestId: string) =>
  ev('offerApprovalRequested', {
    requestId,
    stepKey: 'draft-plan',
    input: { kind: 'equalInstalment' },
    data: null,
    requiredRole: 'supervisor',
    requestedBy: 'user:a',
    summary: { owedTotalFen: 1, forgivenFen: 0, termMonths: 48, totalDueFen: 1 },
  });

describe('offer log folds', () => {
  it('settles each approval request once: decided, or superseded by a newer request, a proposal or the case ending', () => {
    const events = [
      request('r1'),
      request('r2'),
      ev('offerApprovalDecided', { requestId: 'r1', approved: true, comment: null }, 'user:s'),
      ev('offerApprovalDecided', { requestId: 'r2', approved: false, comment: '太长' }, 'user:s'),
      ev('offerApprovalDecided', { requestId: 'r2', approved: true, comment: null }, 'user:x'),
      request('r3'),
      ev('offerProposed', { offerId: 'o1' }),
      request('r4'),
      ev('caseCancelled', { reason: 'x' }),
    ];
    const byId = Object.fromEntries(approvalsOf(events).map((a) => [a.requestId, a]));
    expect(byId['r1']!.status).toBe('SUPERSEDED');
    expect(byId['r2']).toMatchObject({ status: 'DECLINED', decidedBy: 'user:s', comment: '太长' });
    expect(byId['r3']!.status).toBe('SUPERSEDED');
    expect(byId['r4']!.status).toBe('SUPERSEDED');
  });

  it('approval then the proposal in one batch leaves the request APPROVED', () => {
    const events = [
      request('r1'),
      ev('offerApprovalDecided', { requestId: 'r1', approved: true, comment: 'ok' }, 'user:s'),
      ev('offerProposed', { offerId: 'o1' }, 'user:s'),
    ];
    expect(approvalsOf(events)[0]).toMatchObject({ status: 'APPROVED', decidedBy: 'user:s' });
  });

  it('finds the newest link and the agreement whose signing event names its file', () => {
    const events = [
      ev('customerLinkIssued', { linkId: 'l1', expiresAt: 'x' }),
      ev('customerLinkIssued', { linkId: 'l2', expiresAt: 'y' }),
      ev('agreementRecorded', { agreementId: 'a1', fileId: 'f1', sha256: 'abc' }),
      ev('agreementSigned', { signatureId: 'f1', documentHash: 'abc' }, null),
    ];
    expect(newestLinkOf(events)?.linkId).toBe('l2');
    expect(agreementOf(events)).toMatchObject({
      agreementId: 'a1',
      recordedSha256: 'abc',
      signedEventSeq: seq,
    });
    expect(agreementOf(events.slice(0, 3))).toBeNull();
  });

  it('holds a role directly or through a flow role that inherits it', () => {
    const definition = {
      roles: [
        { key: 'agent', name: 'a' },
        { key: 'supervisor', name: 's', inherits: ['agent'] },
        { key: 'head', name: 'h', inherits: ['supervisor'] },
      ],
    } as unknown as FlowDefinition;
    expect(holdsRole(definition, staff(['head']), 'agent')).toBe(true);
    expect(holdsRole(definition, staff(['supervisor']), 'supervisor')).toBe(true);
    expect(holdsRole(definition, staff(['agent']), 'supervisor')).toBe(false);
    expect(holdsRole(definition, staff([]), 'agent')).toBe(false);
    expect(holdsRole(definition, { kind: 'system', id: 'x' }, 'agent')).toBe(false);
  });

  it('holds a role through its holders: platform roles, and departments when named', () => {
    const definition = {
      roles: [
        { key: 'approver', name: 'a', holders: { roles: ['agent'], departments: ['POLICY'] } },
        { key: 'head', name: 'h', inherits: ['approver'], holders: { roles: ['supervisor'] } },
      ],
    } as unknown as FlowDefinition;
    expect(holdsRole(definition, staff(['agent'], ['POLICY']), 'approver')).toBe(true);
    expect(holdsRole(definition, staff(['agent'], ['PRODUCT']), 'approver')).toBe(false);
    expect(holdsRole(definition, staff(['supervisor'], []), 'approver')).toBe(true);
    expect(holdsRole(definition, staff(['agent'], ['POLICY']), 'head')).toBe(false);
  });

  it('holds no role the flow does not declare, a platform role of that name notwithstanding, as the engine', () => {
    const definition = {
      roles: [
        { key: 'agent', name: 'a' },
        { key: 'supervisor', name: 's', inherits: ['agent'] },
      ],
    } as unknown as FlowDefinition;
    // An approval request names `auditor`, which this flow never declares: a user whose platform role is
    // `auditor` may not decide it (the engine's authorisation would refuse them the same role).
    expect(holdsRole(definition, staff(['auditor']), 'auditor')).toBe(false);
    for (const roles of [['auditor'], ['agent'], ['supervisor'], ['supervisor', 'auditor']])
      for (const required of ['auditor', 'agent', 'supervisor'])
        expect(holdsRole(definition, staff(roles), required)).toBe(
          holdsFlowRole(definition, { roles, departments: [] }, required),
        );
  });
});
