import type { Area } from './catalogue.js';

/**
 * The lifecycle's pull requests (issue 23, items 4 and 5): their title, body, commit message,
 * the comment on the audit issue, the closing comment, and the job summary's lines.
 */
const en = {
  'proposal.title':
    '{action, select, inactivate {Inactive: {name}} reactivate {Active again: {name}} other {Remove: {name}}}',
  'proposal.commit':
    '{action, select, inactivate {Make {slug} inactive} reactivate {Make {slug} active again} other {Remove {slug}}} (tgr lifecycle)',
  'proposal.intro':
    '{action, select, inactivate {The registry proposes to make the group {name} inactive.} reactivate {The registry proposes to make the group {name} active again.} other {The registry proposes to remove the group {name} from the registry.}}',
  'proposal.heading.merge': 'What happens when this is merged',
  'proposal.merge':
    '{action, select, inactivate {The group file gets `status: inactive` and `inactiveSince`. The group leaves the directory and gets no more audit issues of its own. Its leaders can still add meetups by a pull request.} reactivate {The group file gets `status: active` again, and its `inactiveSince` line is removed. The group returns to the directory.} other {The group file is deleted. The history of the registry keeps it, and the group can apply again at any time.}}',
  'proposal.heading.evidence': 'Why',
  'proposal.evidence.issue': 'The audit issue about it: #{issue}.',
  'proposal.evidence.meetups':
    'In the last {months} months the group has held {counted, plural, one {# Azure meetup} other {# Azure meetups}} that count; the program requires {required}.',
  'proposal.evidence.removal': 'That period ended on {end, date, long}.',
  'proposal.heading.instead': 'What the group can do instead',
  'proposal.instead':
    "{action, select, inactivate {Until this is merged, the group stays active. Its leaders can add the Azure meetups the group has held to its file by a pull request, name a valid group leader or co-leader, accept the terms and conditions and add the date to `termsAccepted`, ask the program team for a waiver, or reply on the audit issue #{issue}.} reactivate {Nothing needs doing. If something here is wrong, reply on this pull request.} other {Until this is merged, the group stays in the registry. Once it meets the program's requirements again, the registry proposes to make it active instead. Its leaders can add the Azure meetups the group has held to its file by a pull request, name a valid group leader or co-leader, accept the terms and conditions, ask the program team for a waiver, or reply on this pull request.}}",
  'proposal.heading.maintainers': 'For maintainers',
  'proposal.maintainers':
    'Merge this pull request to carry out the change; nothing is merged automatically. Close it to decline: the registry does not propose it again for this episode (since {since, date, long}).',
  'proposal.comment':
    'The registry proposes to make this group inactive: #{pull}. Until that pull request is merged, the group can still prevent it by solving the problem this issue describes.',
  'proposal.close':
    '{reason, select, replaced {Closed by the registry: another change is proposed for this group now.} other {Closed by the registry: the group no longer needs this change.}} This is not a refusal.',

  'proposal.summary.mode':
    '{mode, select, dry_run {Dry run: nothing was written.} first_run {First run since the stages were turned on: only the labels were made, and the next run opens the pull requests.} off {The stages are off (lifecycle.enabled in the policy): nothing was decided or proposed.} other {The pull requests were brought up to date.}}',
  'proposal.summary.step':
    '{type, select, open {Open a pull request: {what}} update {Update pull request #{number}: {what}} close {Close pull request #{number}: {what}} comment {Comment on audit issue #{number}: {what}} other {Create the labels {what}}}',
  'proposal.summary.skip':
    '{reason, select, declined {Declined (pull request #{number} was closed unmerged by a person): {what}} merged {Merged already (pull request #{number}): {what}} foreign_commits {Left alone, pull request #{number} holds commits the registry did not make: {what}} branch_in_use {Left alone, pull request #{number} from someone else uses the branch: {what}} branch_taken {Left alone, its branch holds a commit the registry did not make (delete or rename the branch, and the next run proposes it): {what}} over_limit {Over this run’s limit, the next run opens it: {what}} other {Unchanged (pull request #{number}): {what}}}',
  'proposal.summary.deferred': 'Left for the next run: {what}',
  'proposal.summary.decided': 'Decided today: {what}',
  'proposal.summary.error': 'Not proposed, its file could not be edited ({path}): {reason}',
  'proposal.summary.failure': 'Stopped early, a write failed: {reason}',
  'proposal.summary.none': 'No lifecycle pull request to open, update or close.',
} as const;

