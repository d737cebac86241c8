import { describe, expect, it } from 'vitest';
import { checkPublicHttpsUrl, isPublicAddress } from './urls.js';

/**
 * The one notion of a public address, shared by the website and feed rules (through
 * checkPublicHttpsUrl) and by tgr sync's connect-time check (isPublicAddress).
 */
describe('isPublicAddress', () => {
  it.each([
    // IPv4-compatible IPv6 (::/96): ipaddr.js calls them unicast.
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['::7f00:1', 'IPv4-compatible loopback, as URL writes it'],
    ['::169.254.169.254', 'IPv4-compatible metadata endpoint'],
    ['::a9fe:a9fe', 'IPv4-compatible metadata endpoint, as URL writes it'],
    ['::10.0.0.1', 'IPv4-compatible private address'],
    ['::a00:1', 'IPv4-compatible private address, as URL writes it'],
    ['::808:808', 'IPv4-compatible form of a public address (not global unicast)'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, as URL writes it'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata endpoint'],
    ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['64:ff9b::808:808', 'NAT64 of a public address (a translator decides where it goes)'],
    ['64:ff9b:1::a00:1', 'local-use NAT64'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local, end of fe80::/10'],
    ['fec0::1', 'deprecated site-local'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['ff02::1', 'multicast'],
    ['100::1', 'discard'],
    ['2001:db8::1', 'documentation'],
    ['2001:db8:ffff::1', 'documentation'],
    ['3fff::1', 'documentation (RFC 9637)'],
    ['2002:a00:1::1', '6to4 of a private address'],
    ['2002:808:808::1', '6to4 (a relay decides where it goes)'],
    ['2001::1', 'Teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2001:10::1', 'ORCHID'],
    ['4000::1', 'outside 2000::/3, not yet allocated'],
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['192.0.2.1', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['not an address', 'not an address at all'],
  ])('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ['2a00:1450:4001:82a::200e', 'global unicast (Google)'],
    ['2606:4700::6810:84e5', 'global unicast (Cloudflare)'],
    ['2620:1ec:bdf::40', 'global unicast (Microsoft)'],
    ['8.8.8.8', 'public IPv4'],
    ['140.82.112.3', 'public IPv4 (GitHub)'],
    ['93.184.216.34', 'public IPv4'],
  ])('accepts %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('checkPublicHttpsUrl', () => {
  it.each([
    'https://[::127.0.0.1]/feed.ics',
    'https://[::169.254.169.254]/latest/meta-data/',
    'https://[::10.0.0.1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[64:ff9b::a00:1]/',
    'https://[2002:a00:1::1]/',
    'https://[2001:db8::1]/',
  ])('refuses %s as not public', (url) => {
    expect(checkPublicHttpsUrl(url)).toMatchObject({ ok: false, problem: 'not-public' });
  });

  it.each(['https://[2a00:1450:4001:82a::200e]/', 'https://8.8.8.8/', 'https://example.org/'])(
    'accepts %s',
    (url) => {
      expect(checkPublicHttpsUrl(url).ok).toBe(true);
    },
  );
});
