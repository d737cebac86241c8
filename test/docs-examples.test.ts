import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, renderMessage, say } from '../src/i18n/findings/index.js';
import { REPO_ROOT } from './support/registry.js';

/** The development page's three-language example is the catalogue's own rendering, not a copy. */
describe("the development page's example message", () => {
  const page = readFileSync(path.join(REPO_ROOT, 'docs/development.md'), 'utf8');
  const example = say('leaders/terms.future', {
    name: '@pjansen',
    accepted: '2027-01-01',
    today: '2026-11-22',
  });

  it.each(LANGUAGES)('shows the %s text as the catalogue renders it', (language) => {
    expect(page).toContain(`\n- ${language}: ${renderMessage(example, language)}\n`);
  });
});
