import type { Area, Catalogue } from './catalogue.js';

/**
 * trademark/name. `name` comes quoted from the group file; `mark` is the Microsoft mark the name
 * leads with, lowercased (microsoft, msft, azure, windows).
 */
const en = {
  'trademark/name.direction-controls':
    'The name holds invisible direction-control characters, which change the order in which its letters are displayed. Remove them and write the name as it should read.',
  'trademark/name.leading-mark':
    'The name {name} starts with the Microsoft trademark "{mark}". Microsoft\'s trademark guidelines do not allow a Microsoft mark as the leading word of a name: put your place first, for example "Utrecht Azure User Group".',
  'trademark/name.official':
    "The name {name} suggests the group is official or run or sponsored by Microsoft. Community groups may refer to Azure but must not imply Microsoft's sponsorship or endorsement (see https://www.microsoft.com/trademarks): remove that wording.",
} as const satisfies Catalogue;

export const trademark = {
  en,
  nl: {
    'trademark/name.direction-controls':
      'De naam bevat onzichtbare tekens voor de schrijfrichting, die de volgorde veranderen waarin de letters worden weergegeven. Verwijder ze en schrijf de naam zoals hij gelezen moet worden.',
    'trademark/name.leading-mark':
      'De naam {name} begint met het Microsoft-handelsmerk "{mark}". De richtlijnen voor handelsmerken van Microsoft staan geen Microsoft-merk als eerste woord van een naam toe: zet je plaats vooraan, bijvoorbeeld "Utrecht Azure User Group".',
    'trademark/name.official':
      'De naam {name} wekt de indruk dat de groep officieel is of door Microsoft wordt georganiseerd of gesponsord. Communitygroepen mogen naar Azure verwijzen, maar mogen niet suggereren dat Microsoft ze sponsort of steunt (zie https://www.microsoft.com/trademarks): verwijder die woorden.',
  },
  sv: {
    'trademark/name.direction-controls':
      'Namnet innehåller osynliga tecken för textriktning, som ändrar i vilken ordning bokstäverna visas. Ta bort dem och skriv namnet så som det ska läsas.',
    'trademark/name.leading-mark':
      'Namnet {name} börjar med Microsoft-varumärket "{mark}". Microsofts riktlinjer för varumärken tillåter inte ett Microsoft-varumärke som första ord i ett namn: sätt din ort först, till exempel "Utrecht Azure User Group".',
    'trademark/name.official':
      'Namnet {name} antyder att gruppen är officiell eller drivs eller sponsras av Microsoft. Communitygrupper får hänvisa till Azure men får inte antyda att Microsoft sponsrar eller står bakom dem (se https://www.microsoft.com/trademarks): ta bort de orden.',
  },
} satisfies Area<typeof en>;
