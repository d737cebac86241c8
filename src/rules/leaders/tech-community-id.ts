import { readPerson, whoWithRole, type Role } from '../../core/people.js';
import { asRecord, field, quote } from '../../core/read.js';
import type { GroupRule, Problem } from '../rule.js';

/** The old profile address, …/t5/user/viewprofilepage/user-id/123456, wherever it is pasted. */
const OLD_PROFILE_ID = /user-id\/(\d+)/i;
/** The current one, https://techcommunity.microsoft.com/users/<name>/123456 (a tab may follow). */
const PROFILE_PATH = /^\/users\/[^/]+\/(\d+)(?:\/|$)/;
const HOW_TO_FIND =
  'It is the number at the end of their Tech Community profile address (…/users/your-name/123456 or …/user-id/123456 → 123456): sign in at techcommunity.microsoft.com, open your avatar, then My Profile.';

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
  const fromUrl = OLD_PROFILE_ID.exec(text)?.[1] ?? idInProfileAddress(text);
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

/** The ID in a current Tech Community profile address, with or without https://. */
function idInProfileAddress(text: string): string | undefined {
  const address = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  if (!URL.canParse(address)) return undefined;
  const url = new URL(address);
  if (!/(?:^|\.)techcommunity\.microsoft\.com$/.test(url.hostname)) return undefined;
  return PROFILE_PATH.exec(url.pathname)?.[1];
}
