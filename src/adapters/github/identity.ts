import { classify } from './errors.js';
import type { RegistryOctokit } from './octokit.js';

/**
 * The numeric id of the account this run's token acts as: `github-actions[bot]` for the workflow
 * token, an app's bot for an app token, a person for a personal token. What the check and the
 * audit wrote themselves is recognised by this id, never by a login or by "some bot": any app a
 * repository installs is a Bot too. GraphQL's `viewer` answers for installation tokens, where
 * REST `GET /user` does not.
 */
export async function ownAccountId(octokit: RegistryOctokit): Promise<number> {
  const answer = await octokit
    .graphql<{ viewer: { databaseId: unknown } }>('query { viewer { databaseId } }')
    .catch((error: unknown) => {
      throw classify(error);
    });
  const id = answer.viewer.databaseId;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
    throw new Error('GitHub did not say which account this token acts as (viewer.databaseId).');
  return id;
}
