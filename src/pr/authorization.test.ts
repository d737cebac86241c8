import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { accountIdOf, swapPerson, VALID_GROUP, withField } from '../../test/support/check.js';
import { askKey, authorize, isPerson, type Actor, type Participants } from './authorization.js';
import { describeChange, type Side } from './changes.js';

const data = (text: string) => load(text) as Record<string, unknown>;
const BASE = data(VALID_GROUP);
const PATH = 'groups/example.yaml';
const NOW = '2026-11-22T12:00:00Z';

/** The example group's people and their account ids, as its file gives them. */
const ANNA = 48213907;
const PIETER = 61852340;
const KNOWN: Record<string, number> = { annadevries: ANNA, pjansen: PIETER };

/** An account as GitHub answers for it: the one that holds `login` now. */
const actor = (login: string, id = KNOWN[login] ?? accountIdOf(login)): Actor => ({
  login: login.toLowerCase(),
  id,
  isUser: true,
});
const consent = (login: string, at: string | undefined, who = actor(login)) => ({ actor: who, at });

/** Leader and co-leader trade places: each keeps their own account id. */
const TRADED = swapPerson(
  swapPerson(swapPerson(VALID_GROUP, 'annadevries', 'temp', 1), 'pjansen', 'annadevries', ANNA),
  'temp',
  'pjansen',
  PIETER,
);

/** The example group as the program team made it inactive (issue 23). */
const INACTIVE = VALID_GROUP.replace('status: active', 'status: inactive').replace(
  /^(joined: .*)$/m,
  '$1\ninactiveSince: 2026-10-01',
);

/**
 * A leader setting or clearing `inactive` or `inactiveSince` alone, both at once, or by deleting
 * the file and adding it back: each is the program team's.
 */
function lifecycleAttacks(): Array<{
  attack: string;
  base: Side;
  head: string;
  reasons: string[];
}> {
  const reasons = ['program-fields'];
  return [
    { attack: 'a leader marks their group inactive', base: BASE, head: INACTIVE, reasons },
    {
      attack: 'a leader sets status inactive alone',
      base: BASE,
      head: VALID_GROUP.replace('status: active', 'status: inactive'),
      reasons,
    },
    {
      attack: 'a leader sets inactiveSince alone',
      base: BASE,
      head: VALID_GROUP.replace(/^(joined: .*)$/m, '$1\ninactiveSince: 2026-10-01'),
      reasons,
    },
    {
      attack: 'a leader makes their inactive group active again',
      base: data(INACTIVE),
      head: VALID_GROUP,
      reasons,
    },
    {
      attack: 'a leader sets status active, keeping inactiveSince',
      base: data(INACTIVE),
      head: INACTIVE.replace('status: inactive', 'status: active'),
      reasons,
    },
    {
      attack: 'a leader removes inactiveSince, so the removal has no day to count from',
      base: data(INACTIVE),
      head: INACTIVE.replace(/^inactiveSince: .*\n/m, ''),
      reasons,
    },
    {
      attack: 'a leader moves inactiveSince later, putting the removal off',
      base: data(INACTIVE),
      head: INACTIVE.replace('inactiveSince: 2026-10-01', 'inactiveSince: 2026-11-20'),
      reasons,
    },
    {
      attack: 'a leader turns their inactive group into a leaving one',
      base: data(INACTIVE),
      head: INACTIVE.replace('status: inactive', 'status: leaving'),
      reasons,
    },
    {
      attack: 'a leader adds back the deleted file of their inactive group as active',
      base: 'absent',
      head: VALID_GROUP,
      reasons,
    },
    {
      attack: 'a leader adds back the deleted file of their inactive group, still inactive',
      base: 'absent',
      head: INACTIVE,
      reasons,
    },
    {
      attack: 'a leader adds back the deleted file as applying, keeping inactiveSince',
      base: 'absent',
      head: withField('joined', undefined, INACTIVE).replace(
        'status: inactive',
        'status: applying',
      ),
      reasons,
    },
  ];
}

