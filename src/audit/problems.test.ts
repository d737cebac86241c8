import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../core/policy.js';
import { evaluate } from '../evaluate/evaluate.js';
import { findingMessage } from '../i18n/findings/index.js';
import { fileFrom, swapPerson, VALID_GROUP, withField } from '../../test/support/check.js';
import { text } from '../report/markdown.js';
import { markdown, markdownEffects } from '../../test/support/markdown-effects.js';
import { renderIssue, parseMarker } from './issue-text.js';
import type { AccountCheck } from './accounts.js';
import { findProblems, snapshotGroups, withAccounts } from './problems.js';
import { RULE_PAGES } from '../report/rule-links.js';

const TODAY = '2026-11-22';

function snapshot(text: string, today = TODAY) {
  const results = evaluate([fileFrom(text, 'groups/example.yaml')], {
    today,
    policy: DEFAULT_POLICY,
  });
  const [group] = snapshotGroups(results, today, DEFAULT_POLICY);
  if (!group) throw new Error('no group');
  return group;
}

const fewMeetups = withField(
  'meetups',
  '\n  - date: 2026-10-22\n    title: AKS automatic\n    azure: true',
);

describe('the problems the audit raises', () => {
  it('finds none for a compliant group', () => {
    expect(findProblems([snapshot(VALID_GROUP)])).toEqual([]);
  });

  it('raises one problem per kind, with its findings', () => {
    const group = snapshot(withField('coLeader', undefined, fewMeetups));
    expect(
      findProblems([group]).map((problem) => [problem.kind, problem.findings.map((f) => f.rule)]),
    ).toEqual([
      ['meetups-minimum', ['meetups/minimum']],
      ['co-leader', ['leaders/co-leader']],
    ]);
  });

  it('leaves waived rules and groups that are not active alone', () => {
    const waived = `${fewMeetups}waivers:\n  - { rule: meetups/minimum, reason: Flooded venue, until: 2027-01-31, approvedBy: maintainer }\n`;
    expect(findProblems([snapshot(waived)])).toEqual([]);
    expect(findProblems([snapshot(withField('status', 'leaving', fewMeetups))])).toEqual([]);
    // Issue 23: an inactive group raises no problems of its own, not even without a leader.
    const inactive = withField('status', 'inactive', fewMeetups).replace(
      /^(joined: .*)$/m,
      '$1\ninactiveSince: 2026-10-01',
    );
    expect(findProblems([snapshot(inactive)])).toEqual([]);
    expect(findProblems([snapshot(withField('leader', undefined, inactive))])).toEqual([]);
    expect(
      findProblems([
        snapshot(withField('joined', undefined, withField('status', 'applying', fewMeetups))),
      ]),
    ).toEqual([]);
  });

  const same = { status: 'same', notMigrated: false } as const;
  const PJANSEN = 61852340;

  it('counts a co-leader whose GitHub account is gone as a lost co-leader, naming the login as words', () => {
    const group = withAccounts(snapshot(VALID_GROUP), {
      leader: same,
      coLeader: { status: 'deleted', notMigrated: false },
    });
    const [problem, ...others] = findProblems([group]);
    expect(others).toEqual([]);
    expect(problem?.kind).toBe('co-leader');
    expect(problem?.findings.map((finding) => finding.message)).toEqual([
      `The co-leader's GitHub account pjansen (ID ${String(PJANSEN)}) no longer exists: GitHub has no account with that ID.`,
    ]);
    expect(group.card.leaders).toBe('fail');
  });

  it('raises a recycled login as a lost leader without naming the login at all', () => {
    const group = withAccounts(snapshot(VALID_GROUP), {
      leader: { status: 'recycled', notMigrated: false },
      coLeader: same,
    });
    const [problem, ...others] = findProblems([group]);
    expect(others).toEqual([]);
    expect(problem?.kind).toBe('leader');
    const messages = (problem?.findings ?? []).flatMap((finding) =>
      (['en', 'nl', 'sv'] as const).map((language) => findingMessage(finding, language)),
    );
    expect(messages).toEqual([
      "The leader's GitHub account (ID 48213907) no longer exists, and the username the file gives for them now belongs to another account: whoever holds it now is not your leader.",
      'Het GitHub-account (account-id 48213907) van de groepsleider bestaat niet meer, en de gebruikersnaam in het bestand hoort nu bij een ander account: wie die naam nu heeft, is niet jullie groepsleider.',
      'Gruppledarens GitHub-konto (ID 48213907) finns inte längre, och användarnamnet i filen tillhör nu ett annat konto: den som har det nu är inte er gruppledare.',
    ]);
    for (const message of messages) expect(message).not.toMatch(/annadevries/i);
  });

  it('raises a renamed co-leader as a renamed leader, not a lost one, and only as a warning', () => {
    const group = withAccounts(snapshot(VALID_GROUP), {
      leader: same,
      coLeader: { status: 'renamed', notMigrated: false, login: 'pieter-new' },
    });
    expect(findProblems([group]).map((problem) => problem.kind)).toEqual(['leader-renamed']);
    expect(group.card.leaders).toBe('warning');
    const [renamed] = group.findings.filter((finding) => finding.rule === 'leaders/github-id');
    expect(renamed?.message).toBe(
      `The co-leader's GitHub account (ID ${String(PJANSEN)}) now has the username pieter-new; the file still gives the old one.`,
    );
  });

  it("raises nothing for a file that gives no ids yet, beyond the rule's warning", () => {
    const unmigrated = VALID_GROUP.replace(/\n {2}githubId: \d+/g, '');
    const notMigrated = { status: 'same', notMigrated: true } as const;
    const group = withAccounts(snapshot(unmigrated), {
      leader: notMigrated,
      coLeader: notMigrated,
    });
    expect(group.findings.map((finding) => finding.rule)).toEqual([
      'leaders/github-id',
      'leaders/github-id',
    ]);
    expect(findProblems([group])).toEqual([]);
  });

  it('says whose GitHub account is gone in Dutch and Swedish too, never as a mention', () => {
    const unmigrated = VALID_GROUP.replace(/\n {2}githubId: \d+/g, '');
    const gone = { status: 'deleted', notMigrated: true } as const;
    const group = withAccounts(snapshot(unmigrated), { leader: gone, coLeader: gone });
    const found = group.findings.filter((finding) => finding.messageId === 'leaders/account-gone');
    expect(found.map(({ rule, params }) => [rule, params])).toEqual([
      ['leaders/leader', { role: 'leader', account: 'annadevries' }],
      ['leaders/co-leader', { role: 'coLeader', account: 'pjansen' }],
    ]);
    expect(
      found.map((finding) => [
        finding.message,
        ...(['nl', 'sv'] as const).map((language) => findingMessage(finding, language)),
      ]),
    ).toEqual([
      [
        "The leader's GitHub account annadevries no longer exists (GitHub finds no user by that name).",
        'Het GitHub-account annadevries van de groepsleider bestaat niet meer (GitHub vindt geen gebruiker met die naam).',
        'Gruppledarens GitHub-konto annadevries finns inte längre (GitHub hittar ingen användare med det namnet).',
      ],
      [
        "The co-leader's GitHub account pjansen no longer exists (GitHub finds no user by that name).",
        'Het GitHub-account pjansen van de co-leider bestaat niet meer (GitHub vindt geen gebruiker met die naam).',
        'Medledarens GitHub-konto pjansen finns inte längre (GitHub hittar ingen användare med det namnet).',
      ],
    ]);
  });
});

