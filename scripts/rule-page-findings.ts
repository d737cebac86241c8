/**
 * Rewrites the findings each rule page shows under "Fails" (its ```text block) to what the rule
 * really writes today: after a message changes, `npx tsx scripts/rule-page-findings.ts`, then
 * read the diff. `src/rules/index.test.ts` fails until the pages agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  readRulePage,
  RULE_PAGES_DIR,
  rulePageIds,
  runExample,
} from '../test/support/rule-pages.js';

for (const id of rulePageIds()) {
  const page = readRulePage(id);
  const fails = page.sections.get('Fails');
  if (fails === undefined) continue;
  const run = await runExample(id, fails);
  if (run.lines.join('\n') === run.shown.join('\n')) continue;
  const updated = fails.replace(
    /^```text\n[\s\S]*?^```$/m,
    () => `\`\`\`text\n${run.lines.join('\n')}\n\`\`\``,
  );
  const file = path.join(RULE_PAGES_DIR, `${id}.md`);
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(fails, () => updated),
  );
  console.log(`updated ${path.relative(process.cwd(), file)}`);
}
