import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'registry/inactive';

/** The group with `status: <status>` and, after `joined` (line 5), `inactiveSince: <since>`. */
const withStatus = (status: string, since?: string): string => {
  const text = withField('status', status);
  return since === undefined
    ? text
    : text.replace(/^(joined: .*)$/m, `$1\ninactiveSince:${since === '' ? '' : ` ${since}`}`);
};

/** The finding at `inactiveSince` (line 5). */
const atSince = (column: number, message: string, nl: string, sv: string) => ({
  pointer: '/inactiveSince',
  line: 5,
  column,
  message,
  nl,
  sv,
});

const NOT_INACTIVE = (status: string): InvalidCase => ({
  name: `reports inactiveSince on a group whose status is ${status}`,
  text: withStatus(status, '2026-10-01'),
  findings: [
    atSince(
      16,
      `"inactiveSince" belongs only to a group whose status is "inactive"; this group's status is "${status}". Only the program team sets or removes "inactiveSince": ask a maintainer to remove its line.`,
      `"inactiveSince" hoort alleen bij een groep met status "inactive"; deze groep heeft status "${status}". Alleen het programmateam vult "inactiveSince" in of haalt het weg: vraag een beheerder om die regel te verwijderen.`,
      `"inactiveSince" hör bara till en grupp med status "inactive"; den här gruppen har status "${status}". Bara programteamet anger eller tar bort "inactiveSince": be en förvaltare att ta bort den raden.`,
    ),
  ],
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes an active group without the field', text: VALID_GROUP },
      {
        name: 'passes an inactive group with a day in the past',
        text: withStatus('inactive', '2026-10-01'),
      },
      {
        name: 'passes an inactive group inactive since today',
        text: withStatus('inactive', '2026-11-22'),
      },
    ],
    invalid: [
      {
        name: 'asks for the day of an inactive group without one, and says who sets it',
        text: withStatus('inactive'),
        findings: [
          {
            pointer: '/inactiveSince',
            line: 1,
            column: 1,
            message:
              'The group\'s status is "inactive", but "inactiveSince" is missing. "inactiveSince" is the day the group became inactive, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it.',
            nl: 'De status van de groep is "inactive", maar "inactiveSince" ontbreekt. "inactiveSince" is de dag waarop de groep inactief werd, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen.',
            sv: 'Gruppens status är "inactive", men "inactiveSince" saknas. "inactiveSince" är dagen då gruppen blev inaktiv, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det.',
          },
        ],
      },
      {
        name: 'asks for the day of an inactive group whose inactiveSince is empty',
        text: withStatus('inactive', ''),
        findings: [
          {
            pointer: '/inactiveSince',
            line: 5,
            column: 1,
            message:
              'The group\'s status is "inactive", but "inactiveSince" is empty. "inactiveSince" is the day the group became inactive, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it.',
            nl: 'De status van de groep is "inactive", maar "inactiveSince" is leeg. "inactiveSince" is de dag waarop de groep inactief werd, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen.',
            sv: 'Gruppens status är "inactive", men "inactiveSince" är tomt. "inactiveSince" är dagen då gruppen blev inaktiv, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det.',
          },
        ],
      },
      NOT_INACTIVE('active'),
      NOT_INACTIVE('leaving'),
      {
        name: 'reports a day that does not exist',
        text: withStatus('inactive', '2026-02-30'),
        findings: [
          atSince(
            16,
            '"inactiveSince" must be the day the group became inactive: a date that exists, written YYYY-MM-DD; it is "2026-02-30". Only the program team sets it.',
            '"inactiveSince" moet de dag zijn waarop de groep inactief werd: een bestaande datum, geschreven als JJJJ-MM-DD; er staat "2026-02-30". Alleen het programmateam vult die in.',
            '"inactiveSince" ska vara dagen då gruppen blev inaktiv: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det "2026-02-30". Bara programteamet anger det.',
          ),
        ],
      },
      {
        name: 'reports a day after today',
        text: withStatus('inactive', '2026-11-23'),
        findings: [
          atSince(
            16,
            '"inactiveSince" is 2026-11-23, which is after today (22 November 2026). It is the day the group became inactive, so it cannot be in the future. Only the program team sets it.',
            '"inactiveSince" is 2026-11-23, en dat is na vandaag (22 november 2026). Het is de dag waarop de groep inactief werd, dus die kan niet in de toekomst liggen. Alleen het programmateam vult die in.',
            '"inactiveSince" är 2026-11-23, vilket är efter i dag (22 november 2026). Det är dagen då gruppen blev inaktiv, så det kan inte ligga i framtiden. Bara programteamet anger det.',
          ),
        ],
      },
    ],
  });
});
