#!/usr/bin/env node
import { runCli } from './run.js';

// The bin entry: real process I/O in, exit code out.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  now: () => new Date(),
  env: process.env,
});
