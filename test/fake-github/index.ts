/** The fake GitHub for end-to-end tests: start it, seed it, point GITHUB_API_URL at it. */
export {
  type FakeGitHub,
  type FakeGitHubOptions,
  type RequestRecord,
  type Violation,
  startFakeGitHub,
} from './server.js';
export {
  type Fault,
  type FaultKind,
  type FaultMatch,
  type SeededKind,
  type SeededOptions,
  mulberry32,
  seededFaults,
} from './faults.js';
export {
  type GitTree,
  type TreeEntry,
  changedFiles,
  gitTree,
  listTree,
  unifiedPatch,
} from './git.js';
export { MAX_LOOKUPS } from './graphql.js';
export * from './state.js';
export { branchFiles, closePull, mergePull, noreplyEmail, pushCommit } from './commits.js';
export * from './payloads.js';
