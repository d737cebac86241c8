import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../testing/check.js';
import { authorize, type Participants } from './authorization.js';
import { describeChange } from './changes.js';

const data = (text: string) => load(text) as Record<string, unknown>;
const BASE = data(VALID_GROUP);
const PATH = 'groups/example.yaml';

const by = (author: string, extra: Partial<Participants> = {}): Participants => ({
  author,
  authorIsMaintainer: false,
  consents: new Set(),
  maintainerApproved: false,
  ...extra,
});

describe('who must act on a pull request', () => {
  const update = describeChange(
    PATH,
    BASE,
    data(VALID_GROUP.replace('city: Utrecht', 'city: Amersfoort')),
    false,
  );

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

  it('asks a newly named co-leader to consent, and sees the consent', () => {
    const swap = describeChange(
      PATH,
      BASE,
      data(VALID_GROUP.replace('github: pjansen', 'github: NewPerson')),
      false,
    );
    expect(authorize([swap], [], by('annadevries'))).toEqual([
      { kind: 'consent', login: 'newperson', role: 'coLeader', path: PATH, satisfied: false },
    ]);
    expect(
      authorize([swap], [], by('annadevries', { consents: new Set(['newperson']) }))[0]?.satisfied,
    ).toBe(true);
  });

  it('needs no consent when the co-leader becomes leader', () => {
    const promoted = data(
      VALID_GROUP.replace('github: annadevries', 'github: TEMP')
        .replace('github: pjansen', 'github: annadevries')
        .replace('github: TEMP', 'github: pjansen'),
    );
    expect(authorize([describeChange(PATH, BASE, promoted, false)], [], by('pjansen'))).toEqual([]);
  });

  it('requires a new group to name its author, and the other leader to consent', () => {
    const join = describeChange(PATH, undefined, BASE, false);
    expect(authorize([join], [], by('annadevries'))).toEqual([
      { kind: 'consent', login: 'pjansen', role: 'coLeader', path: PATH, satisfied: false },
    ]);
    expect(
      authorize([join], [], by('someone-else')).map(
        (need) => need.kind === 'maintainer' && need.reason,
      ),
    ).toEqual(['author-not-named', false, false]);
  });

  it('keeps waivers and changes outside groups/ for maintainers', () => {
    const waived = describeChange(
      PATH,
      BASE,
      data(
        `${VALID_GROUP}waivers:\n  - { rule: meetups/minimum, reason: flood, until: 2027-01-31, approvedBy: annadevries }\n`,
      ),
      false,
    );
    expect(authorize([waived], ['dist/index.js'], by('annadevries'))).toEqual([
      { kind: 'maintainer', reason: 'waiver', path: PATH, satisfied: false },
      { kind: 'maintainer', reason: 'outside-groups', path: undefined, satisfied: false },
    ]);
  });
});
