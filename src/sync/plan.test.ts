import { describe, expect, it } from 'vitest';
import type { FeedEvent } from './feed.js';
import {
  DEFAULT_AZURE_KEYWORDS,
  isAboutAzure,
  meetupTitle,
  planSync,
  type CurrentMeetup,
  type Plan,
  type PlanInput,
} from './plan.js';

const TODAY = '2026-11-22';

const event = (overrides: Partial<FeedEvent>): FeedEvent => ({
  uid: 'e1',
  date: '2026-12-03',
  title: 'Bicep night',
  description: '',
  url: 'https://www.meetup.com/x/events/1/',
  cancelled: false,
  ...overrides,
});

const meetup = (overrides: Partial<CurrentMeetup>): CurrentMeetup => ({
  index: 0,
  date: '2026-12-03',
  title: 'Bicep night',
  url: 'https://www.meetup.com/x/events/1/',
  uid: 'e1',
  cancelled: false,
  ...overrides,
});

function plan(input: Partial<PlanInput>): Plan {
  return planSync({
    events: [],
    coverage: [{ from: '2026-12-01', to: '2027-01-31' }],
    meetups: [],
    today: TODAY,
    window: { from: '2025-11-23', to: '2027-11-22' },
    azureKeywords: DEFAULT_AZURE_KEYWORDS,
    maxAdded: 50,
    ...input,
  });
}

interface Case {
  name: string;
  input: Partial<PlanInput>;
  changes: Plan['changes'];
  deferred?: number;
}

