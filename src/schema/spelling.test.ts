import { describe, expect, it } from 'vitest';
import { closestName } from './spelling.js';

const TOP = ['slug', 'name', 'status', 'joined', 'city', 'country', 'timezone', 'language'];
const MORE = ['website', 'codeOfConduct', 'fees', 'leader', 'coLeader', 'meetups', 'waivers'];
const GROUP = [...TOP, ...MORE];
const PERSON = ['name', 'github', 'githubId', 'techCommunityId', 'termsAccepted'];

describe('the field a misspelt one was meant to be', () => {
  it.each([
    ['coleader', GROUP, 'coLeader'],
    ['CoLeader', GROUP, 'coLeader'],
    ['co-leader', GROUP, 'coLeader'],
    ['co_leader', GROUP, 'coLeader'],
    ['meetup', GROUP, 'meetups'],
    ['Meetups', GROUP, 'meetups'],
    ['waiver', GROUP, 'waivers'],
    ['codeofconduct', GROUP, 'codeOfConduct'],
    ['code-of-conduct', GROUP, 'codeOfConduct'],
    ['time zone', GROUP, 'timezone'],
    ['cuontry', GROUP, 'country'],
    ['techcommunityid', PERSON, 'techCommunityId'],
    ['techcommunityId', PERSON, 'techCommunityId'],
    ['tech_community_id', PERSON, 'techCommunityId'],
    ['techComunityId', PERSON, 'techCommunityId'],
    ['termsaccepted', PERSON, 'termsAccepted'],
    ['nmae', PERSON, 'name'],
    ['githb', PERSON, 'github'],
    ['githubid', PERSON, 'githubId'],
    ['github_id', PERSON, 'githubId'],
    ['GitHubID', PERSON, 'githubId'],
    ['gihtub', PERSON, 'github'],
    ['meetups/minimun', ['meetups/minimum', 'meetups/spread'], 'meetups/minimum'],
    ['Trademark/Name', ['trademark/name', 'meetups/spread'], 'trademark/name'],
  ])('%j is %j', (typed, candidates, meant) => {
    expect(closestName(typed, candidates)).toBe(meant);
  });

  it.each([
    ['homepage', GROUP],
    ['email', PERSON],
    ['web', GROUP],
    ['lang', GROUP],
    ['x', GROUP],
    ['', GROUP],
    ['coleader', TOP],
    ['foo/bar', ['trademark/name', 'meetups/spread']],
  ])('%j is too far from every candidate to guess', (typed, candidates) => {
    expect(closestName(typed, candidates)).toBeUndefined();
  });

  it('takes the closest, and the earlier of two as close', () => {
    expect(closestName('githb', ['gist', 'github'])).toBe('github');
    expect(closestName('nam', ['city', 'name', 'nap'])).toBe('name');
    expect(closestName('nam', ['city', 'nap', 'name'])).toBe('nap');
  });
});
