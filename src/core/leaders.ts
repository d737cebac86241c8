import { GITHUB_LOGIN } from './names.js';
import { ROLE_LABEL, type Role } from './people.js';
import { asRecord, asText, describeType, field, quote } from './read.js';
import type { Problem } from './finding.js';

/**
 * What `leaders/leader` and `leaders/co-leader` both check for their role: the person is there,
 * and has a name and a usable GitHub username.
 */
export function checkPersonPresence(data: Record<string, unknown>, role: Role): Problem[] {
  const label = ROLE_LABEL[role];
  const value = field(data, role);
  if (value === undefined || value === null) {
    return [
      {
        pointer: `/${role}`,
        message:
          role === 'leader'
            ? 'The group has no leader. The program needs a group leader as its primary contact: add a "leader:" block with name, github, techCommunityId and termsAccepted.'
            : 'The group has no co-leader. The program needs a designated co-leader as its secondary contact, so the group is never left without one: add a "coLeader:" block with name, github, techCommunityId and termsAccepted.',
      },
    ];
  }
  const person = asRecord(value);
  if (!person) {
    return [
      {
        pointer: `/${role}`,
        message: `"${role}" must be a block of indented fields (name, github, techCommunityId, termsAccepted), but it is ${describeType(value)}.`,
      },
    ];
  }
  const problems: Problem[] = [];
  const name = field(person, 'name');
  if (name !== undefined && name !== null && typeof name !== 'string') {
    problems.push({
      pointer: `/${role}/name`,
      message: `The ${label}'s name must be text, but it is ${describeType(name)}. Write the full name${typeof name === 'object' ? ' on one line' : ', in quotes if it looks like a number'}.`,
    });
  } else if (asText(name) === undefined) {
    problems.push({
      pointer: `/${role}/name`,
      message: `The ${label}'s name is missing. Add "name:" with their full name under "${role}:".`,
    });
  }
  const github = field(person, 'github');
  if (typeof github === 'number') {
    problems.push({
      pointer: `/${role}/github`,
      message: `The ${label}'s GitHub username is read as a number. Put it in quotes, exactly as on GitHub, so it stays text: github: "…"`,
    });
  } else if (github !== undefined && github !== null && typeof github !== 'string') {
    problems.push({
      pointer: `/${role}/github`,
      message: `The ${label}'s GitHub username must be text, but it is ${describeType(github)}.`,
    });
  } else if (asText(github) === undefined) {
    problems.push({
      pointer: `/${role}/github`,
      message: `The ${label}'s GitHub username is missing. Add "github:" with their username under "${role}:"; the registry uses it to know who may update the group.`,
    });
  } else if (typeof github === 'string' && !GITHUB_LOGIN.test(github)) {
    problems.push({ pointer: `/${role}/github`, message: explainBadLogin(label, github) });
  }
  return problems;
}

function explainBadLogin(label: string, value: unknown): string {
  const text = String(value).trim();
  const fromUrl = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([^/?#\s]+)/i.exec(text)?.[1];
  const candidate = fromUrl ?? text.replace(/^@/, '');
  const fix = GITHUB_LOGIN.test(candidate) ? ` Write just the username: github: ${candidate}` : '';
  return `The ${label}'s GitHub username ${quote(value)} is not a valid username (letters, digits and single hyphens, at most 39 characters, without @).${fix}`;
}
