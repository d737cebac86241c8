import type { Area, Catalogue } from './catalogue.js';

/**
 * trademark/name. `name` comes quoted from the group file; `mark` is the Microsoft mark the name
 * leads with, lowercased (microsoft, msft, azure, windows).
 */
const en = {
  'trademark/name.direction-controls':
    'The name holds invisible characters that control the writing direction and change the order in which its letters are shown. Remove them, for example by typing the name again, and write it as it should read.',
  'trademark/name.leading-mark':
    'The name {name} starts with the Microsoft trademark "{mark}". Under Microsoft\'s trademark guidelines a name may not start with a Microsoft mark: put your place first, for example "Utrecht Azure User Group".',
  'trademark/name.official':
    'The name {name} suggests that the group is official, or run or sponsored by Microsoft. Community groups may refer to Azure but must not suggest that Microsoft sponsors or endorses them (see https://www.microsoft.com/trademarks): remove those words.',
} as const satisfies Catalogue;

export const trademark = {
  en,
  nl: {
    'trademark/name.direction-controls':
      'De naam bevat onzichtbare tekens voor de schrijfrichting, die de volgorde van de letters op het scherm veranderen. Verwijder ze, bijvoorbeeld door de naam opnieuw te typen, en schrijf de naam zoals hij gelezen moet worden.',
    'trademark/name.leading-mark':
      'De naam {name} begint met het Microsoft-handelsmerk "{mark}". Volgens de richtlijnen voor handelsmerken van Microsoft mag een naam niet met een Microsoft-merk beginnen: zet je plaatsnaam vooraan, bijvoorbeeld "Utrecht Azure User Group".',
    'trademark/name.official':
      'De naam {name} wekt de indruk dat de groep officieel is of door Microsoft wordt georganiseerd of gesponsord. Communitygroepen mogen naar Azure verwijzen, maar mogen niet suggereren dat Microsoft ze sponsort of steunt (zie https://www.microsoft.com/trademarks): verwijder die woorden.',
  },
  sv: {
    'trademark/name.direction-controls':
      'Namnet innehåller osynliga tecken för skrivriktning, som ändrar i vilken ordning bokstäverna visas. Ta bort dem, till exempel genom att skriva namnet på nytt, och skriv det så som det ska läsas.',
    'trademark/name.leading-mark':
      'Namnet {name} börjar med Microsofts varumärke "{mark}". Enligt Microsofts riktlinjer för varumärken får ett namn inte börja med ett av Microsofts varumärken: sätt din ort först, till exempel "Göteborg Azure User Group".',
    'trademark/name.official':
      'Namnet {name} antyder att gruppen är officiell eller drivs eller sponsras av Microsoft. Communitygrupper får hänvisa till Azure men får inte antyda att Microsoft sponsrar eller står bakom dem (se https://www.microsoft.com/trademarks): ta bort de orden.',
  },
} satisfies Area<typeof en>;
