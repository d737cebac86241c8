/** Per-rule setting in the program policy. */
export type RuleSetting = 'error' | 'warning' | 'off';

/**
 * The program's thresholds. The guide calls its criteria "subject to change", so they live in
 * `.github/program.yml`; these are the defaults, taken from the guide.
 */
export interface Policy {
  meetups: {
    /** Azure meetups a group must hold in the window. */
    minimum: number;
    /** Trailing window in months, ending on the day of the check. */
    windowMonths: number;
    /** Longest gap between Azure meetups, and since the last one, before a warning. */
    maxGapDays: number;
    /** Hold groups that joined less than a window ago to their share of the minimum. */
    proRata: boolean;
    /** How far ahead `meetups/at-risk` looks for a group about to fall below the minimum. */
    atRiskDays: number;
  };
  audit: {
    /** Days a group is given to fix a problem the audit raises, counted from when it is first seen. */
    deadlineDays: number;
  };
  sync: {
    /** Words that make a meetup `tgr sync` adds count as Azure (whole words, any case). */
    azureKeywords: readonly string[];
    /** Most meetups `tgr sync` adds to one group in one run. */
    maxNewMeetups: number;
  };
  nearby: {
    /** How far apart, in km, a joining group and an active one count as nearby (`registry/nearby`). */
    km: number;
  };
  /** The program's stages for a group past its date (issue 23; `tgr lifecycle`). Off by default. */
  lifecycle: {
    /** Whether `tgr lifecycle` proposes any change at all. */
    enabled: boolean;
    /** Days after an audit issue's date before a counting problem makes the group inactive. */
    inactiveAfterDays: number;
    /** Days after `inactiveSince` before an inactive group's file is removed. */
    removeAfterDays: number;
  };
  /** Severity overrides by rule id. */
  rules: Readonly<Partial<Record<string, RuleSetting>>>;
  /** The program's own Code of Conduct, offered to groups that have none. */
  codeOfConductUrl: string | undefined;
}

/** The words `tgr sync` looks for in an event's title and description to set `azure: true`. */
export const DEFAULT_AZURE_KEYWORDS: readonly string[] = [
  'Azure',
  'AKS',
  'Bicep',
  'Entra',
  'Cosmos DB',
  'CosmosDB',
  'Microsoft Fabric',
  'Microsoft Foundry',
  'Defender for Cloud',
];

export const DEFAULT_POLICY: Policy = {
  meetups: { minimum: 6, windowMonths: 12, maxGapDays: 90, proRata: true, atRiskDays: 60 },
  audit: { deadlineDays: 60 },
  sync: { azureKeywords: DEFAULT_AZURE_KEYWORDS, maxNewMeetups: 20 },
  nearby: { km: 100 },
  lifecycle: { enabled: false, inactiveAfterDays: 30, removeAfterDays: 180 },
  rules: {},
  codeOfConductUrl: undefined,
};

/** The policy file's shape after schema validation; every field optional. */
export interface PolicyFile {
  meetups?: Partial<Policy['meetups']>;
  audit?: Partial<Policy['audit']>;
  sync?: Partial<Policy['sync']>;
  nearby?: Partial<Policy['nearby']>;
  lifecycle?: Partial<Policy['lifecycle']>;
  rules?: Record<string, RuleSetting>;
  codeOfConductUrl?: string;
}

export function resolvePolicy(file: PolicyFile): Policy {
  return {
    meetups: { ...DEFAULT_POLICY.meetups, ...file.meetups },
    audit: { ...DEFAULT_POLICY.audit, ...file.audit },
    sync: { ...DEFAULT_POLICY.sync, ...file.sync },
    nearby: { ...DEFAULT_POLICY.nearby, ...file.nearby },
    lifecycle: { ...DEFAULT_POLICY.lifecycle, ...file.lifecycle },
    rules: { ...file.rules },
    codeOfConductUrl: file.codeOfConductUrl,
  };
}
