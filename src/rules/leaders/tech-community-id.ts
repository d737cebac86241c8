import { readPerson, whoWithRole, type Role } from '../../core/people.js';
import { asRecord, field, quote } from '../../core/read.js';
import type { GroupRule, Problem } from '../rule.js';

const PROFILE_ID = /user-id\/(\d+)/i;
const HOW_TO_FIND =
  'It is the number at the end of their Tech Community profile address (…/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.';

export const rule: GroupRule = {
  id: 'leaders/tech-community-id',
  scope: 'group',
  summary: "Each leader's Microsoft Tech Community user ID is given, as a positive whole number.",
  severity: 'error',
  waivable: true,
  owns: ['/leader/techCommunityId', '/coLeader/techCommunityId'],
  check({ data }) {
    const problems: Problem[] = [];
    for (const role of ['leader', 'coLeader'] as const satisfies readonly Role[]) {
      const person = readPerson(data, role);
      if (!person) continue;
      const value = field(asRecord(field(data, role)), 'techCommunityId');
      const pointer = `/${role}/techCommunityId`;
      if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) continue;
      problems.push({ pointer, message: explain(value, whoWithRole(person)) });
    }
    return problems;
  },
};

function explain(value: unknown, whose: string): string {
  if (value === undefined || value === null) {
    return `The Tech Community user ID of ${whose} is missing: the program uses it to invite leaders to the Leaders Hub. Add "techCommunityId:". ${HOW_TO_FIND}`;
  }
  // Only text can hold a profile address or quoted digits; other values get the general message.
  const text = typeof value === 'string' ? value.trim() : '';
  const fromUrl = PROFILE_ID.exec(text)?.[1];
  if (fromUrl !== undefined && isPositive(fromUrl)) {
    return `The Tech Community user ID of ${whose} is the profile address, not the number. Use just the number: techCommunityId: ${fromUrl}`;
  }
  if (typeof value === 'string' && /^\d+$/.test(text) && isPositive(text)) {
    return `The Tech Community user ID of ${whose} is written as text. Write the number without quotes: techCommunityId: ${text}`;
  }
  return `The Tech Community user ID of ${whose} must be a positive whole number, but it is ${quote(value)}. ${HOW_TO_FIND}`;
}

function isPositive(digits: string): boolean {
  const number = Number(digits);
  return Number.isSafeInteger(number) && number > 0;
}
