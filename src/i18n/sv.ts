import { longDate, pluralForm } from './intl.js';
import type { Messages } from './messages.js';

const plural = (count: number, one: string, other: string): string =>
  `${count} ${pluralForm('sv', count, { one, other })}`;

export const sv: Messages = {
  language: 'sv',
  locale: 'sv',
  languageName: 'Svenska',
  columns: ['Krav', 'Status'],
  requirement: {
    file: 'Gruppfilen är komplett och giltig',
    leaders: 'Gruppledare och medledare (med Tech Community-användar-ID)',
    terms: 'Villkoren godkända',
    fees: 'Ingen inträdesavgift',
    conduct: 'Uppförandekod publicerad',
    website: 'Offentlig webbplats',
    trademark: 'Namnet följer varumärkesreglerna',
    meetups: 'Azure-träffar de senaste 12 månaderna',
    spread: 'Träffar spridda över året',
  },
  status: {
    pass: '✅ godkänt',
    fail: '❌ underkänt',
    warning: '⚠️ varning',
    waived: '🕊️ undantag',
  },
  kind: { join: 'går med i programmet', update: 'ändring', leave: 'lämnar programmet' },
  verdict: {
    pass: '✅ Ändringen uppfyller alla programkrav.',
    fail: (errors) => `❌ ${errors} fel måste rättas innan detta kan slås ihop.`,
    waiting:
      '⏳ Filerna är godkända; några personer behöver fortfarande agera innan detta kan slås ihop.',
  },
  changes: {
    heading: 'Vad som ändras',
    leadership: (role, from, to) =>
      `${role === 'leader' ? 'gruppledare' : 'medledare'}: ${from} → ${to}`,
    nobody: 'ingen',
    meetupsAdded: (count) => plural(count, 'träff tillagd', 'träffar tillagda'),
    meetupsRemoved: (count) => plural(count, 'träff borttagen', 'träffar borttagna'),
    waiver: (rule, change, until) =>
      `undantag för ${rule} ${{ added: 'tillagt', extended: 'förlängt', changed: 'ändrat', removed: 'borttaget' }[change]}${until ? ` (till och med ${until})` : ''}`,
    fields: (fields) => `ändrat: ${fields}`,
    newGroup: 'en ny gruppfil',
    removedFile: 'gruppfilen tas bort',
    outside: (files) =>
      `filer utanför groups/: ${files} (de ändrar aldrig hur denna pull request kontrolleras)`,
    none: 'ingen ändring av gruppens uppgifter',
    byUsername:
      'Gruppens fil anger ledarna bara med GitHub-användarnamn, utan `githubId`, så den här kontrollen utgick från att de som har användarnamnen i dag är ledarna. Ett användarnamn kan hamna hos någon annan när kontot byter namn eller tas bort: lägg till `githubId` för varje ledare (en förvaltare godkänner den ändringen).',
  },
  picture: {
    heading: 'Azure-träffar, senaste 12 månaderna',
    counted: (held, required) => `${held} räknade, ${required} behövs`,
    legend:
      'Räknade Azure-träffar per månad; inställda och framtida träffar räknas inte, och inte heller träffar som inte handlar om Azure.',
  },
  act: {
    heading: 'Vem behöver agera',
    consent: (who, role) =>
      `${who}: du anges som ${role === 'leader' ? 'gruppledare' : 'medledare'}. Kommentera \`/consent\` på en egen rad på denna pull request (eller godkänn den) för att bekräfta; en \`/consent\` skriven före denna begäran räknas inte.`,
    consented: (who) => `${who} har samtyckt.`,
    removed: (who, role, now) =>
      `${who}: ${now === undefined ? `denna pull request tar bort dig som ${role === 'leader' ? 'gruppledare' : 'medledare'} i denna grupp` : `denna pull request flyttar dig från ${role === 'leader' ? 'gruppledare' : 'medledare'} till ${now === 'leader' ? 'gruppledare' : 'medledare'} i denna grupp`}. Kommentera \`/consent\` på en egen rad på denna pull request för att godkänna, eller så godkänner en förvaltare den; en \`/consent\` skriven före denna begäran räknas inte.`,
    maintainer: {
      'not-a-leader':
        'En förvaltare: författaren är inte gruppledare eller medledare för gruppen på main, så en förvaltare måste godkänna.',
      'author-not-named':
        'En förvaltare: en ny grupp måste ange författaren som gruppledare eller medledare, eller godkännas av en förvaltare.',
      'program-fields':
        'En förvaltare: `status` och `joined` sätts av programteamet (en ny grupp börjar som `status: applying` utan `joined`; ledarna får bara sätta `status: leaving`), så en förvaltare måste godkänna.',
      'unreadable-base':
        'En förvaltare: gruppens fil på main går inte att läsa, så ingen kan se vem som leder gruppen; en förvaltare måste godkänna.',
      waiver:
        'En förvaltare: bara förvaltare får lägga till, ändra eller ta bort undantag; en förvaltare måste godkänna.',
      'outside-groups':
        'En förvaltare: denna pull request ändrar filer utanför groups/, som bara förvaltare granskar.',
      'too-large':
        'En förvaltare: denna pull request är för stor för att kontrolleras fil för fil, så en förvaltare måste granska och godkänna den.',
      rename:
        'En förvaltare: denna pull request byter namn på gruppens fil eller ändrar dess `slug`; gruppens granskningsärenden (och deras tidsfrister) börjar om under det nya namnet, så en förvaltare måste godkänna.',
      'github-id':
        'En förvaltare: denna pull request ger en person som gruppen redan anger ett nytt `githubId` (GitHub-kontots id). Ett användarnamn kan hamna hos någon annan när ett konto byter namn eller tas bort, så en förvaltare måste kontrollera att kontot verkligen är personens och godkänna.',
    },
    maintainerDone: 'En förvaltare har godkänt.',
    author: (who) =>
      `${who}: rätta felen nedan och pusha till denna gren; den här kommentaren uppdateras av sig själv.`,
    nobody: 'Ingen: en förvaltare kan slå ihop.',
  },
  tooLarge: (count, what) =>
    `⚠️ Denna pull request ändrar ${count} ${what === 'files' ? 'filer' : 'gruppfiler'}: fler än kontrollen läser fil för fil, så filerna har inte kontrollerats. Dela upp den i mindre pull requests så att varje fil kontrolleras.`,
  findings: {
    heading: (count) => `Fynd (${count})`,
    more: (count) => `…och ${count} till i jobbets sammanfattning.`,
  },
  cut: '_…förkortad för att rymmas i en kommentar på GitHub: hela rapporten finns i **Registry check** och i jobbets sammanfattning._',
  next: {
    pass: 'Nästa steg: en förvaltare granskar och slår ihop.',
    fail: 'Nästa steg: rätta varje fynd på raden som anges (kontrollera lokalt med `npx tgr validate`) och pusha.',
    waiting:
      'Nästa steg: när alla ovan har agerat uppdateras kontrollen av sig själv och en förvaltare kan slå ihop.',
  },
  role: { leader: 'gruppledare', coLeader: 'medledare' },
  audit: {
    intro: (who) =>
      `${who}: registrets schemalagda kontroll hittade något som er grupp behöver rätta för att stanna i Azure Tech Groups-programmet.`,
    headings: {
      wrong: 'Vad som är fel',
      evidence: 'Vad registret visar',
      todo: 'Vad ni ska göra',
      deadline: 'Senast',
    },
    wrong: {
      'meetups-minimum': (held, required, months) =>
        `Er grupp höll ${plural(held, 'Azure-träff', 'Azure-träffar')} de senaste ${months} månaderna; programmet kräver minst ${required}.`,
      'meetups-at-risk': (on, counted, required, months) =>
        `Den ${longDate('sv', on)} har er grupp ${plural(counted, 'Azure-träff', 'Azure-träffar')} de senaste ${months} månaderna, färre än de ${required} som programmet kräver, eftersom äldre träffar faller utanför perioden.`,
      leader: 'Registret anger ingen fullständig, giltig gruppledare för er grupp.',
      'co-leader':
        'Er grupp har förlorat sin medledare: registret anger ingen fullständig, giltig medledare som är en annan person än gruppledaren.',
      'leader-renamed': (role, name, old, now) =>
        `GitHub-kontot för ${role === 'leader' ? 'gruppledaren' : 'medledaren'}${name === '' ? '' : ` ${name}`} har fått ett nytt användarnamn: ${old} heter nu ${now}. Det är samma konto (registret känner igen det på dess ID), men gruppfilen anger fortfarande det gamla användarnamnet, som vem som helst nu kan registrera.`,
      terms: 'Alla ledare i er grupp har inte godkänt programmets villkor.',
      'waiver-expired':
        'Ett undantag för er grupp har gått ut, så regeln som undantaget omfattade gäller igen.',
    },
    todo: {
      'meetups-minimum': (file) =>
        `Håll de Azure-träffar som saknas och lägg till var och en i ${file} med \`azure: true\` i en pull request. Träffar ni höll men inte listade räknas också.`,
      'meetups-at-risk': (file) =>
        `Planera en Azure-träff före det datumet och lägg till den i ${file} i en pull request.`,
      leader: (file) =>
        `Ange gruppledaren i ${file}: namn, GitHub-användarnamn, Tech Community-användar-ID och datumet då villkoren godkändes. Meddela programteamet på azure-tech-groups@microsoft.com.`,
      'co-leader': (file) =>
        `Ange en ny medledare i ${file}: namn, GitHub-användarnamn, Tech Community-användar-ID och datumet då villkoren godkändes; personen bekräftar med \`/consent\` på pull requesten. Meddela programteamet på azure-tech-groups@microsoft.com.`,
      'leader-renamed': (file) =>
        `Skriv i en pull request det nya användarnamnet under \`github:\` i ${file} och låt \`githubId\` vara som det är. Ärendet stängs av sig självt när filen anger det nya användarnamnet.`,
      terms: (file) =>
        `Lägg till datumet i \`termsAccepted\` i ${file} när varje ledare har godkänt villkoren.`,
      'waiver-expired': (file) =>
        `Åtgärda det som undantaget gällde och ta bort undantaget ur ${file}, eller be en förvaltare att förlänga det.`,
    },
    counted: 'Räknade',
    notCounted: 'Räknas inte',
    expiring: 'Faller utanför perioden',
    none: 'inga',
    exclusion: {
      cancelled: 'inställd',
      future: 'planerad, inte hållen än',
      'not-azure': 'handlar inte om Azure',
      'before-window': 'äldre än perioden',
      duplicate: 'listad två gånger',
    },
    deadline: (date) =>
      `Rätta detta senast ${longDate('sv', date)}. Ärendet stängs av sig självt när registret visar att problemet är löst.`,
    resolved: {
      'meetups-minimum':
        'Löst: gruppen håller nu tillräckligt många Azure-träffar under perioden. Stänger.',
      'meetups-at-risk':
        'Ingen risk längre: de listade träffarna håller gruppen på miniminivån. Stänger.',
      leader: 'Löst: gruppen har en fullständig, giltig gruppledare igen. Stänger.',
      'co-leader': 'Löst: gruppen har en fullständig, giltig medledare igen. Stänger.',
      'leader-renamed': 'Löst: gruppfilen anger ledarnas nya användarnamn. Stänger.',
      terms: 'Löst: alla ledare har godkänt villkoren. Stänger.',
      'waiver-expired': 'Löst: det utgångna undantaget togs bort eller förlängdes. Stänger.',
    },
    inactive:
      'Stänger: gruppen är inte längre aktiv i registret (den lämnar programmet, eller filen togs bort eller bytte namn).',
    superseded:
      'Stänger: gruppen ligger nu under miniminivån; ärendet om miniminivån följer upp detta.',
    duplicate: (number) => `Dubblett av #${number}: ett ärende per grupp och problem. Stänger.`,
  },
};
