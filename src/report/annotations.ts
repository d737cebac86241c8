import type { Finding, Severity } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { findingMessage, renderMessage, say, type Language } from '../i18n/findings/index.js';
import { escapeAnnotationText } from './escape.js';
import { withRuleUrl } from './rule-links.js';

/** One workflow-command annotation (`::error file=…,line=…::…`), as plain data. */
export interface Annotation {
  level: Severity;
  message: string;
  properties: { title: string; file: string; startLine: number; startColumn: number };
}

/**
 * A finding's annotation text in `language` (unescaped): its message, and any waiver, then the
 * address of its rule's page under `rulePages` (annotations are plain text: no link).
 */
export function annotationText(finding: Finding, language: Language, rulePages: string): string {
  const message =
    finding.waiver === undefined
      ? findingMessage(finding, language)
      : // The sentence as rendered on its own, capital included, after the waiver's words.
        renderMessage(
          say('report.waived-until', {
            until: finding.waiver.until,
            message: findingMessage(finding, language),
          }),
          language,
        );
  return withRuleUrl(message, rulePages, finding.rule);
}

/** Each finding as an annotation; the edge writes them (src/adapters/github/annotations.ts). */
export function toAnnotations(
  results: readonly FileResult[],
  language: Language,
  rulePages: string,
): Annotation[] {
  return results.flatMap(({ findings }) =>
    findings.map((finding) => ({
      level: finding.severity,
      message: escapeAnnotationText(annotationText(finding, language, rulePages)),
      properties: {
        title: finding.rule,
        file: finding.file,
        startLine: finding.line,
        startColumn: finding.column,
      },
    })),
  );
}
