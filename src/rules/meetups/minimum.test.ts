import { describe, expect, it } from 'vitest';
import { check, findingsOf, VALID_GROUP, withField } from '../../../test/support/check.js';

const RULE = 'meetups/minimum';

/** 1-based number of the line that reads exactly `line`; 0 when there is none. */
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line) + 1;

/** One meetup entry of a `meetups:` block. */
const meetup = (date: string, title: string, extra = ''): string =>
  `\n  - date: ${date}\n    title: ${title}\n    azure: true${extra}`;

/** VALID_GROUP (or `base`) with its meetups replaced; no entries gives `meetups: []`. */
const withMeetups = (entries: string[], base = VALID_GROUP): string =>
  withField('meetups', entries.length === 0 ? '[]' : entries.join(''), base);

/** The six meetups of VALID_GROUP, to edit one of them. */
const SIX = [
  meetup('2026-01-29', 'Container Apps in practice'),
  meetup('2026-02-12', 'Bicep for beginners'),
  meetup('2026-04-16', 'Azure OpenAI on your own data'),
  meetup('2026-06-11', 'Functions flex consumption'),
  meetup('2026-08-27', 'Landing zones'),
  meetup('2026-10-22', 'AKS automatic'),
];

const WINDOW = 'between 2025-11-23 and 2026-11-22';

