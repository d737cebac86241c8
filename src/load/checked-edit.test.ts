import { describe, expect, it } from 'vitest';
import { VALID_GROUP } from '../../test/support/check.js';
import { EditError } from '../yaml/tree.js';
import { editInPlace } from './checked-edit.js';

const renameCity = (to: string) => (text: string) => text.replace('city: Utrecht', `city: ${to}`);

describe('an edit in place', () => {
  it('keeps an edit that gives exactly the data intended', () => {
    const result = editInPlace(VALID_GROUP, {
      edit: renameCity('Amersfoort'),
      intended: (data) => ({ ...data, city: 'Amersfoort' }),
      what: 'the city',
    });
    expect(result).toEqual({ ok: true, text: VALID_GROUP.replace('Utrecht', 'Amersfoort') });
  });

  it.each([
    [
      'gives other data than intended',
      renameCity('Amersfoort'),
      (data: Record<string, unknown>) => ({ ...data, city: 'Zwolle' }),
      'the edit would not give exactly the city intended; left as it is',
    ],
    [
      'adds a schema problem',
      (text: string) => text.replace('country: NL', 'country: Netherlands'),
      (data: Record<string, unknown>) => ({ ...data, country: 'Netherlands' }),
      'the edited file would not pass the schema; left as it is',
    ],
    [
      'breaks the YAML',
      (text: string) => text.replace('city: Utrecht', 'city: [Utrecht'),
      (data: Record<string, unknown>) => data,
      /^the edited file would not parse \(.+\); left as it is$/,
    ],
    [
      'cannot be made in place',
      () => {
        throw new EditError('the status is written in braces');
      },
      (data: Record<string, unknown>) => data,
      'the status is written in braces',
    ],
  ])('leaves the file as it is when the edit %s', (_case, edit, intended, reason) => {
    const result = editInPlace(VALID_GROUP, { edit, intended, what: 'the city' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(reason);
  });

  it('refuses a file that does not parse before any edit', () => {
    const result = editInPlace('slug: [x', {
      edit: (text) => text,
      intended: (data) => data,
      what: 'nothing',
    });
    expect(result.ok ? '' : result.reason).toMatch(/^the file does not parse: /);
  });

  it('takes a key moved to another place for the same data', () => {
    const moved = (text: string) => `${text.replace('status: active\n', '')}status: active\n`;
    expect(editInPlace(VALID_GROUP, { edit: moved, intended: (data) => data, what: 'x' }).ok).toBe(
      true,
    );
  });
});
