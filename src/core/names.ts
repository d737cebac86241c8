/** The identifiers the registry is keyed by, defined once. */

/** A group's slug, which is also its file name: lowercase letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** GitHub's own rule for usernames: letters, digits, single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
