import type { Finding, Severity } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { findingMessage, renderMessage, say, type Language } from '../i18n/findings/index.js';
import { escapeAnnotationText } from './escape.js';

/** One workflow-command annotation (`::error file=…,line=…::…`), as plain data. */
export interface Annotation {
  level: Severity;
  message: string;
  properties: { title: string; file: string; startLine: number; startColumn: number };
}

/** A finding's annotation text in `language` (unescaped): its message, and any waiver. */
export function annotationText(finding: Finding, language: Language): string {
  if (finding.waiver === undefined) return findingMessage(finding, language);
  // The sentence as rendered on its own, capital included, after the waiver's words.
  return renderMessage(
    say('report.waived-until', {
      until: finding.waiver.until,
      message: findingMessage(finding, language),
    }),
    language,
  );
}

/** Each finding as an annotation; the edge writes them (src/adapters/github/annotations.ts). */
export function toAnnotations(
  results: readonly FileResult[],
  language: Language = 'en',
): Annotation[] {
  return results.flatMap(({ findings }) =>
    findings.map((finding) => ({
      level: finding.severity,
      message: escapeAnnotationText(annotationText(finding, language)),
      properties: {
        title: finding.rule,
        file: finding.file,
        startLine: finding.line,
        startColumn: finding.column,
      },
    })),
  );
}