describe('the issue text', () => {
  const context = {
    policy: DEFAULT_POLICY,
    fileUrl: (file: string) => `https://github.com/o/r/blob/HEAD/${file}`,
    rulePages: RULE_PAGES,
  };

  it('starts with a marker that finds it again', () => {
    const [problem] = findProblems([snapshot(fewMeetups)]);
    if (!problem) throw new Error('no problem');
    const issue = renderIssue(problem, '2026-11-01', context);
    expect(parseMarker(issue.body)).toEqual({
      slug: 'example',
      kind: 'meetups-minimum',
      since: '2026-11-01',
    });
    expect(issue.title).toBe('[example] 1 of 6 Azure meetups in the last 12 months');
    expect(issue.labels).toEqual(['audit', 'audit: meetups']);
    expect(issue.body).toContain('@annadevries @pjansen: the registry');
    expect(issue.body).toContain('- 2026-10-22 `AKS automatic`');
    expect(issue.body).toContain(
      '[`groups/example.yaml`](https://github.com/o/r/blob/HEAD/groups/example.yaml)',
    );
    expect(issue.body).toContain('Please fix this by 31 December 2026.');
  });

  it('says the same thing on a later day when nothing changed, so an unchanged run writes nothing', () => {
    const a = findProblems([snapshot(fewMeetups, '2026-11-22')])[0];
    const b = findProblems([snapshot(fewMeetups, '2026-11-29')])[0];
    if (!a || !b) throw new Error('no problem');
    expect(renderIssue(b, '2026-11-01', context)).toEqual(renderIssue(a, '2026-11-01', context));
  });

  it('writes in the group language first, English after', () => {
    const [problem] = findProblems([snapshot(withField('language', 'sv', fewMeetups))]);
    if (!problem) throw new Error('no problem');
    const { body } = renderIssue(problem, TODAY, context);
    expect(body).toContain(
      'Er grupp har hållit 1 Azure-möte de senaste 12 månaderna; programmet kräver minst 6.',
    );
    expect(body.indexOf('Er grupp har hållit')).toBeLessThan(
      body.indexOf('<details><summary>English</summary>'),
    );
    expect(body).toContain('Your group held 1 Azure meetup in the last 12 months');
  });

  it("states a Dutch group's findings in Dutch, and in English only in the English section", () => {
    const late = withField('language', 'nl').replace(
      'termsAccepted: 2024-02-21',
      'termsAccepted: 2027-01-05',
    );
    const [problem] = findProblems([snapshot(late)]);
    if (!problem) throw new Error('no problem');
    expect(problem.kind).toBe('terms');
    const { body } = renderIssue(problem, TODAY, context);
    const [dutch = '', english = ''] = body.split('<details><summary>English</summary>');
    // Escaped for Markdown exactly as the English is.
    expect(dutch).toContain(
      text(
        '@pjansen heeft de voorwaarden op 5 januari 2027 geaccepteerd, en dat is na vandaag (22 november 2026). Vul de datum in waarop de voorwaarden echt zijn geaccepteerd.',
      ),
    );
    expect(dutch).toContain('Los dit graag uiterlijk');
    expect(dutch).not.toContain('accepted the terms');
    expect(english).toContain(
      text(
        '@pjansen accepted the terms on 5 January 2027, which is after today (22 November 2026). Write the date they actually accepted.',
      ),
    );
  });

  it('asks an at-risk group to act before it falls below the minimum', () => {
    const atRisk = withField(
      'meetups',
      ['2025-12-11', '2026-02-12', '2026-04-16', '2026-06-11', '2026-08-27', '2026-10-22']
        .map((date, i) => `\n  - date: ${date}\n    title: Meetup ${i}\n    azure: true`)
        .join(''),
    );
    const [problem] = findProblems([snapshot(atRisk)]);
    if (!problem) throw new Error('no problem');
    expect(problem.kind).toBe('meetups-at-risk');
    const issue = renderIssue(problem, TODAY, context);
    expect(issue.title).toBe('[example] at risk of falling below 6 Azure meetups on 2026-12-11');
    expect(issue.body).toContain('Please fix this by 11 December 2026.');
  });

  it.each([
    [
      'en',
      'On 30 November 2026 your group will have 2 Azure meetups since it joined, below the 3 the program will then ask for: a group that joined less than 12 months ago is asked for a share of the minimum, and that share grows the longer it is in the program.',
    ],
    [
      'nl',
      'Op 30 november 2026 heeft jullie groep sinds de toetreding 2 Azure-meetups. Dat is minder dan de 3 die het programma dan vraagt. Een groep die minder dan 12 maanden geleden is toegetreden, hoeft maar een deel van het minimum te halen, maar dat deel groeit naarmate de groep langer in het programma zit.',
    ],
    [
      'sv',
      'Den 30 november 2026 har er grupp 2 Azure-möten sedan den gick med. Det är färre än de 3 som programmet då kräver. En grupp som gick med för mindre än 12 månader sedan behöver bara nå en del av miniminivån, men den delen växer ju längre gruppen är med i programmet.',
    ],
  ] as const)(
    'tells a recently joined group at risk (%s) that its share grows, not that meetups leave the window',
    (language, wrong) => {
      const joinedRecently = withField(
        'meetups',
        ['2026-07-10', '2026-10-01']
          .map((date, i) => `\n  - date: ${date}\n    title: Meetup ${i}\n    azure: true`)
          .join(''),
        withField('joined', '2026-06-01', withField('language', language)),
      );
      const [problem] = findProblems([snapshot(joinedRecently)]);
      if (!problem) throw new Error('no problem');
      expect(problem.kind).toBe('meetups-at-risk');
      expect(problem.group.shortfall?.expiring).toEqual([]);
      const { body } = renderIssue(problem, TODAY, context);
      const own = body.split('<details>')[0] ?? '';
      expect(own).toContain(`\n${wrong}\n`);
      // No meetup leaves the window: no list of them, not even an empty one.
      for (const heading of ['Leaving the window', 'Vallen binnenkort', 'Faller snart'])
        expect(body).not.toContain(heading);
      expect(body).not.toMatch(/:\n\n(?:\n|$)/);
    },
  );

  it.each([
    [
      'en',
      'Your group has never had a separate co-leader in the registry: its file names the same person as leader and as co-leader. The program asks for a leader and a co-leader who are two different people.',
    ],
    [
      'nl',
      'Jullie groep heeft in het register nooit een aparte co-leider gehad: het bestand noemt dezelfde persoon als groepsleider en als co-leider. Het programma vraagt om een groepsleider en een co-leider die twee verschillende mensen zijn.',
    ],
    [
      'sv',
      'Er grupp har aldrig haft en egen medledare i registret: filen anger samma person som gruppledare och som medledare. Programmet kräver en gruppledare och en medledare som är två olika personer.',
    ],
  ] as const)(
    'tells a group whose leader was always its co-leader too (%s) that it never had one, not that it lost one',
    (language, wrong) => {
      const same = swapPerson(withField('language', language), 'pjansen', 'annadevries', 48213907);
      const [problem] = findProblems([snapshot(same)]);
      if (!problem) throw new Error('no problem');
      expect(problem.kind).toBe('co-leader');
      expect(problem.findings.map((finding) => finding.rule)).toEqual(['leaders/distinct']);
      const { body } = renderIssue(problem, TODAY, context);
      const own = body.split('<details>')[0] ?? '';
      expect(own).toContain(`\n${wrong}\n`);
      expect(body).not.toMatch(/lost its co-leader|geen co-leider meer|förlorat sin medledare/);
    },
  );

  describe('addresses leaders by a mention only where the account is theirs', () => {
    const same = { status: 'same', notMigrated: false } as const;
    /** The logins GitHub would notify, and the text it shows outside code spans. */
    const read = (body: string) => {
      const html = markdown.render(body);
      return {
        mentions: markdownEffects(html, ['code', 'strong', 'h4', 'details', 'summary', 'a'])
          .filter((effect) => effect.startsWith('reference:@'))
          .map((effect) => effect.slice('reference:'.length)),
        words: html.replace(/<code>[\s\S]*?<\/code>/g, '').replaceAll('\u200B', ''),
        all: html.replaceAll('\u200B', ''),
      };
    };
    const issueFor = (language: string, coLeader: AccountCheck) => {
      const group = withAccounts(snapshot(withField('language', language)), {
        leader: same,
        coLeader,
      });
      const [problem, ...others] = findProblems([group]);
      if (!problem || others.length > 0) throw new Error('not one problem');
      return { problem, issue: renderIssue(problem, TODAY, context) };
    };

    it.each(['en', 'nl', 'sv'] as const)(
      'names a renamed co-leader by the new login and the old one only as code (%s)',
      (language) => {
        const { problem, issue } = issueFor(language, {
          status: 'renamed',
          notMigrated: false,
          login: 'pieter-new',
        });
        expect(problem.kind).toBe('leader-renamed');
        // The title in the group's language; the labels stay English: they are filters.
        expect(issue.title).toBe(
          {
            en: "[example] a leader's GitHub username has changed",
            nl: '[example] de GitHub-gebruikersnaam van een leider is veranderd',
            sv: '[example] en ledares användarnamn på GitHub har ändrats',
          }[language],
        );
        expect(issue.labels).toEqual(['audit', 'audit: leadership']);
        const { mentions, words } = read(issue.body);
        expect(new Set(mentions)).toEqual(new Set(['@annadevries', '@pieter-new']));
        expect(words).not.toMatch(/pjansen/i);
        expect(issue.body).toContain(
          'The GitHub account of the co-leader `Pieter Jansen` has a new username: `pjansen` is now @pieter-new.',
        );
        const primary = {
          en: 'In a pull request, write the new username under `github:`',
          nl: 'Het GitHub-account van de co-leider `Pieter Jansen` heeft een nieuwe gebruikersnaam: `pjansen` heet nu @pieter-new.',
          sv: 'GitHub-kontot för medledaren `Pieter Jansen` har fått ett nytt användarnamn: `pjansen` heter nu @pieter-new.',
        }[language];
        expect(issue.body).toContain(primary);
      },
    );

    it.each(['en', 'nl', 'sv'])(
      'names a co-leader whose account was deleted in plain text, mentioning only the leader (%s)',
      (language) => {
        const { problem, issue } = issueFor(language, { status: 'deleted', notMigrated: false });
        expect(problem.kind).toBe('co-leader');
        const { mentions } = read(issue.body);
        expect(mentions).toEqual(
          language === 'en' ? ['@annadevries'] : ['@annadevries', '@annadevries'],
        );
        expect(issue.body).toContain('@annadevries `Pieter Jansen`: ');
      },
    );

    it.each(['en', 'nl', 'sv'])(
      'writes a recycled login nowhere, not even as code (%s)',
      (language) => {
        const { problem, issue } = issueFor(language, { status: 'recycled', notMigrated: false });
        expect(problem.kind).toBe('co-leader');
        const { mentions, all } = read(issue.body);
        expect(new Set(mentions)).toEqual(new Set(['@annadevries']));
        expect(all).not.toMatch(/pjansen/i);
      },
    );

    it('mentions leaders whose file gives no id yet, or that were not looked up, as before', () => {
      const late = VALID_GROUP.replace('termsAccepted: 2024-02-21', 'termsAccepted: 2027-01-05');
      const notMigrated = { status: 'same', notMigrated: true } as const;
      for (const group of [
        withAccounts(snapshot(late), { leader: notMigrated, coLeader: notMigrated }),
        snapshot(late),
      ]) {
        const [problem] = findProblems([group]);
        if (!problem) throw new Error('no problem');
        const { mentions } = read(renderIssue(problem, TODAY, context).body);
        expect(mentions).toEqual(['@annadevries', '@pjansen']);
      }
    });
  });
});

