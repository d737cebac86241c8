// The floor for this design: read group files and parse them with js-yaml, nothing else, in one
// process. `floor.mjs ROOT` parses every file under ROOT/groups; `floor.mjs --file PATH` parses
// the one file (the floor of a leader's single-file check). Prints the number of files parsed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const [first, second] = process.argv.slice(2);
const files =
  first === '--file'
    ? [second ?? '']
    : readdirSync(path.join(first ?? '.', 'groups')).map((name) =>
        path.join(first ?? '.', 'groups', name),
      );
let parsed = 0;
for (const file of files) {
  load(readFileSync(file, 'utf8'));
  parsed++;
}
console.log(`${parsed} files parsed`);
