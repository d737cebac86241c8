import { GITHUB_LOGIN } from './names.js';
import type { MessageParam, MessageRef } from './finding.js';
import { asRecord, asText, field, quote } from './read.js';

export type Role = 'leader' | 'coLeader';

/** A leader or co-leader as far as the file says; any field may be missing or malformed. */
export interface Person {
  role: Role;
  name: string | undefined;
  /** Lower-cased: GitHub logins are case-insensitive. */
  login: string | undefined;
  /** As written, for messages. */
  github: string | undefined;
  /** The GitHub account's numeric id: unlike the login, it never passes to someone else. */
  githubId: number | undefined;
  techCommunityId: number | undefined;
}

export function readPerson(data: Record<string, unknown>, role: Role): Person | undefined {
  const record = asRecord(field(data, role));
  if (!record) return undefined;
  const github = asText(field(record, 'github'));
  return {
    role,
    name: asText(field(record, 'name')),
    github,
    login: github?.toLowerCase(),
    githubId: positiveId(field(record, 'githubId')),
    techCommunityId: positiveId(field(record, 'techCommunityId')),
  };
}

/** An account number as the schema allows it: a positive safe integer, never text. */
export function positiveId(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** How a person is named in a message: their GitHub handle, else their quoted name, else their role. */
export function personName(person: Person): MessageParam {
  if (person.github !== undefined && GITHUB_LOGIN.test(person.github)) return `@${person.github}`;
  return person.name === undefined
    ? { id: 'person.role', params: { role: person.role } }
    : quote(person.name);
}

/** The person with their role: "the leader @anna", "the co-leader \"Anna\"", or "the leader". */
export function personWithRole(person: Person): MessageRef {
  const name = personName(person);
  return typeof name === 'string'
    ? { id: 'person.named', params: { role: person.role, name } }
    : { id: 'person.role', params: { role: person.role } };
}
