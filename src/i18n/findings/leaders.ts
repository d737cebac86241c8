import type { Area, Catalogue } from './catalogue.js';

const en = {
  'leaders/leader.missing':
    'The group has no leader. The program needs a group leader as its primary contact: add "leader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
  'leaders/leader.not-a-block':
    '"leader" must be a group of indented fields (name, github, techCommunityId, termsAccepted), but it is {kind}.',
  'leaders/leader.name-not-text':
    "The leader's name must be text, but it is {kind}. Write the full name{fix, select, line { on one line} other {, in quotes if it looks like a number}}.",
  'leaders/leader.name-missing':
    'The leader\'s name is missing. Add "name:" with their full name under "leader:".',
  'leaders/leader.github-number':
    'The leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
  'leaders/leader.github-not-text': "The leader's GitHub username must be text, but it is {kind}.",
  'leaders/leader.github-missing':
    'The leader\'s GitHub username is missing. Add "github:" with their username under "leader:"; the registry uses it to know who may update the group.',
  'leaders/leader.github-invalid':
    "The leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).",
  'leaders/leader.github-just-username':
    "The leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: {username}",

  'leaders/co-leader.missing':
    'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add "coLeader:" with the fields name, github, techCommunityId and termsAccepted indented below it.',
  'leaders/co-leader.not-a-block':
    '"coLeader" must be a group of indented fields (name, github, techCommunityId, termsAccepted), but it is {kind}.',
  'leaders/co-leader.name-not-text':
    "The co-leader's name must be text, but it is {kind}. Write the full name{fix, select, line { on one line} other {, in quotes if it looks like a number}}.",
  'leaders/co-leader.name-missing':
    'The co-leader\'s name is missing. Add "name:" with their full name under "coLeader:".',
  'leaders/co-leader.github-number':
    'The co-leader\'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"',
  'leaders/co-leader.github-not-text':
    "The co-leader's GitHub username must be text, but it is {kind}.",
  'leaders/co-leader.github-missing':
    'The co-leader\'s GitHub username is missing. Add "github:" with their username under "coLeader:"; the registry uses it to know who may update the group.',
  'leaders/co-leader.github-invalid':
    "The co-leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).",
  'leaders/co-leader.github-just-username':
    "The co-leader's GitHub username {value} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @). Write just the username: github: {username}",

  'leaders/distinct.same-github':
    'The leader and the co-leader have the same GitHub username, {account}, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',
  'leaders/distinct.same-id':
    'The leader and the co-leader have the same Tech Community user ID, {id}, so they are one person. The program needs two different people, so the group keeps a contact when one leaves: name someone else as co-leader.',

  'leaders/tech-community-id.missing':
    'The Tech Community user ID of {person} is missing: the program uses it to invite leaders to the Leaders Hub. Add "techCommunityId:". It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',
  'leaders/tech-community-id.profile-address':
    'The Tech Community user ID of {person} is the profile address, not the number. Use just the number: techCommunityId: {id}',
  'leaders/tech-community-id.as-text':
    'The Tech Community user ID of {person} is written as text. Write the number without quotes: techCommunityId: {id}',
  'leaders/tech-community-id.not-a-number':
    'The Tech Community user ID of {person} must be a positive whole number, but it is {value}. It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.',

  'leaders/github-id.missing':
    'The GitHub account ID of {person} is missing: a username can pass to someone else once its account is renamed or deleted, but the account ID never changes, so the registry knows each leader by it. Add "githubId:" with the number GitHub shows as "id" at {url}',
  'leaders/github-id.as-text':
    'The GitHub account ID of {person} is written as text. Write the number without quotes: githubId: {id}',
  'leaders/github-id.not-a-number':
    'The GitHub account ID of {person} must be a positive whole number, but it is {value}. It is the number GitHub shows as "id" at {url}',
  'leaders/github-id.no-account':
    'No GitHub account has the username {account}, given for {role, select, leader {the leader} other {the co-leader}}: check the spelling, exactly as on their GitHub profile.',
  'leaders/github-id.not-a-person':
    "The GitHub account {account}, given for {role, select, leader {the leader} other {the co-leader}}, is {kind, select, Organization {an organisation} other {a bot}}, not a person: an organisation or a bot cannot lead a group. Give the person's own GitHub username.",
  'leaders/github-id.missing-known':
    'The GitHub account ID of {person} is missing: a username can pass to someone else once its account is renamed or deleted, but the account ID never changes, so the registry knows each leader by it. Add this line under "github:": githubId: {id}',
  'leaders/github-id.wrong':
    'The GitHub account ID {given} of {person} is not the ID of the account with that username, which is {id}. Either the username now belongs to another account than the one {given} names (if the person renamed their account, write their new username under "github:" instead), or the ID was mistyped; then write: githubId: {id}',

  'leaders/terms.not-accepted':
    '{person} has not accepted the program\'s terms and conditions. Each leader must accept them; once {name} has, add "termsAccepted:" with the date, YYYY-MM-DD.',
  'leaders/terms.not-a-date':
    '"termsAccepted" must be the date {name} accepted the terms, written YYYY-MM-DD and existing on the calendar; it is {value}.',
  'leaders/terms.future':
    '{name} accepted the terms on {accepted, date, long}, which is after today ({today, date, long}). Write the date they actually accepted.',

  'leaders/account-gone':
    "{role, select, leader {The leader's} other {The co-leader's}} GitHub account {account} no longer exists (GitHub finds no user by that name).",
  'leaders/account-deleted':
    "{role, select, leader {The leader's} other {The co-leader's}} GitHub account {account} (ID {id}) no longer exists: GitHub has no account with that ID.",
  'leaders/account-recycled':
    "{role, select, leader {The leader's} other {The co-leader's}} GitHub account (ID {id}) no longer exists, and the username the file gives for them now belongs to another account: whoever holds it now is not your {role, select, leader {leader} other {co-leader}}.",
  'leaders/account-renamed':
    "{role, select, leader {The leader's} other {The co-leader's}} GitHub account (ID {id}) now has the username {login}; the file still gives the old one.",
} as const satisfies Catalogue;

