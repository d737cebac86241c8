import { countBySeverity, type Finding, type Waiver } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { findingMessage, renderMessage, say, type Language } from '../i18n/findings/index.js';
import { escapeLogText } from './escape.js';

/**
 * Compiler-style lines, `groups/x.yaml:12:5 error leaders/terms  message`, and a summary. The
 * messages and the summary are in `language`; the severity labels and rule ids stay as they
 * are, so scripts and editors can match them.
 */
export function formatText(results: readonly FileResult[], language: Language = 'en'): string {
  const lines = results.flatMap(({ findings }) => findings.map((f) => formatFinding(f, language)));
  lines.push(summaryLine(results, language));
  return `${lines.join('\n')}\n`;
}

/** One escaped line per finding, for a log. */
export function formatFindings(findings: readonly Finding[], language: Language = 'en'): string {
  return findings.map((finding) => formatFinding(finding, language)).join('\n');
}

function formatFinding(finding: Finding, language: Language): string {
  const label = finding.waiver ? 'waived' : finding.severity;
  const waiver = finding.waiver ? ` (${renderMessage(waiverWords(finding.waiver), language)})` : '';
  return escapeLogText(
    `${finding.file}:${finding.line}:${finding.column} ${label} ${finding.rule}  ${findingMessage(finding, language)}${waiver}`,
  );
}

/** `waived until 2027-01-31 by @anna: reason`, leaving out an approver or reason not given. */
function waiverWords({ until, approvedBy, reason }: Waiver) {
  return say('report.waiver', {
    until,
    approver: approvedBy === '' ? '' : say('report.approved-by', { login: `@${approvedBy}` }),
    reason: reason === '' ? '' : `: ${reason}`,
  });
}

export function summaryLine(results: readonly FileResult[], language: Language = 'en'): string {
  const findings = results.flatMap((result) => result.findings);
  const { errors, warnings } = countBySeverity(findings);
  const waived = findings.filter((finding) => finding.waiver).length;
  return renderMessage(
    say('report.summary', { files: results.length, errors, warnings, waived }),
    language,
  );
}
