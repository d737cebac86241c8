import * as core from '@actions/core';
import type { Annotation } from '../../report/annotations.js';

/**
 * Writes annotations as workflow commands through @actions/core, which escapes the message and
 * properties the way the runner expects.
 */
export function writeAnnotations(annotations: readonly Annotation[]): void {
  for (const { level, message, properties } of annotations) {
    if (level === 'error') core.error(message, properties);
    else if (level === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
}
