import { countBySeverity } from '../core/finding.js';
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
      findings: findings.map((finding) => {
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
      }),
    })),
    errors,
    warnings,
  };
  return `${escapeJsonForLog(JSON.stringify(report, null, 2))}\n`;
}
