import type { Messages } from './messages.js';

export const sv: Messages = {
  locale: 'sv',
  languageName: 'Svenska',
  columns: ['Krav', 'Status'],
  requirement: {
    file: 'Gruppfilen är komplett och giltig',
    leaders: 'Gruppledare och medledare (med Tech Community-ID)',
    terms: 'Villkoren godkända',
    fees: 'Ingen inträdesavgift',
    conduct: 'Uppförandekod publicerad',
    website: 'Offentlig webbplats',
    trademark: 'Namnet följer varumärkesreglerna',
    meetups: 'Azure-möten de senaste 12 månaderna',
    spread: 'Möten spridda över året',
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
    fail: (errors) =>
      `❌ ${errors} ${errors === 1 ? 'fel måste' : 'fel måste'} rättas innan detta kan slås ihop.`,
    waiting:
      '⏳ Filerna är godkända; några personer behöver fortfarande agera innan detta kan slås ihop.',
  },
  changes: {
    heading: 'Vad som ändras',
    leadership: (role, from, to) =>
      `${role === 'leader' ? 'gruppledare' : 'medledare'}: ${from} → ${to}`,
    nobody: 'ingen',
    meetupsAdded: (count) => `${count} ${count === 1 ? 'möte' : 'möten'} tillagda`,
    meetupsRemoved: (count) => `${count} ${count === 1 ? 'möte' : 'möten'} borttagna`,
    waiver: (rule, change, until) =>
      `undantag för ${rule} ${{ added: 'tillagt', extended: 'förlängt', changed: 'ändrat', removed: 'borttaget' }[change]}${until ? ` (till ${until})` : ''}`,
    fields: (fields) => `ändrat: ${fields}`,
    newGroup: 'en ny gruppfil',
    removedFile: 'gruppfilen tas bort',
    outside: (files) =>
      `filer utanför groups/: ${files} (de ändrar aldrig vad som kontrollerar denna pull request)`,
    none: 'ingen ändring av gruppens uppgifter',
  },
  picture: {
    heading: 'Azure-möten, senaste 12 månaderna',
    counted: (held, required) => `${held} räknade, ${required} behövs`,
    legend: 'Räknade Azure-möten per månad; inställda, framtida och möten utan Azure räknas inte.',
  },
  act: {
    heading: 'Vem behöver agera',
    consent: (who, role) =>
      `${who}: du anges som ${role === 'leader' ? 'gruppledare' : 'medledare'}. Kommentera \`/consent\` på denna pull request (eller godkänn den) för att bekräfta.`,
    consented: (who) => `${who} har samtyckt.`,
    maintainer: {
      'not-a-leader':
        'En förvaltare: författaren är inte gruppledare eller medledare för gruppen på main, så en förvaltare måste godkänna.',
      'author-not-named':
        'En förvaltare: en ny grupp måste ange författaren som gruppledare eller medledare, eller godkännas av en förvaltare.',
      waiver:
        'En förvaltare: bara förvaltare får lägga till eller förlänga undantag; en förvaltare måste godkänna.',
      'outside-groups':
        'En förvaltare: denna pull request ändrar filer utanför groups/, som bara förvaltare granskar.',
    },
    maintainerDone: 'En förvaltare har godkänt.',
    author: (who) =>
      `${who}: rätta felen nedan och pusha till denna gren; kommentaren uppdateras av sig själv.`,
    nobody: 'Ingen: en förvaltare kan slå ihop.',
  },
  findings: {
    heading: (count) => `Fynd (${count})`,
    more: (count) => `…och ${count} till i jobbets sammanfattning.`,
  },
  next: {
    pass: 'Nästa steg: en förvaltare granskar och slår ihop.',
    fail: 'Nästa steg: rätta varje fynd på raden som anges (kontrollera lokalt med `npx tgr validate`) och pusha.',
    waiting:
      'Nästa steg: när alla ovan har agerat uppdateras kontrollen av sig själv och en förvaltare kan slå ihop.',
  },
  role: { leader: 'gruppledare', coLeader: 'medledare' },
};