const by = (author: string | Actor, extra: Partial<Participants> = {}): Participants => ({
  author: typeof author === 'string' ? actor(author) : author,
  authorIsMaintainer: false,
  consents: [],
  maintainerApproved: false,
  askedAt: new Map(),
  now: NOW,
  ...extra,
});

/** The head as YAML text, or `absent` / `unreadable`. */
const change = (head: string, base: Side = BASE) =>
  describeChange(PATH, base, head === 'absent' || head === 'unreadable' ? head : data(head));

/** The reasons a maintainer is needed, in order. */
const maintainerReasons = (needs: ReturnType<typeof authorize>) =>
  needs.flatMap((need) => (need.kind === 'maintainer' ? [need.reason] : []));

describe('who must act on a pull request', () => {
  const update = change(VALID_GROUP.replace('city: Utrecht', 'city: Amersfoort'));

  it('lets a current leader or co-leader update their group', () => {
    expect(authorize([update], [], by('annadevries'))).toEqual([]);
    expect(authorize([update], [], by('pjansen'))).toEqual([]);
  });

  it('needs a maintainer for an update by anyone else, satisfied by a maintainer approval', () => {
    expect(authorize([update], [], by('stranger'))).toEqual([
      { kind: 'maintainer', reason: 'not-a-leader', path: PATH, satisfied: false },
    ]);
    expect(
      authorize([update], [], by('stranger', { maintainerApproved: true }))[0]?.satisfied,
    ).toBe(true);
    expect(authorize([update], [], by('stranger', { authorIsMaintainer: true }))).toEqual([]);
  });

  it('asks a newly named co-leader to consent, and sees a consent written after the ask', () => {
    const swap = change(swapPerson(VALID_GROUP, 'pjansen', 'NewPerson', accountIdOf('newperson')));
    const ask = {
      kind: 'consent',
      login: 'newperson',
      role: 'coLeader',
      path: PATH,
      askedAt: NOW,
      satisfied: false,
      githubId: accountIdOf('newperson'),
    };
    // The co-leader steps down for them: nobody else is asked.
    expect(authorize([swap], [], by('pjansen'))).toEqual([ask]);
    const consents = [consent('newperson', '2026-11-22T12:05:00Z')];
    expect(authorize([swap], [], by('pjansen', { consents }))[0]?.satisfied).toBe(true);
    // An approval of the head commit is consent to what that commit names.
    const approval = [consent('newperson', undefined)];
    expect(authorize([swap], [], by('pjansen', { consents: approval }))[0]?.satisfied).toBe(true);
  });

  it('asks the other one to agree when a leader and co-leader swap roles', () => {
    const swapped = TRADED;
    const moved = {
      kind: 'consent',
      login: 'annadevries',
      role: 'leader',
      path: PATH,
      askedAt: NOW,
      satisfied: false,
      removed: { now: 'coLeader', byMaintainer: false },
      githubId: ANNA,
    };
    expect(authorize([change(swapped)], [], by('pjansen'))).toEqual([moved]);
    expect(authorize([change(swapped)], [], by('annadevries'))).toEqual([
      {
        ...moved,
        login: 'pjansen',
        role: 'coLeader',
        removed: { now: 'leader', byMaintainer: false },
        githubId: PIETER,
      },
    ]);
  });

  it('asks a leader replaced by someone else to agree, or a maintainer to approve', () => {
    // The co-leader makes themselves leader and a friend co-leader.
    const coup = change(
      swapPerson(swapPerson(VALID_GROUP, 'pjansen', 'friend'), 'annadevries', 'pjansen', PIETER),
    );
    const needs = authorize([coup], [], by('pjansen'));
    expect(needs).toContainEqual({
      kind: 'consent',
      login: 'annadevries',
      role: 'leader',
      path: PATH,
      askedAt: NOW,
      satisfied: false,
      removed: { now: undefined, byMaintainer: false },
      githubId: ANNA,
    });
    expect(
      needs.filter((need) => !need.satisfied).map((need) => need.kind === 'consent' && need.login),
    ).toEqual(['friend', 'annadevries']);
    // Her /consent after the ask, or a maintainer's approval, settles her part.
    const late = [consent('annadevries', '2026-11-22T12:05:00Z')];
    const early = [consent('annadevries', '2026-11-22T11:55:00Z')];
    const hers = (extra: Partial<Participants>) =>
      authorize([coup], [], by('pjansen', extra)).find(
        (need) => need.kind === 'consent' && need.login === 'annadevries',
      );
    expect(hers({ consents: late })).toMatchObject({
      satisfied: true,
      removed: { byMaintainer: false },
    });
    expect(hers({ consents: early })?.satisfied).toBe(false);
    expect(hers({ maintainerApproved: true })).toMatchObject({
      satisfied: true,
      removed: { byMaintainer: true },
    });
    // Her consent to being removed is asked apart from any ask to take a role on.
    const asked = new Map([
      [askKey({ path: PATH, role: 'leader', login: 'annadevries' }), '2026-11-22T12:10:00Z'],
    ]);
    expect(hers({ consents: late, askedAt: asked })?.satisfied).toBe(true);
    // A maintainer who writes the change needs nobody's agreement for it.
    expect(hers({ authorIsMaintainer: true })).toBeUndefined();
  });

  it('lets a leader step down by their own pull request, asking only the newcomer', () => {
    const stepDown = change(swapPerson(VALID_GROUP, 'annadevries', 'newcomer'));
    expect(
      authorize([stepDown], [], by('annadevries')).map(
        (need) => need.kind === 'consent' && need.login,
      ),
    ).toEqual(['newcomer']);
  });

  it('needs a maintainer for a rename or a new slug', () => {
    const renamed = describeChange(PATH, BASE, BASE, 'groups/old-name.yaml');
    expect(renamed.previousPath).toBe('groups/old-name.yaml');
    expect(maintainerReasons(authorize([renamed], [], by('annadevries')))).toEqual(['rename']);
    const reslugged = change(VALID_GROUP.replace(/^slug: .*$/m, 'slug: another-slug'));
    expect(maintainerReasons(authorize([reslugged], [], by('annadevries')))).toEqual(['rename']);
    // Not a rename: the same path, or a new group.
    expect(describeChange(PATH, BASE, BASE, PATH).previousPath).toBeUndefined();
    expect(
      maintainerReasons(authorize([renamed], [], by('annadevries', { authorIsMaintainer: true }))),
    ).toEqual([]);
  });

  it('requires a new group to name its author, and the other leader to consent', () => {
    const applying = withField('joined', undefined, VALID_GROUP).replace(
      'status: active',
      'status: applying',
    );
    const join = change(applying, 'absent');
    expect(authorize([join], [], by('annadevries'))).toEqual([
      {
        kind: 'consent',
        login: 'pjansen',
        role: 'coLeader',
        path: PATH,
        askedAt: NOW,
        satisfied: false,
        githubId: PIETER,
      },
    ]);
    expect(maintainerReasons(authorize([join], [], by('someone-else')))).toEqual([
      'author-not-named',
    ]);
  });

  it('keeps waivers and changes outside groups/ for maintainers', () => {
    const waived = change(
      `${VALID_GROUP}waivers:\n  - { rule: meetups/minimum, reason: flood, until: 2027-01-31, approvedBy: annadevries }\n`,
    );
    expect(authorize([waived], ['dist/index.js'], by('annadevries'))).toEqual([
      { kind: 'maintainer', reason: 'waiver', path: PATH, satisfied: false },
      { kind: 'maintainer', reason: 'outside-groups', path: undefined, satisfied: false },
    ]);
  });
});

