import { describe } from 'vitest';
import { VALID_GROUP, withField } from '../../../test/support/check.js';
import { ruleTester } from '../../../test/support/rule-tester.js';

const RULE = 'registry/file-name';

/** A message in Dutch and Swedish, beside the English. */
interface Translations {
  nl?: string;
  sv?: string;
}

/** The finding at the value of `slug: …`, line 1, column 7. */
const atSlug = (message: string, translations: Translations = {}) => ({
  pointer: '/slug',
  line: 1,
  column: 7,
  message,
  ...translations,
});

/** The finding about a missing slug, at the top of the file. */
const noSlug = (message: string, translations: Translations = {}) => ({
  pointer: '/slug',
  line: 1,
  column: 1,
  message,
  ...translations,
});

/** The finding about the file as a whole, at its top. */
const onFile = (message: string, translations: Translations = {}) => ({
  pointer: '',
  line: 1,
  column: 1,
  message,
  ...translations,
});

describe(RULE, () => {
  ruleTester(RULE, {
    valid: [
      { name: 'passes groups/<slug>.yaml', text: VALID_GROUP },
      {
        name: 'passes a slug with digits and hyphens',
        text: withField('slug', 'utrecht-azure-2'),
        path: 'groups/utrecht-azure-2.yaml',
      },
      {
        name: 'passes a numeric slug in quotes',
        text: withField('slug', '"2600"'),
        path: 'groups/2600.yaml',
      },
    ],
    invalid: [
      {
        name: 'reports a slug that differs from the file name, on the slug',
        text: VALID_GROUP,
        path: 'groups/utrecht-azure.yaml',
        findings: [
          atSlug(
            'The short name (slug) "example" differs from the file name "utrecht-azure.yaml". Rename the file to groups/example.yaml, or change the short name to match the file name.',
            {
              nl: 'De korte naam (slug) "example" verschilt van de bestandsnaam "utrecht-azure.yaml". Hernoem het bestand naar groups/example.yaml, of maak de korte naam gelijk aan de bestandsnaam.',
              sv: 'Kortnamnet (slug) "example" skiljer sig från filnamnet "utrecht-azure.yaml". Byt namn på filen till groups/example.yaml, eller ändra kortnamnet så att det stämmer med filnamnet.',
            },
          ),
        ],
      },
      {
        name: 'asks to move a file that is outside groups/',
        text: VALID_GROUP,
        path: 'other/x.yaml',
        findings: [
          onFile(
            "Group files live in the registry's groups/ folder, named after their short name (slug). Move this file to groups/example.yaml.",
            {
              nl: 'Groepsbestanden staan in de map groups/ van het register, met hun korte naam (slug) als bestandsnaam. Verplaats dit bestand naar groups/example.yaml.',
              sv: 'Gruppfiler ligger i registrets mapp groups/ och har sitt kortnamn (slug) som filnamn. Flytta filen till groups/example.yaml.',
            },
          ),
        ],
      },
      {
        name: 'asks for the .yaml extension',
        text: VALID_GROUP,
        path: 'groups/example.yml',
        findings: [
          onFile('Group files end in .yaml, not .yml. Rename this file to groups/example.yaml.', {
            nl: 'Groepsbestanden eindigen op .yaml, niet op .yml. Hernoem dit bestand naar groups/example.yaml.',
            sv: 'Gruppfiler slutar på .yaml, inte .yml. Byt namn på filen till groups/example.yaml.',
          }),
        ],
      },
      {
        name: 'refuses a file in a folder under groups/',
        text: VALID_GROUP,
        path: 'groups/sub/example.yaml',
        findings: [
          onFile(
            "Group files live in the registry's groups/ folder, named after their short name (slug). Move this file to groups/example.yaml.",
          ),
        ],
      },
      {
        name: 'reports a slug of the wrong form, and the schema does not repeat it',
        text: withField('slug', 'Example_Group'),
        findings: [
          atSlug(
            'The short name (slug) "Example_Group" may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.',
            {
              nl: 'De korte naam (slug) "Example_Group" mag alleen kleine letters, cijfers en losse koppeltekens bevatten, zoals "utrecht-azure". Pas die aan en geef het bestand dezelfde naam.',
              sv: 'Kortnamnet (slug) "Example_Group" får bara innehålla små bokstäver, siffror och enstaka bindestreck, till exempel "utrecht-azure". Ändra det och döp filen efter det.',
            },
          ),
        ],
        also: [],
      },
      {
        name: 'asks to quote a slug that YAML reads as a number',
        text: withField('slug', '2600'),
        path: 'groups/2600.yaml',
        findings: [
          atSlug(
            'The short name (slug) must be text, but 2600 is read as a number. Put it in quotes: slug: "2600"',
            {
              nl: 'De korte naam (slug) moet tekst zijn, maar 2600 wordt als getal gelezen. Zet die tussen aanhalingstekens: slug: "2600"',
              sv: 'Kortnamnet (slug) ska vara text, men 2600 läses som ett tal. Sätt det inom citattecken: slug: "2600"',
            },
          ),
        ],
      },
      {
        name: 'reports a slug of another type as a slug of the wrong form',
        text: withField('slug', '[example]'),
        findings: [
          atSlug(
            'The short name (slug) ["example"] may only hold lowercase letters, digits and single hyphens, such as "utrecht-azure". Change it, and name the file after it.',
          ),
        ],
      },
      {
        name: 'asks for a missing slug, suggesting the file name, without a schema report',
        text: withField('slug', undefined),
        findings: [
          noSlug(
            'The file has no short name (slug). Add "slug: example" at the top: the short name the registry knows the group by, the file name without .yaml.',
            {
              nl: 'Het bestand heeft geen korte naam (slug). Voeg bovenaan "slug: example" toe: de korte naam waaronder het register de groep kent, gelijk aan de bestandsnaam zonder .yaml.',
              sv: 'Filen har inget kortnamn (slug). Lägg till "slug: example" högst upp: kortnamnet som registret känner igen gruppen på, samma som filnamnet utan .yaml.',
            },
          ),
        ],
        also: [],
      },
      {
        name: 'treats an empty slug as missing',
        text: withField('slug', ''),
        findings: [
          noSlug(
            'The file has no short name (slug). Add "slug: example" at the top: the short name the registry knows the group by, the file name without .yaml.',
          ),
        ],
      },
      {
        name: 'does not suggest a file name that is no slug',
        text: withField('slug', undefined),
        path: 'groups/My_Group.yaml',
        findings: [
          noSlug(
            'The file has no short name (slug). Add "slug: your-group-name" at the top: the short name the registry knows the group by, the file name without .yaml.',
          ),
        ],
      },
    ],
  });
});
