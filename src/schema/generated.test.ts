import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, validatorsModule } from '../../scripts/generate-validators.js';

describe('validators compiled at build time', () => {
  it('are in step with the schemas and the ajv set-up (else run `npm run schema:validators`)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(validatorsModule());
  });
});
