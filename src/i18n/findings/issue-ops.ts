import type { Area } from './catalogue.js';

/**
 * The issue forms' pull requests (issue 24, items 3 and 5): the pull request's title, body and
 * commit message, the one comment on the issue in the group's language, and the log's lines.
 */
const en = {
  'issue-ops.pull.title':
    '{form, select, join {Join: {group}} leave {Leave: {group}} update {Update: {group}} other {New leadership: {group}}}',
  'issue-ops.pull.commit': '{form} form of issue #{issue}: {path}',
  'issue-ops.pull.summary':
    '{action, select, create {This pull request adds the file {path}, made from the answers in the form of issue #{issue}.} other {This pull request changes the file {path} as the form of issue #{issue} asks.}} The registry check judges it as if the author of the issue had opened it. To change it, edit the issue: this pull request follows.',
  'issue-ops.sticky.opened':
    '{state, select, opened {Thank you! Your form is now pull request #{pull}.} other {Pull request #{pull} now holds the answers as you last saved them.}} The registry checks it there, and says on the pull request what it finds and who still needs to approve it. To change something, edit this issue: the pull request follows.',
  'issue-ops.sticky.errors':
    'The answers cannot become a change to the registry yet. Edit this issue and change what is listed here; the registry reads the form again when you save it.',
  'issue-ops.sticky.closed-earlier':
    'Pull request #{pull}, made from an earlier version of this issue, was closed.',
  'issue-ops.sticky.duplicate':
    'You already have an open form about this group: issue #{other}. Finish or close that one first; this issue gets no pull request.',
  'issue-ops.sticky.limited':
    'The registry reads at most {limit} forms a person an hour, and this one was not read again. Try again in an hour: edit the issue, or comment /retry.',
  'issue-ops.sticky.foreign':
    'Pull request #{pull} holds changes the registry did not make, so it was left as it is. A maintainer can close it; your next edit of this issue then opens a new one.',

  'issue-ops.log':
    '{outcome, select, ignored {Issue #{issue}: nothing to do ({reason}).} closed {Issue #{issue} is closed: its pull request is closed.} errors {Issue #{issue}: the form has errors; replied, no pull request.} limited {Issue #{issue}: over the limit of form runs an hour for its author; replied.} duplicate {Issue #{issue}: its author has another open form for the group; replied.} foreign {Issue #{issue}: pull request #{pull} holds commits the bot did not make; left as it is.} opened {Issue #{issue}: opened pull request #{pull}.} other {Issue #{issue}: updated pull request #{pull}.}}',
} as const;

