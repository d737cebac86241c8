import type { Area } from './catalogue.js';

/**
 * The replies to an issue form (issue 24, `tgr from-issue`): why the answers cannot become a
 * change, in words the issue's author can act on by editing the issue. Field labels are quoted
 * as the form shows them (in English, as GitHub renders them); the form's headings are written
 * as the `###` lines the author sees when editing.
 */
const en = {
  'issue-form.empty':
    "The issue has no text. Open a new issue from one of the registry's forms and fill it in.",
  'issue-form.too-large':
    "The issue's text is longer than {max} KiB, far more than a filled-in form holds. Shorten your answers.",
  'issue-form.unknown-form':
    "This issue's text does not follow one of the registry's forms (join, update, leadership or leave). Open a new issue from a form, and keep its headings (the lines that start with ###) as they are.",
  'issue-form.text-before-form':
    "There is text before the form's first heading. Edit the issue and remove it: each answer goes under its own heading.",
  'issue-form.extra-heading':
    'The form has headings it should not have: {headings}. A line in an answer that starts with ### is read as a heading. Edit the issue and take the ### off that line, or remove the heading you added.',
  'issue-form.unticked': 'Tick the box under {field}.',
  'issue-form.required': '{field} is empty, and it must be filled in.',
  'issue-form.too-long':
    'The answer to {field} is longer than {max, plural, one {# character} other {# characters}}. Shorten it.',
  'issue-form.control': 'The answer to {field} holds invisible control characters. Retype it.',
  'issue-form.one-line': 'The answer to {field} must fit on one line.',
  'issue-form.not-an-option': 'The answer to {field} must be one of the options: {options}.',
  'issue-form.join.no-slug':
    'The registry makes the group\'s short name (slug) from its name, {name}, but the name has no Latin letters or digits to make it from. Write the name in Latin letters, your place first, such as "Utrecht Azure User Group".',
  'issue-form.join.taken':
    'The name {name} gives the short name (slug) {slug}, and a group with that short name is already in the registry. If it is your group, use the update form. If not, choose a name that tells the two groups apart.',
  'issue-form.leave.already':
    'The group {slug} has already asked to leave: its status is leaving. The program team does the rest.',
  'issue-form.leave.applying':
    'The group {slug} is still applying and has not joined, so it cannot leave. To take the application back, ask a maintainer to remove its file.',
  'issue-form.cannot-edit':
    '{path} is written in a way the registry cannot change from a form. Ask a maintainer to make the change.',
  'issue-form.group.unknown':
    "No group in the registry has the short name {given}. Write the group's file name without .yaml, such as utrecht-azure.",
  'issue-form.group.look-alike':
    '{given} only looks like the short name of the group {slug}: some of its characters are other letters that look the same, or are invisible. Retype it.',
  'issue-form.group.unreadable':
    'The registry cannot read {path}, so it cannot change it from a form. Ask a maintainer.',
  'issue-form.invalid-answer':
    'The answer to {field} is not written the way the group file needs it. Read the help under that field in the form, then edit the issue.',
  'issue-form.update.nothing':
    'The form changes nothing: every field after the short name is empty. Fill in the fields that change, or add meetups.',
  'issue-form.update.meetup-line':
    'The meetup line {line} is not written as date | title | yes or no | link, such as 2026-12-10 | Bicep for beginners | yes. The date is YYYY-MM-DD; yes means the meetup is about Azure; the link may be left out.',
  'issue-form.update.too-many-meetups':
    'One form adds at most {max} meetups. Add the others with another update.',
  'issue-form.leadership.not-current':
    "The group's {role, select, leader {leader} other {co-leader}} is {current}, not {given}. Only the person in that role can step down in this form: check the role and the username.",
  'issue-form.reply.changed':
    '{action, select, create {The form gives a new group file, {path}} other {The form changes {path}}}. The check below says what it found.',
  'issue-form.reply.refused':
    'Nothing was changed. Edit the issue to fix what is listed below, and it is checked again.',
} as const;

