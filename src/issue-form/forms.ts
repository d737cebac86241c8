/**
 * The registry's issue forms as the code reads them: each field's id, its label (the heading
 * GitHub renders above the answer), its type, whether it must be answered and, for a dropdown or
 * checkboxes, its options. The YAML in .github/ISSUE_TEMPLATE/ is what GitHub shows; forms.test.ts
 * keeps the two in step. The definitions live here rather than being read from the registry at
 * run time because the code must know what each field means anyway (a field added to the YAML
 * alone could not be handled), and because the answers are then read against the forms this
 * version of tgr was built for, whatever the registry's default branch holds.
 */

export type FormName = 'join' | 'leave' | 'update' | 'leadership';
export type FieldType = 'input' | 'textarea' | 'dropdown' | 'checkboxes';

export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly type: FieldType;
  readonly required: boolean;
  /** A dropdown's options, or the checkboxes' labels (each of which must then be ticked). */
  readonly options?: readonly string[];
}

export interface FormDefinition {
  readonly name: FormName;
  /** The template's file in .github/ISSUE_TEMPLATE/. */
  readonly file: string;
  readonly fields: readonly FormField[];
}

/** The longest answer a one-line field takes: the schema's longest one-line value is 500. */
export const MAX_INPUT = 500;
/** The longest answer a text area takes. */
export const MAX_TEXTAREA = 4000;
/** The largest issue body read: a filled form is a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024;

const input = (id: string, label: string, required: boolean): FormField => ({
  id,
  label,
  type: 'input',
  required,
});
const textarea = (id: string, label: string, required = false): FormField => ({
  id,
  label,
  type: 'textarea',
  required,
});

export const FEES = ['none', 'pass-through'] as const;
export const ROLES = ['leader', 'co-leader'] as const;
/** The most meetups one update adds. */
export const MAX_MEETUPS = 20;
const GROUP = input('group', 'Group short name', true);

/** The fields that describe one person: a leader or co-leader. */
function person(prefix: string, who: string): FormField[] {
  return [
    input(`${prefix}-name`, `${who}'s full name`, true),
    input(`${prefix}-github`, `${who}'s GitHub username`, true),
    input(`${prefix}-tech-community-id`, `${who}'s Tech Community user ID`, true),
    input(`${prefix}-terms-accepted`, `Day the ${who.toLowerCase()} accepted the terms`, true),
  ];
}

export const FORMS: readonly FormDefinition[] = [
  {
    name: 'join',
    file: 'join.yml',
    fields: [
      input('name', 'Group name', true),
      input('city', 'City', true),
      input('country', 'Country code', true),
      input('timezone', 'Time zone', true),
      input('language', 'Language', true),
      input('website', 'Website', true),
      input('code-of-conduct', 'Code of conduct', true),
      { id: 'fees', label: 'Admission fee', type: 'dropdown', required: true, options: FEES },
      textarea('pass-through', 'Costs passed through'),
      textarea('feeds', 'Event feeds'),
      ...person('leader', 'Leader'),
      ...person('co-leader', 'Co-leader'),
      {
        id: 'confirm',
        label: 'Confirmation',
        type: 'checkboxes',
        required: true,
        options: ["Both leaders have read the program guide and accepted the program's terms."],
      },
    ],
  },
  {
    name: 'leave',
    file: 'leave.yml',
    fields: [
      GROUP,
      textarea('reason', 'Why the group leaves'),
      {
        id: 'confirm',
        label: 'Confirmation',
        type: 'checkboxes',
        required: true,
        options: ['I lead this group, and the group wants to leave the program.'],
      },
    ],
  },
  {
    name: 'update',
    file: 'update.yml',
    fields: [
      GROUP,
      input('name', 'New group name', false),
      input('city', 'New city', false),
      input('country', 'New country code', false),
      input('timezone', 'New time zone', false),
      input('language', 'New language', false),
      input('website', 'New website', false),
      input('code-of-conduct', 'New code of conduct', false),
      { id: 'fees', label: 'New admission fee', type: 'dropdown', required: false, options: FEES },
      textarea('pass-through', 'New costs passed through'),
      textarea('meetups', 'Meetups to add'),
    ],
  },
  {
    name: 'leadership',
    file: 'leadership.yml',
    fields: [
      GROUP,
      { id: 'role', label: 'Role handed over', type: 'dropdown', required: true, options: ROLES },
      input('steps-down', 'GitHub username of who steps down', true),
      ...person('new', 'Newcomer'),
    ],
  },
];
