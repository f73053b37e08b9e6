/**
 * The `_headers` file that Netlify and Cloudflare Pages read: a line without indentation is a path
 * pattern (`*` matches any run of characters), the indented `Name: value` lines below it are that
 * path's headers, and a line starting with `#` is a comment. `public/_headers` is the one source of the
 * site's response headers: `tools/serve.mjs` applies it, and `netlify.toml`'s `[[headers]]` are written
 * from it (`npm run netlify-headers`).
 */
import { escapeRegExp } from '#src/lib/regexp.ts';

/** One path pattern and its headers, in the order the file gives them. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/** The rules of a `_headers` file; an indented line before the first path belongs to none and is dropped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      continue;
    }
    const cut = trimmed.indexOf(':');
    if (cut > 0) rules.at(-1)?.headers.push([trimmed.slice(0, cut).trim(), trimmed.slice(cut + 1).trim()]);
  }
  return rules;
}

/** The regular expression a rule's path stands for: `/_astro/*` matches `/_astro/a.css`. */
export function headerPathPattern(path: string): RegExp {
  return new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`, 'u');
}

/** A TOML basic string: JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) are TOML's too. */
function tomlString(value: string): string {
  return JSON.stringify(value);
}

/** A TOML key: bare where TOML allows it (letters, digits, `-`, `_`), quoted otherwise. */
function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/u.test(key) ? key : tomlString(key);
}

/** The rules as Netlify's `[[headers]]` tables in `netlify.toml`, one table per path, in file order. */
export function netlifyHeadersToml(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) =>
      [
        '[[headers]]',
        `  for = ${tomlString(rule.path)}`,
        '  [headers.values]',
        ...rule.headers.map(([name, value]) => `    ${tomlKey(name)} = ${tomlString(value)}`),
      ].join('\n'),
    )
    .join('\n\n');
}

/** The line in `netlify.toml` after which everything is written from `public/_headers`. */
export const NETLIFY_HEADERS_MARK =
  '# Written from public/_headers by `npm run netlify-headers`: edit that file, not what follows.';

/** `netlify.toml` with everything after `NETLIFY_HEADERS_MARK` written from a `_headers` file's rules. */
export function netlifyTomlWithHeaders(netlifyToml: string, headersFile: string): string {
  const cut = netlifyToml.indexOf(NETLIFY_HEADERS_MARK);
  if (cut === -1) throw new Error(`netlify.toml has no line "${NETLIFY_HEADERS_MARK}"`);
  const head = netlifyToml.slice(0, cut + NETLIFY_HEADERS_MARK.length);
  return `${head}\n\n${netlifyHeadersToml(parseHeadersFile(headersFile))}\n`;
}
