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

/** A calendar day written YYYY-MM-DD, as `locale` writes a date in a sentence. */
export function longDate(locale: string, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
