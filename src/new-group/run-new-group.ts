import { dump } from 'js-yaml';
import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import { GROUPS_DIR } from '../load/registry.js';

export interface NewGroupOptions {
  slug: string;
  root: string;
  today: PlainDate;
  name?: string;
  city?: string;
  country?: string;
  timezone?: string;
  language?: string;
  website?: string;
}

/** A value written into the template: quoted by js-yaml wherever YAML needs it. */
function yamlValue(value: string): string {
  return dump(value, { lineWidth: -1 }).trimEnd();
}

/**
 * The text of a new group file: every field the program needs, with a comment saying what to
 * write. Fields the leader did not give on the command line are left empty, so `tgr validate`
 * points at each one with its own explanation of what belongs there.
 */
export function newGroupText(options: NewGroupOptions): string {
  const value = (given: string | undefined): string =>
    given === undefined ? '' : ` ${yamlValue(given)}`;
  return `# yaml-language-server: $schema=../schemas/group.schema.json
# A new Azure Tech Groups entry. Fill in every empty field, then run:
#   npx tgr validate ${GROUPS_DIR}/${options.slug}.yaml
slug: ${options.slug}
name:${value(options.name)}  # your place first, e.g. "Utrecht Azure User Group"; not "Azure …" or "Microsoft …"
status: applying  # a maintainer sets active, and the joined date, when the program admits the group
city:${value(options.city)}
country:${value(options.country)}  # ISO 3166-1 alpha-2 code, such as NL, SE or US
timezone:${value(options.timezone)}  # IANA time zone, such as Europe/Amsterdam
language:${value(options.language ?? 'en')}  # the language the registry writes to you in: en, nl or sv
website:${value(options.website)}  # https link to a public page non-members can read
feeds: []  # optional: your events' public iCalendar feeds, read by tgr sync (on Meetup: https://www.meetup.com/<your-group>/events/ical/)
codeOfConduct:  # https link to your published code of conduct, reachable from your homepage
fees:
  admission: none  # none, or pass-through (and then say which costs in passThrough:)
leader:
  name:
  github:  # your GitHub username, without @
  githubId:  # your GitHub account's number, which stays yours if you rename: the "id" at https://api.github.com/users/<username>
  techCommunityId:  # the number at the end of your Tech Community profile URL
  termsAccepted:  # the date you accepted the program's terms, YYYY-MM-DD (${options.today} if today)
coLeader:
  name:
  github:
  githubId:
  techCommunityId:
  termsAccepted:
meetups: []  # add each meetup as:  - { date: YYYY-MM-DD, title: ..., azure: true }
`;
}

/** The new group file's name is taken: thrown by the port, told to the user. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/** Where a new group file goes: the feature owns this port; the disk implements it. */
export type CreateFile = (target: string, text: string) => void;

/** Writes the new group file through `create`, which never replaces an existing file. */
export function runNewGroup(options: NewGroupOptions, create: CreateFile): string {
  const target = path.join(options.root, GROUPS_DIR, `${options.slug}.yaml`);
  create(target, newGroupText(options));
  return target;
}
