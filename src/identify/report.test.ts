import { describe, expect, it } from 'vitest';
import { formatIdentifyJson, formatIdentifyMarkdown, formatIdentifyText } from './report.js';
import type { IdentifyOutcome } from './run-identify.js';

/** A username that is no valid login, as a hostile file could write it. */
const HOSTILE = '@everyone\n::error::x [link](https://evil.example)';
const outcome: IdentifyOutcome = {
  written: [{ group: 'groups/a.yaml', role: 'leader', login: 'anna', githubId: 42 }],
  confirm: [
    {
      group: 'groups/b.yaml',
      role: 'coLeader',
      login: HOSTILE,
      reason: 'no-username',
      message:
        'github holds no valid username to look up: correct it first (tgr validate says how)',
    },
  ],
  errors: [],
  changedFiles: 1,
  remaining: 3,
};

describe('the identify report', () => {
  it('never lets a username from a file act as a workflow command in text or JSON', () => {
    const textReport = formatIdentifyText(outcome, false);
    expect(textReport.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(textReport).not.toContain('::error::');
    expect(textReport).toContain('groups/a.yaml: leader anna: wrote githubId: 42\n');
    expect(textReport).toContain(
      '1 group file changed (1 id), 1 to confirm, 0 errors, 3 files left for the next run\n',
    );
    const json = formatIdentifyJson(outcome, false);
    expect(json).not.toContain('::');
    expect(JSON.parse(json)).toEqual({ dryRun: false, ...outcome });
  });

  it('writes usernames as code in the pull request body: no mention, no link', () => {
    const body = formatIdentifyMarkdown(outcome);
    expect(body).toContain('- `groups/a.yaml` leader `anna`: `githubId: 42`');
    expect(body).toContain(
      '- `groups/b.yaml` coLeader `@everyone ::error::x [link](https://evil.example)`:',
    );
    expect(body).not.toMatch(/(^|[^`])@everyone/);
    expect(body).toContain('3 more group files still need ids: merge this pull request');
  });
});
