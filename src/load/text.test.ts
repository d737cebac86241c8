import { describe, expect, it } from 'vitest';
import { decodeGroupFile, MAX_FILE_BYTES } from './text.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))),
  );

describe('decoding a group file', () => {
  it('drops a byte-order mark so columns match the editor', () => {
    expect(decodeGroupFile(bytes([0xef, 0xbb, 0xbf], 'slug: x\n'))).toEqual({
      ok: true,
      text: 'slug: x\n',
    });
  });

  it('reports the line of the first invalid UTF-8 byte', () => {
    const result = decodeGroupFile(bytes('a: 1\nb: 2\nc: ', [0xc3, 0x28], '\nd: 4\n'));
    expect(result).toMatchObject({ ok: false, line: 3, column: 1 });
    expect(result.ok || result.reason).toContain('UTF-8');
  });

  it('refuses a file over the size limit before reading it as text', () => {
    const result = decodeGroupFile(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result).toMatchObject({ ok: false, line: 1 });
    expect(result.ok || result.reason).toBe(
      "The file is 1,048,577 bytes; a group file may be at most 1,048,576 bytes (1 MB). Keep only the group's own details and meetups in it.",
    );
  });

  it('keeps text with any Unicode intact', () => {
    const text = 'name: "Azure Göteborg ☁️ 東京 مجموعة"\n';
    expect(decodeGroupFile(bytes(text))).toEqual({ ok: true, text });
  });
});
