// The floor for this design: read every group file and parse it with js-yaml, nothing else, in
// one process. Prints the number of files parsed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

const folder = path.join(process.argv[2] ?? '.', 'groups');
let parsed = 0;
for (const name of readdirSync(folder)) {
  load(readFileSync(path.join(folder, name), 'utf8'));
  parsed++;
}
console.log(`${parsed} files parsed`);