/**
 * Attacks: each tries to get through without the people who must agree. Every row must end with
 * a maintainer needed (or a consent unsatisfied), whoever opened the pull request.
 */
describe('attacks on who must act', () => {
  const waiver = (until: string) =>
    `  - { rule: meetups/minimum, reason: flood, until: ${until}, approvedBy: m }\n`;
  const WAIVED = `${VALID_GROUP}waivers:\n${waiver('2027-01-31')}`;
  const APPLYING = withField('joined', undefined, VALID_GROUP).replace(
    'status: active',
    'status: applying',
  );
  const rows: Array<{ attack: string; base: Side; head: string; reasons: string[] }> = [
    {
      attack: 'a leader extends their waiver with a second entry for the same rule',
      base: data(WAIVED),
      head: `${WAIVED}${waiver('2099-12-31')}`,
      reasons: ['waiver'],
    },
    {
      attack: 'a leader removes a waiver',
      base: data(WAIVED),
      head: VALID_GROUP,
      reasons: ['waiver'],
    },
    {
      attack: 'a leader admits their applying group: status active with a joined date',
      base: data(APPLYING),
      head: VALID_GROUP,
      reasons: ['program-fields'],
    },
    {
      attack: 'a leader moves joined into the future, so the group owes no meetups',
      base: BASE,
      head: VALID_GROUP.replace(/joined: \S+/, 'joined: 2099-01-01'),
      reasons: ['program-fields'],
    },
    {
      attack: 'a leader sets status applying to drop out of the audit',
      base: BASE,
      head: VALID_GROUP.replace('status: active', 'status: applying'),
      reasons: ['program-fields'],
    },
    {
      attack: 'a leader takes a leaving group back to active',
      base: data(VALID_GROUP.replace('status: active', 'status: leaving')),
      head: VALID_GROUP,
      reasons: ['program-fields'],
    },
    {
      attack: 'a new group admits itself as active',
      base: 'absent',
      head: VALID_GROUP,
      reasons: ['program-fields'],
    },
    {
      attack: 'a new group gives itself a joined date while applying',
      base: 'absent',
      head: APPLYING.replace('status: applying', 'status: applying\njoined: 2020-01-01'),
      reasons: ['program-fields'],
    },
    ...lifecycleAttacks(),
    {
      attack: 'a file main cannot read is rewritten naming the author as leader',
      base: 'unreadable',
      head: VALID_GROUP,
      reasons: ['unreadable-base'],
    },
  ];

  it.each(rows)('$attack: needs a maintainer', ({ base, head, reasons }) => {
    // Made by the group's own leader, who needs nobody else for an ordinary update.
    const needs = authorize([change(head, base)], [], by('annadevries'));
    expect(maintainerReasons(needs)).toEqual(reasons);
    expect(needs.every((need) => !need.satisfied)).toBe(true);
  });

  it('lets leaders leave by status or by deleting the file, without a maintainer', () => {
    expect(
      authorize(
        [change(VALID_GROUP.replace('status: active', 'status: leaving'))],
        [],
        by('annadevries'),
      ),
    ).toEqual([]);
    expect(authorize([change('absent')], [], by('pjansen'))).toEqual([]);
    // Anyone else deleting a group needs a maintainer.
    expect(maintainerReasons(authorize([change('absent')], [], by('stranger')))).toEqual([
      'not-a-leader',
    ]);
  });

  it('does not reuse a /consent written before the ask, for another role or another group', () => {
    const swap = change(swapPerson(VALID_GROUP, 'pjansen', 'newperson'));
    const asked = '2026-11-22T12:00:00Z';
    const askedAt = new Map([
      [askKey({ path: PATH, role: 'coLeader', login: 'newperson' }), asked],
    ]);
    const before = [consent('newperson', '2026-11-22T11:59:59Z')];
    const same = [consent('newperson', asked)];
    expect(
      authorize([swap], [], by('annadevries', { consents: before, askedAt }))[0],
    ).toMatchObject({ askedAt: asked, satisfied: false });
    expect(
      authorize([swap], [], by('annadevries', { consents: same, askedAt }))[0]?.satisfied,
    ).toBe(false);
    // The same person, now asked for the leader role: a new ask, dated now, not the old one.
    const asLeader = change(
      swapPerson(
        swapPerson(VALID_GROUP, 'annadevries', 'newperson'),
        'pjansen',
        'annadevries',
        ANNA,
      ),
    );
    const later = [consent('newperson', '2026-11-22T12:01:00Z')];
    expect(
      authorize(
        [asLeader],
        [],
        by('annadevries', { consents: later, askedAt, now: '2026-11-22T12:30:00Z' }),
      )[0],
    ).toMatchObject({ role: 'leader', askedAt: '2026-11-22T12:30:00Z', satisfied: false });
    // Another group's ask is another key.
    expect(askKey({ path: 'groups/other.yaml', role: 'coLeader', login: 'newperson' })).not.toBe(
      askKey({ path: PATH, role: 'coLeader', login: 'newperson' }),
    );
  });
});

