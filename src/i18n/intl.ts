/** Plural forms and dates for the frame's messages, by each language's own rules (Intl). */

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form of a noun for `count` in `locale`: `{ one: 'meetup', other: 'meetups' }`. */
export function pluralForm(
  locale: string,
  count: number,
  forms: { one: string; other: string },
): string {
  let rules = pluralRules.get(locale);
  if (rules === undefined) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar day written YYYY-MM-DD, as `locale` writes a date in a sentence. The frame's dates
 * are computed (deadlines, the day a count drops), so one that does not parse is shown as it is
 * rather than failing a comment; the findings renderer, whose dates come from rules, throws.
 */
export function longDate(locale: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  // One formatter per locale: building one is costly, and an audit writes thousands of dates.
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}
