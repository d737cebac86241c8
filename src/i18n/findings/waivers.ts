import type { Area, Catalogue } from './catalogue.js';

/**
 * The waivers rules: a rule waived twice (`duplicate`) and a waiver past its end date
 * (`expired`). The rule a waiver names is the leader's own text, quoted.
 */
const en = {
  'waivers/duplicate.again':
    '{rule} is already waived by {first}. A rule can have only one waiver: keep a single entry, with the end date a maintainer approved, and remove this one. Until then the earliest end date applies.',

  'waivers/expired.ended':
    'The waiver for {rule} ended on {until, date, long}, so the rule applies again. Remove the waiver once the problem is fixed, or ask a maintainer to extend it.',
} as const satisfies Catalogue;

export const waivers = {
  en,
  nl: {
    'waivers/duplicate.again':
      'Voor {rule} geldt al {first}. Per programmaregel is er maar één vrijstelling: houd één vermelding over, met de einddatum die een beheerder heeft goedgekeurd, en verwijder deze. Tot dan geldt de vroegste einddatum.',

    'waivers/expired.ended':
      'De vrijstelling voor {rule} is op {until, date, long} verlopen, dus de programmaregel geldt weer. Verwijder de vrijstelling zodra het probleem is opgelost, of vraag een beheerder om verlenging.',
  },
  sv: {
    'waivers/duplicate.again':
      'Det finns redan ett undantag för {rule}: {first}. En regel kan bara ha ett undantag: behåll en enda post, med det slutdatum som en förvaltare har godkänt, och ta bort den här. Till dess gäller det tidigaste slutdatumet.',

    'waivers/expired.ended':
      'Undantaget för {rule} gick ut den {until, date, long}, så regeln gäller igen. Ta bort undantaget när problemet är åtgärdat, eller be en förvaltare att förlänga det.',
  },
} satisfies Area<typeof en>;