describe('the day an audit issue says the group becomes inactive (issue 23, item 6)', () => {
  const LIFECYCLE = {
    ...DEFAULT_POLICY,
    lifecycle: { enabled: true, inactiveAfterDays: 30, removeAfterDays: 180 },
  };
  const context = (policy = LIFECYCLE) => ({
    policy,
    fileUrl: (file: string) => `https://github.com/o/r/blob/HEAD/${file}`,
    rulePages: RULE_PAGES,
  });
  const problemIn = (language: string) => {
    const [problem] = findProblems([snapshot(withField('language', language, fewMeetups))]);
    if (!problem) throw new Error('no problem');
    return problem;
  };

  // First seen 2026-11-01: the issue's date is 31 December 2026 (60 days), the grace ends 30
  // days later, on 30 January 2027.
  it.each([
    [
      'en',
      'Please fix this by 31 December 2026.',
      "If the problem is still there after 30 January 2027, the group becomes inactive: it leaves the directory until it meets the program's requirements again.",
    ],
    [
      'nl',
      'Los dit graag uiterlijk 31 december 2026 op.',
      'Is het probleem na 30 januari 2027 nog niet opgelost, dan wordt de groep inactief: ze verdwijnt uit het overzicht van de groepen tot ze weer aan de programmavereisten voldoet.',
    ],
    [
      'sv',
      'Rätta detta senast den 31 december 2026.',
      'Om problemet inte är löst efter den 30 januari 2027 blir gruppen inaktiv: den försvinner ur förteckningen över grupper tills den uppfyller programmets villkor igen.',
    ],
  ] as const)(
    'says it (%s) under the date, in the group’s language and in the English section',
    (language, deadline, inactive) => {
      const { body } = renderIssue(problemIn(language), '2026-11-01', context());
      const [own = '', english = ''] = body.split('<details><summary>English</summary>');
      expect(own).toContain(`${deadline} `);
      expect(own).toContain(`\n\n${inactive}`);
      expect(own.indexOf(deadline)).toBeLessThan(own.indexOf(inactive));
      if (language !== 'en')
        expect(english).toContain(
          '\n\nIf the problem is still there after 30 January 2027, the group becomes inactive',
        );
    },
  );

  it('counts the grace the policy sets from the date the issue shows', () => {
    const policy = {
      ...LIFECYCLE,
      audit: { ...LIFECYCLE.audit, deadlineDays: 14 },
      lifecycle: { ...LIFECYCLE.lifecycle, inactiveAfterDays: 7 },
    };
    const { body } = renderIssue(problemIn('en'), '2026-11-01', context(policy));
    expect(body).toContain('Please fix this by 15 November 2026.');
    expect(body).toContain('If the problem is still there after 22 November 2026, the group');
  });

  const SENTENCE = /still there after|Is het probleem na|Om problemet inte är löst efter/;

  it.each(['meetups-minimum', 'leader', 'co-leader', 'terms'] as const)(
    'says it for a %s issue, a problem that counts',
    (kind) => {
      const { body } = renderIssue({ ...problemIn('sv'), kind }, '2026-11-01', context());
      expect(body.match(new RegExp(SENTENCE, 'g'))).toHaveLength(2);
    },
  );

  it.each(['meetups-at-risk', 'leader-renamed', 'waiver-expired'] as const)(
    'says nothing of it for a %s issue, a problem that does not count',
    (kind) => {
      const problem = { ...problemIn('nl'), kind };
      const { body } = renderIssue(problem, '2026-11-01', context());
      expect(body).not.toMatch(SENTENCE);
      expect(body).toBe(renderIssue(problem, '2026-11-01', context(DEFAULT_POLICY)).body);
    },
  );

  it('says nothing of it while the stages are off: the text is byte for byte what it was', () => {
    const off = { ...LIFECYCLE, lifecycle: { ...LIFECYCLE.lifecycle, enabled: false } };
    const issue = renderIssue(problemIn('nl'), '2026-11-01', context(off));
    expect(issue).toEqual(renderIssue(problemIn('nl'), '2026-11-01', context(DEFAULT_POLICY)));
    // The whole body as the audit wrote it before the stages existed: an upgrade edits no issue.
    expect(issue.body).toBe(BODY_BEFORE_THE_STAGES);
  });
});

