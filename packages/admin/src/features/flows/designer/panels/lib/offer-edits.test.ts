import { describe, expect, it } from 'vitest';
import { findTemplate } from '@parley/engine';
import {
  addAuthorityRole,
  defaultOfferPolicy,
  fenToYuanText,
  moveInEscalation,
  removeAuthorityRole,
  setAllowedKinds,
  setAuthorityCell,
  setEligibility,
  setEscalationOrder,
  setPlanPolicy,
  yuanToFen,
} from './offer-edits';

const doc = findTemplate('minsheng-e-negotiation')!;

describe('yuan and fen', () => {
  it('reads yuan exactly into integer fen', () => {
    expect(yuanToFen('5000')).toBe(500_000);
    expect(yuanToFen('1,234.5')).toBe(123_450);
    expect(yuanToFen('¥0.07')).toBe(7);
    expect(yuanToFen('19.99')).toBe(1999);
    expect(yuanToFen('90071992547409.91')).toBe(9_007_199_254_740_991);
    for (const bad of ['', '-1', '1.234', 'abc', '90071992547409.92']) expect(yuanToFen(bad)).toBeNull();
  });

  it('shows fen as yuan for an input', () => {
    expect(fenToYuanText(500_000)).toBe('5000');
    expect(fenToYuanText(123_456)).toBe('1234.56');
    expect(fenToYuanText(123_450)).toBe('1234.5');
    expect(fenToYuanText(7)).toBe('0.07');
    expect(fenToYuanText(9_007_199_254_740_991)).toBe('90071992547409.91');
  });
});

describe('authority matrix edits', () => {
  it('stores a waiver amount typed in yuan as fen', () => {
    const next = setAuthorityCell(doc, 'agent', 'maxWaiverFen', '8000.50')!;
    expect(next.offerPolicy!.authority.roles['agent']!.maxWaiverFen).toBe(800_050);
    expect(next.offerPolicy!.authority.roles['supervisor']).toBe(
      doc.offerPolicy!.authority.roles['supervisor'],
    );
    expect(doc.offerPolicy!.authority.roles['agent']!.maxWaiverFen).toBe(500_000);
  });

  it('keeps percentages as decimal strings and months as whole numbers; refuses bad input', () => {
    const pct = setAuthorityCell(doc, 'agent', 'maxWaiverPercent', '12.5')!;
    expect(pct.offerPolicy!.authority.roles['agent']!.maxWaiverPercent).toBe('12.5');
    const months = setAuthorityCell(doc, 'agent', 'maxTermMonths', '48')!;
    expect(months.offerPolicy!.authority.roles['agent']!.maxTermMonths).toBe(48);
    expect(setAuthorityCell(doc, 'agent', 'maxDiscountPercent', '101')).toBeNull();
    expect(setAuthorityCell(doc, 'agent', 'maxDiscountPercent', '-2')).toBeNull();
    expect(setAuthorityCell(doc, 'agent', 'maxTermMonths', '1.5')).toBeNull();
    expect(setAuthorityCell(doc, 'agent', 'maxWaiverFen', '1.001')).toBeNull();
    expect(setAuthorityCell(doc, 'agent', 'maxTermMonths', '36')).toBe(doc);
  });

  it('adds a role at the top of the order, removes it, and reorders', () => {
    const added = addAuthorityRole(doc, 'reviewer');
    expect(added.offerPolicy!.authority.escalationOrder).toEqual(['agent', 'supervisor', 'reviewer']);
    expect(added.offerPolicy!.authority.roles['reviewer']).toEqual({
      maxWaiverPercent: '0',
      maxWaiverFen: 0,
      maxTermMonths: 0,
      maxDiscountPercent: '0',
    });
    expect(addAuthorityRole(added, 'reviewer')).toBe(added);
    const up = moveInEscalation(added, 'reviewer', -1);
    expect(up.offerPolicy!.authority.escalationOrder).toEqual(['agent', 'reviewer', 'supervisor']);
    expect(moveInEscalation(up, 'agent', -1)).toBe(up);
    const removed = removeAuthorityRole(up, 'reviewer');
    expect(removed.offerPolicy!.authority.escalationOrder).toEqual(['agent', 'supervisor']);
    expect('reviewer' in removed.offerPolicy!.authority.roles).toBe(false);
  });

  it('accepts a new escalation order only with the same roles', () => {
    const swapped = setEscalationOrder(doc, ['supervisor', 'agent']);
    expect(swapped.offerPolicy!.authority.escalationOrder).toEqual(['supervisor', 'agent']);
    expect(setEscalationOrder(doc, ['supervisor'])).toBe(doc);
    expect(setEscalationOrder(doc, ['agent', 'supervisor'])).toBe(doc);
  });
});

describe('offer policy edits', () => {
  it('sets plan kinds, plan numbers and eligibility; starts a policy where there is none', () => {
    const kinds = setAllowedKinds(doc, ['extension']);
    expect(kinds.offerPolicy!.allowedKinds).toEqual(['extension']);
    const months = setPlanPolicy(doc, { maxInstalmentMonths: 48, minDownPaymentPercent: '10' });
    expect(months.offerPolicy!.planPolicy).toMatchObject({
      maxInstalmentMonths: 48,
      minDownPaymentPercent: '10',
    });
    expect(
      'maxInstalmentMonths' in
        setPlanPolicy(months, { maxInstalmentMonths: undefined }).offerPolicy!.planPolicy,
    ).toBe(false);
    const noExtension = setPlanPolicy(doc, { extension: undefined });
    expect('extension' in noExtension.offerPolicy!.planPolicy).toBe(false);
    expect(noExtension.offerPolicy!.planPolicy.maxInstalmentMonths).toBe(60);
    expect(setEligibility(doc, undefined).offerPolicy!.eligibility).toBeUndefined();

    const bare = { ...doc, offerPolicy: undefined };
    const started = setAllowedKinds(bare, ['interestFrozen']);
    expect(started.offerPolicy).toMatchObject({
      allowedKinds: ['interestFrozen'],
      authority: { escalationOrder: ['agent'] },
    });
    expect(defaultOfferPolicy(bare).authority.roles['agent']).toBeDefined();
  });
});
