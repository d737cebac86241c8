import { fullFormats } from 'ajv-formats/dist/formats.js';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import { isPlainDate } from '../core/dates.js';

/**
 * Keywords of editors built on yaml-language-server (VS Code's YAML extension): the message shown
 * when a value fails a `pattern` (or a standard `format`), or any other keyword. Annotations to
 * ajv, declared so that strict mode still refuses every other unknown keyword.
 */
export const EDITOR_KEYWORDS = ['patternErrorMessage', 'errorMessage'] as const;

/**
 * The time zones a group may name, spelled exactly so: the schema's `enum`, which editors offer
 * and check. scripts/time-zones.ts writes it (the IANA names for which `isTimeZoneName` holds),
 * and a test fails when this Node's answer changes.
 */
const TIME_ZONES: ReadonlySet<string> = new Set(groupSchema.properties.timezone.enum);

/** Results by zone name: building a DateTimeFormat is costly, and a registry repeats a few zones. */
const knownZones = new Map<string, boolean>();

function isTimeZone(value: string): boolean {
  let known = knownZones.get(value);
  if (known === undefined) {
    known = TIME_ZONES.has(value) && isTimeZoneName(value);
    knownZones.set(value, known);
  }
  return known;
}

/**
 * An Area/Location name (or UTC) that this runtime's Intl accepts as a time zone. Intl ignores
 * case (and knows a few names IANA does not); the enum fixes which names, spelled how.
 */
export function isTimeZoneName(value: string): boolean {
  return (value.includes('/') || value === 'UTC') && acceptsTimeZone(value);
}

function acceptsTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Results by tag, as for time zones: a registry repeats a handful of languages. */
const knownTags = new Map<string, boolean>();

function isLanguageTag(value: string): boolean {
  let known = knownTags.get(value);
  if (known === undefined) {
    known = canonicalisesToOne(value);
    knownTags.set(value, known);
  }
  return known;
}

function canonicalisesToOne(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** ajv-formats' `date`: isPlainDate applies its `validate`; its `compare` serves formatMinimum. */
const ajvDate = fullFormats.date as { compare: (a: string, b: string) => number | undefined };

/**
 * Every format the schemas use, by name: ajv-formats' `date` (as isPlainDate applies it) and `uri`, and the two the program
 * checks in code. `createAjv` registers these, and the validators compiled at build time
 * (generated/validators.ts) call them through this object, so both always agree.
 */
export const formats = {
  // The same check, through the rules' own memo of dates known to exist: a registry repeats them.
  date: { validate: isPlainDate, compare: ajvDate.compare },
  uri: fullFormats.uri,
  'iana-time-zone': { type: 'string', validate: isTimeZone },
  bcp47: { type: 'string', validate: isLanguageTag },
} as const;