const cases: Case[] = [
  {
    name: 'adds a new event as a meetup, with its page and id, azure from its title',
    input: { events: [event({})] },
    changes: [
      {
        kind: 'add',
        meetup: {
          date: '2026-12-03',
          title: 'Bicep night',
          azure: true,
          url: 'https://www.meetup.com/x/events/1/',
          uid: 'e1',
        },
      },
    ],
  },
  {
    name: 'adds a past event inside the window: the feed builds the history',
    input: { events: [event({ date: '2026-10-01', title: 'Pub quiz' })] },
    changes: [
      {
        kind: 'add',
        meetup: {
          date: '2026-10-01',
          title: 'Pub quiz',
          azure: false,
          url: 'https://www.meetup.com/x/events/1/',
          uid: 'e1',
        },
      },
    ],
  },
  {
    name: 'leaves the group’s own name out when looking for keywords',
    input: {
      groupName: 'Utrecht Azure User Group',
      events: [
        event({ title: 'Pub quiz', description: 'Utrecht Azure User Group\nNo talks tonight.' }),
      ],
    },
    changes: [
      {
        kind: 'add',
        meetup: {
          date: '2026-12-03',
          title: 'Pub quiz',
          azure: false,
          url: 'https://www.meetup.com/x/events/1/',
          uid: 'e1',
        },
      },
    ],
  },
  {
    name: 'gives a page shared by several occurrences to the first only',
    input: {
      events: [event({ uid: 'r#1' }), event({ uid: 'r#2', date: '2026-12-10' })],
    },
    changes: [
      {
        kind: 'add',
        meetup: {
          date: '2026-12-03',
          title: 'Bicep night',
          azure: true,
          url: 'https://www.meetup.com/x/events/1/',
          uid: 'r#1',
        },
      },
      {
        kind: 'add',
        meetup: { date: '2026-12-10', title: 'Bicep night', azure: true, uid: 'r#2' },
      },
    ],
  },
  {
    name: 'adds nothing outside the window',
    input: {
      events: [
        event({ date: '2025-11-22' }),
        event({ uid: 'e2', url: undefined, date: '2027-11-23' }),
      ],
    },
    changes: [],
  },
  {
    name: 'does not add a cancelled event',
    input: { events: [event({ cancelled: true })] },
    changes: [],
  },
  {
    name: 'does not add an event it could not recognise again (no UID, no page)',
    input: { events: [event({ uid: undefined, url: undefined })] },
    changes: [],
  },
  {
    name: 'adds one meetup for an event listed in two feeds',
    input: { events: [event({}), event({})] },
    changes: [expect.objectContaining({ kind: 'add' }) as Plan['changes'][number]],
  },
  {
    name: 'changes nothing for a known event that did not change',
    input: { events: [event({})], meetups: [meetup({})] },
    changes: [],
  },
  {
    name: 'matches by UID across a change of date and title, and updates both',
    input: {
      events: [event({ date: '2026-12-10', title: 'Bicep night (moved)', url: undefined })],
      meetups: [meetup({ index: 3 })],
    },
    changes: [
      {
        kind: 'update',
        index: 3,
        uid: 'e1',
        date: { from: '2026-12-03', to: '2026-12-10' },
        title: { from: 'Bicep night', to: 'Bicep night (moved)' },
      },
    ],
  },
  {
    name: 'never matches by title and date: another UID is another meetup',
    input: {
      events: [event({ uid: 'e2', url: 'https://www.meetup.com/x/events/2/' })],
      meetups: [meetup({})],
    },
    changes: [
      expect.objectContaining({ kind: 'add' }) as Plan['changes'][number],
      // e1 vanished from a feed that covers its day.
      { kind: 'cancel', index: 0, date: '2026-12-03', title: 'Bicep night', reason: 'vanished' },
    ],
  },
  {
    name: 'matches a meetup a person listed by its page, and leaves its words alone',
    input: {
      events: [event({ title: 'Bicep night: the sequel', date: '2026-12-04' })],
      meetups: [meetup({ uid: undefined, title: 'Our Bicep evening' })],
    },
    changes: [],
  },
  {
    name: 'never cancels a person’s meetup for another evening of a series that shares its page',
    input: {
      events: [
        event({ uid: 'series#2', date: '2026-12-10', cancelled: true }),
        event({ uid: 'series#3', date: '2026-12-17' }),
      ],
      meetups: [meetup({ uid: undefined, title: 'Our Bicep evening' })],
    },
    // The other evening is added (its page stays with the person's meetup); nothing is cancelled.
    changes: [
      {
        kind: 'add',
        meetup: { date: '2026-12-17', title: 'Bicep night', azure: true, uid: 'series#3' },
      },
    ],
  },
  {
    name: 'marks a person’s upcoming meetup cancelled when the feed cancels it',
    input: {
      events: [event({ cancelled: true })],
      meetups: [meetup({ uid: undefined, title: 'Our Bicep evening' })],
    },
    changes: [
      { kind: 'cancel', index: 0, date: '2026-12-03', title: 'Our Bicep evening', reason: 'feed' },
    ],
  },
  {
    name: 'leaves a meetup already marked cancelled',
    input: { events: [event({ cancelled: true })], meetups: [meetup({ cancelled: true })] },
    changes: [],
  },
  {
    name: 'never un-cancels: cancelled is the leaders’ to change',
    input: { events: [event({})], meetups: [meetup({ cancelled: true })] },
    changes: [],
  },
  {
    name: 'never rewrites history: a past meetup keeps date, title and status',
    input: {
      events: [event({ date: '2026-11-30', title: 'Other', cancelled: true })],
      meetups: [meetup({ date: '2026-11-21' })],
    },
    changes: [],
  },
  {
    name: 'counts a meetup today as upcoming',
    input: {
      events: [event({ title: 'Renamed', date: TODAY })],
      meetups: [meetup({ date: TODAY })],
    },
    changes: [
      { kind: 'update', index: 0, uid: 'e1', title: { from: 'Bicep night', to: 'Renamed' } },
    ],
  },
  {
    name: 'does not move an upcoming meetup into the past',
    input: { events: [event({ date: '2026-11-01' })], meetups: [meetup({})] },
    changes: [],
  },
  {
    name: 'leaves a vanished event alone when the feed no longer covers its day (truncated)',
    input: {
      events: [],
      coverage: [{ from: '2026-11-22', to: '2026-11-30' }],
      meetups: [meetup({})],
    },
    changes: [],
  },
  {
    name: 'leaves a vanished event alone when a feed is empty',
    input: { events: [], coverage: [undefined], meetups: [meetup({})] },
    changes: [],
  },
  {
    name: 'cancels a vanished event only when every feed covers its day',
    input: {
      events: [],
      coverage: [
        { from: '2026-12-01', to: '2027-01-31' },
        { from: '2026-12-05', to: '2027-01-31' },
      ],
      meetups: [meetup({})],
    },
    changes: [],
  },
  {
    name: 'never cancels a vanished meetup that a person listed (no uid)',
    input: { events: [], meetups: [meetup({ uid: undefined })] },
    changes: [],
  },
  {
    name: 'leaves a vanished past meetup alone',
    input: {
      events: [],
      coverage: [{ from: '2026-01-01', to: '2027-01-31' }],
      meetups: [meetup({ date: '2026-11-01' })],
    },
    changes: [],
  },
  {
    name: 'adds at most maxAdded meetups, and says how many wait',
    input: {
      maxAdded: 1,
      events: [
        event({}),
        event({ uid: 'e2', url: undefined }),
        event({ uid: 'e3', url: undefined }),
      ],
    },
    changes: [expect.objectContaining({ kind: 'add' }) as Plan['changes'][number]],
    deferred: 2,
  },
];

describe('planSync', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = plan(c.input);
    expect(result.changes).toEqual(c.changes);
    expect(result.deferred).toBe(c.deferred ?? 0);
  });
});

describe('isAboutAzure', () => {
  it.each([
    ['Azure Functions in practice', true],
    ['AZURE night', true],
    ['aks automatic', true],
    ['Cosmos   DB modelling', true],
    ['Entra ID for developers', true],
    ['Bicep modules', true],
    ['Azurearchitects meet', false],
    ['Tasks and tracks', false],
    ['Kubernetes on-prem', false],
    ['Entrance fees', false],
  ])('%s → %s', (title, expected) => {
    expect(isAboutAzure(title, DEFAULT_AZURE_KEYWORDS)).toBe(expected);
  });

  it('uses the policy’s list instead of the defaults', () => {
    expect(isAboutAzure('Microsoft 365 Copilot', ['Copilot'])).toBe(true);
    expect(isAboutAzure('Azure night', ['Copilot'])).toBe(false);
  });
});

describe('meetupTitle', () => {
  it('bounds a title to 200 characters, counting characters, not UTF-16 units', () => {
    const long = '🚀'.repeat(250);
    const title = meetupTitle(long);
    expect(Array.from(title)).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });

  it('never leaves a title empty', () => {
    expect(meetupTitle('  ')).toBe('Meetup');
  });
});
