import * as equalModule from 'ajv/dist/runtime/equal.js';
import * as ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

/**
 * The helpers ajv's compiled validators call (generated/validators.ts). They are CommonJS modules
 * exporting `default`; Node hands an ES import the whole `exports` object, a bundler the `default`
 * inside it, so both are accepted.
 */
function unwrap<T>(module: { default: T }): T {
  const inner = module.default as T | { default: T };
  return typeof inner === 'function' ? inner : (inner as { default: T }).default;
}

export const ucs2length = unwrap(ucs2lengthModule);
export const equal = unwrap(equalModule);