export const leaders = {
  en,
  nl: {
    'leaders/leader.missing':
      'De groep heeft geen groepsleider. Het programma heeft een groepsleider nodig als primaire contactpersoon: voeg "leader:" toe, met daaronder ingesprongen de velden name, github, techCommunityId en termsAccepted.',
    'leaders/leader.not-a-block':
      '"leader" moet een groep ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is {kind}.',
    'leaders/leader.name-not-text':
      'De naam van de groepsleider moet tekst zijn, maar het is {kind}. Schrijf de volledige naam{fix, select, line { op één regel} other {, tussen aanhalingstekens als die op een getal lijkt}}.',
    'leaders/leader.name-missing':
      'De naam van de groepsleider ontbreekt. Voeg onder "leader:" de regel "name:" toe met de volledige naam.',
    'leaders/leader.github-number':
      'De GitHub-gebruikersnaam van de groepsleider wordt als getal gelezen. Zet de naam tussen aanhalingstekens, precies zoals op GitHub, zodat die tekst blijft: github: "…"',
    'leaders/leader.github-not-text':
      'De GitHub-gebruikersnaam van de groepsleider moet tekst zijn, maar het is {kind}.',
    'leaders/leader.github-missing':
      'De GitHub-gebruikersnaam van de groepsleider ontbreekt. Voeg onder "leader:" de regel "github:" toe met de gebruikersnaam; het register gebruikt die om te weten wie de groep mag bijwerken.',
    'leaders/leader.github-invalid':
      'De GitHub-gebruikersnaam {value} van de groepsleider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @).',
    'leaders/leader.github-just-username':
      'De GitHub-gebruikersnaam {value} van de groepsleider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @). Schrijf alleen de gebruikersnaam: github: {username}',

    'leaders/co-leader.missing':
      'De groep heeft geen co-leider. Het programma heeft een aangewezen co-leider nodig als secundaire contactpersoon, zodat de groep nooit zonder contactpersoon komt te zitten: voeg "coLeader:" toe, met daaronder ingesprongen de velden name, github, techCommunityId en termsAccepted.',
    'leaders/co-leader.not-a-block':
      '"coLeader" moet een groep ingesprongen velden zijn (name, github, techCommunityId, termsAccepted), maar het is {kind}.',
    'leaders/co-leader.name-not-text':
      'De naam van de co-leider moet tekst zijn, maar het is {kind}. Schrijf de volledige naam{fix, select, line { op één regel} other {, tussen aanhalingstekens als die op een getal lijkt}}.',
    'leaders/co-leader.name-missing':
      'De naam van de co-leider ontbreekt. Voeg onder "coLeader:" de regel "name:" toe met de volledige naam.',
    'leaders/co-leader.github-number':
      'De GitHub-gebruikersnaam van de co-leider wordt als getal gelezen. Zet de naam tussen aanhalingstekens, precies zoals op GitHub, zodat die tekst blijft: github: "…"',
    'leaders/co-leader.github-not-text':
      'De GitHub-gebruikersnaam van de co-leider moet tekst zijn, maar het is {kind}.',
    'leaders/co-leader.github-missing':
      'De GitHub-gebruikersnaam van de co-leider ontbreekt. Voeg onder "coLeader:" de regel "github:" toe met de gebruikersnaam; het register gebruikt die om te weten wie de groep mag bijwerken.',
    'leaders/co-leader.github-invalid':
      'De GitHub-gebruikersnaam {value} van de co-leider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @).',
    'leaders/co-leader.github-just-username':
      'De GitHub-gebruikersnaam {value} van de co-leider is geen geldige gebruikersnaam (letters, cijfers en losse koppeltekens, hoogstens 39 tekens, zonder @). Schrijf alleen de gebruikersnaam: github: {username}',

    'leaders/distinct.same-github':
      'De groepsleider en de co-leider hebben dezelfde GitHub-gebruikersnaam, {account}: het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',
    'leaders/distinct.same-id':
      'De groepsleider en de co-leider hebben dezelfde Tech Community-gebruikers-id, {id}: het is dus één persoon. Het programma heeft twee verschillende mensen nodig, zodat de groep een contactpersoon houdt als er één vertrekt: wijs iemand anders aan als co-leider.',

    'leaders/tech-community-id.missing':
      'De Tech Community-gebruikers-id van {person} ontbreekt: het programma gebruikt die om leiders uit te nodigen voor de Leaders Hub. Voeg "techCommunityId:" toe. Het is het nummer aan het einde van het profieladres op Tech Community (…/users/jouw-naam/123456 of …/user-id/123456 → 123456): meld je aan op techcommunity.microsoft.com, klik op je avatar en kies Mijn profiel.',
    'leaders/tech-community-id.profile-address':
      'De Tech Community-gebruikers-id van {person} is het profieladres, niet het nummer. Gebruik alleen het nummer: techCommunityId: {id}',
    'leaders/tech-community-id.as-text':
      'De Tech Community-gebruikers-id van {person} is als tekst geschreven. Schrijf het nummer zonder aanhalingstekens: techCommunityId: {id}',
    'leaders/tech-community-id.not-a-number':
      'De Tech Community-gebruikers-id van {person} moet een positief geheel getal zijn, maar er staat {value}. Het is het nummer aan het einde van het profieladres op Tech Community (…/users/jouw-naam/123456 of …/user-id/123456 → 123456): meld je aan op techcommunity.microsoft.com, klik op je avatar en kies Mijn profiel.',

    'leaders/github-id.missing':
      'De GitHub-account-id van {person} ontbreekt: een gebruikersnaam kan bij iemand anders terechtkomen als het account een andere naam krijgt of wordt verwijderd, maar de account-id verandert nooit, dus daaraan herkent het register elke leider. Voeg "githubId:" toe met het nummer dat GitHub als "id" toont op {url}',
    'leaders/github-id.as-text':
      'De GitHub-account-id van {person} is als tekst geschreven. Schrijf het nummer zonder aanhalingstekens: githubId: {id}',
    'leaders/github-id.not-a-number':
      'De GitHub-account-id van {person} moet een positief geheel getal zijn, maar er staat {value}. Het is het nummer dat GitHub als "id" toont op {url}',
    'leaders/github-id.no-account':
      'Er is geen GitHub-account met de gebruikersnaam {account}, opgegeven voor {role, select, leader {de groepsleider} other {de co-leider}}: controleer of de spelling precies klopt met het GitHub-profiel.',
    'leaders/github-id.not-a-person':
      'Het GitHub-account {account}, opgegeven voor {role, select, leader {de groepsleider} other {de co-leider}}, is {kind, select, Organization {een organisatie} other {een bot}} en geen persoon: een organisatie of bot kan geen groep leiden. Geef de eigen GitHub-gebruikersnaam van de persoon op.',
    'leaders/github-id.missing-known':
      'De GitHub-account-id van {person} ontbreekt: een gebruikersnaam kan bij iemand anders terechtkomen als het account een andere naam krijgt of wordt verwijderd, maar de account-id verandert nooit, dus daaraan herkent het register elke leider. Voeg onder "github:" deze regel toe: githubId: {id}',
    'leaders/github-id.wrong':
      'De GitHub-account-id {given} van {person} is niet de id van het account met die gebruikersnaam; die is {id}. Ofwel hoort de gebruikersnaam nu bij een ander account dan het account dat {given} aanduidt (heeft de persoon het account hernoemd, zet dan de nieuwe gebruikersnaam onder "github:"), ofwel is de id verkeerd overgenomen; schrijf dan: githubId: {id}',

    'leaders/terms.not-accepted':
      '{person} heeft de voorwaarden van het programma nog niet geaccepteerd. Elke leider moet ze accepteren; zodra {name} dat heeft gedaan, voeg je "termsAccepted:" toe met de datum, JJJJ-MM-DD.',
    'leaders/terms.not-a-date':
      '"termsAccepted" moet de datum zijn waarop {name} de voorwaarden heeft geaccepteerd: een bestaande datum, geschreven als JJJJ-MM-DD; er staat {value}.',
    'leaders/terms.future':
      '{name} heeft de voorwaarden op {accepted, date, long} geaccepteerd, en dat is na vandaag ({today, date, long}). Vul de datum in waarop de voorwaarden echt zijn geaccepteerd.',

    'leaders/account-gone':
      'Het GitHub-account {account} van {role, select, leader {de groepsleider} other {de co-leider}} bestaat niet meer (GitHub vindt geen gebruiker met die naam).',
    'leaders/account-deleted':
      'Het GitHub-account {account} (account-id {id}) van {role, select, leader {de groepsleider} other {de co-leider}} bestaat niet meer: GitHub heeft geen account met die id.',
    'leaders/account-recycled':
      'Het GitHub-account (account-id {id}) van {role, select, leader {de groepsleider} other {de co-leider}} bestaat niet meer, en de gebruikersnaam in het bestand hoort nu bij een ander account: wie die naam nu heeft, is niet jullie {role, select, leader {groepsleider} other {co-leider}}.',
    'leaders/account-renamed':
      'Het GitHub-account (account-id {id}) van {role, select, leader {de groepsleider} other {de co-leider}} heet nu {login}; het bestand noemt nog de oude gebruikersnaam.',
  },
  sv: {
    'leaders/leader.missing':
      'Gruppen har ingen gruppledare. Programmet behöver en gruppledare som gruppens primära kontakt: lägg till "leader:" med fälten name, github, techCommunityId och termsAccepted indragna under.',
    'leaders/leader.not-a-block':
      '"leader" ska vara en grupp indragna fält (name, github, techCommunityId, termsAccepted), men det är {kind}.',
    'leaders/leader.name-not-text':
      'Gruppledarens namn ska vara text, men det är {kind}. Skriv hela namnet{fix, select, line { på en rad} other {, inom citattecken om det ser ut som ett tal}}.',
    'leaders/leader.name-missing':
      'Gruppledarens namn saknas. Lägg till "name:" med hela namnet under "leader:".',
    'leaders/leader.github-number':
      'Gruppledarens GitHub-användarnamn läses som ett tal. Sätt det inom citattecken, precis som på GitHub, så att det förblir text: github: "…"',
    'leaders/leader.github-not-text':
      'Gruppledarens GitHub-användarnamn ska vara text, men det är {kind}.',
    'leaders/leader.github-missing':
      'Gruppledarens GitHub-användarnamn saknas. Lägg till "github:" med användarnamnet under "leader:"; registret använder det för att veta vem som får uppdatera gruppen.',
    'leaders/leader.github-invalid':
      'Gruppledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @).',
    'leaders/leader.github-just-username':
      'Gruppledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @). Skriv bara användarnamnet: github: {username}',

    'leaders/co-leader.missing':
      'Gruppen har ingen medledare. Programmet behöver en utsedd medledare som gruppens sekundära kontakt, så att gruppen aldrig står utan kontakt: lägg till "coLeader:" med fälten name, github, techCommunityId och termsAccepted indragna under.',
    'leaders/co-leader.not-a-block':
      '"coLeader" ska vara en grupp indragna fält (name, github, techCommunityId, termsAccepted), men det är {kind}.',
    'leaders/co-leader.name-not-text':
      'Medledarens namn ska vara text, men det är {kind}. Skriv hela namnet{fix, select, line { på en rad} other {, inom citattecken om det ser ut som ett tal}}.',
    'leaders/co-leader.name-missing':
      'Medledarens namn saknas. Lägg till "name:" med hela namnet under "coLeader:".',
    'leaders/co-leader.github-number':
      'Medledarens GitHub-användarnamn läses som ett tal. Sätt det inom citattecken, precis som på GitHub, så att det förblir text: github: "…"',
    'leaders/co-leader.github-not-text':
      'Medledarens GitHub-användarnamn ska vara text, men det är {kind}.',
    'leaders/co-leader.github-missing':
      'Medledarens GitHub-användarnamn saknas. Lägg till "github:" med användarnamnet under "coLeader:"; registret använder det för att veta vem som får uppdatera gruppen.',
    'leaders/co-leader.github-invalid':
      'Medledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @).',
    'leaders/co-leader.github-just-username':
      'Medledarens GitHub-användarnamn {value} är inte ett giltigt användarnamn (bokstäver, siffror och enstaka bindestreck, högst 39 tecken, utan @). Skriv bara användarnamnet: github: {username}',

    'leaders/distinct.same-github':
      'Gruppledaren och medledaren har samma GitHub-användarnamn, {account}, och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',
    'leaders/distinct.same-id':
      'Gruppledaren och medledaren har samma Tech Community-användar-ID, {id}, och är alltså samma person. Programmet behöver två olika personer, så att gruppen har kvar en kontakt när en av dem slutar: utse någon annan till medledare.',

    'leaders/tech-community-id.missing':
      'Tech Community-användar-ID:t för {person} saknas: programmet använder det för att bjuda in ledare till Leaders Hub. Lägg till "techCommunityId:". Det är numret i slutet av profiladressen på Tech Community (…/users/ditt-namn/123456 eller …/user-id/123456 → 123456): logga in på techcommunity.microsoft.com, klicka på din avatar och välj My Profile (Min profil).',
    'leaders/tech-community-id.profile-address':
      'Tech Community-användar-ID:t för {person} är profiladressen, inte numret. Skriv bara numret: techCommunityId: {id}',
    'leaders/tech-community-id.as-text':
      'Tech Community-användar-ID:t för {person} är skrivet som text. Skriv numret utan citattecken: techCommunityId: {id}',
    'leaders/tech-community-id.not-a-number':
      'Tech Community-användar-ID:t för {person} ska vara ett positivt heltal, men nu står det {value}. Det är numret i slutet av profiladressen på Tech Community (…/users/ditt-namn/123456 eller …/user-id/123456 → 123456): logga in på techcommunity.microsoft.com, klicka på din avatar och välj My Profile (Min profil).',

    'leaders/github-id.missing':
      'GitHub-konto-ID:t för {person} saknas: ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort, men konto-ID:t ändras aldrig, så registret känner igen varje ledare på det. Lägg till "githubId:" med numret som GitHub visar som "id" på {url}',
    'leaders/github-id.as-text':
      'GitHub-konto-ID:t för {person} är skrivet som text. Skriv numret utan citattecken: githubId: {id}',
    'leaders/github-id.not-a-number':
      'GitHub-konto-ID:t för {person} ska vara ett positivt heltal, men nu står det {value}. Det är numret som GitHub visar som "id" på {url}',
    'leaders/github-id.no-account':
      'Det finns inget GitHub-konto med användarnamnet {account}, angivet för {role, select, leader {gruppledaren} other {medledaren}}: kontrollera att stavningen är exakt som på GitHub-profilen.',
    'leaders/github-id.not-a-person':
      'GitHub-kontot {account}, angivet för {role, select, leader {gruppledaren} other {medledaren}}, är {kind, select, Organization {en organisation} other {en bot}} och inte en person: en organisation eller en bot kan inte leda en grupp. Ange personens eget GitHub-användarnamn.',
    'leaders/github-id.missing-known':
      'GitHub-konto-ID:t för {person} saknas: ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort, men konto-ID:t ändras aldrig, så registret känner igen varje ledare på det. Lägg till den här raden under "github:": githubId: {id}',
    'leaders/github-id.wrong':
      'GitHub-konto-ID:t {given} för {person} är inte ID:t för kontot med det användarnamnet; det är {id}. Antingen hör användarnamnet nu till ett annat konto än det som {given} pekar ut (om personen har bytt namn på sitt konto skriver du i stället det nya användarnamnet under "github:"), eller så är ID:t felskrivet; skriv då: githubId: {id}',

    'leaders/terms.not-accepted':
      '{person} har inte godkänt ledarvillkoren. Varje ledare måste godkänna dem; när {name} har gjort det lägger du till "termsAccepted:" med datumet, ÅÅÅÅ-MM-DD.',
    'leaders/terms.not-a-date':
      '"termsAccepted" ska vara datumet då {name} godkände ledarvillkoren: ett datum som finns, skrivet ÅÅÅÅ-MM-DD; nu står det {value}.',
    'leaders/terms.future':
      '{name} godkände ledarvillkoren den {accepted, date, long}, vilket är efter i dag ({today, date, long}). Skriv datumet då {name} faktiskt godkände dem.',

    'leaders/account-gone':
      '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto {account} finns inte längre (GitHub hittar ingen användare med det namnet).',
    'leaders/account-deleted':
      '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto {account} (ID {id}) finns inte längre: GitHub har inget konto med det ID:t.',
    'leaders/account-recycled':
      '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto (ID {id}) finns inte längre, och användarnamnet i filen tillhör nu ett annat konto: den som har det nu är inte er {role, select, leader {gruppledare} other {medledare}}.',
    'leaders/account-renamed':
      '{role, select, leader {Gruppledarens} other {Medledarens}} GitHub-konto (ID {id}) har nu användarnamnet {login}; filen anger fortfarande det gamla.',
  },
} satisfies Area<typeof en>;
