import type { Finding } from '../core/finding.js';
import { REQUIREMENTS, type Requirement, type RequirementStatus } from '../core/vocabulary.js';

/** Which requirement each rule's findings count against. */
const REQUIREMENT_OF_RULE: Readonly<Record<string, Requirement>> = {
  yaml: 'file',
  schema: 'file',
  'registry/file-name': 'file',
  'registry/duplicate': 'file',
  'registry/joined': 'file',
  'registry/inactive': 'file',
  'registry/language': 'file',
  'registry/location': 'file',
  // Advice to the leaders of a joining group, not a shortcoming of the file; counted with it.
  'registry/nearby': 'file',
  'waivers/expired': 'file',
  'waivers/duplicate': 'file',
  'leaders/leader': 'leaders',
  'leaders/co-leader': 'leaders',
  'leaders/distinct': 'leaders',
  'leaders/tech-community-id': 'leaders',
  'leaders/github-id': 'leaders',
  'leaders/terms': 'terms',
  'fees/admission': 'fees',
  'conduct/code-of-conduct': 'conduct',
  'presence/website': 'website',
  'trademark/name': 'trademark',
  'meetups/minimum': 'meetups',
  'meetups/at-risk': 'meetups',
  'meetups/duplicate': 'meetups',
  // A malformed link is the file's problem; it says nothing about how often the group meets.
  'meetups/url': 'file',
  // Likewise a bad feed link: the feeds only help record meetups.
  'feeds/url': 'file',
  'meetups/spread': 'spread',
};

export function requirementOf(rule: string): Requirement {
  return REQUIREMENT_OF_RULE[rule] ?? 'file';
}

export const MAPPED_RULES: ReadonlySet<string> = new Set(Object.keys(REQUIREMENT_OF_RULE));

export type Scorecard = Record<Requirement, RequirementStatus>;

/** The worst status each requirement's findings give it: fail, then warning, then waived. */
export function scorecard(findings: readonly Finding[]): Scorecard {
  const card = Object.fromEntries(
    REQUIREMENTS.map((requirement) => [requirement, 'pass']),
  ) as Scorecard;
  const rank: Record<RequirementStatus, number> = { pass: 0, waived: 1, warning: 2, fail: 3 };
  for (const finding of findings) {
    const requirement = requirementOf(finding.rule);
    const status = statusOf(finding);
    if (rank[status] > rank[card[requirement]]) card[requirement] = status;
  }
  return card;
}

function statusOf(finding: Finding): RequirementStatus {
  if (finding.waiver) return 'waived';
  if (finding.severity === 'error') return 'fail';
  return finding.severity === 'warning' ? 'warning' : 'pass';
}