export const issueOps = {
  en,
  nl: {
    'issue-ops.pull.title':
      '{form, select, join {Aanmelden: {group}} leave {Vertrekken: {group}} update {Bijwerken: {group}} other {Nieuwe leiding: {group}}}',
    'issue-ops.pull.commit': 'Formulier {form} van issue #{issue}: {path}',
    'issue-ops.pull.summary':
      '{action, select, create {Deze pull request voegt het bestand {path} toe, gemaakt van de antwoorden in het formulier van issue #{issue}.} other {Deze pull request wijzigt het bestand {path} zoals het formulier van issue #{issue} vraagt.}} De controle van het register beoordeelt hem alsof de auteur van het issue hem had geopend. Wil je iets wijzigen, bewerk dan het issue: deze pull request volgt.',
    'issue-ops.sticky.opened':
      '{state, select, opened {Bedankt! Je formulier is nu pull request #{pull}.} other {Pull request #{pull} bevat nu de antwoorden zoals je ze het laatst hebt opgeslagen.}} Het register controleert hem daar, en zegt in de pull request wat het vindt en wie hem nog moet goedkeuren. Wil je iets wijzigen, bewerk dan dit issue: de pull request volgt.',
    'issue-ops.sticky.errors':
      'Met deze antwoorden kan het register nog niets wijzigen. Bewerk dit issue en pas aan wat hier staat; het register leest het formulier opnieuw zodra je het opslaat.',
    'issue-ops.sticky.closed-earlier':
      'Pull request #{pull}, gemaakt van een eerdere versie van dit issue, is gesloten.',
    'issue-ops.sticky.duplicate':
      'Je hebt al een open formulier over deze groep: issue #{other}. Maak dat eerst af of sluit het; dit issue krijgt geen pull request.',
    'issue-ops.sticky.limited':
      'Het register leest hoogstens {limit} formulieren per persoon per uur, en dit formulier is niet opnieuw gelezen. Probeer het over een uur nog eens: bewerk het issue, of reageer met /retry.',
    'issue-ops.sticky.foreign':
      'Pull request #{pull} bevat wijzigingen die het register niet heeft gemaakt, dus die blijft zoals hij is. Een beheerder kan hem sluiten; als je dit issue daarna bewerkt, opent het register een nieuwe.',
    'issue-ops.log':
      '{outcome, select, ignored {Issue #{issue}: niets te doen ({reason}).} closed {Issue #{issue} is gesloten: de pull request ervan is gesloten.} errors {Issue #{issue}: het formulier bevat fouten; beantwoord, geen pull request.} limited {Issue #{issue}: de auteur zit boven het maximum aantal formulieren per uur; beantwoord.} duplicate {Issue #{issue}: de auteur heeft nog een open formulier voor de groep; beantwoord.} foreign {Issue #{issue}: pull request #{pull} bevat wijzigingen van een ander; blijft zoals hij is.} opened {Issue #{issue}: pull request #{pull} geopend.} other {Issue #{issue}: pull request #{pull} bijgewerkt.}}',
  },
  sv: {
    'issue-ops.pull.title':
      '{form, select, join {Ansökan: {group}} leave {Avslut: {group}} update {Ändringar: {group}} other {Nya ledare: {group}}}',
    'issue-ops.pull.commit': 'Formuläret {form} i ärende #{issue}: {path}',
    'issue-ops.pull.summary':
      '{action, select, create {Den här pull requesten lägger till filen {path}, gjord av svaren i formuläret i ärende #{issue}.} other {Den här pull requesten ändrar filen {path} så som formuläret i ärende #{issue} ber om.}} Registrets kontroll bedömer den som om ärendets författare hade öppnat den. Vill du ändra något, redigera ärendet: den här pull requesten följer med.',
    'issue-ops.sticky.opened':
      '{state, select, opened {Tack! Ditt formulär är nu pull request #{pull}.} other {Pull request #{pull} har nu svaren så som du senast sparade dem.}} Registret kontrollerar den där, och skriver i pull requesten vad det hittar och vem som fortfarande behöver godkänna den. Vill du ändra något, redigera det här ärendet: pull requesten följer med.',
    'issue-ops.sticky.errors':
      'Med de här svaren kan registret inte ändra något ännu. Redigera det här ärendet och ändra det som står här; registret läser formuläret igen när du sparar det.',
    'issue-ops.sticky.closed-earlier':
      'Pull request #{pull}, gjord av en tidigare version av det här ärendet, har stängts.',
    'issue-ops.sticky.duplicate':
      'Du har redan ett öppet formulär om den här gruppen: ärende #{other}. Gör klart eller stäng det först; det här ärendet får ingen pull request.',
    'issue-ops.sticky.limited':
      'Registret läser högst {limit} formulär per person och timme, och det här lästes inte igen. Försök igen om en timme: redigera ärendet, eller kommentera /retry.',
    'issue-ops.sticky.foreign':
      'Pull request #{pull} har ändringar som registret inte har gjort, så den lämnas som den är. En administratör kan stänga den; nästa gång du redigerar ärendet öppnar registret en ny.',
    'issue-ops.log':
      '{outcome, select, ignored {Ärende #{issue}: inget att göra ({reason}).} closed {Ärende #{issue} är stängt: dess pull request har stängts.} errors {Ärende #{issue}: formuläret har fel; besvarat, ingen pull request.} limited {Ärende #{issue}: författaren är över gränsen för formulär per timme; besvarat.} duplicate {Ärende #{issue}: författaren har ett annat öppet formulär för gruppen; besvarat.} foreign {Ärende #{issue}: pull request #{pull} har ändringar av någon annan; lämnas som den är.} opened {Ärende #{issue}: öppnade pull request #{pull}.} other {Ärende #{issue}: uppdaterade pull request #{pull}.}}',
  },
} satisfies Area<typeof en>;
