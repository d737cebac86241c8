import { longDate, pluralForm } from './intl.js';
import type { Messages } from './messages.js';

const plural = (count: number, one: string, other: string): string =>
  `${count} ${pluralForm('nl', count, { one, other })}`;

export const nl: Messages = {
  language: 'nl',
  locale: 'nl',
  languageName: 'Nederlands',
  columns: ['Eis', 'Status'],
  requirement: {
    file: 'Groepsbestand is compleet en geldig',
    leaders: 'Groepsleider en co-leider (met Tech Community-gebruikers-id’s)',
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
      `❌ ${plural(errors, 'fout moet', 'fouten moeten')} worden opgelost voordat dit kan worden samengevoegd.`,
    waiting:
      '⏳ De bestanden zijn in orde; er moeten nog mensen actie ondernemen voordat dit kan worden samengevoegd.',
  },
  changes: {
    heading: 'Wat er verandert',
    leadership: (role, from, to) =>
      `${role === 'leader' ? 'groepsleider' : 'co-leider'}: ${from} → ${to}`,
    nobody: 'niemand',
    meetupsAdded: (count) => `${plural(count, 'meetup', 'meetups')} toegevoegd`,
    meetupsRemoved: (count) => `${plural(count, 'meetup', 'meetups')} verwijderd`,
    waiver: (rule, change, until) =>
      `vrijstelling voor ${rule} ${{ added: 'toegevoegd', extended: 'verlengd', changed: 'gewijzigd', removed: 'verwijderd' }[change]}${until ? ` (tot en met ${until})` : ''}`,
    fields: (fields) => `gewijzigd: ${fields}`,
    newGroup: 'een nieuw groepsbestand',
    removedFile: 'het groepsbestand wordt verwijderd',
    outside: (files) =>
      `bestanden buiten groups/: ${files} (die veranderen nooit hoe deze pull request wordt gecontroleerd)`,
    none: 'geen wijziging in de groepsgegevens',
    byUsername:
      'Het bestand van deze groep noemt de leiders alleen bij hun GitHub-gebruikersnaam, zonder `githubId`, dus deze controle ging ervan uit dat wie die gebruikersnamen nu heeft, de leiders zijn. Een gebruikersnaam komt bij iemand anders terecht als het account wordt hernoemd of verwijderd: voeg voor elke leider de `githubId` toe (een beheerder keurt die wijziging goed).',
  },
  picture: {
    heading: 'Azure-meetups, afgelopen 12 maanden',
    counted: (held, required) => `${held} geteld, ${required} nodig`,
    legend:
      'Getelde Azure-meetups per maand; afgelaste, toekomstige en niet-Azure-meetups tellen niet mee.',
  },
  act: {
    heading: 'Wie moet iets doen',
    consent: (who, role) =>
      `${who}: je wordt genoemd als ${role === 'leader' ? 'groepsleider' : 'co-leider'}. Reageer met \`/consent\` op een eigen regel op deze pull request (of keur hem goed) om dit te bevestigen; een \`/consent\` van vóór dit verzoek telt niet.`,
    consented: (who) => `${who} heeft ingestemd.`,
    removed: (who, role, now) =>
      `${who}: ${now === undefined ? `je wordt als ${role === 'leader' ? 'groepsleider' : 'co-leider'} van deze groep verwijderd` : `je gaat in deze groep van ${role === 'leader' ? 'groepsleider' : 'co-leider'} naar ${now === 'leader' ? 'groepsleider' : 'co-leider'}`}. Reageer met \`/consent\` op een eigen regel op deze pull request om in te stemmen, of een beheerder keurt hem goed; een \`/consent\` van vóór dit verzoek telt niet.`,
    maintainer: {
      'not-a-leader':
        'Een beheerder: de auteur is op main geen groepsleider of co-leider van deze groep, dus een beheerder moet goedkeuren.',
      'author-not-named':
        'Een beheerder: een nieuwe groep moet de auteur als groepsleider of co-leider noemen, of door een beheerder worden goedgekeurd.',
      'program-fields':
        'Een beheerder: `status` en `joined` worden door het programmateam ingevuld (een nieuwe groep begint als `status: applying` zonder `joined`; leiders mogen alleen `status: leaving` zetten), dus een beheerder moet goedkeuren.',
      'unreadable-base':
        'Een beheerder: het bestand van deze groep op main is onleesbaar, dus niemand kan zien wie de groep leidt; een beheerder moet goedkeuren.',
      waiver:
        'Een beheerder: alleen beheerders mogen vrijstellingen toevoegen, wijzigen of verwijderen; een beheerder moet goedkeuren.',
      'outside-groups':
        'Een beheerder: de pull request wijzigt bestanden buiten groups/, die alleen beheerders beoordelen.',
      'too-large':
        'Een beheerder: de pull request is te groot om bestand voor bestand te controleren, dus een beheerder moet hem beoordelen en goedkeuren.',
      rename:
        'Een beheerder: de pull request hernoemt het bestand van deze groep of wijzigt de `slug`; de auditissues van de groep beginnen opnieuw onder de nieuwe naam (met nieuwe termijnen), dus een beheerder moet goedkeuren.',
      'github-id':
        'Een beheerder: de pull request geeft iemand die deze groep al noemt een nieuwe `githubId` (het id van het GitHub-account). Een gebruikersnaam kan bij iemand anders terechtkomen als een account wordt hernoemd of verwijderd, dus een beheerder moet nagaan of het account echt van deze persoon is en goedkeuren.',
    },
    maintainerDone: 'Een beheerder heeft goedgekeurd.',
    author: (who) =>
      `${who}: los de fouten hieronder op en push naar deze branch; deze reactie werkt zichzelf bij.`,
    nobody: 'Niemand: een beheerder kan samenvoegen.',
  },
  tooLarge: (count, what) =>
    `⚠️ Deze pull request wijzigt ${count} ${what === 'files' ? 'bestanden' : 'groepsbestanden'}: meer dan de controle bestand voor bestand leest, dus de bestanden zijn niet gecontroleerd. Splits hem in kleinere pull requests om elk bestand te laten controleren.`,
  findings: {
    heading: (count) => `Bevindingen (${count})`,
    more: (count) => `…en nog ${count} in de samenvatting van de job.`,
  },
  cut: '_…ingekort tot wat in een reactie op GitHub past: het volledige rapport staat in de **Registry check** en in de samenvatting van de job._',
  next: {
    pass: 'Volgende stap: een beheerder beoordeelt en voegt samen.',
    fail: 'Volgende stap: los elke bevinding op bij de regel die genoemd wordt (controleer lokaal met `npx tgr validate`) en push.',
    waiting:
      'Volgende stap: zodra iedereen hierboven actie heeft ondernomen, werkt deze controle zichzelf bij en kan een beheerder samenvoegen.',
  },
  role: { leader: 'groepsleider', coLeader: 'co-leider' },
  audit: {
    intro: (who) =>
      `${who}: de geplande controle van het register heeft iets gevonden dat jullie groep moet oplossen om in het Azure Tech Groups-programma te blijven.`,
    headings: {
      wrong: 'Wat er mis is',
      evidence: 'Wat het register laat zien',
      todo: 'Wat te doen',
      deadline: 'Wanneer',
    },
    wrong: {
      'meetups-minimum': (held, required, months) =>
        `Jullie groep hield ${plural(held, 'Azure-meetup', 'Azure-meetups')} in de afgelopen ${months} maanden; het programma vraagt er minstens ${required}.`,
      'meetups-at-risk': (on, counted, required, months) =>
        `Op ${longDate('nl', on)} heeft jullie groep ${plural(counted, 'Azure-meetup', 'Azure-meetups')} in de afgelopen ${months} maanden, minder dan de ${required} die het programma vraagt, omdat oudere meetups buiten die periode vallen.`,
      leader: 'Het register noemt geen volledige, geldige groepsleider voor jullie groep.',
      'co-leader':
        'Jullie groep heeft geen co-leider meer: het register noemt geen volledige, geldige co-leider die een ander is dan de leider.',
      'leader-renamed': (role, name, old, now) =>
        `Het GitHub-account van de ${role === 'leader' ? 'groepsleider' : 'co-leider'}${name === '' ? '' : ` ${name}`} heeft een nieuwe gebruikersnaam: ${old} heet nu ${now}. Het is hetzelfde account (het register kent het aan zijn ID), maar het groepsbestand noemt nog de oude gebruikersnaam, die nu iedereen kan registreren.`,
      terms:
        'Niet alle leiders van jullie groep hebben de voorwaarden van het programma geaccepteerd.',
      'waiver-expired':
        'Een vrijstelling voor jullie groep is verlopen, dus de regel waarvoor die gold, geldt weer.',
    },
    todo: {
      'meetups-minimum': (file) =>
        `Houd de ontbrekende Azure-meetups en voeg ze elk toe aan ${file} met \`azure: true\`, in een pull request. Meetups die jullie wel hielden maar niet vermeldden, tellen ook mee.`,
      'meetups-at-risk': (file) =>
        `Plan een Azure-meetup vóór die datum en voeg hem toe aan ${file} in een pull request.`,
      leader: (file) =>
        `Noem de groepsleider in ${file}: naam, GitHub-gebruikersnaam, Tech Community-gebruikers-id en de datum waarop de voorwaarden zijn geaccepteerd. Laat het programmateam het weten via azure-tech-groups@microsoft.com.`,
      'co-leader': (file) =>
        `Noem een nieuwe co-leider in ${file}: naam, GitHub-gebruikersnaam, Tech Community-gebruikers-id en de datum waarop de voorwaarden zijn geaccepteerd; die bevestigt met \`/consent\` op de pull request. Laat het programmateam het weten via azure-tech-groups@microsoft.com.`,
      'leader-renamed': (file) =>
        `Zet in een pull request de nieuwe gebruikersnaam onder \`github:\` in ${file} en laat \`githubId\` staan zoals het is. Dit issue sluit vanzelf zodra het bestand de nieuwe gebruikersnaam noemt.`,
      terms: (file) =>
        `Zet de datum bij \`termsAccepted\` in ${file} zodra elke leider de voorwaarden heeft geaccepteerd.`,
      'waiver-expired': (file) =>
        `Los het probleem op waarvoor de vrijstelling gold en verwijder de vrijstelling uit ${file}, of vraag een beheerder om verlenging.`,
    },
    counted: 'Geteld',
    notCounted: 'Niet geteld',
    expiring: 'Valt buiten de periode',
    none: 'geen',
    exclusion: {
      cancelled: 'afgelast',
      future: 'gepland, nog niet gehouden',
      'not-azure': 'niet over Azure',
      'before-window': 'ouder dan de periode',
      duplicate: 'dubbel vermeld',
    },
    deadline: (date) =>
      `Los dit graag uiterlijk ${longDate('nl', date)} op. Dit issue sluit vanzelf zodra het register laat zien dat het probleem is opgelost.`,
    resolved: {
      'meetups-minimum': 'Opgelost: de groep houdt nu genoeg Azure-meetups in de periode. Sluiten.',
      'meetups-at-risk':
        'Geen risico meer: de vermelde meetups houden de groep op het minimum. Sluiten.',
      leader: 'Opgelost: de groep heeft weer een volledige, geldige groepsleider. Sluiten.',
      'co-leader': 'Opgelost: de groep heeft weer een volledige, geldige co-leider. Sluiten.',
      'leader-renamed':
        'Opgelost: het groepsbestand noemt de nieuwe gebruikersnamen van de leiders. Sluiten.',
      terms: 'Opgelost: elke leider heeft de voorwaarden geaccepteerd. Sluiten.',
      'waiver-expired': 'Opgelost: de verlopen vrijstelling is verwijderd of verlengd. Sluiten.',
    },
    inactive:
      'Sluiten: de groep is niet meer actief in het register (ze verlaat het programma, of het bestand is verwijderd of hernoemd).',
    superseded:
      'Sluiten: de groep zit nu onder het minimum; het issue over het minimum volgt dit op.',
    duplicate: (number) => `Dubbel met #${number}: één issue per groep en probleem. Sluiten.`,
  },
};
