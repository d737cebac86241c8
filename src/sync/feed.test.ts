import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/support/registry.js';
import { parseFeed, type ParseOptions } from './feed.js';
import { FeedParseError } from './port.js';

const fixture = (name: string): string =>
  readFileSync(path.join(REPO_ROOT, 'test/fixtures/feeds', name), 'utf8');

const AMSTERDAM: ParseOptions = {
  timeZone: 'Europe/Amsterdam',
  from: '2025-11-23',
  to: '2027-11-22',
};

/** A minimal calendar around VEVENT lines, CRLF-terminated as RFC 5545 asks. */
function calendar(...events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe('parseFeed', () => {
  it('reads a Meetup feed: VTIMEZONE and TZID, UTC, folded lines, Unicode, cancelled', () => {
    const feed = parseFeed(fixture('meetup.ics'), AMSTERDAM);
    expect(feed.events).toEqual([
      {
        uid: 'event_301234567@meetup.com',
        date: '2026-12-03',
        title: 'Bicep & AKS: a night of infrastructure as code',
        description: expect.stringContaining(
          'Two talks on deploying to Kubernetes with Bicep and GitHub Actions, followed by pizza. Doors open at 18:00; the talks start at 18:30.',
        ) as string,
        url: 'https://www.meetup.com/utrecht-azure/events/301234567/',
        cancelled: false,
      },
      {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam.
        uid: 'event_301234568@meetup.com',
        date: '2027-01-01',
        title: 'Nieuwjaarsborrel 🥂 met Entra ID-demo’s – “Café Zoë”',
        description: expect.stringContaining('workload identities, en we proosten') as string,
        url: 'https://www.meetup.com/utrecht-azure/events/301234568/',
        cancelled: false,
      },
      expect.objectContaining({
        uid: 'event_301234569@meetup.com',
        date: '2027-01-14',
        cancelled: true,
      }) as object,
      expect.objectContaining({ date: '2027-02-04', title: 'Pub quiz and board games' }) as object,
    ]);
    expect(feed.covers).toEqual({ from: '2026-12-03', to: '2027-02-04' });
  });

  it('reads a Luma feed: RRULE with EXDATE and a moved occurrence, TZID without VTIMEZONE, all-day, UTC', () => {
    const feed = parseFeed(fixture('luma.ics'), AMSTERDAM);
    expect(feed.events.map(({ uid, date, title }) => ({ uid, date, title }))).toEqual([
      {
        uid: 'evt-weekly-aks-clinic@lu.ma#2026-12-07T17:30:00',
        date: '2026-12-07',
        title: 'AKS office hours',
      },
      {
        uid: 'evt-weekly-aks-clinic@lu.ma#2026-12-14T17:30:00',
        date: '2026-12-15',
        title: 'AKS office hours (moved to Tuesday)',
      },
      // 2026-12-21 is excluded (EXDATE); COUNT=4 ends on 2026-12-28.
      {
        uid: 'evt-weekly-aks-clinic@lu.ma#2026-12-28T17:30:00',
        date: '2026-12-28',
        title: 'AKS office hours',
      },
      {
        uid: 'evt-hackday-2027@lu.ma',
        date: '2027-01-15',
        title: 'Hackdag: bygg något med Azure Functions — 一日ハッカソン',
      },
      // 23:00 UTC is midnight in Amsterdam: the next day; surplus spaces collapse.
      { uid: 'evt-late-night@lu.ma', date: '2027-01-21', title: 'Late night learning: serverless' },
    ]);
  });

  it('takes the date in the group time zone, not the feed’s', () => {
    const feed = parseFeed(fixture('luma.ics'), { ...AMSTERDAM, timeZone: 'America/Los_Angeles' });
    expect(feed.events.find((event) => event.uid === 'evt-late-night@lu.ma')?.date).toBe(
      '2027-01-20',
    );
    // An all-day event is on its date wherever the group is.
    expect(feed.events.find((event) => event.uid === 'evt-hackday-2027@lu.ma')?.date).toBe(
      '2027-01-15',
    );
  });

  it('reads a TZID that only the feed’s VTIMEZONE defines by that VTIMEZONE', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VTIMEZONE',
      'TZID:Custom Pacific',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0800',
      'TZOFFSETTO:-0800',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTART;TZID=Custom Pacific:20261210T200000',
      'SUMMARY:Late',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    // 20:00 at UTC-8 is 04:00 the next day in Amsterdam.
    expect(parseFeed(text, AMSTERDAM).events[0]?.date).toBe('2026-12-11');
  });

  it('reads LF line endings and floating times as the group’s local time', () => {
    const text = calendar(['UID:f', 'DTSTART:20261210T233000', 'SUMMARY:Floating']).replaceAll(
      '\r\n',
      '\n',
    );
    expect(parseFeed(text, AMSTERDAM).events[0]?.date).toBe('2026-12-10');
  });

  it('expands an endless rule only inside the window', () => {
    const text = calendar([
      'UID:weekly',
      'DTSTART:20100104T180000Z',
      'RRULE:FREQ=WEEKLY',
      'SUMMARY:Weekly',
    ]);
    const feed = parseFeed(text, { ...AMSTERDAM, from: '2026-12-01', to: '2026-12-31' });
    expect(feed.events.map((event) => event.date)).toEqual([
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
    ]);
  });

  it('removes control and direction characters from text, and keeps only web links', () => {
    const text = calendar([
      'UID:x',
      'DTSTART:20261210T180000Z',
      'SUMMARY:A\u202eB\u0007C',
      'URL:javascript:alert(1)',
    ]);
    expect(parseFeed(text, AMSTERDAM).events[0]).toMatchObject({ title: 'A B C', url: undefined });
  });

  it.each([
    ['HTTPS://Example.org/e/1', 'https://example.org/e/1'],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/e|1', undefined],
    ['https://example.org/{x}', 'https://example.org/%7Bx%7D'],
    ['https://user:pw@example.org/e', undefined],
  ])('keeps an event page only as a link the schema accepts: %s', (url, expected) => {
    const text = calendar(['UID:x', 'DTSTART:20261210T180000Z', 'SUMMARY:A', `URL:${url}`]);
    expect(parseFeed(text, AMSTERDAM).events[0]?.url).toBe(expected);
  });

  it('takes no control, format or line-separator character into a uid', () => {
    const text = calendar([
      'UID:u\u202egnp.exe\u0085\u2028@x',
      'DTSTART:20261210T180000Z',
      'SUMMARY:A',
    ]);
    expect(parseFeed(text, AMSTERDAM).events[0]?.uid).toBe('ugnp.exe@x');
  });

  it('reads a feed of many endless rules within a budget, and then claims to cover no days', () => {
    // Ten daily rules from 2000: far more steps than the feed may take before the window.
    const rules = Array.from({ length: 10 }, (_, i) => [
      `UID:daily-${String(i)}`,
      'DTSTART;TZID=Europe/Amsterdam:20000101T180000',
      'RRULE:FREQ=DAILY',
      'SUMMARY:Daily',
    ]);
    const feed = parseFeed(
      calendar(...rules, ['UID:one', 'DTSTART:20261210T180000Z', 'SUMMARY:One']),
      AMSTERDAM,
    );
    expect(feed.events.map((event) => event.uid)).toEqual(['one']);
    expect(feed.covers).toBeUndefined();
  });

  it('claims to cover no days when it kept only some of the events', () => {
    const events = ['01', '02', '03'].map((day) => [
      `UID:e${day}`,
      `DTSTART:202612${day}T180000Z`,
      'SUMMARY:E',
    ]);
    const all = parseFeed(calendar(...events), AMSTERDAM);
    expect(all.covers).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    const some = parseFeed(calendar(...events), { ...AMSTERDAM, maxEvents: 2 });
    expect(some.events.map((event) => event.uid)).toEqual(['e01', 'e02']);
    expect(some.covers).toBeUndefined();
  });

  it('refuses what is not iCalendar', () => {
    expect(() => parseFeed('<html>Sign in</html>', AMSTERDAM)).toThrow(FeedParseError);
    expect(() => parseFeed('BEGIN:VCARD\r\nEND:VCARD\r\n', AMSTERDAM)).toThrow(FeedParseError);
  });
});
