import type { MessageRef } from '../core/finding.js';
import { say, type FindingMessageId } from '../i18n/findings/index.js';

/**
 * The catalogue's words for each `description` of schemas/group.schema.json, by the JSON pointer
 * of its node in the schema: a message about a group file quotes these, in the group's language,
 * instead of the schema's English. The English of each is the schema's text exactly, and every
 * description in the schema has one (schema-descriptions.test.ts); the schema's own description
 * of the whole file is never quoted.
 */
export const GROUP_DESCRIPTIONS: Readonly<Record<string, FindingMessageId>> = {
  '/properties/$schema': 'schema.description.$schema',
  '/properties/slug': 'schema.description.slug',
  '/properties/name': 'schema.description.name',
  '/properties/status': 'schema.description.status',
  '/properties/joined': 'schema.description.joined',
  '/properties/inactiveSince': 'schema.description.inactiveSince',
  '/properties/city': 'schema.description.city',
  '/properties/country': 'schema.description.country',
  '/properties/location': 'schema.description.location',
  '/properties/location/properties/lat': 'schema.description.location.lat',
  '/properties/location/properties/lon': 'schema.description.location.lon',
  '/properties/timezone': 'schema.description.timezone',
  '/properties/language': 'schema.description.language',
  '/properties/website': 'schema.description.website',
  '/properties/codeOfConduct': 'schema.description.codeOfConduct',
  '/properties/feeds': 'schema.description.feeds',
  '/properties/feeds/items': 'schema.description.feeds.item',
  '/properties/fees': 'schema.description.fees',
  '/properties/fees/properties/admission': 'schema.description.fees.admission',
  '/properties/fees/properties/passThrough': 'schema.description.fees.passThrough',
  '/properties/leader': 'schema.description.leader',
  '/properties/coLeader': 'schema.description.coLeader',
  '/properties/meetups': 'schema.description.meetups',
  '/properties/waivers': 'schema.description.waivers',
  '/$defs/person': 'schema.description.person',
  '/$defs/person/properties/name': 'schema.description.person.name',
  '/$defs/person/properties/github': 'schema.description.person.github',
  '/$defs/person/properties/githubId': 'schema.description.person.githubId',
  '/$defs/person/properties/techCommunityId': 'schema.description.person.techCommunityId',
  '/$defs/person/properties/termsAccepted': 'schema.description.person.termsAccepted',
  '/$defs/meetup': 'schema.description.meetup',
  '/$defs/meetup/properties/date': 'schema.description.meetup.date',
  '/$defs/meetup/properties/title': 'schema.description.meetup.title',
  '/$defs/meetup/properties/azure': 'schema.description.meetup.azure',
  '/$defs/meetup/properties/url': 'schema.description.meetup.url',
  '/$defs/meetup/properties/cancelled': 'schema.description.meetup.cancelled',
  '/$defs/meetup/properties/uid': 'schema.description.meetup.uid',
  '/$defs/waiver': 'schema.description.waiver',
  '/$defs/waiver/properties/rule': 'schema.description.waiver.rule',
  '/$defs/waiver/properties/reason': 'schema.description.waiver.reason',
  '/$defs/waiver/properties/until': 'schema.description.waiver.until',
  '/$defs/waiver/properties/approvedBy': 'schema.description.waiver.approvedBy',
};

/** The description of the group schema's node at `pointer`, as a phrase; none if it has none. */
export function groupDescription(pointer: string): MessageRef | undefined {
  const id = Object.hasOwn(GROUP_DESCRIPTIONS, pointer) ? GROUP_DESCRIPTIONS[pointer] : undefined;
  return id === undefined ? undefined : say(id);
}