export const lifecycleProposal = {
  en,
  nl: {
    'proposal.title':
      '{action, select, inactivate {Inactief: {name}} reactivate {Weer actief: {name}} other {Verwijderen: {name}}}',
    'proposal.commit':
      '{action, select, inactivate {Maak {slug} inactief} reactivate {Maak {slug} weer actief} other {Verwijder {slug}}} (tgr lifecycle)',
    'proposal.intro':
      '{action, select, inactivate {Het register stelt voor om de groep {name} inactief te maken.} reactivate {Het register stelt voor om de groep {name} weer actief te maken.} other {Het register stelt voor om de groep {name} uit het register te verwijderen.}}',
    'proposal.heading.merge': 'Wat er gebeurt als dit wordt samengevoegd',
    'proposal.merge':
      '{action, select, inactivate {Het bestand van de groep krijgt `status: inactive` en `inactiveSince`. De groep verdwijnt uit het overzicht van de groepen en krijgt zelf geen controle-issues meer. De leiders kunnen nog steeds meetups toevoegen met een pull request.} reactivate {Het bestand van de groep krijgt weer `status: active`, en de regel met `inactiveSince` wordt verwijderd. De groep komt terug in het overzicht van de groepen.} other {Het bestand van de groep wordt verwijderd. De geschiedenis van het register bewaart het, en de groep kan zich altijd opnieuw aanmelden.}}',
    'proposal.heading.evidence': 'Waarom',
    'proposal.evidence.issue': 'Het controle-issue hierover: #{issue}.',
    'proposal.evidence.meetups':
      'In de afgelopen {months} maanden heeft de groep {counted, plural, one {# Azure-meetup} other {# Azure-meetups}} gehouden die meetellen; het programma vereist er {required}.',
    'proposal.evidence.removal': 'Die termijn is op {end, date, long} afgelopen.',
    'proposal.heading.instead': 'Wat de groep in plaats daarvan kan doen',
    'proposal.instead':
      '{action, select, inactivate {Zolang dit niet is samengevoegd, blijft de groep actief. De leiders kunnen de gehouden Azure-meetups met een pull request aan het bestand van de groep toevoegen, een geldige groepsleider of co-leider opgeven, de voorwaarden accepteren en de datum bij `termsAccepted` zetten, het programmateam om een vrijstelling vragen, of reageren op issue #{issue}.} reactivate {Er hoeft niets te gebeuren. Klopt er iets niet, reageer dan op deze pull request.} other {Zolang dit niet is samengevoegd, blijft de groep in het register. Voldoet de groep weer aan de programmavereisten, dan stelt het register voor om haar weer actief te maken. De leiders kunnen de gehouden Azure-meetups met een pull request aan het bestand van de groep toevoegen, een geldige groepsleider of co-leider opgeven, de voorwaarden accepteren, het programmateam om een vrijstelling vragen, of reageren op deze pull request.}}',
    'proposal.heading.maintainers': 'Voor beheerders',
    'proposal.maintainers':
      'Voeg deze pull request samen om de wijziging door te voeren; niets wordt vanzelf samengevoegd. Sluit hem om te weigeren: het register stelt dit niet opnieuw voor zolang de situatie sinds {since, date, long} duurt.',
    'proposal.comment':
      'Het register stelt voor om deze groep inactief te maken: #{pull}. Zolang die pull request niet is samengevoegd, kan de groep dat nog voorkomen door het probleem uit dit issue op te lossen.',
    'proposal.close':
      '{reason, select, replaced {Gesloten door het register: voor deze groep wordt nu een andere wijziging voorgesteld.} other {Gesloten door het register: de groep heeft deze wijziging niet meer nodig.}} Dit is geen weigering.',

    'proposal.summary.mode':
      '{mode, select, dry_run {Proefronde: er is niets geschreven.} first_run {Eerste ronde sinds de fasen zijn ingeschakeld: alleen de labels zijn gemaakt, en de volgende ronde opent de pull requests.} off {De fasen staan uit (lifecycle.enabled in het beleid): er is niets besloten of voorgesteld.} other {De pull requests zijn bijgewerkt.}}',
    'proposal.summary.step':
      '{type, select, open {Pull request openen: {what}} update {Pull request #{number} bijwerken: {what}} close {Pull request #{number} sluiten: {what}} comment {Reactie op controle-issue #{number}: {what}} other {De labels {what} maken}}',
    'proposal.summary.skip':
      '{reason, select, declined {Geweigerd (pull request #{number} is door iemand gesloten zonder samenvoegen): {what}} merged {Al samengevoegd (pull request #{number}): {what}} foreign_commits {Niet aangeraakt, pull request #{number} bevat wijzigingen die het register niet heeft gemaakt: {what}} branch_in_use {Niet aangeraakt, pull request #{number} van iemand anders gebruikt de tak: {what}} branch_taken {Niet aangeraakt, de tak bevat een wijziging die het register niet heeft gemaakt (verwijder de tak of geef hem een andere naam, dan stelt de volgende ronde het voor): {what}} over_limit {Boven de grens van deze ronde, de volgende ronde opent hem: {what}} other {Ongewijzigd (pull request #{number}): {what}}}',
    'proposal.summary.deferred': 'Voor de volgende ronde bewaard: {what}',
    'proposal.summary.decided': 'Vandaag besloten: {what}',
    'proposal.summary.error':
      'Niet voorgesteld, het bestand kon niet worden bewerkt ({path}): {reason}',
    'proposal.summary.failure': 'Vroeg gestopt, een schrijfactie mislukte: {reason}',
    'proposal.summary.none':
      'Geen pull request over de fasen om te openen, bij te werken of te sluiten.',
  },
  sv: {
    'proposal.title':
      '{action, select, inactivate {Inaktiv: {name}} reactivate {Aktiv igen: {name}} other {Ta bort: {name}}}',
    'proposal.commit':
      '{action, select, inactivate {Gör {slug} inaktiv} reactivate {Gör {slug} aktiv igen} other {Ta bort {slug}}} (tgr lifecycle)',
    'proposal.intro':
      '{action, select, inactivate {Registret föreslår att gruppen {name} blir inaktiv.} reactivate {Registret föreslår att gruppen {name} blir aktiv igen.} other {Registret föreslår att gruppen {name} tas bort ur registret.}}',
    'proposal.heading.merge': 'Vad som händer när det här slås samman',
    'proposal.merge':
      '{action, select, inactivate {Gruppens fil får `status: inactive` och `inactiveSince`. Gruppen försvinner ur förteckningen över grupper och får inga egna ärenden från granskningen längre. Ledarna kan fortfarande lägga till möten med en pull request.} reactivate {Gruppens fil får `status: active` igen, och raden med `inactiveSince` tas bort. Gruppen kommer tillbaka i förteckningen över grupper.} other {Gruppens fil tas bort. Registrets historik sparar den, och gruppen kan ansöka igen när som helst.}}',
    'proposal.heading.evidence': 'Varför',
    'proposal.evidence.issue': 'Granskningens ärende om det: #{issue}.',
    'proposal.evidence.meetups':
      'Under de senaste {months} månaderna har gruppen hållit {counted, plural, one {# Azure-möte} other {# Azure-möten}} som räknas; programmet kräver {required}.',
    'proposal.evidence.removal': 'Den tiden gick ut den {end, date, long}.',
    'proposal.heading.instead': 'Vad gruppen kan göra i stället',
    'proposal.instead':
      '{action, select, inactivate {Tills det här slås samman är gruppen aktiv. Ledarna kan lägga till de Azure-möten gruppen har hållit i gruppens fil med en pull request, ange en giltig gruppledare eller medledare, godkänna ledarvillkoren och skriva datumet i `termsAccepted`, be programteamet om ett undantag, eller svara i ärende #{issue}.} reactivate {Inget behöver göras. Om något här är fel, svara på den här pull requesten.} other {Tills det här slås samman finns gruppen kvar i registret. När gruppen uppfyller programmets villkor igen föreslår registret i stället att den blir aktiv. Ledarna kan lägga till de Azure-möten gruppen har hållit i gruppens fil med en pull request, ange en giltig gruppledare eller medledare, godkänna ledarvillkoren, be programteamet om ett undantag, eller svara på den här pull requesten.}}',
    'proposal.heading.maintainers': 'För förvaltare',
    'proposal.maintainers':
      'Slå samman den här pull requesten för att genomföra ändringen; inget slås samman automatiskt. Stäng den för att avböja: registret föreslår det inte igen så länge läget sedan den {since, date, long} består.',
    'proposal.comment':
      'Registret föreslår att den här gruppen blir inaktiv: #{pull}. Tills den pull requesten slås samman kan gruppen fortfarande förhindra det genom att lösa problemet som det här ärendet beskriver.',
    'proposal.close':
      '{reason, select, replaced {Stängd av registret: en annan ändring föreslås nu för den här gruppen.} other {Stängd av registret: gruppen behöver inte längre den här ändringen.}} Det är inget avslag.',

    'proposal.summary.mode':
      '{mode, select, dry_run {Provkörning: inget skrevs.} first_run {Första körningen sedan stegen slogs på: bara etiketterna skapades, och nästa körning öppnar pull requesterna.} off {Stegen är avslagna (lifecycle.enabled i policyn): inget beslutades eller föreslogs.} other {Pull requesterna är uppdaterade.}}',
    'proposal.summary.step':
      '{type, select, open {Öppna en pull request: {what}} update {Uppdatera pull request #{number}: {what}} close {Stäng pull request #{number}: {what}} comment {Kommentar i granskningens ärende #{number}: {what}} other {Skapa etiketterna {what}}}',
    'proposal.summary.skip':
      '{reason, select, declined {Avböjd (pull request #{number} stängdes utan sammanslagning av en person): {what}} merged {Redan sammanslagen (pull request #{number}): {what}} foreign_commits {Orörd, pull request #{number} innehåller ändringar som registret inte gjorde: {what}} branch_in_use {Orörd, pull request #{number} från någon annan använder grenen: {what}} branch_taken {Orörd, grenen innehåller en ändring som registret inte gjorde (ta bort grenen eller byt namn på den, så föreslår nästa körning det): {what}} over_limit {Över gränsen för den här körningen, nästa körning öppnar den: {what}} other {Oförändrad (pull request #{number}): {what}}}',
    'proposal.summary.deferred': 'Sparad till nästa körning: {what}',
    'proposal.summary.decided': 'Beslutat i dag: {what}',
    'proposal.summary.error': 'Inte föreslagen, filen kunde inte redigeras ({path}): {reason}',
    'proposal.summary.failure': 'Stoppade tidigt, en skrivning misslyckades: {reason}',
    'proposal.summary.none': 'Ingen pull request om stegen att öppna, uppdatera eller stänga.',
  },
} satisfies Area<typeof en>;
