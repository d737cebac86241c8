import type { Area, Catalogue } from './catalogue.js';

/**
 * The audit's issues to a group's leaders (src/audit/issue-text.ts): the title, what is wrong,
 * the evidence, what to do and by when, and the comments that close an issue. Parameters are
 * already Markdown (mentions, code spans, links): the messages only arrange them.
 */
const en = {
  'issue.title.meetups-minimum':
    '[{slug}] {counted} of {required} Azure meetups in the last 12 months',
  'issue.title.meetups-at-risk':
    '[{slug}] at risk of falling below {required} Azure meetups on {on}',
  'issue.title.leader': '[{slug}] no valid group leader',
  'issue.title.co-leader': '[{slug}] no valid co-leader',
  'issue.title.leader-renamed': "[{slug}] a leader's GitHub username has changed",
  'issue.title.terms': '[{slug}] terms and conditions not accepted',
  'issue.title.waiver-expired': '[{slug}] a waiver has expired',
  'issue.intro':
    "{who}: the registry's scheduled check found something your group needs to fix to stay in the Azure Tech Groups program.",
  'issue.heading.wrong': 'What is wrong',
  'issue.heading.evidence': 'What the registry shows',
  'issue.heading.todo': 'What to do',
  'issue.heading.deadline': 'By when',
  'issue.wrong.meetups-minimum':
    'Your group held {held, plural, one {# Azure meetup} other {# Azure meetups}} in the last {months} months; the program asks for at least {required}.',
  'issue.wrong.meetups-at-risk':
    'On {on, date, long} your group will have {counted, plural, one {# Azure meetup} other {# Azure meetups}} in the last {months} months, below the {required} the program asks for, as older meetups leave that window.',
  'issue.wrong.meetups-share':
    'On {on, date, long} your group will have {counted, plural, one {# Azure meetup} other {# Azure meetups}} since it joined, below the {required} the program will then ask for: a group that joined less than {months} months ago is asked for a share of the minimum, and that share grows the longer it is in the program.',
  'issue.wrong.leader': 'Your group has no complete, valid group leader in the registry.',
  'issue.wrong.co-leader':
    'Your group has lost its co-leader: the registry names no complete, valid co-leader who is someone other than the leader.',
  'issue.wrong.co-leader-never':
    'Your group has never had a separate co-leader in the registry: its file names the same person as leader and as co-leader. The program asks for a leader and a co-leader who are two different people.',
  'issue.wrong.leader-renamed':
    'The GitHub account of the {role, select, leader {leader} other {co-leader}}{named, select, yes { {name}} other {}} has a new username: {old} is now {now}. It is the same account (the registry knows it by its ID), but the group file still gives the old username, which anyone may now register.',
  'issue.wrong.terms':
    "Not every leader of your group has accepted the program's terms and conditions.",
  'issue.wrong.waiver-expired':
    'A waiver for your group has ended, so the rule it covered applies again.',
  'issue.todo.meetups-minimum':
    'Hold the missing Azure meetups, and add each one to {file} with `azure: true` in a pull request. Meetups you held but did not list count too.',
  'issue.todo.meetups-at-risk':
    'Plan an Azure meetup before that date, and add it to {file} in a pull request.',
  'issue.todo.leader':
    'Name the group leader in {file}: name, GitHub username, Tech Community user ID and the date they accepted the terms. Tell the program team at azure-tech-groups@microsoft.com.',
  'issue.todo.co-leader':
    'Name a new co-leader in {file}: name, GitHub username, Tech Community user ID and the date they accepted the terms; they confirm with `/consent` on the pull request. Tell the program team at azure-tech-groups@microsoft.com.',
  'issue.todo.leader-renamed':
    'In a pull request, write the new username under `github:` in {file} and keep `githubId` as it is. This issue closes by itself once the file gives the new username.',
  'issue.todo.terms':
    'Once each leader has accepted the terms, add the date to `termsAccepted` in {file}.',
  'issue.todo.waiver-expired':
    'Fix what the waiver covered and remove the waiver from {file}, or ask a maintainer to extend it.',
  'issue.counted': 'Counted',
  'issue.not-counted': 'Not counted',
  'issue.expiring': 'Leaving the window',
  'issue.none': 'none',
  'issue.exclusion':
    '{reason, select, cancelled {cancelled} future {planned, not held yet} not_azure {not about Azure} before_window {older than the window} other {listed twice}}',
  'issue.deadline':
    'Please fix this by {date, date, long}. This issue closes by itself once the registry shows the problem solved.',
  'issue.inactive-after':
    "If the problem is still there after {date, date, long}, the group becomes inactive: it leaves the directory until it meets the program's requirements again.",
  'issue.resolved.meetups-minimum':
    'Solved: the group now holds enough Azure meetups in the window. Closing.',
  'issue.resolved.meetups-at-risk':
    'No longer at risk: the meetups listed keep the group at the minimum through the look-ahead. Closing.',
  'issue.resolved.leader': 'Solved: the group has a complete, valid leader again. Closing.',
  'issue.resolved.co-leader': 'Solved: the group has a complete, valid co-leader again. Closing.',
  'issue.resolved.leader-renamed':
    "Solved: the group file gives the leaders' new usernames. Closing.",
  'issue.resolved.terms': 'Solved: every leader has accepted the terms. Closing.',
  'issue.resolved.waiver-expired': 'Solved: the expired waiver was removed or extended. Closing.',
  'issue.inactive':
    'Closing: the group is no longer active in the registry (it is leaving or inactive, or its file was removed or renamed).',
  'issue.superseded':
    'Closing: the group has now fallen below the minimum; the issue about the minimum follows this up.',
  'issue.duplicate': 'Duplicate of #{number}: one issue per group and problem. Closing.',
} as const satisfies Catalogue;

