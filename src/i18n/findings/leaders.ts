import type { Area, Catalogue } from './catalogue.js';

const en = {
  'leaders/terms.not-accepted':
    '{person} has not accepted the program\'s terms and conditions. Each leader must accept them; once {name} has, add "termsAccepted:" with the date, YYYY-MM-DD.',
  'leaders/terms.not-a-date':
    '"termsAccepted" must be the date {name} accepted the terms, written YYYY-MM-DD and existing on the calendar; it is {value}.',
  'leaders/terms.future':
    '{name} accepted the terms on {accepted, date, long}, which is after today ({today, date, long}). Write the date they actually accepted.',
} as const satisfies Catalogue;

export const leaders = {
  en,
  nl: {
    'leaders/terms.not-accepted':
      '{person} heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra {name} dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
    'leaders/terms.not-a-date':
      '"termsAccepted" moet de datum zijn waarop {name} de voorwaarden accepteerde, geschreven als JJJJ-MM-DD en bestaand op de kalender; er staat {value}.',
    'leaders/terms.future':
      '{name} heeft de voorwaarden op {accepted, date, long} geaccepteerd, en dat is na vandaag ({today, date, long}). Vul de datum in waarop de voorwaarden echt zijn geaccepteerd.',
  },
  sv: {
    'leaders/terms.not-accepted':
      '{person} har inte godkänt programmets villkor. Varje ledare måste godkänna dem; när {name} har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
    'leaders/terms.not-a-date':
      '"termsAccepted" ska vara datumet då {name} godkände villkoren, skrivet ÅÅÅÅ-MM-DD och ett datum som finns i kalendern; nu står det {value}.',
    'leaders/terms.future':
      '{name} godkände villkoren den {accepted, date, long}, vilket är efter i dag ({today, date, long}). Skriv det datum då villkoren faktiskt godkändes.',
  },
} satisfies Area<typeof en>;