/**
 * People are accounts, not logins: GitHub frees a login when its account is renamed or deleted,
 * and anyone may register it. Each row is someone holding a login that is not theirs.
 */
describe('who is who: accounts by id', () => {
  const update = change(VALID_GROUP.replace('city: Utrecht', 'city: Amersfoort'));
  /** The same file, not yet migrated: no githubId anywhere. */
  const LEGACY = VALID_GROUP.replace(/^ +githubId: \d+\n/gm, '');
  const legacyUpdate = change(LEGACY.replace('city: Utrecht', 'city: Amersfoort'), data(LEGACY));
  const stranger = (login: string): Actor => ({ login, id: 777_000_001, isUser: true });

  it('gives a recycled login no authority: not as author, consent or approval', () => {
    expect(maintainerReasons(authorize([update], [], by(stranger('annadevries'))))).toEqual([
      'not-a-leader',
    ]);
    const swap = change(swapPerson(VALID_GROUP, 'pjansen', 'newperson'));
    for (const at of ['2026-11-22T12:05:00Z', undefined]) {
      const consents = [consent('newperson', at, stranger('newperson'))];
      expect(authorize([swap], [], by('pjansen', { consents }))[0]?.satisfied).toBe(false);
    }
    // The account the file names agrees, under whatever login it has now.
    const renamed = { login: 'new-name', id: accountIdOf('newperson'), isUser: true };
    expect(
      authorize([swap], [], by('pjansen', { consents: [consent('x', undefined, renamed)] }))[0]
        ?.satisfied,
    ).toBe(true);
  });

  it('lets a leader act under a new username, and a rename in the file ask no one', () => {
    expect(authorize([update], [], by({ login: 'anna-new', id: ANNA, isUser: true }))).toEqual([]);
    const renamed = change(VALID_GROUP.replace('github: annadevries', 'github: anna-new'));
    expect(authorize([renamed], [], by('pjansen'))).toEqual([]);
  });

  it('takes a Bot or a deleted account for nobody, whatever its login', () => {
    const bot = { login: 'annadevries', id: ANNA, isUser: false };
    expect(maintainerReasons(authorize([update], [], by(bot)))).toEqual(['not-a-leader']);
    const ghost = { login: 'annadevries', id: undefined, isUser: true };
    expect(maintainerReasons(authorize([update], [], by(ghost)))).toEqual(['not-a-leader']);
    // Nor does a missing id match a file without ids.
    expect(maintainerReasons(authorize([legacyUpdate], [], by(ghost)))).toEqual(['not-a-leader']);
    expect(isPerson({ login: 'annadevries', githubId: undefined }, ghost)).toBe(false);
  });

  it('falls back to logins for a file without ids', () => {
    expect(authorize([legacyUpdate], [], by('annadevries'))).toEqual([]);
    expect(authorize([legacyUpdate], [], by(stranger('annadevries')))).toEqual([]);
  });

  it('needs a maintainer to give a person the file already names an account id', () => {
    // Whoever holds a recycled login could otherwise write in their own id and lead the group.
    const migrated = change(VALID_GROUP, data(LEGACY));
    expect(maintainerReasons(authorize([migrated], [], by(stranger('annadevries'))))).toEqual([
      'github-id',
    ]);
    const changedId = change(VALID_GROUP.replace(`githubId: ${String(ANNA)}`, 'githubId: 123'));
    expect(maintainerReasons(authorize([changedId], [], by('annadevries')))).toContain('github-id');
  });
});
