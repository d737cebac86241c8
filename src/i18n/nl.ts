import type { Messages } from './messages.js';

export const nl: Messages = {
  locale: 'nl',
  languageName: 'Nederlands',
  columns: ['Eis', 'Status'],
  requirement: {
    file: 'Groepsbestand is compleet en geldig',
    leaders: 'Leider en co-leider (met Tech Community-ID’s)',
    terms: 'Voorwaarden geaccepteerd',
    fees: 'Geen toegangsprijs',
    conduct: 'Gedragscode gepubliceerd',
    website: 'Openbare website',
    trademark: 'Naam volgt de merkregels',
    meetups: 'Azure-meetups in de afgelopen 12 maanden',
    spread: 'Meetups verspreid over het jaar',
  },
  status: {
    pass: '✅ in orde',
    fail: '❌ niet in orde',
    warning: '⚠️ waarschuwing',
    waived: '🕊️ vrijstelling',
  },
  kind: {
    join: 'treedt toe tot het programma',
    update: 'wijziging',
    leave: 'verlaat het programma',
  },
  verdict: {
    pass: '✅ De wijziging voldoet aan alle programma-eisen.',
    fail: (errors) =>
      `❌ ${errors} ${errors === 1 ? 'fout moet' : 'fouten moeten'} worden opgelost voordat dit kan worden samengevoegd.`,
    waiting:
      '⏳ De bestanden zijn in orde; er moeten nog mensen actie ondernemen voordat dit kan worden samengevoegd.',
  },
  changes: {
    heading: 'Wat er verandert',
    leadership: (role, from, to) =>
      `${role === 'leader' ? 'leider' : 'co-leider'}: ${from} → ${to}`,
    nobody: 'niemand',
    meetupsAdded: (count) => `${count} ${count === 1 ? 'meetup' : 'meetups'} toegevoegd`,
    meetupsRemoved: (count) => `${count} ${count === 1 ? 'meetup' : 'meetups'} verwijderd`,
    waiver: (rule, change, until) =>
      `vrijstelling voor ${rule} ${{ added: 'toegevoegd', extended: 'verlengd', changed: 'gewijzigd', removed: 'verwijderd' }[change]}${until ? ` (tot ${until})` : ''}`,
    fields: (fields) => `gewijzigd: ${fields}`,
    newGroup: 'een nieuw groepsbestand',
    removedFile: 'het groepsbestand wordt verwijderd',
    outside: (files) =>
      `bestanden buiten groups/: ${files} (die veranderen nooit wat deze pull request controleert)`,
    none: 'geen wijziging in de groepsgegevens',
  },
  picture: {
    heading: 'Azure-meetups, afgelopen 12 maanden',
    counted: (held, required) => `${held} geteld, ${required} nodig`,
    legend:
      'Getelde Azure-meetups per maand; geannuleerde, toekomstige en niet-Azure-meetups tellen niet mee.',
  },
  act: {
    heading: 'Wie moet iets doen',
    consent: (who, role) =>
      `${who}: je wordt genoemd als ${role === 'leader' ? 'leider' : 'co-leider'}. Reageer met \`/consent\` op deze pull request (of keur hem goed) om dit te bevestigen.`,
    consented: (who) => `${who} heeft ingestemd.`,
    maintainer: {
      'not-a-leader':
        'Een beheerder: de auteur is op main geen leider of co-leider van deze groep, dus een beheerder moet goedkeuren.',
      'author-not-named':
        'Een beheerder: een nieuwe groep moet de auteur als leider of co-leider noemen, of door een beheerder worden goedgekeurd.',
      waiver:
        'Een beheerder: alleen beheerders mogen vrijstellingen toevoegen of verlengen; een beheerder moet goedkeuren.',
      'outside-groups':
        'Een beheerder: de pull request wijzigt bestanden buiten groups/, die alleen beheerders beoordelen.',
    },
    maintainerDone: 'Een beheerder heeft goedgekeurd.',
    author: (who) =>
      `${who}: los de fouten hieronder op en push naar deze branch; dit bericht werkt zichzelf bij.`,
    nobody: 'Niemand: een beheerder kan samenvoegen.',
  },
  findings: {
    heading: (count) => `Bevindingen (${count})`,
    more: (count) => `…en nog ${count} in de samenvatting van de job.`,
  },
  next: {
    pass: 'Volgende stap: een beheerder beoordeelt en voegt samen.',
    fail: 'Volgende stap: los elke bevinding op bij de regel die genoemd wordt (controleer lokaal met `npx tgr validate`) en push.',
    waiting:
      'Volgende stap: zodra iedereen hierboven actie heeft ondernomen, werkt deze controle zichzelf bij en kan een beheerder samenvoegen.',
  },
  role: { leader: 'leider', coLeader: 'co-leider' },
};
