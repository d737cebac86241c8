import type { Area, Catalogue } from './catalogue.js';

/**
 * The pull-request comment around the findings (src/pr/comment.ts): the verdict, the scorecard,
 * what changes, who must act and what comes next. Parameters are already Markdown (mentions,
 * code spans, escaped text): the messages only arrange them.
 */
const en = {
  'comment.column.requirement': 'Requirement',
  'comment.column.status': 'Status',
  'comment.requirement':
    '{requirement, select, file {Group file is complete and valid} leaders {Leader and co-leader (with Tech Community IDs)} terms {Terms and conditions accepted} fees {No admission fee} conduct {Code of conduct published} website {Public website} trademark {Name follows the trademark rules} meetups {Azure meetups in the last 12 months} spread {Meetups spread through the year} other {{requirement}}}',
  'comment.status':
    '{status, select, pass {✅ pass} fail {❌ fail} warning {⚠️ warning} other {🕊️ waived}}',
  'comment.kind':
    '{kind, select, join {joins the program} update {update} other {leaves the program}}',
  'comment.form.lent':
    'This pull request was made from issue #{issue}: it is checked as if {who}, who opened that issue, had opened it.',
  'comment.form.edited':
    'This pull request was made from issue #{issue}, but someone other than its author last edited the issue: it is checked as if nobody with rights to the group had opened it, so a maintainer must approve.',
  'comment.form.stale':
    'This pull request was made from issue #{issue}, but it no longer matches the text of the issue: it is checked as if nobody with rights to the group had opened it. A maintainer must approve, or the author can edit the issue to rebuild the pull request.',
  'comment.form.pushed':
    'This pull request was made from issue #{issue}, but someone other than the registry added changes to it: it is checked as if nobody with rights to the group had opened it, so a maintainer must approve.',
  'comment.verdict.pass': '✅ The change meets every program requirement.',
  'comment.verdict.fail':
    '❌ {errors, plural, one {# error needs} other {# errors need}} fixing before this can be merged.',
  'comment.verdict.waiting':
    '⏳ The files pass; some people still need to act before this can be merged.',
  'comment.changes.heading': 'What changes',
  'comment.changes.leadership': '{role, select, leader {leader} other {co-leader}}: {from} → {to}',
  'comment.changes.nobody': 'nobody',
  'comment.changes.meetups-added': '{count, plural, one {# meetup} other {# meetups}} added',
  'comment.changes.meetups-removed': '{count, plural, one {# meetup} other {# meetups}} removed',
  'comment.changes.waiver':
    'waiver for {rule} {change, select, added {added} extended {extended} changed {changed} other {removed}}{limited, select, yes { (until {until})} other {}}',
  'comment.changes.fields': 'changed: {fields}',
  'comment.changes.new-group': 'a new group file',
  'comment.changes.removed-file': 'the group file is deleted',
  'comment.changes.outside':
    'files outside groups/: {files} (they never change what checks this pull request)',
  'comment.changes.none': 'no change to the group data',
  'comment.changes.by-username':
    "This group's file gives its leaders by GitHub username only, without `githubId`, so this check took whoever holds those usernames today for them. A username passes to someone else when its account is renamed or deleted: add each leader's `githubId` (a maintainer approves that change).",
  'comment.picture.heading': 'Azure meetups, last 12 months',
  'comment.picture.counted': '{held} counted, {required} needed',
  'comment.picture.legend':
    'Counted Azure meetups per month; cancelled, future and non-Azure meetups do not count.',
  'comment.act.heading': 'Who must act',
  'comment.act.consent':
    '{who}: you are named as {role, select, leader {leader} other {co-leader}}. Comment `/consent` on a line of its own on this pull request (or approve it) to confirm; a `/consent` written before this request does not count.',
  'comment.act.consented': '{who} consented.',
  'comment.act.removed':
    '{who}: {now, select, leader {this pull request moves you from co-leader to leader of this group} coLeader {this pull request moves you from leader to co-leader of this group} other {this pull request removes you as {role, select, leader {leader} other {co-leader}} of this group}}. Comment `/consent` on a line of its own on this pull request to agree, or a maintainer approves; a `/consent` written before this request does not count.',
  'comment.act.maintainer':
    "{reason, select, not_a_leader {A maintainer: the author is not a leader or co-leader of this group on main, so a maintainer must approve.} author_not_named {A maintainer: a new group must name its author as leader or co-leader, or be approved by a maintainer.} program_fields {A maintainer: `status`, `joined` and `inactiveSince` are set by the program team (a new group starts as `status: applying` without `joined`; leaders may only set `status: leaving`), so a maintainer must approve.} unreadable_base {A maintainer: this group's file on main cannot be read, so nobody can tell who leads the group; a maintainer must approve.} waiver {A maintainer: only maintainers may add, change or remove waivers; a maintainer must approve.} outside_groups {A maintainer: the pull request changes files outside groups/, which only maintainers review.} too_large {A maintainer: the pull request is too large to check file by file, so a maintainer must review and approve it.} rename {A maintainer: the pull request renames this group's file or changes its short name (`slug`); the group's audit issues (and their deadlines) start afresh under the new name, so a maintainer must approve.} other {A maintainer: the pull request gives a person this group already names a new `githubId` (their GitHub account id). A username can pass to someone else when an account is renamed or deleted, so a maintainer must check that the account is really theirs and approve.}}",
  'comment.act.maintainer-done': 'A maintainer approved.',
  'comment.act.author':
    '{who}: fix the errors below by editing the file in this pull request again; this comment then updates by itself.',
  'comment.act.nobody': 'Nobody: a maintainer can merge.',
  'comment.too-large':
    '⚠️ This pull request changes {what, select, files {{count, plural, one {# file} other {# files}}} other {{count, plural, one {# group file} other {# group files}}}}: more than the check reads file by file, so its files were not checked. Split it into smaller pull requests to have every file checked.',
  'comment.findings.heading': 'Findings ({count})',
  'comment.findings.more':
    '…and {count} more: the summary of this check on the Actions tab lists them all.',
  'comment.cut':
    '_…cut to fit GitHub’s limit on a comment: the full report is in the **Registry check** and in its summary on the Actions tab._',
  'comment.next':
    '{verdict, select, pass {Next: a maintainer reviews and merges.} fail {Next: fix each finding at the line it names, in this pull request. To check the file on your own computer first, run `npx tgr validate`.} other {Next: once everyone above has acted, this check updates by itself and a maintainer can merge.}}',
} as const satisfies Catalogue;

