import { load } from 'js-yaml';
import { DEFAULT_POLICY } from '../../src/core/policy.js';
import { authorize, leaders } from '../../src/pr/authorization.js';
import { describeChange } from '../../src/pr/changes.js';
import { buildPrReport } from '../../src/pr/report.js';
import { RULE_PAGES } from '../../src/report/rule-links.js';
import { accountIdOf, check, VALID_GROUP } from './check.js';

const data = (text: string) => load(text) as Record<string, unknown>;

/** The example docs/maintainers.md shows: a co-leader swap with a meetup added. */
export function exampleReport(language = 'en') {
  const base = VALID_GROUP.replace('language: en', `language: ${language}`);
  const head = base
    .replace('github: pjansen', 'github: new-coleader')
    .replace('githubId: 61852340', 'githubId: 90210417')
    .replace('techCommunityId: 2345678', 'techCommunityId: 5551234')
    .replace('termsAccepted: 2024-02-21', 'termsAccepted: 2026-11-20')
    .concat(
      '    - date: 2026-11-19\n      title: Azure Functions deep dive\n      azure: true\n'.replace(
        /^ {2}/gm,
        '',
      ),
    );
  const change = describeChange('groups/example.yaml', data(base), data(head));
  return reportBeforeAnyoneActed([{ change, findings: check(head) }], 'annadevries');
}

/**
 * The report on these changes by `author`, as of 2026-11-22, when nobody has consented or
 * approved yet: who must act comes from the changes alone.
 */
export function reportBeforeAnyoneActed(
  changes: Parameters<typeof buildPrReport>[0]['changes'],
  author: string,
) {
  const needs = authorize(
    changes.map(({ change }) => change),
    [],
    {
      // The author's account: the id their entry gives, as GitHub would answer for them.
      author: { login: author, id: idOf(author, changes), isUser: true },
      authorIsMaintainer: false,
      consents: [],
      maintainerApproved: false,
      askedAt: new Map(),
      now: '2026-11-22T12:00:00Z',
    },
  );
  return buildPrReport({
    author,
    changes,
    outside: [],
    needs,
    today: '2026-11-22',
    policy: DEFAULT_POLICY,
    rulePages: RULE_PAGES,
  });
}

/** The account id the changed files give `login`, else the one GitHub gives its account. */
function idOf(login: string, changes: Parameters<typeof buildPrReport>[0]['changes']): number {
  for (const { change } of changes)
    for (const side of [change.base, change.head])
      for (const entry of leaders(side).values())
        if (entry.login === login && entry.githubId !== undefined) return entry.githubId;
  return accountIdOf(login);
}
