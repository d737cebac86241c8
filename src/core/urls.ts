import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { MessageParams } from './finding.js';
import { quote } from './read.js';

export type UrlVerdict =
  | { ok: true; url: URL }
  | {
      ok: false;
      problem: 'not-a-url' | 'not-https' | 'not-public' | 'credentials';
      suggestion?: string;
    };

/** Host names that never reach the public internet (RFC 2606, RFC 6761, mDNS, common intranet). */
const PRIVATE_SUFFIXES = [
  '.local',
  '.localhost',
  '.internal',
  '.intranet',
  '.lan',
  '.home',
  '.corp',
  '.test',
  '.invalid',
  '.example',
];

/** A link that anyone on the internet can open: https, a real host name, no credentials. */
export function checkPublicHttpsUrl(value: string): UrlVerdict {
  const trimmed = value.trim();
  // Browsers quietly encode spaces, but a link with one is not what the leader meant to publish.
  if (/\s/.test(trimmed)) return { ok: false, problem: 'not-a-url' };
  if (!URL.canParse(trimmed)) {
    return withSuggestion({ ok: false, problem: 'not-a-url' }, `https://${trimmed}`);
  }
  const url = new URL(trimmed);
  if (url.protocol === 'http:') {
    return withSuggestion(
      { ok: false, problem: 'not-https' },
      `https://${trimmed.slice('http://'.length)}`,
    );
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'credentials' };
  if (!isPublicHost(url.hostname)) return { ok: false, problem: 'not-public' };
  return { ok: true, url };
}

/** Offers the corrected link only when it would itself pass. */
function withSuggestion(verdict: UrlVerdict & { ok: false }, candidate: string): UrlVerdict {
  return checkPublicHttpsUrl(candidate).ok ? { ...verdict, suggestion: candidate } : verdict;
}

function isPublicHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (isIP(host) !== 0) return isPublicAddress(host);
  if (!host.includes('.') || host === 'localhost') return false;
  return !PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix));
}

/** Where IANA allocates global unicast IPv6 addresses; everything outside it is not public. */
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

/**
 * Only global unicast addresses are public: an IPv4 address outside every special-purpose range,
 * or an IPv6 address in 2000::/3 outside them (ipaddr.js knows the ranges: 6to4, Teredo, NAT64,
 * documentation...). Any IPv6 form of an IPv4 address (mapped, compatible, NAT64, 6to4) is
 * refused: ipaddr.js calls the compatible ones (`::7f00:1`, how URL writes `[::127.0.0.1]`)
 * unicast, and where a translated one leads is the translator's choice, not ours.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv4') return parsed.range() === 'unicast';
  return parsed.range() === 'unicast' && parsed.match(GLOBAL_UNICAST);
}

/**
 * Two spellings of one site compare equal: scheme, `www.`, case, trailing slash, query ignored.
 * For http and https the WHATWG parser already writes the host in IDNA's ASCII form (UTS #46, so
 * "bücher.example" is "xn--bcher-kva.example"), in lowercase, and drops the default port.
 */
export function siteKey(value: string): string | undefined {
  const url = URL.parse(value.trim());
  if (url === null) return undefined;
  const host = url.hostname
    .toLowerCase()
    // "example.nl." is the same host written as fully qualified.
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  const port = url.port === '' ? '' : `:${url.port}`;
  return `${host}${port}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
}

/** What is wrong with a link, for the rule to say in its own words (core writes no message). */
export interface UrlProblem {
  readonly code: 'not-text' | 'not-a-url' | 'not-https' | 'credentials' | 'not-public';
  /**
   * `value`, quoted as the group file has it; for `not-a-url` and `not-https` also `suggest`,
   * `yes` with the corrected link quoted as `suggestion` when that link would pass, else `no`.
   */
  readonly params: MessageParams;
}

/** Why a value is not a public https page; undefined when it is one. */
export function findUrlProblem(value: unknown): UrlProblem | undefined {
  if (typeof value !== 'string') return { code: 'not-text', params: { value: quote(value) } };
  const verdict = checkPublicHttpsUrl(value);
  if (verdict.ok) return undefined;
  const quoted = quote(value);
  switch (verdict.problem) {
    case 'not-a-url':
    case 'not-https':
      return {
        code: verdict.problem,
        params:
          verdict.suggestion === undefined
            ? { value: quoted, suggest: 'no' }
            : { value: quoted, suggest: 'yes', suggestion: quote(verdict.suggestion, 200) },
      };
    case 'credentials':
    case 'not-public':
      return { code: verdict.problem, params: { value: quoted } };
  }
}