/** A Dutch issue about the minimum exactly as the audit wrote it before the stages (commit adef5f0). */
const BODY_BEFORE_THE_STAGES = [
  '<!-- tech-groups-registry:audit group=example problem=meetups-minimum since=2026-11-01 -->',
  '',
  '@annadevries @pjansen: bij de geplande controle van het register is iets gevonden dat jullie groep moet oplossen om in het Azure Tech Groups-programma te blijven.',
  '',
  '**`Example Azure User Group`** · [`groups/example.yaml`](https://github.com/o/r/blob/HEAD/groups/example.yaml)',
  '',
  '#### Wat er mis is',
  '',
  'Jullie groep heeft in de afgelopen 12 maanden 1 Azure-meetup gehouden; het programma vraagt er minstens 6.',
  '',
  '#### Wat het register laat zien',
  '',
  'Geteld (1):',
  '',
  '- 2026-10-22 `AKS automatic`',
  '',
  '#### Wat jullie moeten doen',
  '',
  'Houd de ontbrekende Azure-meetups en zet ze in een pull request in [`groups/example.yaml`](https://github.com/o/r/blob/HEAD/groups/example.yaml), elk met `azure: true`. Meetups die jullie wel hebben gehouden maar nog niet in het bestand staan, tellen ook mee.',
  '',
  '#### Uiterlijk',
  '',
  'Los dit graag uiterlijk 31 december 2026 op. Dit issue wordt vanzelf gesloten zodra het register laat zien dat het probleem is opgelost.',
  '',
  '<details><summary>English</summary>',
  '',
  "@annadevries @pjansen: the registry's scheduled check found something your group needs to fix to stay in the Azure Tech Groups program.",
  '',
  '**`Example Azure User Group`** · [`groups/example.yaml`](https://github.com/o/r/blob/HEAD/groups/example.yaml)',
  '',
  '#### What is wrong',
  '',
  'Your group held 1 Azure meetup in the last 12 months; the program asks for at least 6.',
  '',
  '#### What the registry shows',
  '',
  'Counted (1):',
  '',
  '- 2026-10-22 `AKS automatic`',
  '',
  '#### What to do',
  '',
  'Hold the missing Azure meetups, and add each one to [`groups/example.yaml`](https://github.com/o/r/blob/HEAD/groups/example.yaml) with `azure: true` in a pull request. Meetups you held but did not list count too.',
  '',
  '#### By when',
  '',
  'Please fix this by 31 December 2026. This issue closes by itself once the registry shows the problem solved.',
  '',
  '</details>',
  '',
].join('\n');
