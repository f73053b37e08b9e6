/**
 * Writes the `[[headers]]` of netlify.toml from public/_headers, the one source of the site's response
 * headers (src/lib/hosting/headers-file.ts). Netlify reads both files and keeps a rule given in both once;
 * tests/unit/hosts.test.ts fails when the two say different things.
 *
 *   npm run netlify-headers              rewrites netlify.toml below its mark line
 *   npm run netlify-headers -- --check   only tells whether that part is up to date (exit 1 if not)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { netlifyTomlWithHeaders } from '#src/lib/hosting/headers-file.ts';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
const current = readFileSync('netlify.toml', 'utf8');
const wanted = netlifyTomlWithHeaders(current, readFileSync('public/_headers', 'utf8'));
if (current === wanted) {
  console.log('netlify.toml: its [[headers]] are those of public/_headers.');
} else if (values.check) {
  console.error('netlify.toml: its [[headers]] differ from public/_headers; run `npm run netlify-headers`.');
  process.exitCode = 1;
} else {
  writeFileSync('netlify.toml', wanted);
  console.log('netlify.toml: [[headers]] written from public/_headers.');
}