export const comment = {
  en,
  nl: {
    'comment.column.requirement': 'Vereiste',
    'comment.column.status': 'Status',
    'comment.requirement':
      '{requirement, select, file {Groepsbestand is compleet en geldig} leaders {Groepsleider en co-leider (met Tech Community-gebruikers-id’s)} terms {Voorwaarden geaccepteerd} fees {Geen toegangskosten} conduct {Gedragscode gepubliceerd} website {Openbare website} trademark {Naam volgt de richtlijnen voor handelsmerken} meetups {Azure-meetups in de afgelopen 12 maanden} spread {Meetups verspreid over het jaar} other {{requirement}}}',
    'comment.status':
      '{status, select, pass {✅ in orde} fail {❌ niet in orde} warning {⚠️ waarschuwing} other {🕊️ vrijstelling}}',
    'comment.kind':
      '{kind, select, join {treedt toe tot het programma} update {wijziging} other {verlaat het programma}}',
    'comment.form.lent':
      'Deze pull request is gemaakt vanuit issue #{issue}. De controle behandelt hem alsof {who}, die het issue heeft geopend, hem zelf had geopend.',
    'comment.form.edited':
      'Deze pull request is gemaakt vanuit issue #{issue}, maar de tekst van dat issue is het laatst bewerkt door iemand anders dan wie het heeft geopend. Daarom telt de controle niemand als auteur met rechten op de groep: een beheerder moet de wijziging goedkeuren.',
    'comment.form.stale':
      'Deze pull request is gemaakt vanuit issue #{issue}, maar hij komt niet meer overeen met de tekst van dat issue. Daarom telt de controle niemand als auteur met rechten op de groep. Een beheerder moet de wijziging goedkeuren, of de auteur bewerkt het issue zodat de pull request opnieuw wordt gemaakt.',
    'comment.form.pushed':
      'Deze pull request is gemaakt vanuit issue #{issue}, maar iemand anders dan het register heeft er wijzigingen aan toegevoegd. Daarom telt de controle niemand als auteur met rechten op de groep: een beheerder moet de wijziging goedkeuren.',
    'comment.verdict.pass': '✅ De wijziging voldoet aan alle programmavereisten.',
    'comment.verdict.fail':
      '❌ Los eerst {errors, plural, one {# fout} other {# fouten}} op; daarna kan deze wijziging worden samengevoegd.',
    'comment.verdict.waiting':
      '⏳ De bestanden zijn in orde, maar er moeten nog mensen iets doen voordat de wijziging kan worden samengevoegd.',
    'comment.changes.heading': 'Wat er verandert',
    'comment.changes.leadership':
      '{role, select, leader {groepsleider} other {co-leider}}: {from} → {to}',
    'comment.changes.nobody': 'niemand',
    'comment.changes.meetups-added': '{count, plural, one {# meetup} other {# meetups}} toegevoegd',
    'comment.changes.meetups-removed':
      '{count, plural, one {# meetup} other {# meetups}} verwijderd',
    'comment.changes.waiver':
      'vrijstelling voor {rule} {change, select, added {toegevoegd} extended {verlengd} changed {gewijzigd} other {verwijderd}}{limited, select, yes { (tot en met {until})} other {}}',
    'comment.changes.fields': 'gewijzigd: {fields}',
    'comment.changes.new-group': 'een nieuw groepsbestand',
    'comment.changes.removed-file': 'het groepsbestand wordt verwijderd',
    'comment.changes.outside':
      'bestanden buiten groups/: {files} (die hebben nooit invloed op de controle van deze pull request)',
    'comment.changes.none': 'geen wijziging in de groepsgegevens',
    'comment.changes.by-username':
      'Het bestand van deze groep noemt de leiders alleen bij hun gebruikersnaam op GitHub, zonder `githubId`. Deze controle ging er daarom van uit dat de mensen die nu die gebruikersnamen hebben, de leiders zijn. Een gebruikersnaam kan bij iemand anders terechtkomen als een account een andere naam krijgt of wordt verwijderd. Voeg daarom voor elke leider de `githubId` toe (een beheerder keurt die wijziging goed).',
    'comment.picture.heading': 'Azure-meetups, afgelopen 12 maanden',
    'comment.picture.counted': '{held} geteld, {required} nodig',
    'comment.picture.legend':
      'Getelde Azure-meetups per maand. Afgelaste en toekomstige meetups tellen niet mee, en meetups die niet over Azure gaan ook niet.',
    'comment.act.heading': 'Wie moet iets doen',
    'comment.act.consent':
      '{who}: je staat in het bestand als {role, select, leader {groepsleider} other {co-leider}}. Bevestig dat met een reactie op deze pull request met `/consent` op een eigen regel (of keur de pull request goed). Een `/consent` van vóór deze vraag telt niet.',
    'comment.act.consented': '{who} heeft ingestemd.',
    'comment.act.removed':
      '{who}: {now, select, leader {met deze pull request word je groepsleider in plaats van co-leider} coLeader {met deze pull request word je co-leider in plaats van groepsleider} other {met deze pull request ben je geen {role, select, leader {groepsleider} other {co-leider}} van deze groep meer}}. Ga je akkoord? Reageer dan op deze pull request met `/consent` op een eigen regel, of laat een beheerder goedkeuren. Een `/consent` van vóór deze vraag telt niet.',
    'comment.act.maintainer':
      '{reason, select, not_a_leader {Een beheerder: de auteur is op main geen groepsleider of co-leider van deze groep. Daarom moet een beheerder goedkeuren.} author_not_named {Een beheerder: een nieuwe groep moet de auteur als groepsleider of co-leider noemen. Anders moet een beheerder goedkeuren.} program_fields {Een beheerder: het programmateam vult `status`, `joined` en `inactiveSince` in (een nieuwe groep begint met `status: applying` zonder `joined`; leiders mogen alleen `status: leaving` invullen). Daarom moet een beheerder goedkeuren.} unreadable_base {Een beheerder: het bestand van deze groep op main is onleesbaar, dus niemand kan zien wie de groep leidt. Daarom moet een beheerder goedkeuren.} waiver {Een beheerder: alleen beheerders mogen vrijstellingen toevoegen, wijzigen of verwijderen. Daarom moet een beheerder goedkeuren.} outside_groups {Een beheerder: de pull request wijzigt bestanden buiten groups/, en die beoordelen alleen beheerders.} too_large {Een beheerder: de pull request is te groot om bestand voor bestand te controleren. Daarom moet een beheerder hem beoordelen en goedkeuren.} rename {Een beheerder: de pull request geeft het bestand van deze groep een andere naam of wijzigt de korte naam (`slug`). De controle-issues van de groep (en hun termijnen) beginnen dan opnieuw onder de nieuwe naam. Daarom moet een beheerder goedkeuren.} other {Een beheerder: de pull request geeft iemand die al in dit bestand staat een nieuwe `githubId` (het nummer van het GitHub-account). Een gebruikersnaam kan bij iemand anders terechtkomen als een account een andere naam krijgt of wordt verwijderd. Een beheerder moet daarom nagaan of het account echt van deze persoon is, en dan goedkeuren.}}',
    'comment.act.maintainer-done': 'Een beheerder heeft goedgekeurd.',
    'comment.act.author':
      '{who}: los de fouten hieronder op door het bestand in deze pull request opnieuw te bewerken. Deze reactie wordt daarna vanzelf bijgewerkt.',
    'comment.act.nobody': 'Niemand: een beheerder kan de wijziging samenvoegen.',
    'comment.too-large':
      '⚠️ Deze pull request wijzigt {what, select, files {{count, plural, one {# bestand} other {# bestanden}}} other {{count, plural, one {# groepsbestand} other {# groepsbestanden}}}}. Dat is meer dan de controle bestand voor bestand leest, dus de bestanden zijn niet gecontroleerd. Splits de wijziging in kleinere pull requests, dan wordt elk bestand gecontroleerd.',
    'comment.findings.heading': 'Bevindingen ({count})',
    'comment.findings.more':
      '…en nog {count}. Je vindt ze allemaal in de samenvatting van deze controle op het tabblad Actions.',
    'comment.cut':
      '_…ingekort tot wat in een reactie op GitHub past. Het volledige rapport staat bij de **Registry check** en in de samenvatting op het tabblad Actions._',
    'comment.next':
      '{verdict, select, pass {Volgende stap: een beheerder beoordeelt de wijziging en voegt haar samen.} fail {Volgende stap: los in deze pull request elke bevinding op bij de regel die erbij staat. Wil je het bestand eerst op je eigen computer controleren? Gebruik dan `npx tgr validate --lang nl`.} other {Volgende stap: zodra iedereen hierboven iets heeft gedaan, wordt deze controle vanzelf bijgewerkt en kan een beheerder de wijziging samenvoegen.}}',
  },
  sv: {
    'comment.column.requirement': 'Krav',
    'comment.column.status': 'Status',
    'comment.requirement':
      '{requirement, select, file {Gruppfilen är komplett och giltig} leaders {Gruppledare och medledare (med användar-ID i Tech Community)} terms {Ledarvillkoren godkända} fees {Ingen inträdesavgift} conduct {Uppförandekod publicerad} website {Offentlig webbplats} trademark {Namnet följer varumärkesreglerna} meetups {Azure-möten de senaste 12 månaderna} spread {Möten spridda över året} other {{requirement}}}',
    'comment.status':
      '{status, select, pass {✅ godkänt} fail {❌ underkänt} warning {⚠️ varning} other {🕊️ undantag}}',
    'comment.kind':
      '{kind, select, join {går med i programmet} update {ändring} other {lämnar programmet}}',
    'comment.form.lent':
      'Den här pull requesten skapades från ärende #{issue}. Kontrollen behandlar den som om {who}, som öppnade ärendet, hade öppnat den själv.',
    'comment.form.edited':
      'Den här pull requesten skapades från ärende #{issue}, men ärendets text ändrades senast av någon annan än den som öppnade det. Därför räknar kontrollen ingen som författare med rätt att ändra gruppen: en förvaltare måste godkänna ändringen.',
    'comment.form.stale':
      'Den här pull requesten skapades från ärende #{issue}, men den stämmer inte längre med ärendets text. Därför räknar kontrollen ingen som författare med rätt att ändra gruppen. En förvaltare måste godkänna ändringen, eller så ändrar författaren ärendet så att pull requesten skapas på nytt.',
    'comment.form.pushed':
      'Den här pull requesten skapades från ärende #{issue}, men någon annan än registret har lagt till ändringar i den. Därför räknar kontrollen ingen som författare med rätt att ändra gruppen: en förvaltare måste godkänna ändringen.',
    'comment.verdict.pass': '✅ Ändringen uppfyller alla programkrav.',
    'comment.verdict.fail':
      '❌ {errors, plural, one {# fel} other {# fel}} måste rättas innan ändringen kan slås ihop.',
    'comment.verdict.waiting':
      '⏳ Filerna är godkända, men några personer behöver göra något innan ändringen kan slås ihop.',
    'comment.changes.heading': 'Vad som ändras',
    'comment.changes.leadership':
      '{role, select, leader {gruppledare} other {medledare}}: {from} → {to}',
    'comment.changes.nobody': 'ingen',
    'comment.changes.meetups-added':
      '{count, plural, one {# möte tillagt} other {# möten tillagda}}',
    'comment.changes.meetups-removed':
      '{count, plural, one {# möte borttaget} other {# möten borttagna}}',
    'comment.changes.waiver':
      'undantag för {rule} {change, select, added {tillagt} extended {förlängt} changed {ändrat} other {borttaget}}{limited, select, yes { (till och med {until})} other {}}',
    'comment.changes.fields': 'ändrat: {fields}',
    'comment.changes.new-group': 'en ny gruppfil',
    'comment.changes.removed-file': 'gruppfilen tas bort',
    'comment.changes.outside':
      'filer utanför groups/: {files} (de påverkar aldrig hur den här pull requesten kontrolleras)',
    'comment.changes.none': 'ingen ändring av gruppens uppgifter',
    'comment.changes.by-username':
      'Gruppens fil anger ledarna bara med deras användarnamn på GitHub, utan `githubId`. Därför utgick kontrollen från att de som har användarnamnen i dag är ledarna. Ett användarnamn kan hamna hos någon annan när ett konto byter namn eller tas bort. Lägg därför till `githubId` för varje ledare (en förvaltare godkänner den ändringen).',
    'comment.picture.heading': 'Azure-möten, senaste 12 månaderna',
    'comment.picture.counted': '{held} räknade, {required} behövs',
    'comment.picture.legend':
      'Räknade Azure-möten per månad. Inställda och framtida möten räknas inte, och inte heller möten som inte handlar om Azure.',
    'comment.act.heading': 'Vem behöver göra något',
    'comment.act.consent':
      '{who}: du står i filen som {role, select, leader {gruppledare} other {medledare}}. Bekräfta det genom att kommentera den här pull requesten med `/consent` på en egen rad (eller godkänn den). En `/consent` som skrevs före den här frågan räknas inte.',
    'comment.act.consented': '{who} har samtyckt.',
    'comment.act.removed':
      '{who}: {now, select, leader {den här pull requesten gör dig till gruppledare i stället för medledare} coLeader {den här pull requesten gör dig till medledare i stället för gruppledare} other {den här pull requesten tar bort dig som {role, select, leader {gruppledare} other {medledare}} i gruppen}}. Om du håller med, kommentera den här pull requesten med `/consent` på en egen rad, eller låt en förvaltare godkänna. En `/consent` som skrevs före den här frågan räknas inte.',
    'comment.act.maintainer':
      '{reason, select, not_a_leader {En förvaltare: författaren är inte gruppledare eller medledare för gruppen på main, så en förvaltare måste godkänna.} author_not_named {En förvaltare: en ny grupp måste ange författaren som gruppledare eller medledare. Annars måste en förvaltare godkänna.} program_fields {En förvaltare: programteamet fyller i `status`, `joined` och `inactiveSince` (en ny grupp börjar med `status: applying` utan `joined`; ledarna får bara ange `status: leaving`), så en förvaltare måste godkänna.} unreadable_base {En förvaltare: gruppens fil på main går inte att läsa, så ingen kan se vem som leder gruppen. En förvaltare måste godkänna.} waiver {En förvaltare: bara förvaltare får lägga till, ändra eller ta bort undantag. En förvaltare måste godkänna.} outside_groups {En förvaltare: den här pull requesten ändrar filer utanför groups/, och dem granskar bara förvaltare.} too_large {En förvaltare: den här pull requesten är för stor för att kontrolleras fil för fil, så en förvaltare måste granska och godkänna den.} rename {En förvaltare: den här pull requesten byter namn på gruppens fil eller ändrar dess kortnamn (`slug`). Gruppens granskningsärenden (och deras tidsfrister) börjar då om under det nya namnet, så en förvaltare måste godkänna.} other {En förvaltare: den här pull requesten ger en person som redan står i filen ett nytt `githubId` (GitHub-kontots nummer). Ett användarnamn kan hamna hos någon annan när ett konto byter namn eller tas bort, så en förvaltare måste kontrollera att kontot verkligen är personens och sedan godkänna.}}',
    'comment.act.maintainer-done': 'En förvaltare har godkänt.',
    'comment.act.author':
      '{who}: rätta felen nedan genom att redigera filen i den här pull requesten igen. Kommentaren uppdateras sedan automatiskt.',
    'comment.act.nobody': 'Ingen: en förvaltare kan slå ihop ändringen.',
    'comment.too-large':
      '⚠️ Den här pull requesten ändrar {what, select, files {{count, plural, one {# fil} other {# filer}}} other {{count, plural, one {# gruppfil} other {# gruppfiler}}}}. Det är fler än kontrollen läser fil för fil, så filerna har inte kontrollerats. Dela upp ändringen i mindre pull requests så att varje fil kontrolleras.',
    'comment.findings.heading': 'Anmärkningar ({count})',
    'comment.findings.more':
      '…och {count} till. Alla finns i sammanfattningen av kontrollen på fliken Actions.',
    'comment.cut':
      '_…förkortad för att rymmas i en kommentar på GitHub. Hela rapporten finns i **Registry check** och i sammanfattningen på fliken Actions._',
    'comment.next':
      '{verdict, select, pass {Nästa steg: en förvaltare granskar och slår ihop ändringen.} fail {Nästa steg: rätta varje anmärkning i den här pull requesten, på raden som anges. Vill du kontrollera filen på din egen dator först? Kör då `npx tgr validate --lang sv`.} other {Nästa steg: när alla ovan har gjort sitt uppdateras kontrollen automatiskt och en förvaltare kan slå ihop ändringen.}}',
  },
} satisfies Area<typeof en>;
