import { asRecord, describeType, field, quote } from '../../core/read.js';
import type { GroupRule } from '../rule.js';

const HOW_TO_FIX =
  'Make meetups free to attend ("admission: none"), or, if members share venue or food costs at cost, use "admission: pass-through" and say which costs in "passThrough:".';

export const rule: GroupRule = {
  id: 'fees/admission',
  scope: 'group',
  summary: 'Members pay no admission fee; costs passed through at cost (venue, food) are named.',
  severity: 'error',
  waivable: true,
  owns: ['/fees', '/fees/admission', '/fees/passThrough'],
  check({ data }) {
    const value = field(data, 'fees');
    if (value === undefined || value === null) {
      return [
        {
          pointer: '/fees',
          message: `The file does not say what members pay to attend. Add a "fees:" block. ${HOW_TO_FIX}`,
        },
      ];
    }
    const fees = asRecord(value);
    if (!fees) {
      return [
        {
          pointer: '/fees',
          message: `"fees" must be a block with "admission:" (and "passThrough:" where costs are shared), but it is ${describeType(value)}. ${HOW_TO_FIX}`,
        },
      ];
    }
    const admission = field(fees, 'admission');
    const passThrough = field(fees, 'passThrough');
    const namesCosts = typeof passThrough === 'string' && passThrough.trim().length >= 3;
    if (admission === 'none') {
      // This rule claims passThrough's schema issues, so it reports a bad one even when unused.
      if (passThrough === undefined || namesCosts) return [];
      return [
        {
          pointer: '/fees/passThrough',
          message: `"passThrough" must name the costs members share at cost, such as "Venue hire and pizza, shared at cost", but it is ${typeof passThrough === 'string' ? quote(passThrough) : describeType(passThrough)}. With "admission: none" nothing is passed through: remove the line.`,
        },
      ];
    }
    if (admission === 'pass-through') {
      if (namesCosts) return [];
      return [
        {
          pointer: '/fees/passThrough',
          message:
            'Admission is "pass-through" but the file does not say which costs are passed through. Add "passThrough:" naming them, for example "Venue hire and pizza, shared at cost".',
        },
      ];
    }
    if (admission === undefined || admission === null) {
      return [
        {
          pointer: '/fees/admission',
          message: `"fees" does not say whether there is an admission fee. ${HOW_TO_FIX}`,
        },
      ];
    }
    const meant = meaningOf(admission);
    if (meant !== undefined) {
      // The leader said the right thing in other words: ask for the spelling, not about a fee.
      const what =
        meant === 'none'
          ? 'members pay nothing to attend'
          : 'members share venue or hosting costs at cost';
      const costs =
        meant === 'pass-through' && !namesCosts
          ? ' Then name the costs in "passThrough:", for example "Venue hire and pizza, shared at cost".'
          : '';
      return [
        {
          pointer: '/fees/admission',
          message: `"admission" is ${quote(admission)}. To say that ${what}, write it as "admission: ${meant}": the field takes none or pass-through.${costs}`,
        },
      ];
    }
    return [
      {
        pointer: '/fees/admission',
        message: `Groups in the program may not charge members an admission fee, and "admission" is ${quote(admission)}. ${HOW_TO_FIX}`,
      },
    ];
  },
};

/**
 * Ways leaders write "no admission fee" (in English, Dutch and Swedish, the registry's languages)
 * or "pass-through", compared without case, spacing, trailing punctuation or a currency.
 */
const NO_FEE = new Set([
  'none',
  'no',
  'nothing',
  'nil',
  'zero',
  '0',
  'n/a',
  'free',
  'free of charge',
  'free entry',
  'free admission',
  'no fee',
  'no fees',
  'no charge',
  'no admission fee',
  'gratis',
  'geen',
  'kostenloos',
  'gratis toegang',
  'vrije toegang',
  'ingen',
  'ingen avgift',
  'avgiftsfri',
  'avgiftsfritt',
  'fri entré',
  'gratis inträde',
]);
const CURRENCY = /[€$£]|\b(?:eur|euro|euros|usd|gbp|sek|kr|kronor)\b/g;

function meaningOf(admission: unknown): 'none' | 'pass-through' | undefined {
  if (admission === 0 || admission === false) return 'none';
  if (typeof admission !== 'string') return undefined;
  const words = admission
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.!;,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^pass[\s_-]*through$/.test(words)) return 'pass-through';
  if (NO_FEE.has(words)) return 'none';
  // "€0", "0 EUR", "0,00": an amount of nothing.
  const amount = words.replace(CURRENCY, '').replace(/\s+/g, '');
  return /^0+(?:[.,]0+)?$/.test(amount) ? 'none' : undefined;
}
