import { dump } from 'js-yaml';
import path from 'node:path';
import type { PlainDate } from '../core/dates.js';
import type { MessageParams } from '../core/finding.js';
import { languageOf, renderPhrase, say, type FindingMessageId } from '../i18n/findings/index.js';
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
 * write, in the group's language (nl-BE writes Dutch; a language the registry does not speak,
 * English), with that language's own example places and settings. Fields the leader did not give
 * on the command line are left empty, so `tgr validate` points at each one with its own
 * explanation of what belongs there.
 */
export function newGroupText(options: NewGroupOptions): string {
  const groupLanguage = options.language ?? 'en';
  const language = languageOf(groupLanguage);
  const value = (given: string | undefined): string =>
    given === undefined ? '' : ` ${yamlValue(given)}`;
  const comment = (id: FindingMessageId, params?: MessageParams): string =>
    renderPhrase(say(id, params), language);
  return `# yaml-language-server: $schema=../schemas/group.schema.json
# ${comment('template.intro')}
#   npx tgr validate ${GROUPS_DIR}/${options.slug}.yaml${langOption(groupLanguage)}
slug: ${options.slug}
name:${value(options.name)}  # ${comment('template.name')}
status: applying  # ${comment('template.status')}
city:${value(options.city)}
country:${value(options.country)}  # ${comment('template.country')}
timezone:${value(options.timezone)}  # ${comment('template.timezone')}
language:${value(groupLanguage)}  # ${comment('template.language')}
website:${value(options.website)}  # ${comment('template.website')}
feeds: []  # ${comment('template.feeds')}
codeOfConduct:  # ${comment('template.code-of-conduct')}
fees:
  admission: none  # ${comment('template.fees')}
leader:
  name:
  github:  # ${comment('template.github')}
  githubId:  # ${comment('template.github-id')}
  techCommunityId:  # ${comment('template.tech-community-id')}
  termsAccepted:  # ${comment('template.terms-accepted', { today: options.today })}
coLeader:
  name:
  github:
  githubId:
  techCommunityId:
  termsAccepted:
meetups: []  # ${comment('template.meetups')}
`;
}

/** ` --lang nl` for a Dutch group: the check a new file suggests speaks the file's language. */
export function langOption(groupLanguage: string | undefined): string {
  const language = languageOf(groupLanguage);
  return language === 'en' ? '' : ` --lang ${language}`;
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
