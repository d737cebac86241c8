/** What `tgr` says about itself: the overview, each command's help, and its version. */
import packageJson from '../../package.json' with { type: 'json' };

/** The version in package.json, bundled into dist/cli at build time. */
export const VERSION: string = packageJson.version;

export const COMMANDS = [
  'validate',
  'new',
  'audit',
  'sync',
  'identify',
  'lifecycle',
  'from-issue',
  'check-patch',
  'site',
  'rules',
] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommand(name: string | undefined): name is CommandName {
  return COMMANDS.some((command) => command === name);
}

const USAGE: Readonly<Record<CommandName, string>> = {
  validate:
    'tgr validate [PATH...] [--today YYYY-MM-DD] [--config FILE] [--format text|json|github] [--lang en|nl|sv] [--docs-url URL]',
  new: 'tgr new SLUG [--name NAME] [--city CITY] [--country CC] [--timezone ZONE] [--language CODE] [--website URL]',
  audit:
    'tgr audit [--dry-run] [--today YYYY-MM-DD] [--config FILE] [--format text|json] [--lang en|nl|sv] [--max-writes N] [--audit-account ID] [--docs-url URL]',
  sync: 'tgr sync [PATH...] [--today YYYY-MM-DD] [--config FILE] [--dry-run] [--format text|json|markdown]',
  identify: 'tgr identify [PATH...] [--dry-run] [--format text|json|markdown] [--max-files N]',
  lifecycle: 'tgr lifecycle [PATH...] [--today YYYY-MM-DD] [--dry-run] [--format text|json]',
  'from-issue':
    'tgr from-issue EVENT.json [--dry-run] [--today YYYY-MM-DD] [--config FILE] [--format text|json]',
  'check-patch': 'tgr check-patch PATCHFILE',
  site: 'tgr site [--out DIR] [--today YYYY-MM-DD] [--config FILE]',
  rules: 'tgr rules',
};

const WHERE = `tgr works anywhere inside a registry: it walks up from the working directory to the
registry root, the folder that holds groups/ (stopping at the root of a Git repository), and
stops with exit status 2 when there is none.`;

const CONFIG = `  --config FILE         the program policy, a path from the registry root (default
                        .github/program.yml; without that file, the built-in defaults)`;

const DOCS_URL = `  --docs-url URL        the https folder of rule pages that findings link to (default
                        this version's, in the project's repository on GitHub)`;

