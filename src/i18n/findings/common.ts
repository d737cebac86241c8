import type { Area, Catalogue } from './catalogue.js';

/**
 * Phrases other messages take as parameters: how a value from a group file is described
 * ("but it is a list") and how a person is named when they have no usable GitHub handle; and
 * the words reports put around findings (a waiver, the summary line).
 */
const en = {
  'value.empty': 'empty',
  'value.list': 'a list',
  'value.fields': 'a group of fields',
  'value.text': 'text',
  'value.whole-number': 'a whole number',
  'value.number': 'a number',
  'value.boolean': '{value} (a yes/no value)',
  'value.other': '{type}',
  'person.role': '{role, select, leader {the leader} other {the co-leader}}',
  'person.named': '{role, select, leader {the leader} other {the co-leader}} {name}',
  'report.waived-until': 'Waived until {until, date, long}: {message}',
  'report.waiver': 'waived until {until, date, long}{approver}{reason}',
  'report.approved-by': ' by {login}',
  'report.summary':
    '{files, plural, one {# group file} other {# group files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}{waived, plural, =0 {} other {, # waived}}.',
} as const satisfies Catalogue;

export const common = {
  en,
  nl: {
    'value.empty': 'leeg',
    'value.list': 'een lijst',
    'value.fields': 'een groep velden',
    'value.text': 'tekst',
    'value.whole-number': 'een geheel getal',
    'value.number': 'een getal',
    'value.boolean': '{value} (een ja/nee-waarde)',
    'value.other': '{type}',
    'person.role': '{role, select, leader {de groepsleider} other {de co-leider}}',
    'person.named': '{role, select, leader {de groepsleider} other {de co-leider}} {name}',
    'report.waived-until': 'Vrijstelling tot en met {until, date, long}: {message}',
    'report.waiver': 'vrijstelling tot en met {until, date, long}{approver}{reason}',
    'report.approved-by': ' verleend door {login}',
    'report.summary':
      '{files, plural, one {# groepsbestand} other {# groepsbestanden}} gecontroleerd: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}{waived, plural, =0 {} other {, # met vrijstelling}}.',
  },
  sv: {
    'value.empty': 'tomt',
    'value.list': 'en lista',
    'value.fields': 'en grupp fält',
    'value.text': 'text',
    'value.whole-number': 'ett heltal',
    'value.number': 'ett tal',
    'value.boolean': '{value} (ett ja/nej-värde)',
    'value.other': '{type}',
    'person.role': '{role, select, leader {gruppledaren} other {medledaren}}',
    'person.named': '{role, select, leader {gruppledaren} other {medledaren}} {name}',
    'report.waived-until': 'Undantag till och med {until, date, long}: {message}',
    'report.waiver': 'undantag till och med {until, date, long}{approver}{reason}',
    'report.approved-by': ' beviljat av {login}',
    'report.summary':
      '{files, plural, one {# gruppfil kontrollerad} other {# gruppfiler kontrollerade}}: {errors, plural, one {# fel} other {# fel}}, {warnings, plural, one {# varning} other {# varningar}}{waived, plural, =0 {} other {, # med undantag}}.',
  },
} satisfies Area<typeof en>;
