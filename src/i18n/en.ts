import type { Messages } from './messages.js';

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

export const en: Messages = {
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
      `${who}: you are named as ${role === 'leader' ? 'leader' : 'co-leader'}. Comment \`/consent\` on this pull request (or approve it) to confirm.`,
    consented: (who) => `${who} consented.`,
    maintainer: {
      'not-a-leader':
        'A maintainer: the author is not a leader or co-leader of this group on main, so a maintainer must approve.',
      'author-not-named':
        'A maintainer: a new group must name its author as leader or co-leader, or be approved by a maintainer.',
      waiver:
        'A maintainer: only maintainers may add or extend waivers; a maintainer must approve.',
      'outside-groups':
        'A maintainer: the pull request changes files outside groups/, which only maintainers review.',
    },
    maintainerDone: 'A maintainer approved.',
    author: (who) =>
      `${who}: fix the errors below and push to this branch; this comment updates itself.`,
    nobody: 'Nobody: a maintainer can merge.',
  },
  findings: {
    heading: (count) => `Findings (${count})`,
    more: (count) => `…and ${count} more in the job summary.`,
  },
  next: {
    pass: 'Next: a maintainer reviews and merges.',
    fail: 'Next: fix each finding at the line it names (run `npx tgr validate` locally to check), then push.',
    waiting:
      'Next: once everyone above has acted, this check updates by itself and a maintainer can merge.',
  },
  role: { leader: 'leader', coLeader: 'co-leader' },
};