export const issueForm = {
  en,
  nl: {
    'issue-form.empty':
      'Het issue heeft geen tekst. Open een nieuw issue vanuit een van de formulieren van het register en vul het in.',
    'issue-form.too-large':
      'De tekst van het issue is langer dan {max} KiB, veel meer dan een ingevuld formulier bevat. Maak je antwoorden korter.',
    'issue-form.unknown-form':
      'De tekst van dit issue volgt geen van de formulieren van het register (join, update, leadership of leave). Open een nieuw issue vanuit een formulier en laat de kopjes (de regels die met ### beginnen) zoals ze zijn.',
    'issue-form.text-before-form':
      'Er staat tekst boven het eerste kopje van het formulier. Bewerk het issue en haal die tekst weg: elk antwoord hoort onder zijn eigen kopje.',
    'issue-form.extra-heading':
      'Het formulier heeft kopjes die er niet in horen: {headings}. Een regel in een antwoord die met ### begint, wordt als kopje gelezen. Bewerk het issue en haal de ### aan het begin van die regel weg, of verwijder het kopje dat je hebt toegevoegd.',
    'issue-form.unticked': 'Zet een vinkje in het vakje onder {field}.',
    'issue-form.required': '{field} is leeg, maar moet ingevuld zijn.',
    'issue-form.too-long':
      'Het antwoord bij {field} is langer dan {max, plural, one {# teken} other {# tekens}}. Maak het korter.',
    'issue-form.control':
      'Het antwoord bij {field} bevat onzichtbare stuurtekens. Typ het opnieuw.',
    'issue-form.one-line': 'Het antwoord bij {field} moet op één regel passen.',
    'issue-form.not-an-option': 'Het antwoord bij {field} moet een van de keuzes zijn: {options}.',
    'issue-form.join.no-slug':
      'Het register maakt de korte naam (slug) van de groep uit de naam, {name}, maar in die naam staan geen Latijnse letters of cijfers om die van te maken. Schrijf de naam in Latijnse letters, met je plaats eerst, zoals "Utrecht Azure User Group".',
    'issue-form.join.taken':
      'De naam {name} geeft de korte naam (slug) {slug}, en er staat al een groep met die korte naam in het register. Is het jouw groep, gebruik dan het formulier update. Zo niet, kies dan een naam die de twee groepen uit elkaar houdt.',
    'issue-form.leave.already':
      'De groep {slug} heeft al gevraagd om te vertrekken: de status is leaving. Het programmateam doet de rest.',
    'issue-form.leave.applying':
      'De groep {slug} meldt zich nog aan en doet nog niet mee, dus kan ze ook niet vertrekken. Wil je de aanmelding intrekken, vraag dan een beheerder om het bestand van de groep te verwijderen.',
    'issue-form.cannot-edit':
      '{path} is zo geschreven dat het register het niet vanuit een formulier kan wijzigen. Vraag een beheerder om de wijziging te maken.',
    'issue-form.group.unknown':
      'Geen groep in het register heeft de korte naam {given}. Schrijf de bestandsnaam van de groep zonder .yaml, zoals utrecht-azure.',
    'issue-form.group.look-alike':
      '{given} lijkt alleen op de korte naam van de groep {slug}: sommige tekens zijn andere letters die er hetzelfde uitzien, of zijn onzichtbaar. Typ de naam opnieuw.',
    'issue-form.group.unreadable':
      'Het register kan {path} niet lezen en kan het dus niet vanuit een formulier wijzigen. Vraag het een beheerder.',
    'issue-form.invalid-answer':
      'Het antwoord bij {field} is niet geschreven zoals het groepsbestand het nodig heeft. Lees de uitleg onder dat veld in het formulier en bewerk dan het issue.',
    'issue-form.update.nothing':
      'Het formulier wijzigt niets: elk veld na de korte naam is leeg. Vul de velden in die veranderen, of voeg meetups toe.',
    'issue-form.update.meetup-line':
      'De meetupregel {line} is niet geschreven als datum | titel | yes of no | link, zoals 2026-12-10 | Bicep voor beginners | yes. De datum is JJJJ-MM-DD; yes betekent dat de meetup over Azure gaat; de link mag je weglaten.',
    'issue-form.update.too-many-meetups':
      'Eén formulier voegt hoogstens {max} meetups toe. Voeg de andere toe met nog een update.',
    'issue-form.leadership.not-current':
      'De {role, select, leader {groepsleider} other {co-leider}} van de groep is {current}, niet {given}. Alleen wie die rol heeft, kan in dit formulier stoppen: controleer de rol en de gebruikersnaam.',
    'issue-form.reply.changed':
      '{action, select, create {Het formulier geeft een nieuw groepsbestand, {path}} other {Het formulier wijzigt {path}}}. De controle hieronder zegt wat ze vond.',
    'issue-form.reply.refused':
      'Er is niets gewijzigd. Bewerk het issue om te verbeteren wat hieronder staat; daarna wordt het opnieuw gecontroleerd.',
  },
  sv: {
    'issue-form.empty':
      'Ärendet har ingen text. Öppna ett nytt ärende från ett av registrets formulär och fyll i det.',
    'issue-form.too-large':
      'Ärendets text är längre än {max} KiB, mycket mer än ett ifyllt formulär rymmer. Korta dina svar.',
    'issue-form.unknown-form':
      'Det här ärendets text följer inget av registrets formulär (join, update, leadership eller leave). Öppna ett nytt ärende från ett formulär och låt rubrikerna (raderna som börjar med ###) vara som de är.',
    'issue-form.text-before-form':
      'Det står text före formulärets första rubrik. Redigera ärendet och ta bort den: varje svar hör hemma under sin egen rubrik.',
    'issue-form.extra-heading':
      'Formuläret har rubriker som inte hör dit: {headings}. En rad i ett svar som börjar med ### läses som en rubrik. Redigera ärendet och ta bort ### i början av den raden, eller ta bort rubriken du lade till.',
    'issue-form.unticked': 'Kryssa i rutan under {field}.',
    'issue-form.required': '{field} är tomt, men måste fyllas i.',
    'issue-form.too-long':
      'Svaret på {field} är längre än {max, plural, one {# tecken} other {# tecken}}. Korta det.',
    'issue-form.control': 'Svaret på {field} innehåller osynliga styrtecken. Skriv det igen.',
    'issue-form.one-line': 'Svaret på {field} måste rymmas på en rad.',
    'issue-form.not-an-option': 'Svaret på {field} måste vara ett av alternativen: {options}.',
    'issue-form.join.no-slug':
      'Registret gör gruppens kortnamn (slug) av namnet, {name}, men namnet har inga latinska bokstäver eller siffror att göra det av. Skriv namnet med latinska bokstäver och din ort först, till exempel "Stockholm Azure User Group".',
    'issue-form.join.taken':
      'Namnet {name} ger kortnamnet (slug) {slug}, och en grupp med det kortnamnet finns redan i registret. Om det är din grupp, använd formuläret update. Om inte, välj ett namn som skiljer de två grupperna åt.',
    'issue-form.leave.already':
      'Gruppen {slug} har redan bett om att få lämna: dess status är leaving. Programteamet gör resten.',
    'issue-form.leave.applying':
      'Gruppen {slug} ansöker fortfarande och är inte med i programmet än, så den kan inte lämna det. Vill du ta tillbaka ansökan, be en förvaltare att ta bort gruppens fil.',
    'issue-form.cannot-edit':
      '{path} är skriven på ett sätt som registret inte kan ändra från ett formulär. Be en förvaltare att göra ändringen.',
    'issue-form.group.unknown':
      'Ingen grupp i registret har kortnamnet {given}. Skriv gruppens filnamn utan .yaml, till exempel stockholm-azure.',
    'issue-form.group.look-alike':
      '{given} ser bara ut som kortnamnet för gruppen {slug}: några av tecknen är andra bokstäver som ser likadana ut, eller är osynliga. Skriv det igen.',
    'issue-form.group.unreadable':
      'Registret kan inte läsa {path} och kan därför inte ändra den från ett formulär. Be en förvaltare om hjälp.',
    'issue-form.invalid-answer':
      'Svaret på {field} är inte skrivet som gruppfilen behöver det. Läs hjälptexten under fältet i formuläret och redigera sedan ärendet.',
    'issue-form.update.nothing':
      'Formuläret ändrar ingenting: alla fält efter kortnamnet är tomma. Fyll i fälten som ändras, eller lägg till möten.',
    'issue-form.update.meetup-line':
      'Mötesraden {line} är inte skriven som datum | titel | yes eller no | länk, till exempel 2026-12-10 | Bicep för nybörjare | yes. Datumet skrivs ÅÅÅÅ-MM-DD; yes betyder att mötet handlar om Azure; länken kan utelämnas.',
    'issue-form.update.too-many-meetups':
      'Ett formulär lägger till högst {max} möten. Lägg till de andra med en ny uppdatering.',
    'issue-form.leadership.not-current':
      'Gruppens {role, select, leader {gruppledare} other {medledare}} är {current}, inte {given}. Bara den som har rollen kan sluta via det här formuläret: kontrollera rollen och användarnamnet.',
    'issue-form.reply.changed':
      '{action, select, create {Formuläret ger en ny gruppfil, {path}} other {Formuläret ändrar {path}}}. Kontrollen nedan säger vad den hittade.',
    'issue-form.reply.refused':
      'Ingenting har ändrats. Redigera ärendet och rätta det som står nedan, så kontrolleras det igen.',
  },
} satisfies Area<typeof en>;
