/**
 * The time zones of schemas/group.schema.json (`properties.timezone.enum`), for editors: they
 * ignore the custom format `iana-time-zone`, but offer and check an enum.
 *
 * The list is every IANA time zone name, zones and links (from the `tzdata` package, with
 * `Intl.supportedValuesOf('timeZone')` besides), for which the code's own rule, `isTimeZoneName`,
 * holds on this Node: an Area/Location name or UTC that Intl accepts. The CLI accepts a name only
 * when it is in the enum too, so the two accept exactly the same names, spelled exactly so.
 *
 *   npm run schema:time-zones              rewrites the enum
 *   npm run schema:time-zones -- --check   exits 1 when the enum is not what this Node gives
 *
 * src/schema/schemas.editors.test.ts runs the check on the test's Node and on Node 24 (the
 * Action's runtime), so a Node or tzdata upgrade that changes the list fails a test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { isTimeZoneName } from '../src/schema/schemas.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../schemas/group.schema.json', import.meta.url));

/** Every name in the IANA time zone database the `tzdata` package holds: zones and links. */
export function ianaNames(): string[] {
  const file = createRequire(import.meta.url).resolve('tzdata');
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const zones =
    typeof data === 'object' && data !== null && 'zones' in data ? data.zones : undefined;
  if (typeof zones !== 'object' || zones === null) throw new Error(`${file}: no "zones" object`);
  return Object.keys(zones);
}

/** The schema's time zone enum as this Node and the installed `tzdata` give it, sorted. */
export function timeZoneNames(): string[] {
  const candidates = new Set([...Intl.supportedValuesOf('timeZone'), ...ianaNames()]);
  return [...candidates].filter(isTimeZoneName).sort();
}

/** Names for a message: the first ten, and how many more. */
function some(names: readonly string[]): string {
  const shown = names.slice(0, 10).join(', ');
  return names.length > 10 ? `${shown} and ${String(names.length - 10)} more` : shown;
}

async function main(check: boolean): Promise<number> {
  const text = readFileSync(SCHEMA_PATH, 'utf8');
  const schema = JSON.parse(text) as { properties: { timezone: { enum?: unknown } } };
  const before = Array.isArray(schema.properties.timezone.enum)
    ? schema.properties.timezone.enum.map(String)
    : [];
  const after = timeZoneNames();
  const where = `Node ${process.versions.node} (ICU ${process.versions.icu ?? '?'}, tz ${process.versions.tz ?? '?'})`;
  if (JSON.stringify(before) === JSON.stringify(after)) {
    console.log(`${SCHEMA_PATH}: ${String(after.length)} time zones, as ${where} gives them.`);
    return 0;
  }
  const added = after.filter((name) => !before.includes(name));
  const removed = before.filter((name) => !after.includes(name));
  const changes =
    [
      added.length > 0 ? `new: ${some(added)}` : '',
      removed.length > 0 ? `gone: ${some(removed)}` : '',
    ]
      .filter(Boolean)
      .join('; ') || 'order';
  if (check) {
    console.error(
      `${SCHEMA_PATH}: the time zone enum is not what ${where} gives (${changes}). Run npm run schema:time-zones.`,
    );
    return 1;
  }
  schema.properties.timezone.enum = after;
  const options = await prettier.resolveConfig(SCHEMA_PATH);
  writeFileSync(
    SCHEMA_PATH,
    await prettier.format(JSON.stringify(schema), { ...options, filepath: SCHEMA_PATH }),
  );
  console.log(`${SCHEMA_PATH}: wrote ${String(after.length)} time zones (${changes}).`);
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.includes('--check'));
}
