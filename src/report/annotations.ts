import type { Severity } from '../core/finding.js';
import type { FileResult } from '../evaluate/evaluate.js';
import { escapeAnnotationText } from './escape.js';

/** One workflow-command annotation (`::error file=…,line=…::…`), as plain data. */
export interface Annotation {
  level: Severity;
  message: string;
  properties: { title: string; file: string; startLine: number; startColumn: number };
}

/** Each finding as an annotation; the edge writes them (src/github/annotations.ts). */
export function toAnnotations(results: readonly FileResult[]): Annotation[] {
  return results.flatMap(({ findings }) =>
    findings.map((finding) => ({
      level: finding.severity,
      message: escapeAnnotationText(
        finding.waiver
          ? `Waived until ${finding.waiver.until}: ${finding.message}`
          : finding.message,
      ),
      properties: {
        title: finding.rule,
        file: finding.file,
        startLine: finding.line,
        startColumn: finding.column,
      },
    })),
  );
}
