import type { MessageRef } from '../../core/finding.js';
import { personWithRole, readPerson, type Role } from '../../core/people.js';
import { asRecord, field, quote } from '../../core/read.js';
import { say } from '../../i18n/findings/index.js';
import type { GroupRule, Problem } from '../rule.js';

/** The old profile address, …/t5/user/viewprofilepage/user-id/123456, wherever it is pasted. */
const OLD_PROFILE_ID = /user-id\/(\d+)/i;
/** The current one, https://techcommunity.microsoft.com/users/<name>/123456 (a tab may follow). */
const PROFILE_PATH = /^\/users\/[^/]+\/(\d+)(?:\/|$)/;

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
      problems.push({ pointer, message: explain(value, personWithRole(person)) });
    }
    return problems;
  },
};

function explain(value: unknown, person: MessageRef): MessageRef {
  if (value === undefined || value === null) {
    return say('leaders/tech-community-id.missing', { person });
  }
  // Only text can hold a profile address or quoted digits; other values get the general message.
  const text = typeof value === 'string' ? value.trim() : '';
  const fromUrl = OLD_PROFILE_ID.exec(text)?.[1] ?? idInProfileAddress(text);
  if (fromUrl !== undefined && isPositive(fromUrl)) {
    return say('leaders/tech-community-id.profile-address', { person, id: fromUrl });
  }
  if (typeof value === 'string' && /^\d+$/.test(text) && isPositive(text)) {
    return say('leaders/tech-community-id.as-text', { person, id: text });
  }
  return say('leaders/tech-community-id.not-a-number', { person, value: quote(value) });
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
