import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import { EDITOR_KEYWORDS, formats } from './formats.js';

/**
 * An ajv instance set up as the registry validates: every error (verbose, for the messages), strict
 * schemas, the editors' keywords, and the formats of formats.ts. Not used at run time: the
 * validators are compiled at build time from it (scripts/generate-validators.ts); tests use it to
 * check the schemas themselves.
 */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    verbose: true,
    ...options,
  });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  return ajv;
}
