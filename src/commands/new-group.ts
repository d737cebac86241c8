import { dump } from 'js-yaml';
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
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

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A value written into the template: quoted by js-yaml wherever YAML needs it. */
function yamlValue(value: string): string {
  return dump(value, { lineWidth: -1 }).trimEnd();
}

/**
 * The text of a new group file: every field the program needs, with a comment saying what to
 * write. Fields the leader did not give on the command line hold a placeholder that
 * `tgr validate` points at until it is replaced.
 */
export function newGroupText(options: NewGroupOptions): string {
  const or = (value: string | undefined, placeholder: string): string =>
    yamlValue(value ?? placeholder);
  return `# yaml-language-server: $schema=../schemas/group.schema.json
# A new Azure Tech Groups entry. Replace every TODO, then run: npx tgr validate ${GROUPS_DIR}/${options.slug}.yaml
slug: ${options.slug}
name: ${or(options.name, 'TODO <City> Azure User Group')}  # your place first: not "Azure …" or "Microsoft …"
status: applying         # a maintainer sets active and the joined date when the group is admitted
city: ${or(options.city, 'TODO')}
country: ${or(options.country, 'TODO')}  # ISO 3166-1 alpha-2 code, such as NL, SE or US
timezone: ${or(options.timezone, 'TODO')}  # IANA time zone, such as Europe/Amsterdam
language: ${or(options.language, 'en')}  # the language the registry writes to you in: en, nl or sv
website: ${or(options.website, 'TODO https://')}  # public page non-members can read
codeOfConduct: TODO https://  # your published code of conduct, linked from your homepage
fees:
  admission: none        # none, or pass-through (then say which costs in passThrough:)
leader:
  name: TODO
  github: TODO           # your GitHub username, without @
  techCommunityId: TODO  # the number at the end of your Tech Community profile URL
  termsAccepted: TODO    # the date you accepted the program's terms, YYYY-MM-DD
coLeader:
  name: TODO
  github: TODO
  techCommunityId: TODO
  termsAccepted: TODO
meetups:                 # at least six Azure meetups a year, spread through the year
  - date: ${options.today}
    title: TODO the title of a recent meetup
    azure: true          # true when the meetup covers Azure products and services
`;
}

export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/**
 * Writes the new file without ever replacing an existing one: the text goes to a temporary file
 * that is then hard-linked into place, which fails if the name is taken.
 */
export function writeNewGroup(options: NewGroupOptions): string {
  const target = path.join(options.root, GROUPS_DIR, `${options.slug}.yaml`);
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, newGroupText(options), { flag: 'wx' });
  try {
    linkSync(temporary, target);
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new FileExistsError(`${target} already exists; edit it instead, or pick another slug.`);
    }
    throw error;
  } finally {
    unlinkSync(temporary);
  }
  return target;
}