export const auditIssue = {
  en,
  nl: {
    'issue.title.meetups-minimum':
      '[{slug}] {counted} van {required} Azure-meetups in de afgelopen 12 maanden',
    'issue.title.meetups-at-risk':
      '[{slug}] dreigt op {on} onder de {required} Azure-meetups te zakken',
    'issue.title.leader': '[{slug}] geen geldige groepsleider',
    'issue.title.co-leader': '[{slug}] geen geldige co-leider',
    'issue.title.leader-renamed': '[{slug}] de GitHub-gebruikersnaam van een leider is veranderd',
    'issue.title.terms': '[{slug}] voorwaarden niet geaccepteerd',
    'issue.title.waiver-expired': '[{slug}] een vrijstelling is verlopen',
    'issue.intro':
      '{who}: bij de geplande controle van het register is iets gevonden dat jullie groep moet oplossen om in het Azure Tech Groups-programma te blijven.',
    'issue.heading.wrong': 'Wat er mis is',
    'issue.heading.evidence': 'Wat het register laat zien',
    'issue.heading.todo': 'Wat jullie moeten doen',
    'issue.heading.deadline': 'Uiterlijk',
    'issue.wrong.meetups-minimum':
      'Jullie groep heeft in de afgelopen {months} maanden {held, plural, one {# Azure-meetup} other {# Azure-meetups}} gehouden; het programma vraagt er minstens {required}.',
    'issue.wrong.meetups-at-risk':
      'Op {on, date, long} heeft jullie groep {counted, plural, one {# Azure-meetup} other {# Azure-meetups}} in de afgelopen {months} maanden. Dat is minder dan de {required} die het programma vraagt, omdat oudere meetups dan buiten die periode vallen.',
    'issue.wrong.meetups-share':
      'Op {on, date, long} heeft jullie groep sinds de toetreding {counted, plural, one {# Azure-meetup} other {# Azure-meetups}}. Dat is minder dan de {required} die het programma dan vraagt. Een groep die minder dan {months} maanden geleden is toegetreden, hoeft maar een deel van het minimum te halen, maar dat deel groeit naarmate de groep langer in het programma zit.',
    'issue.wrong.leader':
      'Het register noemt voor jullie groep geen groepsleider met volledige, geldige gegevens.',
    'issue.wrong.co-leader':
      'Jullie groep heeft geen co-leider meer: het register noemt geen co-leider met volledige, geldige gegevens die iemand anders is dan de groepsleider.',
    'issue.wrong.co-leader-never':
      'Jullie groep heeft in het register nooit een aparte co-leider gehad: het bestand noemt dezelfde persoon als groepsleider en als co-leider. Het programma vraagt om een groepsleider en een co-leider die twee verschillende mensen zijn.',
    'issue.wrong.leader-renamed':
      'Het GitHub-account van de {role, select, leader {groepsleider} other {co-leider}}{named, select, yes { {name}} other {}} heeft een nieuwe gebruikersnaam: {old} heet nu {now}. Het is hetzelfde account (het register herkent het aan zijn nummer), maar het groepsbestand noemt nog de oude gebruikersnaam, en die kan nu iedereen registreren.',
    'issue.wrong.terms':
      'Niet alle leiders van jullie groep hebben de voorwaarden van het programma geaccepteerd.',
    'issue.wrong.waiver-expired':
      'Een vrijstelling voor jullie groep is verlopen. De programmaregel waarvoor die gold, geldt dus weer.',
    'issue.todo.meetups-minimum':
      'Houd de ontbrekende Azure-meetups en zet ze in een pull request in {file}, elk met `azure: true`. Meetups die jullie wel hebben gehouden maar nog niet in het bestand staan, tellen ook mee.',
    'issue.todo.meetups-at-risk':
      'Plan een Azure-meetup vóór die datum en zet hem in een pull request in {file}.',
    'issue.todo.leader':
      'Zet de groepsleider in {file}: naam, GitHub-gebruikersnaam, Tech Community-gebruikers-id en de datum waarop de voorwaarden zijn geaccepteerd. Laat het ook weten aan het programmateam via azure-tech-groups@microsoft.com.',
    'issue.todo.co-leader':
      'Zet een nieuwe co-leider in {file}: naam, GitHub-gebruikersnaam, Tech Community-gebruikers-id en de datum waarop de voorwaarden zijn geaccepteerd. De nieuwe co-leider bevestigt dat met `/consent` in de pull request. Laat het ook weten aan het programmateam via azure-tech-groups@microsoft.com.',
    'issue.todo.leader-renamed':
      'Zet in een pull request de nieuwe gebruikersnaam bij `github:` in {file}, en laat `githubId` staan zoals het is. Dit issue wordt vanzelf gesloten zodra het bestand de nieuwe gebruikersnaam noemt.',
    'issue.todo.terms':
      'Zet de datum bij `termsAccepted` in {file} zodra elke leider de voorwaarden heeft geaccepteerd.',
    'issue.todo.waiver-expired':
      'Los op waarvoor de vrijstelling gold en haal de vrijstelling uit {file}, of vraag een beheerder om haar te verlengen.',
    'issue.counted': 'Geteld',
    'issue.not-counted': 'Niet geteld',
    'issue.expiring': 'Vallen binnenkort buiten de periode',
    'issue.none': 'geen',
    'issue.exclusion':
      '{reason, select, cancelled {afgelast} future {gepland, nog niet gehouden} not_azure {gaat niet over Azure} before_window {ouder dan de periode} other {twee keer vermeld}}',
    'issue.deadline':
      'Los dit graag uiterlijk {date, date, long} op. Dit issue wordt vanzelf gesloten zodra het register laat zien dat het probleem is opgelost.',
    'issue.inactive-after':
      'Is het probleem na {date, date, long} nog niet opgelost, dan wordt de groep inactief: ze verdwijnt uit het overzicht van de groepen tot ze weer aan de programmavereisten voldoet.',
    'issue.resolved.meetups-minimum':
      'Opgelost: de groep heeft nu genoeg Azure-meetups gehouden in de periode. Dit issue wordt gesloten.',
    'issue.resolved.meetups-at-risk':
      'Geen risico meer: met de vermelde meetups blijft de groep de komende tijd op het minimum. Dit issue wordt gesloten.',
    'issue.resolved.leader':
      'Opgelost: de groep heeft weer een groepsleider met volledige, geldige gegevens. Dit issue wordt gesloten.',
    'issue.resolved.co-leader':
      'Opgelost: de groep heeft weer een co-leider met volledige, geldige gegevens. Dit issue wordt gesloten.',
    'issue.resolved.leader-renamed':
      'Opgelost: het groepsbestand noemt de nieuwe gebruikersnamen van de leiders. Dit issue wordt gesloten.',
    'issue.resolved.terms':
      'Opgelost: elke leider heeft de voorwaarden geaccepteerd. Dit issue wordt gesloten.',
    'issue.resolved.waiver-expired':
      'Opgelost: de verlopen vrijstelling is verwijderd of verlengd. Dit issue wordt gesloten.',
    'issue.inactive':
      'Dit issue wordt gesloten: de groep is niet meer actief in het register (ze verlaat het programma of is inactief, of het bestand is verwijderd of heeft een andere naam gekregen).',
    'issue.superseded':
      'Dit issue wordt gesloten: de groep zit nu onder het minimum. Het issue over het minimum volgt dit verder op.',
    'issue.duplicate':
      'Dit issue is dubbel met #{number}: er is één issue per groep en probleem. Dit issue wordt gesloten.',
  },
  sv: {
    'issue.title.meetups-minimum':
      '[{slug}] {counted} av {required} Azure-möten de senaste 12 månaderna',
    'issue.title.meetups-at-risk':
      '[{slug}] riskerar att hamna under {required} Azure-möten den {on}',
    'issue.title.leader': '[{slug}] ingen giltig gruppledare',
    'issue.title.co-leader': '[{slug}] ingen giltig medledare',
    'issue.title.leader-renamed': '[{slug}] en ledares användarnamn på GitHub har ändrats',
    'issue.title.terms': '[{slug}] ledarvillkoren är inte godkända',
    'issue.title.waiver-expired': '[{slug}] ett undantag har gått ut',
    'issue.intro':
      '{who}: registrets schemalagda kontroll har hittat något som er grupp behöver rätta för att få stanna i Azure Tech Groups-programmet.',
    'issue.heading.wrong': 'Vad som är fel',
    'issue.heading.evidence': 'Vad registret visar',
    'issue.heading.todo': 'Vad ni ska göra',
    'issue.heading.deadline': 'Sista datum',
    'issue.wrong.meetups-minimum':
      'Er grupp har hållit {held, plural, one {# Azure-möte} other {# Azure-möten}} de senaste {months} månaderna; programmet kräver minst {required}.',
    'issue.wrong.meetups-at-risk':
      'Den {on, date, long} har er grupp {counted, plural, one {# Azure-möte} other {# Azure-möten}} de senaste {months} månaderna. Det är färre än de {required} som programmet kräver, eftersom äldre möten då faller utanför perioden.',
    'issue.wrong.meetups-share':
      'Den {on, date, long} har er grupp {counted, plural, one {# Azure-möte} other {# Azure-möten}} sedan den gick med. Det är färre än de {required} som programmet då kräver. En grupp som gick med för mindre än {months} månader sedan behöver bara nå en del av miniminivån, men den delen växer ju längre gruppen är med i programmet.',
    'issue.wrong.leader':
      'Registret anger ingen gruppledare med fullständiga, giltiga uppgifter för er grupp.',
    'issue.wrong.co-leader':
      'Er grupp har förlorat sin medledare: registret anger ingen medledare med fullständiga, giltiga uppgifter som är en annan person än gruppledaren.',
    'issue.wrong.co-leader-never':
      'Er grupp har aldrig haft en egen medledare i registret: filen anger samma person som gruppledare och som medledare. Programmet kräver en gruppledare och en medledare som är två olika personer.',
    'issue.wrong.leader-renamed':
      'GitHub-kontot för {role, select, leader {gruppledaren} other {medledaren}}{named, select, yes { {name}} other {}} har fått ett nytt användarnamn: {old} heter nu {now}. Det är samma konto (registret känner igen det på dess nummer), men gruppfilen anger fortfarande det gamla användarnamnet, och det kan nu vem som helst registrera.',
    'issue.wrong.terms': 'Inte alla ledare i er grupp har godkänt ledarvillkoren.',
    'issue.wrong.waiver-expired':
      'Ett undantag för er grupp har gått ut, så kravet som undantaget gällde gäller igen.',
    'issue.todo.meetups-minimum':
      'Håll de Azure-möten som saknas och lägg till vart och ett i {file} med `azure: true`, i en pull request. Möten som ni har hållit men inte listat räknas också.',
    'issue.todo.meetups-at-risk':
      'Planera ett Azure-möte före det datumet och lägg till det i {file} i en pull request.',
    'issue.todo.leader':
      'Ange gruppledaren i {file}: namn, användarnamn på GitHub, användar-ID i Tech Community och datumet då ledarvillkoren godkändes. Meddela också programteamet på azure-tech-groups@microsoft.com.',
    'issue.todo.co-leader':
      'Ange en ny medledare i {file}: namn, användarnamn på GitHub, användar-ID i Tech Community och datumet då ledarvillkoren godkändes. Den nya medledaren bekräftar med `/consent` i pull requesten. Meddela också programteamet på azure-tech-groups@microsoft.com.',
    'issue.todo.leader-renamed':
      'Skriv det nya användarnamnet under `github:` i {file} i en pull request, och låt `githubId` vara som det är. Ärendet stängs automatiskt när filen anger det nya användarnamnet.',
    'issue.todo.terms':
      'Lägg till datumet i `termsAccepted` i {file} när varje ledare har godkänt ledarvillkoren.',
    'issue.todo.waiver-expired':
      'Åtgärda det som undantaget gällde och ta bort undantaget ur {file}, eller be en förvaltare att förlänga det.',
    'issue.counted': 'Räknade',
    'issue.not-counted': 'Räknas inte',
    'issue.expiring': 'Faller snart utanför perioden',
    'issue.none': 'inga',
    'issue.exclusion':
      '{reason, select, cancelled {inställt} future {planerat, inte hållet än} not_azure {handlar inte om Azure} before_window {äldre än perioden} other {listat två gånger}}',
    'issue.deadline':
      'Rätta detta senast den {date, date, long}. Ärendet stängs automatiskt när registret visar att problemet är löst.',
    'issue.inactive-after':
      'Om problemet inte är löst efter den {date, date, long} blir gruppen inaktiv: den försvinner ur förteckningen över grupper tills den uppfyller programmets villkor igen.',
    'issue.resolved.meetups-minimum':
      'Löst: gruppen har nu hållit tillräckligt många Azure-möten under perioden. Ärendet stängs.',
    'issue.resolved.meetups-at-risk':
      'Ingen risk längre: med de listade mötena ligger gruppen kvar på miniminivån framöver. Ärendet stängs.',
    'issue.resolved.leader':
      'Löst: gruppen har åter en gruppledare med fullständiga, giltiga uppgifter. Ärendet stängs.',
    'issue.resolved.co-leader':
      'Löst: gruppen har åter en medledare med fullständiga, giltiga uppgifter. Ärendet stängs.',
    'issue.resolved.leader-renamed':
      'Löst: gruppfilen anger ledarnas nya användarnamn. Ärendet stängs.',
    'issue.resolved.terms': 'Löst: alla ledare har godkänt ledarvillkoren. Ärendet stängs.',
    'issue.resolved.waiver-expired':
      'Löst: det utgångna undantaget har tagits bort eller förlängts. Ärendet stängs.',
    'issue.inactive':
      'Ärendet stängs: gruppen är inte längre aktiv i registret (den lämnar programmet eller är inaktiv, eller filen har tagits bort eller bytt namn).',
    'issue.superseded':
      'Ärendet stängs: gruppen ligger nu under miniminivån. Ärendet om miniminivån följer upp detta.',
    'issue.duplicate':
      'Ärendet är en dubblett av #{number}: ett ärende per grupp och problem. Ärendet stängs.',
  },
} satisfies Area<typeof en>;
