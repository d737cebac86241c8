import { describe, expect, it } from 'vitest';
import groupSchema from '../../schemas/group.schema.json' with { type: 'json' };
import programSchema from '../../schemas/program.schema.json' with { type: 'json' };
import { VALID_GROUP } from '../../test/support/check.js';
import { LANGUAGES, renderMessage, say } from '../i18n/findings/index.js';
import { groupDescription } from './descriptions.js';
import { explainSchemaIssue, type SchemaDocument } from './messages.js';
import { validateGroup, validateProgram, type SchemaIssue } from './schemas.js';
import { parseYamlMapping } from '../yaml/parse.js';

/**
 * Messages the schema rule's table cannot show, because a named rule claims the field or only
 * the program policy (read in English) can break them, in every language.
 */

const groupData = (() => {
  const parsed = parseYamlMapping(VALID_GROUP);
  if (!parsed.ok) throw new Error(renderMessage(parsed.reason, 'en'));
  return parsed.data;
})();

function explainGroup(change: (data: Record<string, unknown>) => void): string[][] {
  const data = structuredClone(groupData);
  change(data);
  const document: SchemaDocument = {
    name: say('schema.document.group'),
    schema: groupSchema,
    data,
    describe: groupDescription,
  };
  return inEveryLanguage(validateGroup(data), document);
}

function explainPolicy(data: unknown): string[][] {
  const document: SchemaDocument = {
    name: say('schema.document.policy'),
    schema: programSchema,
    data,
    describe: () => undefined,
  };
  return inEveryLanguage(validateProgram(data), document);
}

function inEveryLanguage(issues: readonly SchemaIssue[], document: SchemaDocument): string[][] {
  return issues.map((issue) =>
    LANGUAGES.map((language) => renderMessage(explainSchemaIssue(issue, document), language)),
  );
}

const leader = (data: Record<string, unknown>): Record<string, unknown> =>
  data.leader as Record<string, unknown>;

describe('schema messages a named rule or the policy keeps from the table', () => {
  it('gives the smallest number allowed', () => {
    expect(explainGroup((data) => (leader(data).techCommunityId = 0))).toEqual([
      [
        '"techCommunityId" under "leader" must be at least 1.',
        '"techCommunityId" onder "leader" moet minstens 1 zijn.',
        '"techCommunityId" under "leader" ska vara minst 1.',
      ],
    ]);
  });

  it('gives the largest number allowed', () => {
    expect(explainGroup((data) => (leader(data).techCommunityId = 2 ** 60))).toEqual([
      [
        '"techCommunityId" under "leader" must be at most 9007199254740991.',
        '"techCommunityId" onder "leader" mag hoogstens 9007199254740991 zijn.',
        '"techCommunityId" under "leader" får vara högst 9007199254740991.',
      ],
    ]);
  });

  it('asks for a whole number, with what the field is for', () => {
    expect(explainGroup((data) => (leader(data).techCommunityId = 12.5))).toEqual([
      [
        '"techCommunityId" under "leader" must be a whole number, but it is a number. Microsoft Tech Community user ID: the number at the end of the profile URL (…/user-id/123456 → 123456).',
        '"techCommunityId" onder "leader" moet een geheel getal zijn, maar het is een getal. Gebruikers-id bij Microsoft Tech Community: het nummer aan het einde van de profiel-URL (…/user-id/123456 → 123456).',
        '"techCommunityId" under "leader" ska vara ett heltal, men det är ett tal. Användar-ID i Microsoft Tech Community: numret i slutet av profilens URL (…/user-id/123456 → 123456).',
      ],
    ]);
  });

  it('explains a web address', () => {
    expect(
      explainPolicy({ codeOfConductUrl: 'https://exa mple.org/' }).filter(([english]) =>
        english?.includes('web address'),
      ),
    ).toEqual([
      [
        '"codeOfConductUrl" must be a full web address starting with https://; it is "https://exa mple.org/".',
        '"codeOfConductUrl" moet een volledig webadres zijn dat begint met https://; er staat "https://exa mple.org/".',
        '"codeOfConductUrl" ska vara en fullständig webbadress som börjar med https://; nu står det "https://exa mple.org/".',
      ],
    ]);
  });

  it('starts a sentence with an entry of a list, and leaves out a description there is not', () => {
    expect(explainPolicy({ sync: { azureKeywords: ['Azure', 5] } })).toEqual([
      [
        'The 2nd entry of "azureKeywords" under "sync" must be text, but it is a whole number.',
        'Het 2e item van "azureKeywords" onder "sync" moet tekst zijn, maar het is een geheel getal.',
        'Den 2:a posten i "azureKeywords" under "sync" ska vara text, men det är ett heltal.',
      ],
    ]);
  });

  it('names the policy and its rules', () => {
    expect(explainPolicy({ teams: [], rules: { 'meetups/spread': 'sometimes' } })).toEqual([
      [
        '"teams" is not a field of the program policy. Check the spelling, or remove it. The fields allowed here are meetups, audit, sync, rules, nearby, lifecycle and codeOfConductUrl.',
        '"teams" is geen veld van het programmabeleid. Controleer de spelling of verwijder het. Hier zijn toegestaan: meetups, audit, sync, rules, nearby, lifecycle en codeOfConductUrl.',
        '"teams" är inte ett fält i programpolicyn. Kontrollera stavningen eller ta bort det. Tillåtna fält här är meetups, audit, sync, rules, nearby, lifecycle och codeOfConductUrl.',
      ],
      [
        'Rule "meetups/spread" in rules must be error, warning or off; it is "sometimes".',
        'Programmaregel "meetups/spread" in rules moet error, warning of off zijn; er staat "sometimes".',
        'Regeln "meetups/spread" i rules ska vara error, warning eller off; nu står det "sometimes".',
      ],
    ]);
  });
});

