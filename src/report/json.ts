import { countBySeverity } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { escapeJsonForLog } from './escape.js';

/** The machine-readable report maintainers script against (see README, "tgr validate"). */
export function formatJson(results: readonly FileResult[]): string {
  const { errors, warnings } = countBySeverity(results.flatMap((result) => result.findings));
  const report = {
    files: results.map(({ file, findings }) => ({
      path: file.path,
      findings: findings.map(({ rule, severity, message, line, column, pointer, waiver }) => ({
        rule,
        severity,
        message,
        line,
        column,
        pointer,
        ...(waiver ? { waiver } : {}),
      })),
    })),
    errors,
    warnings,
  };
  return `${escapeJsonForLog(JSON.stringify(report, null, 2))}\n`;
}
