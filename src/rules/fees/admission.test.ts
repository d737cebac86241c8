import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester, type InvalidCase } from '../../../test/support/rule-tester.js';

const RULE = 'fees/admission';

const HOW_TO_FIX =
  'Make meetups free to attend ("admission: none"). If members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".';
const HOW_TO_FIX_NL =
  'Maak meetups gratis toegankelijk ("admission: none"). Delen leden locatie- of etenskosten tegen kostprijs, gebruik dan "admission: pass-through" en schrijf in "passThrough:" om welke kosten het gaat.';
const HOW_TO_FIX_SV =
  'Gör mötena avgiftsfria ("admission: none"). Delar medlemmarna på lokalhyra eller mat till självkostnadspris, använd då "admission: pass-through" och skriv i "passThrough:" vilka kostnader det gäller.';

/** VALID_GROUP with its `fees:` block holding these lines; the block starts on line 11. */
const fees = (...lines: string[]): string =>
  withField('fees', lines.map((line) => `\n  ${line}`).join(''));

/** The finding at the value of `  admission: …`, line 12, column 14, in English (and Dutch, Swedish). */
const atAdmission = (message: string, translations: { nl?: string; sv?: string } = {}) => ({
  pointer: '/fees/admission',
  line: 12,
  column: 14,
  message,
  ...translations,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes free admission', text: VALID_GROUP },
      {
        name: 'passes costs passed through at cost when they are named',
        text: fees('admission: pass-through', 'passThrough: Venue hire and pizza, shared at cost'),
        also: [],
      },
      {
        name: 'passes a passThrough that names the costs when admission is none',
        text: fees('admission: none', 'passThrough: Coffee, shared at cost'),
      },
      {
        name: 'leaves unknown fields inside fees to the schema rule',
        text: fees('admission: none', 'price: 5'),
        also: [
          {
            rule: 'schema',
            pointer: '/fees/price',
            line: 13,
            column: 3,
            message:
              '"price" is not a field of "fees". Check the spelling, or remove it. The fields allowed here are admission and passThrough.',
          },
        ],
      },
    ],
    invalid: [
      {
        name: 'asks which costs are passed through when passThrough is missing',
        text: fees('admission: pass-through'),
        findings: [
          {
            pointer: '/fees/passThrough',
            line: 11,
            column: 1,
            message:
              'Admission is "pass-through" but the file does not say which costs are passed through. Add "passThrough:" naming them, for example "Venue hire and pizza, shared at cost".',
            nl: '"admission" is "pass-through", maar het bestand zegt niet welke kosten worden doorberekend. Voeg "passThrough:" toe en noem ze, bijvoorbeeld "Zaalhuur en pizza, tegen kostprijs gedeeld".',
            sv: '"admission" är "pass-through", men filen säger inte vilka kostnader medlemmarna delar på. Lägg till "passThrough:" och skriv vilka de är, till exempel "Lokalhyra och pizza, delas till självkostnadspris".',
          },
        ],
      },
      {
        name: 'asks which costs are passed through when passThrough says too little, quoting it',
        text: fees('admission: pass-through', 'passThrough: ok'),
        findings: [
          {
            pointer: '/fees/passThrough',
            line: 13,
            column: 16,
            message:
              'Admission is "pass-through" but "passThrough" is "ok", which does not say which costs are passed through. Name them in "passThrough:", for example "Venue hire and pizza, shared at cost".',
            nl: '"admission" is "pass-through", maar "passThrough" is "ok", en dat zegt niet welke kosten worden doorberekend. Noem ze in "passThrough:", bijvoorbeeld "Zaalhuur en pizza, tegen kostprijs gedeeld".',
            sv: '"admission" är "pass-through", men "passThrough" är "ok", och det säger inte vilka kostnader medlemmarna delar på. Skriv vilka de är i "passThrough:", till exempel "Lokalhyra och pizza, delas till självkostnadspris".',
          },
        ],
      },
      {
        name: 'asks which costs are passed through when passThrough is empty',
        text: fees('admission: pass-through', 'passThrough:'),
        findings: [
          {
            pointer: '/fees/passThrough',
            line: 13,
            column: 3,
            message:
              'Admission is "pass-through" but "passThrough" is empty, which does not say which costs are passed through. Name them in "passThrough:", for example "Venue hire and pizza, shared at cost".',
            nl: '"admission" is "pass-through", maar "passThrough" is leeg, en dat zegt niet welke kosten worden doorberekend. Noem ze in "passThrough:", bijvoorbeeld "Zaalhuur en pizza, tegen kostprijs gedeeld".',
            sv: '"admission" är "pass-through", men "passThrough" är tomt, och det säger inte vilka kostnader medlemmarna delar på. Skriv vilka de är i "passThrough:", till exempel "Lokalhyra och pizza, delas till självkostnadspris".',
          },
        ],
      },
      {
        name: 'says that passThrough: "" is empty when costs are passed through',
        text: fees('admission: pass-through', 'passThrough: ""'),
        findings: [
          {
            pointer: '/fees/passThrough',
            line: 13,
            column: 16,
            message:
              'Admission is "pass-through" but "passThrough" is empty, which does not say which costs are passed through. Name them in "passThrough:", for example "Venue hire and pizza, shared at cost".',
          },
        ],
      },
      {
        name: 'says that admission: "" is empty, not that it is a fee',
        text: fees('admission: ""'),
        findings: [
          atAdmission(`"admission" is empty. ${HOW_TO_FIX}`, {
            nl: `"admission" is leeg. ${HOW_TO_FIX_NL}`,
            sv: `"admission" är tomt. ${HOW_TO_FIX_SV}`,
          }),
        ],
      },
      {
        name: 'says that an admission with no value is empty, at its key',
        text: fees('admission:'),
        findings: [
          {
            pointer: '/fees/admission',
            line: 12,
            column: 3,
            message: `"admission" is empty. ${HOW_TO_FIX}`,
          },
        ],
      },
      {
        name: 'says that fees: "" is empty, not that it is text',
        text: withField('fees', '""'),
        findings: [
          {
            pointer: '/fees',
            line: 11,
            column: 7,
            message: `"fees" is empty: add "admission:" below it. ${HOW_TO_FIX}`,
            nl: `"fees" is leeg: zet "admission:" eronder. ${HOW_TO_FIX_NL}`,
            sv: `"fees" är tomt: lägg till "admission:" under det. ${HOW_TO_FIX_SV}`,
          },
        ],
      },
      {
        name: 'says that fees with no value is empty, not missing, at its key',
        text: withField('fees', ''),
        findings: [
          {
            pointer: '/fees',
            line: 11,
            column: 1,
            message: `"fees" is empty: add "admission:" below it. ${HOW_TO_FIX}`,
          },
        ],
      },
      {
        name: 'refuses an admission fee, at the value',
        text: fees('admission: 10 EUR'),
        findings: [
          atAdmission(
            `Groups in the program may not charge members an admission fee, but "admission" is "10 EUR". ${HOW_TO_FIX}`,
            {
              nl: `Groepen in het programma mogen leden geen toegangskosten laten betalen, maar "admission" is "10 EUR". ${HOW_TO_FIX_NL}`,
              sv: `Grupper i programmet får inte ta ut någon inträdesavgift av medlemmarna, men "admission" är "10 EUR". ${HOW_TO_FIX_SV}`,
            },
          ),
        ],
      },
      // free, no, gratis, 0, "none." and the like mean what "none" means: the leader has done
      // nothing wrong but spell it, so the message is not about charging a fee.
      ...(
        [
          ['free', '"free"'],
          ['no', '"no"'],
          ['gratis', '"gratis"'],
          ['0', '0'],
          ['none.', '"none."'],
          ['None', '"None"'],
          ['"none "', '"none "'],
          ['Free of charge!', '"Free of charge!"'],
          ['€0', '"€0"'],
          ['0 EUR', '"0 EUR"'],
          ['kostenloos', '"kostenloos"'],
          ['ingen avgift', '"ingen avgift"'],
          ['false', 'false'],
        ] as const
      ).map(([value, shown]): InvalidCase => ({
        name: `asks for "none" where admission says there is no fee in other words: ${value}`,
        text: fees(`admission: ${value}`),
        findings: [
          atAdmission(
            `"admission" is ${shown}. To say that members pay nothing to attend, write it as "admission: none": the field takes only "none" or "pass-through".`,
            {
              nl: `"admission" is ${shown}. Wil je zeggen dat leden niets betalen om een meetup bij te wonen, schrijf dan "admission: none": in dit veld staat alleen "none" of "pass-through".`,
              sv: `"admission" är ${shown}. Om du menar att medlemmarna inte betalar något för att delta, skriv "admission: none": fältet kan bara vara "none" eller "pass-through".`,
            },
          ),
        ],
        also: [],
      })),
      {
        name: 'asks for "pass-through" spelled as the format has it',
        text: fees('admission: Pass Through', 'passThrough: Venue hire and pizza, shared at cost'),
        findings: [
          atAdmission(
            '"admission" is "Pass Through". To say that members share venue or hosting costs at cost, write it as "admission: pass-through": the field takes only "none" or "pass-through".',
            {
              nl: '"admission" is "Pass Through". Wil je zeggen dat leden locatie- of hostingkosten tegen kostprijs delen, schrijf dan "admission: pass-through": in dit veld staat alleen "none" of "pass-through".',
              sv: '"admission" är "Pass Through". Om du menar att medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris, skriv "admission: pass-through": fältet kan bara vara "none" eller "pass-through".',
            },
          ),
        ],
        also: [],
      },
      {
        name: 'asks for "pass-through" spelled as the format has it, and for the costs it does not name',
        text: fees('admission: passthrough'),
        findings: [
          atAdmission(
            '"admission" is "passthrough". To say that members share venue or hosting costs at cost, write it as "admission: pass-through": the field takes only "none" or "pass-through". Then name the costs in "passThrough:", for example "Venue hire and pizza, shared at cost".',
            {
              nl: '"admission" is "passthrough". Wil je zeggen dat leden locatie- of hostingkosten tegen kostprijs delen, schrijf dan "admission: pass-through": in dit veld staat alleen "none" of "pass-through". Noem dan in "passThrough:" om welke kosten het gaat, bijvoorbeeld "Zaalhuur en pizza, tegen kostprijs gedeeld".',
              sv: '"admission" är "passthrough". Om du menar att medlemmarna delar på lokalhyra eller andra möteskostnader till självkostnadspris, skriv "admission: pass-through": fältet kan bara vara "none" eller "pass-through". Skriv sedan i "passThrough:" vilka kostnader det gäller, till exempel "Lokalhyra och pizza, delas till självkostnadspris".',
            },
          ),
        ],
      },
      {
        name: 'still refuses a fee that merely mentions zero',
        text: fees('admission: 10 EUR, 0 for students'),
        findings: [
          atAdmission(
            `Groups in the program may not charge members an admission fee, but "admission" is "10 EUR, 0 for students". ${HOW_TO_FIX}`,
          ),
        ],
      },
      {
        name: 'still refuses a fee that merely mentions none',
        text: fees('admission: none for members, 5 EUR for guests'),
        findings: [
          atAdmission(
            `Groups in the program may not charge members an admission fee, but "admission" is "none for members, 5 EUR for guests". ${HOW_TO_FIX}`,
          ),
        ],
      },
      {
        name: 'refuses a number as admission',
        text: fees('admission: 5'),
        findings: [
          atAdmission(
            `Groups in the program may not charge members an admission fee, but "admission" is 5. ${HOW_TO_FIX}`,
          ),
        ],
      },
      {
        name: 'asks for a missing fees block at the top of the file',
        text: withField('fees', undefined),
        findings: [
          {
            pointer: '/fees',
            line: 1,
            column: 1,
            message: `The file does not say what members pay to attend. Add "fees:" with "admission:" below it. ${HOW_TO_FIX}`,
            nl: `Het bestand zegt niet wat leden betalen om een meetup bij te wonen. Voeg "fees:" toe, met "admission:" eronder. ${HOW_TO_FIX_NL}`,
            sv: `Filen säger inte vad medlemmarna betalar för att delta i mötena. Lägg till "fees:" med "admission:" på raden under. ${HOW_TO_FIX_SV}`,
          },
        ],
      },
      {
        name: 'asks for a block when fees is a string',
        text: withField('fees', 'none'),
        findings: [
          {
            pointer: '/fees',
            line: 11,
            column: 7,
            message: `"fees" must be a group of fields with "admission:" (and "passThrough:" where costs are shared), but it is text. ${HOW_TO_FIX}`,
            nl: `"fees" moet een groep velden zijn met "admission:" (en "passThrough:" als leden kosten delen), maar het is tekst. ${HOW_TO_FIX_NL}`,
            sv: `"fees" ska vara en grupp fält med "admission:" (och "passThrough:" om medlemmarna delar på kostnader), men det är text. ${HOW_TO_FIX_SV}`,
          },
        ],
      },
      {
        name: 'asks whether there is an admission fee when the block lacks admission',
        text: fees('passThrough: Venue hire'),
        findings: [
          {
            pointer: '/fees/admission',
            line: 11,
            column: 1,
            message: `"fees" does not say whether there is an admission fee. ${HOW_TO_FIX}`,
            nl: `"fees" zegt niet of er toegangskosten zijn. ${HOW_TO_FIX_NL}`,
            sv: `"fees" säger inte om det finns någon inträdesavgift. ${HOW_TO_FIX_SV}`,
          },
        ],
      },
      {
        name: 'reports a passThrough that names nothing even when admission is none',
        text: fees('admission: none', 'passThrough: 5'),
        findings: [
          {
            pointer: '/fees/passThrough',
            line: 13,
            column: 16,
            message:
              '"passThrough" must name the costs members share at cost, such as "Venue hire and pizza, shared at cost", but it is a whole number. With "admission: none" nothing is passed through: remove the line.',
            nl: '"passThrough" moet de kosten noemen die leden tegen kostprijs delen, zoals "Zaalhuur en pizza, tegen kostprijs gedeeld", maar het is een geheel getal. Met "admission: none" wordt er niets doorberekend: verwijder de regel.',
            sv: '"passThrough" ska ange de kostnader som medlemmarna delar på till självkostnadspris, till exempel "Lokalhyra och pizza, delas till självkostnadspris", men det är ett heltal. Med "admission: none" delar medlemmarna inte på några kostnader: ta bort raden.',
          },
        ],
      },
      {
        name: 'quotes a passThrough too short to name costs when admission is none',
        text: fees('admission: none', 'passThrough: "x"'),
        findings: [
          {
            pointer: '/fees/passThrough',
            line: 13,
            column: 16,
            message:
              '"passThrough" must name the costs members share at cost, such as "Venue hire and pizza, shared at cost", but it is "x". With "admission: none" nothing is passed through: remove the line.',
          },
        ],
      },
    ],
  });
});
