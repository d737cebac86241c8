import type { FindingMessageId } from '../i18n/findings/index.js';
import type { Rule } from './rule.js';
import { rule as conductCodeOfConduct } from './conduct/code-of-conduct.js';
import { rule as feedsUrl } from './feeds/url.js';
import { rule as feesAdmission } from './fees/admission.js';
import { rule as leadersCoLeader } from './leaders/co-leader.js';
import { rule as leadersDistinct } from './leaders/distinct.js';
import { rule as leadersGithubId } from './leaders/github-id.js';
import { rule as leadersLeader } from './leaders/leader.js';
import { rule as leadersTechCommunityId } from './leaders/tech-community-id.js';
import { rule as leadersTerms } from './leaders/terms.js';
import { rule as meetupsAtRisk } from './meetups/at-risk.js';
import { rule as meetupsDuplicate } from './meetups/duplicate.js';
import { rule as meetupsMinimum } from './meetups/minimum.js';
import { rule as meetupsSpread } from './meetups/spread.js';
import { rule as meetupsUrl } from './meetups/url.js';
import { rule as presenceWebsite } from './presence/website.js';
import { rule as registryDuplicate } from './registry/duplicate.js';
import { rule as registryFileName } from './registry/file-name.js';
import { rule as registryInactive } from './registry/inactive.js';
import { rule as registryJoined } from './registry/joined.js';
import { rule as registryLanguage } from './registry/language.js';
import { rule as registryLocation } from './registry/location.js';
import { rule as registryNearby } from './registry/nearby.js';
import { rule as schema } from './schema.js';
import { rule as trademarkName } from './trademark/name.js';
import { rule as waiversDuplicate } from './waivers/duplicate.js';
import { rule as waiversExpired } from './waivers/expired.js';
import { rule as yaml } from './yaml.js';

/** Every rule, in the order findings about one spot are listed. Each lives in `src/rules/<id>.ts`. */
export const RULES: readonly Rule[] = [
  yaml,
  schema,
  registryFileName,
  registryDuplicate,
  registryJoined,
  registryInactive,
  registryLanguage,
  registryLocation,
  registryNearby,
  leadersLeader,
  leadersCoLeader,
  leadersDistinct,
  leadersTerms,
  leadersTechCommunityId,
  leadersGithubId,
  feesAdmission,
  conductCodeOfConduct,
  presenceWebsite,
  feedsUrl,
  trademarkName,
  meetupsMinimum,
  meetupsAtRisk,
  meetupsSpread,
  meetupsDuplicate,
  meetupsUrl,
  waiversExpired,
  waiversDuplicate,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

/**
 * The catalogue id of a rule's one-line summary for leaders (`leaders/terms.summary`), shown on
 * its page under docs/rules/. The ids are made here, not written out, so the catalogue test
 * counts them as used through this function; the rules test proves each exists.
 */
export function summaryId(rule: Pick<Rule, 'id'>): FindingMessageId {
  return `${rule.id}.summary` as FindingMessageId;
}

export type { Rule } from './rule.js';
