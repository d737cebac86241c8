import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'leaders/distinct';

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes a leader and a co-leader who are two people', text: VALID_GROUP },
      {
        name: 'does not compare logins that are missing',
        text: VALID_GROUP.replace('  github: annadevries\n', '').replace('  github: pjansen\n', ''),
      },
      {
        name: 'does not compare IDs that are missing',
        text: VALID_GROUP.replace('  techCommunityId: 1234567\n', '').replace(
          '  techCommunityId: 2345678\n',
          '',
        ),
      },
      { name: 'does not compare a missing co-leader', text: withField('coLeader', undefined) },
      {
        name: 'does not compare a leader that is not a block',
        text: withField('leader', 'Anna de Vries'),
      },
      {
        name: 'does not take the same name for the same person',
        text: VALID_GROUP.replace('name: Pieter Jansen', 'name: Anna de Vries'),
      },
    ],
    invalid: [
      {
        name: 'reports the same GitHub login in another case, on the co-leader login',
        text: VALID_GROUP.replace('github: pjansen', 'github: AnnaDeVries'),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 21,
            column: 11,
            message:
              'The leader and the co-leader are the same person (@AnnaDeVries). The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider zijn dezelfde persoon (@AnnaDeVries). Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren är samma person (@AnnaDeVries). Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
          },
        ],
      },
      {
        name: 'reports the same Tech Community ID under two logins, on the co-leader ID',
        text: VALID_GROUP.replace('techCommunityId: 2345678', 'techCommunityId: 1234567'),
        findings: [
          {
            pointer: '/coLeader/techCommunityId',
            line: 23,
            column: 20,
            message:
              'The leader and the co-leader are the same person (Tech Community ID 1234567). The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider zijn dezelfde persoon (Tech Community-gebruikers-id 1234567). Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren är samma person (Tech Community-användar-ID 1234567). Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
          },
        ],
      },
      {
        name: 'reports a person who is the same by login and ID once, on the login',
        text: VALID_GROUP.replace('github: pjansen', 'github: annadevries').replace(
          'techCommunityId: 2345678',
          'techCommunityId: 1234567',
        ),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 21,
            column: 11,
            message:
              'The leader and the co-leader are the same person (@annadevries). The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
          },
        ],
      },
      {
        name: 'names a co-leader whose shared login is no valid username by name',
        text: VALID_GROUP.replace('github: annadevries', 'github: anna_dv').replace(
          'github: pjansen',
          'github: Anna_DV',
        ),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 21,
            column: 11,
            message:
              'The leader and the co-leader are the same person ("Pieter Jansen"). The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider zijn dezelfde persoon ("Pieter Jansen"). Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren är samma person ("Pieter Jansen"). Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
          },
        ],
        also: [
          {
            rule: 'leaders/leader',
            pointer: '/leader/github',
            line: 15,
            column: 11,
            message:
              'The leader\'s GitHub username "anna_dv" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).',
          },
          {
            rule: 'leaders/co-leader',
            pointer: '/coLeader/github',
            line: 21,
            column: 11,
            message:
              'The co-leader\'s GitHub username "Anna_DV" is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).',
          },
        ],
      },
    ],
  });
});
