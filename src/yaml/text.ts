import { isUtf8 } from 'node:buffer';
import type { MessageRef } from '../core/finding.js';
import { say } from '../i18n/findings/index.js';

/** Group files are a few kilobytes; anything near this is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type TextResult =
  { ok: true; text: string } | { ok: false; reason: MessageRef; line: number; column: number };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Turns a file's bytes into text, or says where they stop being text.
 * A byte-order mark is dropped (editors on Windows add one and YAML allows it), so every
 * line and column we report matches what the leader's editor shows.
 */
export function decodeGroupFile(bytes: Uint8Array, kind: 'group' | 'policy' = 'group'): TextResult {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      ok: false,
      reason: say('yaml.too-large', { size: bytes.byteLength, limit: MAX_FILE_BYTES, kind }),
      line: 1,
      column: 1,
    };
  }
  let text: string;
  try {
    // One pass that decodes and checks; `ignoreBOM: false` drops a leading byte-order mark.
    text = UTF8.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: say('yaml.not-utf8'),
      line: firstInvalidUtf8Line(bytes),
      column: 1,
    };
  }
  return { ok: true, text };
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!isUtf8(bytes.subarray(lineStart, i))) return line;
      line++;
      lineStart = i + 1;
    }
  }
  return line - 1;
}
