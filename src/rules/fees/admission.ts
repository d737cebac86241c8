import { asRecord, field, quote, valueKind } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule } from '../rule.js';

export const rule: GroupRule = {
  id: 'fees/admission',
  scope: 'group',
  summary: 'Members pay no admission fee; costs passed through at cost (venue, food) are named.',
  severity: 'error',
  waivable: true,
  owns: ['/fees', '/fees/admission', '/fees/passThrough'],
  check({ data }) {
    const value = field(data, 'fees');
    if (value === undefined) {
      return [{ pointer: '/fees', message: say('fees/admission.missing') }];
    }
    // `fees:` or `fees: ""`: the key is there with nothing in it.
    if (isEmpty(value)) return [{ pointer: '/fees', message: say('fees/admission.empty') }];
    const fees = asRecord(value);
    if (!fees) {
      return [
        {
          pointer: '/fees',
          message: say('fees/admission.not-a-block', { kind: valueKind(value) }),
        },
      ];
    }
    const admission = field(fees, 'admission');
    const passThrough = field(fees, 'passThrough');
    const namesCosts = typeof passThrough === 'string' && passThrough.trim().length >= 3;
    // What passThrough says when it names no costs: the text quoted, anything else (and blank
    // text) by its kind.
    const written =
      typeof passThrough === 'string' && !isEmpty(passThrough)
        ? quote(passThrough)
        : valueKind(isEmpty(passThrough) ? null : passThrough);
    if (admission === 'none') {
      // This rule claims passThrough's schema issues, so it reports a bad one even when unused.
      if (passThrough === undefined || namesCosts) return [];
      return [
        {
          pointer: '/fees/passThrough',
          message: say('fees/admission.nothing-passed-through', { value: written }),
        },
      ];
    }
    if (admission === 'pass-through') {
      if (namesCosts) return [];
      return [
        {
          pointer: '/fees/passThrough',
          message:
            passThrough === undefined
              ? say('fees/admission.costs-missing')
              : say('fees/admission.costs-unnamed', { value: written }),
        },
      ];
    }
    if (admission === undefined) {
      return [{ pointer: '/fees/admission', message: say('fees/admission.no-admission') }];
    }
    // `admission:` or `admission: ""` is no fee: it says nothing yet.
    if (isEmpty(admission)) {
      return [{ pointer: '/fees/admission', message: say('fees/admission.admission-empty') }];
    }
    const meant = meaningOf(admission);
    if (meant !== undefined) {
      // The leader said the right thing in other words: ask for the spelling, not about a fee.
      return [
        {
          pointer: '/fees/admission',
          message: say('fees/admission.spelling', {
            value: quote(admission),
            meant,
            costs: meant === 'pass-through' && !namesCosts ? 'unnamed' : 'named',
          }),
        },
      ];
    }
    return [
      {
        pointer: '/fees/admission',
        message: say('fees/admission.fee', { value: quote(admission) }),
      },
    ];
  },
};

/** A key written with no value, or with blank text. */
function isEmpty(value: unknown): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

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