describe('meetups/minimum', () => {
  it('passes six Azure meetups in the last twelve months, exactly the minimum', () => {
    expect(findingsOf(RULE, VALID_GROUP)).toEqual([]);
    expect(withMeetups(SIX)).toBe(VALID_GROUP);
  });

  it('reports too few meetups on the meetups key, saying how many more', () => {
    const text = withMeetups(SIX.slice(1));
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        file: 'groups/example.yaml',
        pointer: '/meetups',
        line: lineOf(text, 'meetups:'),
        column: 1,
        message: `Only 5 Azure meetups held ${WINDOW}; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 1 more.`,
      },
    ]);
    expect(lineOf(text, 'meetups:')).toBe(23);
  });

  it('speaks of no meetup and of one meetup in plain words', () => {
    const none = findingsOf(RULE, withMeetups([]));
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ severity: 'warning', line: 23, column: 1 });
    expect(none[0]?.message).toMatch(/^No Azure meetups held between 2025-11-23 and 2026-11-22;/);
    expect(none[0]?.message).toContain('or plan 6 more.');

    const one = findingsOf(RULE, withMeetups([SIX[5] ?? '']));
    expect(one[0]?.message).toMatch(/^Only 1 Azure meetup held between/);
    expect(one[0]?.message).toContain('or plan 5 more.');
  });

  it('does not count a cancelled meetup', () => {
    const text = withMeetups([
      ...SIX.slice(0, 5),
      meetup('2026-10-22', 'AKS automatic', '\n    cancelled: true'),
    ]);
    expect(findingsOf(RULE, text)[0]?.message).toMatch(/^Only 5 Azure meetups held/);
  });

  it('does not count a meetup that has not happened yet', () => {
    const text = withMeetups([...SIX.slice(0, 5), meetup('2026-11-23', 'AKS automatic')]);
    expect(findingsOf(RULE, text)[0]?.message).toMatch(/^Only 5 Azure meetups held/);
    const today = withMeetups([...SIX.slice(0, 5), meetup('2026-11-22', 'AKS automatic')]);
    expect(findingsOf(RULE, today)).toEqual([]);
  });

  it('does not count a meetup that was not about Azure', () => {
    const text = withMeetups([
      ...SIX.slice(0, 5),
      meetup('2026-10-22', 'Kubernetes on a Pi'),
    ]).replace(
      '    title: Kubernetes on a Pi\n    azure: true',
      '    title: Kubernetes on a Pi\n    azure: false',
    );
    expect(findingsOf(RULE, text)[0]?.message).toMatch(/^Only 5 Azure meetups held/);
  });

  it('does not count a meetup before the window, and counts one on its first day', () => {
    const before = withMeetups([meetup('2025-11-22', 'Kick-off'), ...SIX.slice(1)]);
    expect(findingsOf(RULE, before)[0]?.message).toMatch(/^Only 5 Azure meetups held/);
    const first = withMeetups([meetup('2025-11-23', 'Kick-off'), ...SIX.slice(1)]);
    expect(findingsOf(RULE, first)).toEqual([]);
  });

  it('counts a meetup listed twice once', () => {
    const text = withMeetups([...SIX.slice(0, 5), meetup('2026-08-27', 'Landing Zones')]);
    expect(findingsOf(RULE, text)[0]?.message).toMatch(/^Only 5 Azure meetups held/);
  });

  it('leaves a meetup with an unreadable date uncounted, and says nothing the date error does not', () => {
    // The date is the one problem: the schema rule reports it, at the date, and no meetup count
    // asks for meetups "not listed yet" that are listed.
    for (const date of ['2026-02-30', '15-01-2026']) {
      const text = withMeetups([...SIX.slice(0, 5), meetup(date, 'AKS automatic')]);
      expect(check(text), date).toEqual([
        {
          rule: 'schema',
          severity: 'error',
          file: 'groups/example.yaml',
          pointer: '/meetups/5/date',
          line: 39,
          column: 11,
          message: `"date" of the 6th meetup must be a date that exists, written YYYY-MM-DD; it is "${date}".`,
        },
      ]);
    }
  });

  it('still reports a shortfall that fixing the unreadable meetups could not make up', () => {
    const text = withMeetups([
      ...SIX.slice(0, 3),
      meetup('2026-02-30', 'Functions flex consumption'),
    ]);
    expect(findingsOf(RULE, text)).toEqual([
      {
        rule: RULE,
        severity: 'warning',
        file: 'groups/example.yaml',
        pointer: '/meetups',
        line: 23,
        column: 1,
        message: `Only 3 Azure meetups held ${WINDOW}; the program asks for at least 6. 1 more listed meetup does not count until the error on it is fixed. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 2 more.`,
      },
    ]);
  });

  it('speaks of several unreadable meetups in the plural', () => {
    const text = withMeetups([
      SIX[0] ?? '',
      meetup('2026-02-30', 'Bicep for beginners'),
      meetup('2026-13-01', 'Azure OpenAI on your own data'),
    ]);
    expect(findingsOf(RULE, text).map((finding) => finding.message)).toEqual([
      `Only 1 Azure meetup held ${WINDOW}; the program asks for at least 6. 2 more listed meetups do not count until the errors on them are fixed. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 3 more.`,
    ]);
  });

  it('counts as usual when the unreadable meetup could not count anyway (cancelled, not Azure)', () => {
    const cancelled = withMeetups([
      ...SIX.slice(0, 5),
      meetup('2026-02-30', 'AKS automatic', '\n    cancelled: true'),
    ]);
    expect(findingsOf(RULE, cancelled).map((finding) => finding.message)).toEqual([
      `Only 5 Azure meetups held ${WINDOW}; the program asks for at least 6. Add any Azure meetups held in that time that are not listed yet (with "azure: true"), or plan 1 more.`,
    ]);
    const other = withMeetups([...SIX.slice(0, 5), meetup('2026-02-30', 'AKS automatic')]).replace(
      '    title: AKS automatic\n    azure: true',
      '    title: AKS automatic\n    azure: false',
    );
    expect(findingsOf(RULE, other)).toHaveLength(1);
  });

  it('holds a group that joined three months ago to its share: floor(6 × days in the program / days in the window)', () => {
    const joined = withField('joined', '2026-08-22', withMeetups([]));
    // 2026-08-22 to 2026-11-22 is 93 days counting both; the window 2025-11-23 to 2026-11-22 is 365.
    const required = Math.floor((6 * 93) / 365);
    expect(required).toBe(1);
    const findings = findingsOf(RULE, joined);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups',
      line: 23,
      column: 1,
    });
    expect(findings[0]?.message).toContain(
      "since joining on 2026-08-22, the group's share of the minimum of 6 per 12 months is 1.",
    );
    expect(findings[0]?.message).toContain('or plan 1 more.');

    const held = withField(
      'joined',
      '2026-08-22',
      withMeetups([meetup('2026-10-01', 'First meetup')]),
    );
    expect(findingsOf(RULE, held)).toEqual([]);
  });

  it('holds a group that joined six months ago to three meetups', () => {
    // 2026-05-22 to 2026-11-22 is 185 days counting both: floor(6 × 185 / 365) = 3.
    const two = withField(
      'joined',
      '2026-05-22',
      withMeetups([meetup('2026-07-01', 'One'), meetup('2026-09-01', 'Two')]),
    );
    expect(findingsOf(RULE, two)[0]?.message).toContain(
      "the group's share of the minimum of 6 per 12 months is 3",
    );
    expect(findingsOf(RULE, two, { policy: { proRata: false } })[0]?.message).toContain(
      'the program asks for at least 6',
    );
  });

  it('does not check a group that is leaving the program', () => {
    expect(findingsOf(RULE, withField('status', 'leaving', withMeetups([])))).toEqual([]);
  });

  it('turns into a notice under an active waiver, until its last day', () => {
    const waived = (until: string): string =>
      `${withMeetups([])}waivers:\n  - rule: meetups/minimum\n    reason: Venue lost after a flood\n    until: ${until}\n    approvedBy: some-maintainer\n`;
    const findings = findingsOf(RULE, waived('2027-01-31'));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'notice',
        pointer: '/meetups',
        line: 23,
        column: 1,
        waiver: {
          rule: RULE,
          reason: 'Venue lost after a flood',
          until: '2027-01-31',
          approvedBy: 'some-maintainer',
        },
      }),
    ]);
    expect(findingsOf(RULE, waived('2026-11-22'))[0]?.severity).toBe('notice');

    const expired = findingsOf(RULE, waived('2026-11-21'));
    expect(expired).toHaveLength(1);
    expect(expired[0]?.severity).toBe('warning');
    expect(expired[0]).not.toHaveProperty('waiver');
  });

  it('is not silenced by a waiver for another rule', () => {
    const text = `${withMeetups([])}waivers:\n  - rule: meetups/spread\n    reason: Venue lost after a flood\n    until: 2027-01-31\n    approvedBy: some-maintainer\n`;
    expect(findingsOf(RULE, text).map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('follows the policy minimum and window', () => {
    const seven = findingsOf(RULE, VALID_GROUP, { policy: { minimum: 7 } });
    expect(seven).toHaveLength(1);
    expect(seven[0]?.message).toContain(
      `Only 6 Azure meetups held ${WINDOW}; the program asks for at least 7.`,
    );
    expect(seven[0]?.message).toContain('or plan 1 more.');

    expect(findingsOf(RULE, withMeetups(SIX.slice(3)), { policy: { minimum: 3 } })).toEqual([]);

    const halfYear = findingsOf(RULE, VALID_GROUP, { policy: { windowMonths: 6 } });
    expect(halfYear[0]?.message).toMatch(
      /^Only 3 Azure meetups held between 2026-05-23 and 2026-11-22; the program asks for at least 6\./,
    );
  });

  it('takes its severity from the policy', () => {
    expect(findingsOf(RULE, withMeetups([]), { rules: { [RULE]: 'error' } })[0]?.severity).toBe(
      'error',
    );
    expect(findingsOf(RULE, withMeetups([]), { rules: { [RULE]: 'off' } })).toEqual([]);
  });

  it('points at the top of the file when meetups is missing', () => {
    const findings = findingsOf(RULE, withField('meetups', undefined));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      pointer: '/meetups',
      line: 1,
      column: 1,
    });
    expect(findings[0]?.message).toMatch(/^No Azure meetups held/);
  });
});
