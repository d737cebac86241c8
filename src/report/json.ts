import { countBySeverity, type Finding } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { findingMessage, type Language } from '../i18n/findings/index.js';
import { escapeJsonForLog } from './escape.js';

/**
 * The machine-readable report maintainers script against (docs/tgr.md, "tgr validate"): each
 * finding's `message` in `language`, with the stable `messageId` and `params` it is made from.
 */
export function formatJson(results: readonly FileResult[], language: Language = 'en'): string {
  const { errors, warnings } = countBySeverity(results.flatMap((result) => result.findings));
  const report = {
    files: results.map(({ file, findings }) => ({
      path: file.path,
      findings: findings.map((finding) => findingJson(finding, language)),
    })),
    errors,
    warnings,
  };
  return `${escapeJsonForLog(JSON.stringify(report, null, 2))}\n`;
}

/** One finding as `--format json` prints it (tgr validate, tgr from-issue). */
export function findingJson(finding: Finding, language: Language): Record<string, unknown> {
  const { rule, severity, messageId, params, line, column, pointer, waiver } = finding;
  return {
    rule,
    severity,
    message: findingMessage(finding, language),
    messageId,
    params,
    line,
    column,
    pointer,
    ...(waiver ? { waiver } : {}),
  };
}
