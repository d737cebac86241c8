import type { PlainDate } from '../core/dates.js';
import { countBySeverity, type Finding } from '../core/finding.js';
import { assessCadence, type Cadence } from '../core/meetups.js';
import type { Policy } from '../core/policy.js';
import { asText, field } from '../core/read.js';
import { scorecard, type Scorecard } from '../evaluate/scorecard.js';
import type { Need } from './authorization.js';
import type { GroupChange } from './changes.js';
import type { Lending } from './lent.js';

export interface GroupReport {
  change: GroupChange;
  name: string | undefined;
  language: string | undefined;
  findings: Finding[];
  card: Scorecard;
  /** Undefined when the group leaves or its file could not be read. */
  cadence: Cadence | undefined;
}

export type Verdict = 'pass' | 'fail' | 'waiting';

/** How far a verdict is from a pass: a failure is further than waiting, which is further than a pass. */
export const STRICTNESS: Readonly<Record<Verdict, number>> = { pass: 0, waiting: 1, fail: 2 };

/** Why the check did not read the pull request's files one by one. */
export interface NotChecked {
  count: number;
  what: 'files' | 'group-files';
}

/** Everything the pull-request check concluded, as plain data; renderers and the planner read it. */
export interface PrReport {
  verdict: Verdict;
  author: string;
  /** Whose authority the pull request carries: a form's issue author's, or its own author's. */
  lending: Lending;
  groups: GroupReport[];
  outside: string[];
  needs: Need[];
  findings: Finding[];
  errors: number;
  warnings: number;
  /** Set when the pull request was too large to check file by file. */
  notChecked: NotChecked | undefined;
  /** The folder of rule pages each finding links to. */
  rulePages: string;
}

export function buildPrReport(input: {
  author: string;
  lending?: Lending;
  changes: ReadonlyArray<{ change: GroupChange; findings: Finding[] }>;
  outside: readonly string[];
  needs: readonly Need[];
  today: PlainDate;
  policy: Policy;
  notChecked?: NotChecked;
  rulePages: string;
}): PrReport {
  const groups = input.changes.map(({ change, findings }) => {
    const data = change.head ?? change.base;
    return {
      change,
      name: asText(field(data, 'name')),
      language: asText(field(data, 'language')),
      findings,
      card: scorecard(findings),
      cadence:
        change.head && change.kind !== 'leave'
          ? assessCadence(change.head, input.today, input.policy)
          : undefined,
    };
  });
  const findings = groups.flatMap((group) => group.findings);
  const { errors, warnings } = countBySeverity(findings);
  const waiting = input.needs.some((need) => !need.satisfied);
  const verdict: Verdict = errors > 0 ? 'fail' : 'pass';
  return {
    verdict: verdict === 'pass' && waiting ? 'waiting' : verdict,
    author: input.author,
    lending: input.lending ?? { kind: 'own' },
    groups,
    outside: [...input.outside],
    needs: [...input.needs],
    findings,
    errors,
    warnings,
    notChecked: input.notChecked,
    rulePages: input.rulePages,
  };
}

/** The labels this check manages, with the colour and description each is created with. */
export const PR_LABELS = {
  'new group': { color: '0e8a16', description: 'A group joining the Azure Tech Groups program' },
  update: { color: '1d76db', description: "An update to a group's registry entry" },
  'leadership change': { color: 'fbca04', description: 'A group leader or co-leader changes' },
  leaving: { color: 'b60205', description: 'A group leaving the program' },
  'needs maintainer': { color: 'd93f0b', description: 'A maintainer must review and approve' },
  'awaiting consent': {
    color: 'c5def5',
    description: 'Someone this change names or removes as a leader has not agreed yet',
  },
  passing: { color: '0e8a16', description: 'The registry check passes' },
  failing: { color: 'b60205', description: 'The registry check found errors' },
} as const satisfies Record<string, { color: string; description: string }>;

export type PrLabel = keyof typeof PR_LABELS;

const KIND_LABEL = {
  join: 'new group',
  update: 'update',
  leave: 'leaving',
} as const satisfies Record<GroupChange['kind'], PrLabel>;

export function labelsFor(report: PrReport): PrLabel[] {
  const labels = new Set<PrLabel>();
  for (const { change } of report.groups) {
    labels.add(KIND_LABEL[change.kind]);
    if (change.leadership.length > 0) labels.add('leadership change');
  }
  for (const need of report.needs) {
    if (need.satisfied) continue;
    labels.add(need.kind === 'consent' ? 'awaiting consent' : 'needs maintainer');
  }
  labels.add(report.errors > 0 ? 'failing' : 'passing');
  return [...labels];
}
