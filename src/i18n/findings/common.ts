import type { Area, Catalogue } from './catalogue.js';

/**
 * Phrases other messages take as parameters: how a value from a group file is described
 * ("but it is a list") and how a person is named when they have no usable GitHub handle.
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
  },
} satisfies Area<typeof en>;
