/**
 * Vite wraps every dynamic `import()` of browser code in a preload helper that fetches the imported
 * chunk's dependencies alongside it. The helper is a chunk of about 0.9 KB gzip that every page would
 * load before any interaction, which a section page's 3 KB budget cannot carry. This site's dynamic
 * imports are few and small, and the search starts its own fetches in parallel
 * (`src/browser/search/prefetch.ts`), so the client build goes without dependency preloading
 * (`modulePreload: false`, which leaves each wrapper with an empty list), and the wrappers with an
 * empty list are then written back as the plain `import()` they stand for. A wrapper in any other
 * form is left as it is, so the helper stays wherever it is still needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `import{t as n}from"./preload-helper.AbC123.js";` (or `import{t}from…`): the statement and the local name. */
const HELPER_IMPORT =
  /import\s*\{\s*(?:[\w$]+\s+as\s+)?([\w$]+)\s*\}\s*from\s*["']\.\/preload-helper\.[\w-]+\.js["'];?/u;

/** The index just past the parenthesis that closes the one opened before `from`, skipping strings. */
function closingParen(code: string, from: number): number {
  let depth = 1;
  for (let i = from; i < code.length; i += 1) {
    const char = code[i];
    if (char === '`' || char === '"' || char === "'") {
      const end = code.indexOf(char, i + 1);
      if (end === -1 || code.slice(i + 1, end).includes('${')) return -1;
      i = end;
    } else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Rewrites each `n(()=>import(`./a.js`)…,[])` as `import(`./a.js`)…` and drops the helper's import
 * once no wrapper is left. Pure; `tests/unit/without-preload-helper.test.ts` holds it to real output.
 */
export function unwrapPreloads(code: string): string {
  const helper = HELPER_IMPORT.exec(code);
  if (!helper?.[1]) return code;
  const call = `${helper[1]}(()=>import(`;
  let out = '';
  let at = 0;
  for (let found = code.indexOf(call); found !== -1; found = code.indexOf(call, at)) {
    const standalone = !/[\w$.]/u.test(code[found - 1] ?? '');
    const open = found + helper[1].length + 1;
    const end = standalone ? closingParen(code, open) : -1;
    const inner = end === -1 ? '' : code.slice(open + '()=>'.length, end - 1);
    if (end === -1 || !inner.endsWith(',[]')) {
      out += code.slice(at, found + call.length);
      at = found + call.length;
      continue;
    }
    out += code.slice(at, found) + inner.slice(0, -',[]'.length);
    at = end;
  }
  out += code.slice(at);
  // Vite uses the helper only through such wrappers; the minifier reuses its name for other things.
  return out.includes(call) ? out : out.replace(helper[0], '');
}

export function withoutPreloadHelper(): Plugin {
  return {
    name: 'tagungsdoku-without-preload-helper',
    apply: 'build',
    configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
    // Vite writes each wrapper's list of dependencies last, so the written files are rewritten.
    writeBundle(options, bundle) {
      if (this.environment.name !== 'client' || !options.dir) return;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = unwrapPreloads(file.code);
        if (code !== file.code) writeFileSync(join(options.dir, file.fileName), code);
      }
    },
  };
}
