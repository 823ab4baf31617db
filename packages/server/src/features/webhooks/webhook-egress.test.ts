import { describe, expect, it } from 'vitest';
import { checkEgress, isPublicAddress, openSecret, sealSecret } from './webhook-egress';
import { DataKeyring } from '../privacy';

describe('webhook egress rule', () => {
  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.9', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['fd00::1', false],
    ['fe80::1', false],
    ['::ffff:10.0.0.1', false],
    // IPv4-compatible IPv6 (deprecated), as written and as URL parsing normalises it.
    ['::127.0.0.1', false],
    ['::7f00:1', false],
    ['::a00:1', false],
    ['::808:808', false],
    ['::ffff:0:7f00:1', false],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::', false],
    ['4000::1', false],
    ['8.8.8.8', true],
    ['2400:3200::1', true],
    ['::ffff:8.8.8.8', true],
    ['not-an-ip', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('refuses literal private hosts, hosts that resolve privately, and unresolvable hosts', async () => {
    const resolve = async (host: string) => {
      if (host === 'internal.example') return ['8.8.8.8', '10.0.0.7'];
      if (host === 'public.example') return ['8.8.4.4'];
      throw new Error('ENOTFOUND');
    };
    expect(await checkEgress(new URL('http://127.0.0.1:8080/x'), false, resolve)).toEqual({
      ok: false,
      reason: 'private-address',
      address: '127.0.0.1',
    });
    expect(await checkEgress(new URL('http://[::1]/x'), false, resolve)).toMatchObject({ ok: false });
    expect(await checkEgress(new URL('http://[::127.0.0.1]/'), false, resolve)).toEqual({
      ok: false,
      reason: 'private-address',
      address: '::7f00:1',
    });
    expect(await checkEgress(new URL('https://internal.example/hook'), false, resolve)).toEqual({
      ok: false,
      reason: 'private-address',
      address: '10.0.0.7',
    });
    expect(await checkEgress(new URL('https://nowhere.example/hook'), false, resolve)).toEqual({
      ok: false,
      reason: 'unresolvable',
    });
    expect(await checkEgress(new URL('https://public.example/hook'), false, resolve)).toEqual({ ok: true });
    expect(await checkEgress(new URL('http://127.0.0.1/x'), true, resolve)).toEqual({ ok: true });
  });

  it('seals secrets with the data keys and still reads legacy plain secrets', () => {
    const keys = new DataKeyring([{ version: 'v1', secret: Buffer.alloc(32, 7) }]);
    const sealed = sealSecret(keys, 'whsec_abc');
    expect(sealed.startsWith('enc:v1:')).toBe(true);
    expect(sealed).not.toContain('whsec_abc');
    expect(openSecret(keys, sealed)).toBe('whsec_abc');
    expect(openSecret(keys, 'whsec_legacy')).toBe('whsec_legacy');
  });
});
