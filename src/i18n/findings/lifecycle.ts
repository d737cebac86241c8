import type { Area } from './catalogue.js';

/**
 * The program's stages for a group (issue 23): `status: inactive` with `inactiveSince`, checked
 * by registry/inactive, and what `tgr lifecycle` decides for a group, with its reasons.
 */
const en = {
  'registry/inactive.missing':
    'The group\'s status is "inactive", but "inactiveSince" {written, select, empty {is empty} other {is missing}}. "inactiveSince" is the day the group became inactive, YYYY-MM-DD, and only the program team sets it: ask a maintainer to add it.',
  'registry/inactive.not-inactive':
    '"inactiveSince" belongs only to a group whose status is "inactive"; this group\'s status is {status}. Only the program team sets or removes "inactiveSince": ask a maintainer to remove its line.',
  'registry/inactive.not-a-date':
    '"inactiveSince" must be the day the group became inactive: a date that exists, written YYYY-MM-DD; it is {value}. Only the program team sets it.',
  'registry/inactive.future':
    '"inactiveSince" is {since}, which is after today ({today, date, long}). It is the day the group became inactive, so it cannot be in the future. Only the program team sets it.',
} as const;

export const lifecycle = {
  en,
  nl: {
    'registry/inactive.missing':
      'De status van de groep is "inactive", maar "inactiveSince" {written, select, empty {is leeg} other {ontbreekt}}. "inactiveSince" is de dag waarop de groep inactief werd, JJJJ-MM-DD, en alleen het programmateam vult die in: vraag een beheerder om die toe te voegen.',
    'registry/inactive.not-inactive':
      '"inactiveSince" hoort alleen bij een groep met status "inactive"; deze groep heeft status {status}. Alleen het programmateam vult "inactiveSince" in of haalt het weg: vraag een beheerder om die regel te verwijderen.',
    'registry/inactive.not-a-date':
      '"inactiveSince" moet de dag zijn waarop de groep inactief werd: een bestaande datum, geschreven als JJJJ-MM-DD; er staat {value}. Alleen het programmateam vult die in.',
    'registry/inactive.future':
      '"inactiveSince" is {since}, en dat is na vandaag ({today, date, long}). Het is de dag waarop de groep inactief werd, dus die kan niet in de toekomst liggen. Alleen het programmateam vult die in.',
  },
  sv: {
    'registry/inactive.missing':
      'Gruppens status är "inactive", men "inactiveSince" {written, select, empty {är tomt} other {saknas}}. "inactiveSince" är dagen då gruppen blev inaktiv, ÅÅÅÅ-MM-DD, och bara programteamet anger det: be en förvaltare att lägga till det.',
    'registry/inactive.not-inactive':
      '"inactiveSince" hör bara till en grupp med status "inactive"; den här gruppen har status {status}. Bara programteamet anger eller tar bort "inactiveSince": be en förvaltare att ta bort den raden.',
    'registry/inactive.not-a-date':
      '"inactiveSince" ska vara dagen då gruppen blev inaktiv: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det {value}. Bara programteamet anger det.',
    'registry/inactive.future':
      '"inactiveSince" är {since}, vilket är efter i dag ({today, date, long}). Det är dagen då gruppen blev inaktiv, så det kan inte ligga i framtiden. Bara programteamet anger det.',
  },
} satisfies Area<typeof en>;