const DETAILS: Readonly<Record<CommandName, string>> = {
  validate: `Checks group files against the program's rules. Without PATH: every group file in the
registry's groups/ folder. With PATH (files or folders, from the working directory): only those,
still compared with the whole registry (no two groups share a slug, name or website).

Options:
  --today YYYY-MM-DD    check as of this day (default: today, in UTC)
${CONFIG}
  --format FORMAT       text (default): file:line:column severity rule  message;
                        json: one report, each finding with its messageId and params;
                        github: workflow annotations
  --lang LANG           en (default), nl or sv: the language of the findings and the
                        summary (never taken from the computer's language settings)
${DOCS_URL}; github format only
  -h, --help            show this help

${WHERE}
Paths in the report, and PATHs given, are relative to the working directory.

Exit status: 0 no error (warnings allowed), 1 at least one error, 2 a usage problem, an
unreadable path, a broken policy file, no registry, or no group file to check.`,

  new: `Writes groups/SLUG.yaml at the registry root: every field the program needs, with a comment
on each, in the group's language. SLUG is the group's short name (slug) and its file name:
lowercase letters, digits and single hyphens, such as utrecht-azure. Fields not given here are
left empty, for you to fill in; then run tgr validate on the file. An existing file is never
replaced.

Options:
  --name NAME           the group's name, its place first: "Utrecht Azure User Group"
  --city CITY           the city it meets in
  --country CC          two-letter country code, such as NL, SE or US (ISO 3166-1 alpha-2)
  --timezone ZONE       time zone, such as Europe/Amsterdam (IANA name)
  --language CODE       the language the registry writes to the group in: en (default), nl or
                        sv, also with a country, such as nl-BE or sv-FI (language code). The
                        file's comments and examples are written in Dutch for nl, in Swedish
                        for sv, and in English for any other language
  --website URL         https link to a public page about the group
  -h, --help            show this help

${WHERE}

Exit status: 0 written, 2 a usage problem, no registry, or the file exists already.`,

  audit: `The compliance audit, over every group in the registry: the plan that keeps one GitHub issue
open per group and problem. With GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) set, it reads that
repository's audit issues and, without --dry-run, applies the plan (GITHUB_API_URL for GitHub
Enterprise). Without them, --dry-run plans against no existing issues.

Options:
  --dry-run             print the plan; write nothing
  --today YYYY-MM-DD    audit as of this day (default: today, in UTC)
${CONFIG}
  --format FORMAT       text (default) or json
  --lang LANG           en (default), nl or sv: the language of each problem's findings,
                        listed under the plan (text) or in problems[].findings (json);
                        never taken from the computer's language settings
  --max-writes N        most writes this run (default 100); the rest is left for the next run
  --audit-account ID    with --dry-run: plan as this account (GitHub's numeric id), whose issues
                        are the audit's; the workflow's github-actions[bot] is 41898282. Without
                        it, only issues opened by the token's own account count
${DOCS_URL}; in the issues written
  -h, --help            show this help

${WHERE}
It refuses a registry without group files: that audit would close every audit issue.

Exit status: 0 planned (and applied), 1 a write failed (run again to continue), 2 a usage
problem, a broken policy file, no registry, or no group file.`,

  sync: `Reads each group's event feeds (the iCalendar links under feeds:) and records what they say in
its file: a new event becomes a meetup (date in the group's time zone, title, url, uid, and
azure: true when its title or description names an Azure keyword); an upcoming meetup that sync
added follows its event's new date or title; an upcoming meetup whose event is cancelled, or gone
from a feed that still covers its day, gets cancelled: true. Past meetups, and what people wrote,
are never changed. Only the changed meetups are touched: comments, order, quoting and line endings
stay. Without PATH: every group file in the registry's groups/ folder.

Feeds are fetched over https from global unicast addresses only (each redirect, and the address
connected to, checked again), at most 5 MB each, within 20 seconds, and each is read in a thread
that is stopped after 10 seconds (a recurrence rule that never ends). A feed that cannot be
fetched or read in time leaves its group's file as it is and is reported; the other groups are
synced.

Options:
  --today YYYY-MM-DD    sync as of this day (default: today, in UTC)
${CONFIG}
  --dry-run             report what would change; write nothing
  --format FORMAT       text (default), json, or markdown (the sync pull request's body)
  -h, --help            show this help

${WHERE}

Exit status: 0 synced, 1 a feed or file could not be synced (the others were), 2 a usage
problem, a broken policy file or no registry.`,

  identify: `Fills in each leader's and co-leader's missing GitHub account id (githubId) from the
account that holds their username on GitHub now, and lists every entry a maintainer must look at
instead. A username is only a name: when its account is renamed or deleted, GitHub frees it and
anyone may register it. So an id is written only for a User account created on or before the day
that person accepted the terms (termsAccepted, compared in UTC); an account created after it, an
entry without a valid termsAccepted, a username no account has now (renamed or deleted), or one
an organisation or a bot holds is listed to confirm, and nothing is written for it. Each id goes
on a new line right after the github: line; every other byte of the file stays. Entries that have
a githubId already are left alone, so a second run changes nothing. Without PATH: every group
file in the registry's groups/ folder.

Needs GITHUB_TOKEN (any token that can read public profiles; GITHUB_API_URL for GitHub
Enterprise). Every username is looked up (100 to a query) before any file is written, so a
lookup that fails writes nothing.

Options:
  --dry-run             report what would be written; write nothing
  --format FORMAT       text (default), json, or markdown (the migration pull request's body)
  --max-files N         stop once N files changed (default 100), so one pull request stays
                        small enough to review; run again after merging it for the next N
  -h, --help            show this help

${WHERE}

Exit status: 0 done (even with entries to confirm), 1 GitHub could not be asked (nothing was
written) or a file could not be read or edited (the others were), 2 a usage problem (no
GITHUB_TOKEN), no registry or no group file.`,

  lifecycle: `Moves groups between the program's stages, as the policy's lifecycle settings say
(docs/lifecycle.md): makes an active group inactive when an audit issue about a problem that
counts (too few Azure meetups, no valid leader or co-leader, terms not accepted) is past its date
plus inactiveAfterDays; makes an inactive group active again when it meets every requirement
(its file counted as if it were active); removes an inactive group still short more than
removeAfterDays after its inactiveSince. Nothing happens while lifecycle.enabled is false.
Without PATH: every group in the registry's groups/ folder; with PATH, only those groups.

Inactivating sets status: inactive and inactiveSince: <today>; reactivating sets status: active
and takes the inactiveSince line out; only those lines change, comments and the rest stay.
Removing deletes the file (git keeps its history). A second run the same day changes nothing.

With GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name; GITHUB_API_URL for GitHub Enterprise) it
reads the audit's issues and checks the leaders' accounts as the audit does. Only issues the
token's own account opened count as the audit's: run it with the workflow's token. Without a
token it reads no issue, so it makes no group inactive (and says so); it still reactivates and
removes.

Options:
  --today YYYY-MM-DD    decide as of this day (default: today, in UTC)
  --dry-run             print the changes; write and delete nothing
  --format FORMAT       text (default): one line per change, with its reason;
                        json: { "changes": [ { group, action, since, messageId, params,
                        issue } ] }
  -h, --help            show this help

${WHERE}

Exit status: 0 done, 1 a file could not be edited or deleted (the others were), 2 a usage
problem, a broken policy file, no registry or no group file.`,

  'from-issue': `Turns an issue form (.github/ISSUE_TEMPLATE/: join, leave, update, leadership) into a
change to groups/. EVENT.json is the payload of an issues event, as GitHub gives it to a workflow
($GITHUB_EVENT_PATH). The form is known by its headings alone, never by the issue's labels or
title: the body must hold exactly one form's headings, each once and in order (a line starting
with ### inside an answer makes it no form). join writes a new groups/<slug>.yaml (the slug made
from the group's name, its place first; status: applying; no githubId: the workflow fills those
from GitHub). leave sets status: leaving; update sets the fields answered and adds meetups;
leadership replaces the leader or co-leader who steps down (their githubId taken out): each
edits only those lines, every other line kept. Answers become YAML values through the YAML
library only. The result is checked as tgr validate checks it, against the whole registry,
before anything is written: with an error nothing is written. Only groups/<slug>.yaml is ever
written. The reply is in the group's language (join: the form's language answer), else English.

Options:
  --dry-run             check and print; write nothing
  --today YYYY-MM-DD    check as of this day (default: today, in UTC)
${CONFIG}
  --format FORMAT       text (default): the reply and the findings;
                        json: { "form", "group", "path", "action": "create"|"update",
                        "findings": [ as tgr validate --format json ] }
  -h, --help            show this help

${WHERE}

Exit status: 0 the change is written (or, with --dry-run, would be; warnings allowed), 1 the form
or the check found errors (nothing written), 2 a usage problem (no or unreadable EVENT.json, a
payload without an issue), a broken policy file or no registry.`,

  'check-patch': `Checks a patch one job hands another (the meetup sync's, in sync.yml) before it is applied:
it may only change the text of group files. It accepts additions, changes and deletions of
regular files groups/<slug>.yaml, and refuses the whole patch for anything else: a rename or
copy, a mode change, a symbolic link or submodule, a binary change, or any other path (such as
groups/sub/x.yaml, groups/x.yml or groups/../x.yaml). It reads the patch as git does (git apply
--numstat -z and --summary, which it runs; git must be installed) and the mode on each index
line. Needs no registry; writes nothing.

Exit status: 0 the patch may be applied, 1 refused (each problem named), 2 a usage problem or an
unreadable file.`,

  site: `Builds the public directory of the registry's active groups: index.html (every group, with
a search box and a world map with a dot per group), one page, one iCalendar feed and one
embeddable card per group, a page and a calendar per country (countries/), the program's numbers
(stats.html, stats.json), groups.json and groups.v2.json (with their schemas, in schemas/),
meetups.ics (every upcoming Azure meetup), and Atom feeds of new groups and upcoming Azure
meetups (groups.atom, meetups.atom). The site loads nothing from other sites and works offline
from its folder. Applying and leaving groups
are not listed; leaders' details appear nowhere.

Options:
  --out DIR             the folder to write (default _site, from the working directory); it is
                        replaced as a whole, only once the new site is complete
  --today YYYY-MM-DD    build as of this day (default: today, in UTC): meetups from this day on
                        are upcoming, and the last 12 months end on it
${CONFIG}
  -h, --help            show this help

${WHERE}

Exit status: 0 written, 2 a usage problem, a broken policy file, no registry, or no group file.`,

  rules: `Lists every rule: its id, its default severity (.github/program.yml can change it) and what it
checks. Needs no registry.

Exit status: 0.`,
};

/** `tgr COMMAND --help` and `tgr help COMMAND`. */
export function commandHelp(command: CommandName): string {
  return `Usage: ${USAGE[command]}\n\n${DETAILS[command]}\n`;
}

/** The one usage line and where to read more, after a usage problem in that command. */
export function commandHint(command: CommandName): string {
  return `Usage: ${USAGE[command]}\nRun 'tgr help ${command}' for details.\n`;
}

/** `tgr`, `tgr help` and `tgr --help`. */
export const OVERVIEW = `tgr ${VERSION}: checks the Azure Tech Groups registry against the program's rules.

Usage:
${COMMANDS.map((command) => `  ${USAGE[command]}`).join('\n')}
  tgr help [COMMAND]
  tgr --version

${WHERE}

Run 'tgr help COMMAND' or 'tgr COMMAND --help' for a command's options.
Exit status: 0 no errors, 1 errors found, 2 a usage problem, an unreadable file or no registry.
`;

/** Whether the arguments ask for help: `--help` or `-h` before any `--`. */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}
