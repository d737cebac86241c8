import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import siteStatsSchema from '../../schemas/site-stats.schema.json' with { type: 'json' };
import { buildSite, siteGroupYaml } from '../../test/support/site.js';
import { STATS_SCHEMA_PATH } from './run-site.js';

const meetup = (date: string, azure = true, cancelled = false): string =>
  [
    `  - date: ${date}`,
    `    title: Meetup on ${date}`,
    `    azure: ${azure}`,
    ...(cancelled ? ['    cancelled: true'] : []),
  ].join('\n');

/**
 * Every group also holds an Azure meetup on 2026-10-22 and plans one on 2026-12-10 (siteGroupYaml).
 * Today is 2026-11-22; the program asks 6 Azure meetups in 12 months.
 */
const FIXTURE = {
  // Joined 2023; held 2024-11-30 (before the 24 months), 2025-01-15 and 2026-10-22; one cancelled.
  // Counted in 12 months: 1, below 6: at risk.
  'groups/a.yaml': siteGroupYaml({
    slug: 'a',
    extraMeetups: [
      meetup('2024-11-30'),
      meetup('2025-01-15'),
      meetup('2026-11-05', true, true),
    ].join('\n'),
  }),
  // Joined 2024; 7 counted (six in 2026 and 2026-10-22), a meetup not about Azure not counted.
  // In the next 60 days only 2026-01-10 leaves the window, and the planned 2026-12-10 makes up
  // for it: not at risk.
  'groups/b.yaml': siteGroupYaml({
    slug: 'b',
    country: 'SE',
    joined: '2024-03-01',
    extraMeetups: [
      meetup('2026-01-10'),
      meetup('2026-02-10'),
      meetup('2026-03-10'),
      meetup('2026-05-10'),
      meetup('2026-06-10', false),
      meetup('2026-07-10'),
      meetup('2026-09-10'),
    ].join('\n'),
  }),
  // No joined date: 1 counted of 6, at risk.
  'groups/c.yaml': siteGroupYaml({ slug: 'c', joined: null }),
  // Left the program: counted nowhere.
  'groups/gone.yaml': siteGroupYaml({
    slug: 'gone',
    status: 'leaving',
    country: 'DE',
    extraMeetups: meetup('2026-03-03'),
  }),
};

describe('the program’s numbers', () => {
  it('match the figures worked out by hand, and stats.json meets its schema', async () => {
    const { files } = await buildSite(FIXTURE);
    const stats = JSON.parse(files.get('stats.json') ?? '') as Record<string, unknown>;
    const months = Object.fromEntries(
      Array.from({ length: 24 }, (_, i) => {
        const index = 2024 * 12 + 11 + i; // December 2024 onwards
        return [`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, 0];
      }),
    );
    Object.assign(months, {
      '2025-01': 1,
      '2026-01': 1,
      '2026-02': 1,
      '2026-03': 1,
      '2026-05': 1,
      '2026-07': 1,
      '2026-09': 1,
      '2026-10': 3,
    });
    expect(stats).toEqual({
      $schema: 'urn:azure-tech-groups:site:stats:v1',
      generated: '2026-11-22',
      groups: 3,
      groupsByJoinedYear: [
        { year: 2023, groups: 1 },
        { year: 2024, groups: 1 },
        { year: null, groups: 1 },
      ],
      groupsByCountry: [
        { country: 'NL', countryName: 'Netherlands', groups: 2 },
        { country: 'SE', countryName: 'Sweden', groups: 1 },
      ],
      azureMeetupsByMonth: Object.entries(months).map(([month, meetups]) => ({ month, meetups })),
      groupsAtRisk: 2,
      medianAzureMeetupsPerGroup: 1,
    });
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(siteStatsSchema);
    expect(validate(stats) ? [] : validate.errors).toEqual([]);
    expect(JSON.parse(files.get(STATS_SCHEMA_PATH) ?? '')).toEqual(siteStatsSchema);
  });

  it('takes the median of an even number of groups as the mean of the middle two', async () => {
    const { files } = await buildSite({
      'groups/a.yaml': siteGroupYaml({ slug: 'a' }),
      'groups/b.yaml': siteGroupYaml({
        slug: 'b',
        extraMeetups: [meetup('2026-01-10'), meetup('2026-02-10')].join('\n'),
      }),
    });
    const stats = JSON.parse(files.get('stats.json') ?? '') as {
      medianAzureMeetupsPerGroup: number;
    };
    expect(stats.medianAzureMeetupsPerGroup).toBe(2);
  });

  it('shows the same figures on stats.html, each chart with a table, and says it counts current groups only', async () => {
    const { files } = await buildSite(FIXTURE);
    const html = files.get('stats.html') ?? '';
    expect(html).toContain('count current groups only');
    expect(html.match(/<svg class="chart"[^>]*aria-hidden="true"/g)).toHaveLength(3);
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html).toContain('<tr><th scope="row">Not known</th><td>1</td></tr>');
    expect(html).toContain('<tr><th scope="row">October 2026</th><td>3</td></tr>');
    expect(html).toContain('<tr><th scope="row">Netherlands</th><td>2</td></tr>');
    expect(html).toContain('<dt>Groups at risk</dt><dd>2 ');
    expect(html).not.toContain('Germany');
  });
});
