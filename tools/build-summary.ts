/**
 * Prints the job summary of a failed build as Markdown (src/lib/hosting/build-failure.ts), from the file
 * the build's error output was kept in. The GitHub workflow appends it to `$GITHUB_STEP_SUMMARY`:
 *
 *   node tools/build-summary.ts "$RUNNER_TEMP/build-errors.txt" >> "$GITHUB_STEP_SUMMARY"
 *
 * A missing file means the build step never ran (a step before it failed); the summary says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildFailureSummary } from '#src/lib/hosting/build-failure.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/build-summary.ts <file with the build’s error output>');
  process.exit(2);
}
process.stdout.write(buildFailureSummary(existsSync(file) ? readFileSync(file, 'utf8') : undefined));
