import type { Area, Catalogue } from './catalogue.js';

/**
 * How to put fees right, the closing sentence of several messages: written once per language and
 * joined at definition time, so each entry below is still one whole message.
 */
const HOW_TO_FIX = {
  en: 'Make meetups free to attend ("admission: none"). If members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".',
  nl: 'Maak meetups gratis toegankelijk ("admission: none"). Delen leden locatie- of etenskosten tegen kostprijs, gebruik dan "admission: pass-through" en schrijf in "passThrough:" om welke kosten het gaat.',
  sv: 'Gör mötena avgiftsfria ("admission: none"). Delar medlemmarna på lokalhyra eller mat till självkostnadspris, använd då "admission: pass-through" och skriv i "passThrough:" vilka kostnader det gäller.',
} as const;

/** An example of costs named in "passThrough:", in words a leader of each language writes. */
const EXAMPLE = {
  en: '"Venue hire and pizza, shared at cost"',
  nl: '"Zaalhuur en pizza, tegen kostprijs gedeeld"',
  sv: '"Lokalhyra och pizza, delas till självkostnadspris"',
} as const;

const en = {
  'fees/admission.missing': `The file does not say what members pay to attend. Add "fees:" with "admission:" below it. ${HOW_TO_FIX.en}`,
  'fees/admission.empty': `"fees" is empty: add "admission:" below it. ${HOW_TO_FIX.en}`,
  'fees/admission.not-a-block': `"fees" must be a group of fields with "admission:" (and "passThrough:" where costs are shared), but it is {kind}. ${HOW_TO_FIX.en}`,
  'fees/admission.no-admission': `"fees" does not say whether there is an admission fee. ${HOW_TO_FIX.en}`,
  'fees/admission.admission-empty': `"admission" is empty. ${HOW_TO_FIX.en}`,
  'fees/admission.fee': `Groups in the program may not charge members an admission fee, but "admission" is {value}. ${HOW_TO_FIX.en}`,
  'fees/admission.spelling': `"admission" is {value}. To say that {meant, select, none {members pay nothing to attend} other {members share venue or hosting costs at cost}}, write it as "admission: {meant}": the field takes only "none" or "pass-through".{costs, select, unnamed { Then name the costs in "passThrough:", for example ${EXAMPLE.en}.} other {}}`,
  'fees/admission.costs-missing': `Admission is "pass-through" but the file does not say which costs are passed through. Add "passThrough:" naming them, for example ${EXAMPLE.en}.`,
  'fees/admission.costs-unnamed': `Admission is "pass-through" but "passThrough" is {value}, which does not say which costs are passed through. Name them in "passThrough:", for example ${EXAMPLE.en}.`,
  'fees/admission.nothing-passed-through': `"passThrough" must name the costs members share at cost, such as ${EXAMPLE.en}, but it is {value}. With "admission: none" nothing is passed through: remove the line.`,
} as const satisfies Catalogue;

export const fees = {
  en,
  nl: {
    'fees/admission.missing': `Het bestand zegt niet wat leden betalen om een meetup bij te wonen. Voeg "fees:" toe, met "admission:" eronder. ${HOW_TO_FIX.nl}`,
    'fees/admission.empty': `"fees" is leeg: zet "admission:" eronder. ${HOW_TO_FIX.nl}`,
    'fees/admission.not-a-block': `"fees" moet een groep velden zijn met "admission:" (en "passThrough:" als leden kosten delen), maar het is {kind}. ${HOW_TO_FIX.nl}`,
    'fees/admission.no-admission': `"fees" zegt niet of er toegangskosten zijn. ${HOW_TO_FIX.nl}`,
    'fees/admission.admission-empty': `"admission" is leeg. ${HOW_TO_FIX.nl}`,
    'fees/admission.fee': `Groepen in het programma mogen leden geen toegangskosten laten betalen, maar "admission" is {value}. ${HOW_TO_FIX.nl}`,
    'fees/admission.spelling': `"admission" is {value}. Wil je zeggen dat {meant, select, none {leden niets betalen om een meetup bij te wonen} other {leden locatie- of hostingkosten tegen kostprijs delen}}, schrijf dan "admission: {meant}": in dit veld staat alleen "none" of "pass-through".{costs, select, unnamed { Noem dan in "passThrough:" om welke kosten het gaat, bijvoorbeeld ${EXAMPLE.nl}.} other {}}`,
    'fees/admission.costs-missing': `"admission" is "pass-through", maar het bestand zegt niet welke kosten worden doorberekend. Voeg "passThrough:" toe en noem ze, bijvoorbeeld ${EXAMPLE.nl}.`,
    'fees/admission.costs-unnamed': `"admission" is "pass-through", maar "passThrough" is {value}, en dat zegt niet welke kosten worden doorberekend. Noem ze in "passThrough:", bijvoorbeeld ${EXAMPLE.nl}.`,
    'fees/admission.nothing-passed-through': `"passThrough" moet de kosten noemen die leden tegen kostprijs delen, zoals ${EXAMPLE.nl}, maar het is {value}. Met "admission: none" wordt er niets doorberekend: verwijder de regel.`,
  },
  sv: {
    'fees/admission.missing': `Filen säger inte vad medlemmarna betalar för att delta i mötena. Lägg till "fees:" med "admission:" på raden under. ${HOW_TO_FIX.sv}`,
    'fees/admission.empty': `"fees" är tomt: lägg till "admission:" under det. ${HOW_TO_FIX.sv}`,
    'fees/admission.not-a-block': `"fees" ska vara en grupp fält med "admission:" (och "passThrough:" om medlemmarna delar på kostnader), men det är {kind}. ${HOW_TO_FIX.sv}`,
    'fees/admission.no-admission': `"fees" säger inte om det finns någon inträdesavgift. ${HOW_TO_FIX.sv}`,
    'fees/admission.admission-empty': `"admission" är tomt. ${HOW_TO_FIX.sv}`,
    'fees/admission.fee': `Grupper i programmet får inte ta ut någon inträdesavgift av medlemmarna, men "admission" är {value}. ${HOW_TO_FIX.sv}`,
    'fees/admission.spelling': `"admission" är {value}. Om du menar att {meant, select, none {medlemmarna inte betalar något för att delta} other {medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris}}, skriv "admission: {meant}": fältet kan bara vara "none" eller "pass-through".{costs, select, unnamed { Skriv sedan i "passThrough:" vilka kostnader det gäller, till exempel ${EXAMPLE.sv}.} other {}}`,
    'fees/admission.costs-missing': `"admission" är "pass-through", men filen säger inte vilka kostnader medlemmarna delar på. Lägg till "passThrough:" och skriv vilka de är, till exempel ${EXAMPLE.sv}.`,
    'fees/admission.costs-unnamed': `"admission" är "pass-through", men "passThrough" är {value}, och det säger inte vilka kostnader medlemmarna delar på. Skriv vilka de är i "passThrough:", till exempel ${EXAMPLE.sv}.`,
    'fees/admission.nothing-passed-through': `"passThrough" ska ange de kostnader som medlemmarna delar på till självkostnadspris, till exempel ${EXAMPLE.sv}, men det är {value}. Med "admission: none" delar medlemmarna inte på några kostnader: ta bort raden.`,
  },
} satisfies Area<typeof en>;
