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

  'lifecycle/inactivate':
    "{problem, select, meetups_minimum {The group has held too few Azure meetups} leader {The group has no valid leader} co_leader {The group has no valid co-leader} other {Not every leader has accepted the terms and conditions}}. The audit first saw this on {since, date, long} and gave the group until {deadline, date, long}; {grace, plural, one {# day} other {# days}} later it is still so. The group becomes inactive: it leaves the directory until it meets the program's requirements again.",
  'lifecycle/reactivate':
    'The group has been inactive since {since, date, long}, and it meets every requirement of the program again. It becomes active again and returns to the directory.',
  'lifecycle/remove':
    'The group has been inactive since {since, date, long}, more than {days, plural, one {# day} other {# days}}. Its file is removed from the registry; the history keeps it, and the group can apply again at any time.',
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

    'lifecycle/inactivate':
      '{problem, select, meetups_minimum {De groep heeft te weinig Azure-meetups gehouden} leader {De groep heeft geen geldige groepsleider} co_leader {De groep heeft geen geldige co-leider} other {Niet alle leiders hebben de voorwaarden geaccepteerd}}. De controle zag dit voor het eerst op {since, date, long} en gaf de groep tot {deadline, date, long}; {grace, plural, one {# dag} other {# dagen}} later is het nog steeds zo. De groep wordt inactief: ze verdwijnt uit het overzicht van de groepen tot ze weer aan de programmavereisten voldoet.',
    'lifecycle/reactivate':
      'De groep is sinds {since, date, long} inactief en voldoet weer aan alle programmavereisten. Ze wordt weer actief en komt terug in het overzicht van de groepen.',
    'lifecycle/remove':
      'De groep is sinds {since, date, long} inactief, langer dan {days, plural, one {# dag} other {# dagen}}. Het bestand van de groep wordt uit het register verwijderd. De geschiedenis bewaart het, en de groep kan zich altijd opnieuw aanmelden.',
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

    'lifecycle/inactivate':
      '{problem, select, meetups_minimum {Gruppen har hållit för få Azure-möten} leader {Gruppen har ingen giltig gruppledare} co_leader {Gruppen har ingen giltig medledare} other {Inte alla ledare har godkänt ledarvillkoren}}. Granskningen såg det första gången den {since, date, long} och gav gruppen tid till den {deadline, date, long}. {grace, plural, one {# dag} other {# dagar}} senare är det fortfarande så. Gruppen blir inaktiv: den försvinner ur förteckningen över grupper tills den uppfyller programmets villkor igen.',
    'lifecycle/reactivate':
      'Gruppen har varit inaktiv sedan den {since, date, long} och uppfyller nu alla programmets villkor igen. Den blir aktiv igen och kommer tillbaka i förteckningen över grupper.',
    'lifecycle/remove':
      'Gruppen har varit inaktiv sedan den {since, date, long}, längre än {days, plural, one {# dag} other {# dagar}}. Gruppens fil tas bort ur registret. Historiken sparar den, och gruppen kan ansöka igen när som helst.',
  },
} satisfies Area<typeof en>;
