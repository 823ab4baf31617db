import { describe, expect, it } from 'vitest';
import { isCnMobile, isLuhnValid, isPrcResidentId, prcIdCheckChar } from '../../src/index';

describe('PRC resident ID (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', true, 'the standard example, check character X'],
    ['11010519491231002x', true, 'lower-case x accepted'],
    ['440524188001010014', true, 'a valid number from Guangdong'],
    ['110105194912310021', false, 'wrong check digit'],
    ['110105194902301233', false, 'no 30 February'],
    ['991105194912310021', false, 'no province 99'],
    ['11010519491231002', false, '17 characters'],
    ['1101051949123100XX', false, 'X only as the check character'],
  ])('%s → %s (%s)', (id, valid) => {
    expect(isPrcResidentId(id)).toBe(valid);
  });

  it('computes the check character from the weighted sum mod 11', () => {
    expect(prcIdCheckChar('11010519491231002')).toBe('X');
    expect(prcIdCheckChar('44052418800101001')).toBe('4');
  });
});

describe('bank card (Luhn)', () => {
  it.each([
    ['4111111111111111', true],
    ['6222021234567890128', true],
    ['4111111111111112', false],
    ['12345678901', false],
    ['41111111111111111111', false],
    ['4111 1111 1111 1111', false],
  ])('%s → %s', (card, valid) => {
    expect(isLuhnValid(card)).toBe(valid);
  });
});

describe('mainland mobile numbers', () => {
  it.each([
    ['13800138000', true],
    ['19912345678', true],
    ['12800138000', false],
    ['1380013800', false],
    ['+8613800138000', false],
  ])('%s → %s', (phone, valid) => {
    expect(isCnMobile(phone)).toBe(valid);
  });
});
