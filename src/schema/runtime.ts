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

// Typed by hand: the module's declared `default` is the module itself under this interop.
const countCodePoints = unwrap(ucs2lengthModule) as unknown as (text: string) => number;

/** Any first half of a surrogate pair: text without one has a code point per code unit. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** ajv's count of code points, for `maxLength`; only text with surrogate pairs is walked. */
export function ucs2length(text: string): number {
  return HIGH_SURROGATE.test(text) ? countCodePoints(text) : text.length;
}

export const equal = unwrap(equalModule);
