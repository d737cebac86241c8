import * as core from '@actions/core';
import type { FileResult } from '../evaluate/evaluate.js';
import { escapeAnnotationText } from './escape.js';

/**
 * Writes each finding as a workflow-command annotation (`::error file=…,line=…::…`) through
 * @actions/core, which escapes the message and properties the way the runner expects.
 */
export function writeAnnotations(results: readonly FileResult[]): void {
  for (const { findings } of results) {
    for (const finding of findings) {
      const properties = {
        title: finding.rule,
        file: finding.file,
        startLine: finding.line,
        startColumn: finding.column,
      };
      const message = escapeAnnotationText(
        finding.waiver
          ? `Waived until ${finding.waiver.until}: ${finding.message}`
          : finding.message,
      );
      if (finding.severity === 'error') core.error(message, properties);
      else if (finding.severity === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    }
  }
}
