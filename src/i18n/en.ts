import type { Messages } from './messages.js';

import { longDate, pluralForm } from './intl.js';

const plural = (count: number, one: string, other: string): string =>
  `${count} ${pluralForm('en', count, { one, other })}`;

export const en: Messages = {
  language: 'en',
  locale: 'en',
  languageName: 'English',
  columns: ['Requirement', 'Status'],
  requirement: {
    file: 'Group file is complete and valid',
    leaders: 'Leader and co-leader (with Tech Community IDs)',
    terms: 'Terms and conditions accepted',
    fees: 'No admission fee',
    conduct: 'Code of conduct published',
    website: 'Public website',
    trademark: 'Name follows the trademark rules',
    meetups: 'Azure meetups in the last 12 months',
    spread: 'Meetups spread through the year',
  },
  status: { pass: '✅ pass', fail: '❌ fail', warning: '⚠️ warning', waived: '🕊️ waived' },
  kind: { join: 'joins the program', update: 'update', leave: 'leaves the program' },
  verdict: {
    pass: '✅ The change meets every program requirement.',
    fail: (errors) =>
      `❌ ${plural(errors, 'error needs', 'errors need')} fixing before this can be merged.`,
    waiting: '⏳ The files pass; some people still need to act before this can be merged.',
  },
  changes: {
    heading: 'What changes',
    leadership: (role, from, to) =>
      `${role === 'leader' ? 'leader' : 'co-leader'}: ${from} → ${to}`,
    nobody: 'nobody',
    meetupsAdded: (count) => `${plural(count, 'meetup', 'meetups')} added`,
    meetupsRemoved: (count) => `${plural(count, 'meetup', 'meetups')} removed`,
    waiver: (rule, change, until) =>
      `waiver for ${rule} ${change}${until ? ` (until ${until})` : ''}`,
    fields: (fields) => `changed: ${fields}`,
    newGroup: 'a new group file',
    removedFile: 'the group file is deleted',
    outside: (files) =>
      `files outside groups/: ${files} (they never change what checks this pull request)`,
    none: 'no change to the group data',
    byUsername:
      "This group's file gives its leaders by GitHub username only, without `githubId`, so this check took whoever holds those usernames today for them. A username passes to someone else when its account is renamed or deleted: add each leader's `githubId` (a maintainer approves that change).",
  },
  picture: {
    heading: 'Azure meetups, last 12 months',
    counted: (held, required) => `${held} counted, ${required} needed`,
    legend:
      'Counted Azure meetups per month; cancelled, future and non-Azure meetups do not count.',
  },
  act: {
    heading: 'Who must act',
    consent: (who, role) =>
      `${who}: you are named as ${role === 'leader' ? 'leader' : 'co-leader'}. Comment \`/consent\` on a line of its own on this pull request (or approve it) to confirm; a \`/consent\` written before this request does not count.`,
    consented: (who) => `${who} consented.`,
    removed: (who, role, now) =>
      `${who}: ${now === undefined ? `this pull request removes you as ${role === 'leader' ? 'leader' : 'co-leader'} of this group` : `this pull request moves you from ${role === 'leader' ? 'leader' : 'co-leader'} to ${now === 'leader' ? 'leader' : 'co-leader'} of this group`}. Comment \`/consent\` on a line of its own on this pull request to agree, or a maintainer approves; a \`/consent\` written before this request does not count.`,
    maintainer: {
      'not-a-leader':
        'A maintainer: the author is not a leader or co-leader of this group on main, so a maintainer must approve.',
      'author-not-named':
        'A maintainer: a new group must name its author as leader or co-leader, or be approved by a maintainer.',
      'program-fields':
        'A maintainer: `status` and `joined` are set by the program team (a new group starts as `status: applying` without `joined`; leaders may only set `status: leaving`), so a maintainer must approve.',
      'unreadable-base':
        "A maintainer: this group's file on main cannot be read, so nobody can tell who leads the group; a maintainer must approve.",
      waiver:
        'A maintainer: only maintainers may add, change or remove waivers; a maintainer must approve.',
      'outside-groups':
        'A maintainer: the pull request changes files outside groups/, which only maintainers review.',
      'too-large':
        'A maintainer: the pull request is too large to check file by file, so a maintainer must review and approve it.',
      rename:
        "A maintainer: the pull request renames this group's file or changes its `slug`; the group's audit issues (and their deadlines) start afresh under the new name, so a maintainer must approve.",
      'github-id':
        'A maintainer: the pull request gives a person this group already names a new `githubId` (their GitHub account id). A username can pass to someone else when an account is renamed or deleted, so a maintainer must check that the account is really theirs and approve.',
    },
    maintainerDone: 'A maintainer approved.',
    author: (who) =>
      `${who}: fix the errors below and push to this branch; this comment updates itself.`,
    nobody: 'Nobody: a maintainer can merge.',
  },
  tooLarge: (count, what) =>
    `⚠️ This pull request changes ${plural(count, what === 'files' ? 'file' : 'group file', what === 'files' ? 'files' : 'group files')}: more than the check reads file by file, so its files were not checked. Split it into smaller pull requests to have every file checked.`,
  findings: {
    heading: (count) => `Findings (${count})`,
    more: (count) => `…and ${count} more in the job summary.`,
  },
  cut: '_…cut to fit GitHub’s limit on a comment: the full report is in the **Registry check** run and the job summary._',
  next: {
    pass: 'Next: a maintainer reviews and merges.',
    fail: 'Next: fix each finding at the line it names (run `npx tgr validate` locally to check), then push.',
    waiting:
      'Next: once everyone above has acted, this check updates by itself and a maintainer can merge.',
  },
  role: { leader: 'leader', coLeader: 'co-leader' },
  audit: {
    intro: (who) =>
      `${who}: the registry's scheduled check found something your group needs to fix to stay in the Azure Tech Groups program.`,
    headings: {
      wrong: 'What is wrong',
      evidence: 'What the registry shows',
      todo: 'What to do',
      deadline: 'By when',
    },
    wrong: {
      'meetups-minimum': (held, required, months) =>
        `Your group held ${plural(held, 'Azure meetup', 'Azure meetups')} in the last ${months} months; the program asks for at least ${required}.`,
      'meetups-at-risk': (on, counted, required, months) =>
        `On ${longDate('en-GB', on)} your group will have ${plural(counted, 'Azure meetup', 'Azure meetups')} in the last ${months} months, below the ${required} the program asks for, as older meetups leave that window.`,
      leader: 'Your group has no complete, valid group leader in the registry.',
      'co-leader':
        'Your group has lost its co-leader: the registry names no complete, valid co-leader who is someone other than the leader.',
      'leader-renamed': (role, name, old, now) =>
        `The GitHub account of the ${role === 'leader' ? 'leader' : 'co-leader'}${name === '' ? '' : ` ${name}`} has a new username: ${old} is now ${now}. It is the same account (the registry knows it by its ID), but the group file still gives the old username, which anyone may now register.`,
      terms: "Not every leader of your group has accepted the program's terms and conditions.",
      'waiver-expired': 'A waiver for your group has ended, so the rule it covered applies again.',
    },
    todo: {
      'meetups-minimum': (file) =>
        `Hold the missing Azure meetups, and add each one to ${file} with \`azure: true\` in a pull request. Meetups you held but did not list count too.`,
      'meetups-at-risk': (file) =>
        `Plan an Azure meetup before that date, and add it to ${file} in a pull request.`,
      leader: (file) =>
        `Name the group leader in ${file}: name, GitHub username, Tech Community user ID and the date they accepted the terms. Tell the program team at azure-tech-groups@microsoft.com.`,
      'co-leader': (file) =>
        `Name a new co-leader in ${file}: name, GitHub username, Tech Community user ID and the date they accepted the terms; they confirm with \`/consent\` on the pull request. Tell the program team at azure-tech-groups@microsoft.com.`,
      'leader-renamed': (file) =>
        `In a pull request, write the new username under \`github:\` in ${file} and keep \`githubId\` as it is. This issue closes by itself once the file gives the new username.`,
      terms: (file) =>
        `Once each leader has accepted the terms, add the date to \`termsAccepted\` in ${file}.`,
      'waiver-expired': (file) =>
        `Fix what the waiver covered and remove the waiver from ${file}, or ask a maintainer to extend it.`,
    },
    counted: 'Counted',
    notCounted: 'Not counted',
    expiring: 'Leaving the window',
    none: 'none',
    exclusion: {
      cancelled: 'cancelled',
      future: 'planned, not held yet',
      'not-azure': 'not about Azure',
      'before-window': 'older than the window',
      duplicate: 'listed twice',
    },
    deadline: (date) =>
      `Please fix this by ${longDate('en-GB', date)}. This issue closes by itself once the registry shows the problem solved.`,
    resolved: {
      'meetups-minimum': 'Solved: the group now holds enough Azure meetups in the window. Closing.',
      'meetups-at-risk':
        'No longer at risk: the meetups listed keep the group at the minimum through the look-ahead. Closing.',
      leader: 'Solved: the group has a complete, valid leader again. Closing.',
      'co-leader': 'Solved: the group has a complete, valid co-leader again. Closing.',
      'leader-renamed': "Solved: the group file gives the leaders' new usernames. Closing.",
      terms: 'Solved: every leader has accepted the terms. Closing.',
      'waiver-expired': 'Solved: the expired waiver was removed or extended. Closing.',
    },
    inactive:
      'Closing: the group is no longer active in the registry (it is leaving, or its file was removed or renamed).',
    superseded:
      'Closing: the group has now fallen below the minimum; the issue about the minimum follows this up.',
    duplicate: (number) => `Duplicate of #${number}: one issue per group and problem. Closing.`,
  },
};
