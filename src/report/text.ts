import { countBySeverity, type Finding, type Waiver } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { escapeLogText } from './escape.js';

/** Compiler-style lines, `groups/x.yaml:12:5 error leaders/terms  message`, and a summary. */
export function formatText(results: readonly FileResult[]): string {
  const lines = results.flatMap(({ findings }) => findings.map(formatFinding));
  lines.push(summaryLine(results));
  return `${lines.join('\n')}\n`;
}

/** One escaped line per finding, for a log. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map(formatFinding).join('\n');
}

function formatFinding(finding: Finding): string {
  const label = finding.waiver ? 'waived' : finding.severity;
  const waiver = finding.waiver ? ` (${waiverWords(finding.waiver)})` : '';
  return escapeLogText(
    `${finding.file}:${finding.line}:${finding.column} ${label} ${finding.rule}  ${finding.message}${waiver}`,
  );
}

/** `waived until 2027-01-31 by @anna: reason`, leaving out an approver or reason not given. */
function waiverWords({ until, approvedBy, reason }: Waiver): string {
  const by = approvedBy === '' ? '' : ` by @${approvedBy}`;
  return `waived until ${until}${by}${reason === '' ? '' : `: ${reason}`}`;
}

export function summaryLine(results: readonly FileResult[]): string {
  const findings = results.flatMap((result) => result.findings);
  const { errors, warnings } = countBySeverity(findings);
  const waived = findings.filter((finding) => finding.waiver).length;
  const files = `${results.length} group file${results.length === 1 ? '' : 's'} checked`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (waived > 0) parts.push(`${waived} waived`);
  return `${files}: ${parts.join(', ')}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
