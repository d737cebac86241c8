import { describe, expect, it } from 'vitest';
import { renderMessage } from '../i18n/findings/index.js';
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
    expect(result.ok || renderMessage(result.reason, 'en')).toContain('UTF-8');
  });

  it('refuses a file over the size limit before reading it as text', () => {
    const result = decodeGroupFile(new Uint8Array(MAX_FILE_BYTES + 1));
    expect(result).toMatchObject({ ok: false, line: 1 });
    const said = (language: 'en' | 'nl' | 'sv') =>
      result.ok || renderMessage(result.reason, language);
    expect(said('en')).toBe(
      "The file is 1,048,577 bytes; a group file may be at most 1,048,576 bytes (1 MB). Keep only the group's own details and meetups in it.",
    );
    // Each language writes the numbers its own way; Swedish groups digits with a no-break space.
    expect(said('nl')).toBe(
      'Het bestand is 1.048.577 bytes; een groepsbestand mag hoogstens 1.048.576 bytes (1 MB) groot zijn. Zet er alleen de eigen gegevens en meetups van de groep in.',
    );
    expect(said('sv')).toBe(
      'Filen är 1\u00a0048\u00a0577 byte; en gruppfil får vara högst 1\u00a0048\u00a0576 byte (1 MB). Ha bara gruppens egna uppgifter och möten i den.',
    );
  });

  it('says how large a policy file may be', () => {
    const result = decodeGroupFile(new Uint8Array(MAX_FILE_BYTES + 1), 'policy');
    expect(result.ok || renderMessage(result.reason, 'en')).toBe(
      'The file is 1,048,577 bytes; a policy file may be at most 1,048,576 bytes (1 MB).',
    );
  });

  it('keeps text with any Unicode intact', () => {
    const text = 'name: "Azure Göteborg ☁️ 東京 مجموعة"\n';
    expect(decodeGroupFile(bytes(text))).toEqual({ ok: true, text });
  });
});
