import type { Area, Catalogue } from './catalogue.js';

/**
 * How to put fees right, the closing sentence of several messages: written once per language and
 * joined at definition time, so each entry below is still one whole message.
 */
const HOW_TO_FIX = {
  en: 'Make meetups free to attend ("admission: none"), or, if members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".',
  nl: 'Maak meetups gratis toegankelijk ("admission: none"), of, als leden locatie- of etenskosten tegen kostprijs delen, gebruik dan "admission: pass-through" en geef in "passThrough:" aan om welke kosten het gaat.',
  sv: 'Gör träffarna avgiftsfria ("admission: none"), eller, om medlemmarna delar på lokalhyra eller mat till självkostnadspris, använd "admission: pass-through" och ange i "passThrough:" vilka kostnader det gäller.',
} as const;

const en = {
  'fees/admission.missing': `The file does not say what members pay to attend. Add a "fees:" block. ${HOW_TO_FIX.en}`,
  'fees/admission.not-a-block': `"fees" must be a block with "admission:" (and "passThrough:" where costs are shared), but it is {kind}. ${HOW_TO_FIX.en}`,
  'fees/admission.no-admission': `"fees" does not say whether there is an admission fee. ${HOW_TO_FIX.en}`,
  'fees/admission.fee': `Groups in the program may not charge members an admission fee, and "admission" is {value}. ${HOW_TO_FIX.en}`,
  'fees/admission.spelling':
    '"admission" is {value}. To say that {meant, select, none {members pay nothing to attend} other {members share venue or hosting costs at cost}}, write it as "admission: {meant}": the field takes none or pass-through.{costs, select, unnamed { Then name the costs in "passThrough:", for example "Venue hire and pizza, shared at cost".} other {}}',
  'fees/admission.costs-missing':
    'Admission is "pass-through" but the file does not say which costs are passed through. Add "passThrough:" naming them, for example "Venue hire and pizza, shared at cost".',
  'fees/admission.costs-unnamed':
    'Admission is "pass-through" but "passThrough" is {value}, which does not say which costs are passed through. Name them in "passThrough:", for example "Venue hire and pizza, shared at cost".',
  'fees/admission.nothing-passed-through':
    '"passThrough" must name the costs members share at cost, such as "Venue hire and pizza, shared at cost", but it is {value}. With "admission: none" nothing is passed through: remove the line.',
} as const satisfies Catalogue;

export const fees = {
  en,
  nl: {
    'fees/admission.missing': `Het bestand zegt niet wat leden betalen om een meetup bij te wonen. Voeg een "fees:"-blok toe. ${HOW_TO_FIX.nl}`,
    'fees/admission.not-a-block': `"fees" moet een blok zijn met "admission:" (en "passThrough:" als leden kosten delen), maar het is {kind}. ${HOW_TO_FIX.nl}`,
    'fees/admission.no-admission': `"fees" zegt niet of er een toegangsprijs is. ${HOW_TO_FIX.nl}`,
    'fees/admission.fee': `Groepen in het programma mogen leden geen toegangsprijs laten betalen, en "admission" is {value}. ${HOW_TO_FIX.nl}`,
    'fees/admission.spelling':
      '"admission" is {value}. Om te zeggen dat {meant, select, none {leden niets betalen om een meetup bij te wonen} other {leden locatie- of hostingkosten tegen kostprijs delen}}, schrijf je "admission: {meant}": het veld kent alleen none of pass-through.{costs, select, unnamed { Noem dan de kosten in "passThrough:", bijvoorbeeld "Venue hire and pizza, shared at cost".} other {}}',
    'fees/admission.costs-missing':
      '"admission" is "pass-through", maar het bestand zegt niet welke kosten worden doorberekend. Voeg "passThrough:" toe en noem ze, bijvoorbeeld "Venue hire and pizza, shared at cost".',
    'fees/admission.costs-unnamed':
      '"admission" is "pass-through", maar "passThrough" is {value}, en dat zegt niet welke kosten worden doorberekend. Noem ze in "passThrough:", bijvoorbeeld "Venue hire and pizza, shared at cost".',
    'fees/admission.nothing-passed-through':
      '"passThrough" moet de kosten noemen die leden tegen kostprijs delen, zoals "Venue hire and pizza, shared at cost", maar het is {value}. Met "admission: none" wordt er niets doorberekend: verwijder de regel.',
  },
  sv: {
    'fees/admission.missing': `Filen säger inte vad medlemmarna betalar för att delta. Lägg till ett "fees:"-block. ${HOW_TO_FIX.sv}`,
    'fees/admission.not-a-block': `"fees" ska vara ett block med "admission:" (och "passThrough:" om medlemmarna delar på kostnader), men det är {kind}. ${HOW_TO_FIX.sv}`,
    'fees/admission.no-admission': `"fees" säger inte om det finns någon inträdesavgift. ${HOW_TO_FIX.sv}`,
    'fees/admission.fee': `Grupper i programmet får inte ta ut någon inträdesavgift av medlemmarna, och "admission" är {value}. ${HOW_TO_FIX.sv}`,
    'fees/admission.spelling':
      '"admission" är {value}. För att säga att {meant, select, none {medlemmarna inte betalar något för att delta} other {medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris}} skriver du "admission: {meant}": fältet tar bara none eller pass-through.{costs, select, unnamed { Ange sedan kostnaderna i "passThrough:", till exempel "Venue hire and pizza, shared at cost".} other {}}',
    'fees/admission.costs-missing':
      '"admission" är "pass-through", men filen säger inte vilka kostnader medlemmarna delar på. Lägg till "passThrough:" och ange dem, till exempel "Venue hire and pizza, shared at cost".',
    'fees/admission.costs-unnamed':
      '"admission" är "pass-through", men "passThrough" är {value}, och det säger inte vilka kostnader medlemmarna delar på. Ange dem i "passThrough:", till exempel "Venue hire and pizza, shared at cost".',
    'fees/admission.nothing-passed-through':
      '"passThrough" ska ange de kostnader som medlemmarna delar på till självkostnadspris, till exempel "Venue hire and pizza, shared at cost", men det är {value}. Med "admission: none" delar medlemmarna inte på några kostnader: ta bort raden.',
  },
} satisfies Area<typeof en>;
