import type { Requirement, RequirementStatus } from '../evaluate/scorecard.js';
import type { MaintainerReason } from '../pr/authorization.js';
import type { ChangeKind } from '../pr/changes.js';

/**
 * Everything the automation writes to people, per language. Values passed in are already
 * rendered for Markdown (mentions, code spans, escaped text): messages only arrange them.
 */
export interface Messages {
  /** BCP 47 tag, for Intl (month names). */
  locale: string;
  languageName: string;
  /** Headers of the scorecard table. */
  columns: [string, string];
  requirement: Record<Requirement, string>;
  status: Record<RequirementStatus, string>;
  kind: Record<ChangeKind, string>;
  verdict: {
    pass: string;
    fail: (errors: number) => string;
    waiting: string;
  };
  changes: {
    heading: string;
    leadership: (role: 'leader' | 'coLeader', from: string, to: string) => string;
    nobody: string;
    meetupsAdded: (count: number) => string;
    meetupsRemoved: (count: number) => string;
    waiver: (
      rule: string,
      change: 'added' | 'extended' | 'changed' | 'removed',
      until: string,
    ) => string;
    fields: (fields: string) => string;
    newGroup: string;
    removedFile: string;
    outside: (files: string) => string;
    none: string;
  };
  picture: {
    heading: string;
    counted: (held: number, required: number) => string;
    legend: string;
  };
  act: {
    heading: string;
    consent: (who: string, role: 'leader' | 'coLeader') => string;
    consented: (who: string) => string;
    maintainer: Record<MaintainerReason, string>;
    maintainerDone: string;
    author: (who: string) => string;
    nobody: string;
  };
  findings: {
    heading: (count: number) => string;
    more: (count: number) => string;
  };
  next: {
    pass: string;
    fail: string;
    waiting: string;
  };
  role: Record<'leader' | 'coLeader', string>;
}
