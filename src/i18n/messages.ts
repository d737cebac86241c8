import type { Exclusion } from '../core/meetups.js';
import type { Language } from './findings/catalogue.js';
import type {
  ChangeKind,
  MaintainerReason,
  ProblemKind,
  Requirement,
  RequirementStatus,
} from '../core/vocabulary.js';

/**
 * Everything the automation writes to people, per language. Values passed in are already
 * rendered for Markdown (mentions, code spans, escaped text): messages only arrange them.
 */
export interface Messages {
  /** Which language this is; findings are rendered in it from the findings catalogue. */
  language: Language;
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
    /** The group's file gives no account ids (`githubId`): people were matched by username. */
    byUsername: string;
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
    /** `who` loses `role` (keeping `now`, the other role, if set) and must agree. */
    removed: (
      who: string,
      role: 'leader' | 'coLeader',
      now: 'leader' | 'coLeader' | undefined,
    ) => string;
    maintainer: Record<MaintainerReason, string>;
    maintainerDone: string;
    author: (who: string) => string;
    nobody: string;
  };
  /** The pull request was too large to read file by file: `count` files, or group files. */
  tooLarge: (count: number, what: 'files' | 'group-files') => string;
  findings: {
    heading: (count: number) => string;
    more: (count: number) => string;
  };
  /** Ends a comment cut to fit GitHub's limit. */
  cut: string;
  next: {
    pass: string;
    fail: string;
    waiting: string;
  };
  role: Record<'leader' | 'coLeader', string>;
  audit: {
    /** Opens the issue, addressed to the group's leaders. */
    intro: (who: string) => string;
    headings: { wrong: string; evidence: string; todo: string; deadline: string };
    wrong: {
      'meetups-minimum': (held: number, required: number, months: number) => string;
      'meetups-at-risk': (on: string, counted: number, required: number, months: number) => string;
      leader: string;
      'co-leader': string;
      /** One renamed account: its person (role, name as code or ''), the old login as code, the new as a mention. */
      'leader-renamed': (
        role: 'leader' | 'coLeader',
        name: string,
        old: string,
        now: string,
      ) => string;
      terms: string;
      'waiver-expired': string;
    };
    todo: Record<ProblemKind, (file: string) => string>;
    counted: string;
    notCounted: string;
    expiring: string;
    none: string;
    exclusion: Record<Exclusion, string>;
    deadline: (date: string) => string;
    resolved: Record<ProblemKind, string>;
    inactive: string;
    /** Closes an at-risk issue when the group has fallen below the minimum after all. */
    superseded: string;
    duplicate: (number: number) => string;
  };
}