describe('lists in schema messages', () => {
  it.each([
    {
      case: 'the values a field may have, joined with "or" in each language',
      change: (data: Record<string, unknown>) => (data.status = 'dormant'),
      messages: [
        '"status" must be applying, active, inactive or leaving; it is "dormant".',
        '"status" moet applying, active, inactive of leaving zijn; er staat "dormant".',
        '"status" ska vara applying, active, inactive eller leaving; nu står det "dormant".',
      ],
    },
    {
      case: 'the fields a block allows, joined with "and" in each language',
      change: (data: Record<string, unknown>) => (leader(data).zzzzqqq = 1),
      messages: [
        '"zzzzqqq" is not a field of "leader". Check the spelling, or remove it. The fields allowed here are name, github, githubId, techCommunityId and termsAccepted.',
        '"zzzzqqq" is geen veld van "leader". Controleer de spelling of verwijder het. Hier zijn toegestaan: name, github, githubId, techCommunityId en termsAccepted.',
        '"zzzzqqq" är inte ett fält i "leader". Kontrollera stavningen eller ta bort det. Tillåtna fält här är name, github, githubId, techCommunityId och termsAccepted.',
      ],
    },
  ])('says $case', ({ change, messages }) => {
    expect(explainGroup(change)).toEqual([messages]);
  });
});

describe('a description in a message', () => {
  it('follows as a sentence of its own, so its parentheses never close inside others', () => {
    const messages = explainGroup((data) => (data.city = 5));
    expect(messages).toEqual([
      [
        '"city" must be text, but it is a whole number. The city the group meets in (or is based in, for online groups).',
        '"city" moet tekst zijn, maar het is een geheel getal. De stad waar de groep bijeenkomt (of gevestigd is, voor onlinegroepen).',
        '"city" ska vara text, men det är ett heltal. Staden där gruppen håller sina möten (för en onlinegrupp: staden där den har sin bas).',
      ],
    ]);
    expect(messages.flat().join(' ')).not.toMatch(/\)\.?\)|\(\(/);
  });
});
