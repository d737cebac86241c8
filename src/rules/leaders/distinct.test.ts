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
              'The leader and the co-leader have the same GitHub username, @AnnaDeVries, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider hebben dezelfde GitHub-gebruikersnaam, @AnnaDeVries: het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren har samma GitHub-användarnamn, @AnnaDeVries, och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
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
              'The leader and the co-leader have the same Tech Community user ID, 1234567, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider hebben dezelfde Tech Community-gebruikers-id, 1234567: het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren har samma Tech Community-användar-ID, 1234567, och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
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
              'The leader and the co-leader have the same GitHub username, @annadevries, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
          },
        ],
      },
      {
        name: "names a shared login that is no valid username as written, not by the co-leader's name",
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
              'The leader and the co-leader have the same GitHub username, "Anna_DV", so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider hebben dezelfde GitHub-gebruikersnaam, "Anna_DV": het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren har samma GitHub-användarnamn, "Anna_DV", och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
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
      {
        name: 'names a shared login that is no valid username, when neither person has a name',
        text: VALID_GROUP.replace('github: annadevries', 'github: anna_dv')
          .replace('github: pjansen', 'github: anna_dv')
          .replace('  name: Anna de Vries\n', '')
          .replace('  name: Pieter Jansen\n', ''),
        findings: [
          {
            pointer: '/coLeader/github',
            line: 19,
            column: 11,
            message:
              'The leader and the co-leader have the same GitHub username, "anna_dv", so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
            nl: 'De groepsleider en de co-leider hebben dezelfde GitHub-gebruikersnaam, "anna_dv": het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
            sv: 'Gruppledaren och medledaren har samma GitHub-användarnamn, "anna_dv", och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
          },
        ],
      },
    ],
  });
});
