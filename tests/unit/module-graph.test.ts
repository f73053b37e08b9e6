import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroBound, circles, moduleGraph } from '../support/module-graph.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const graph = moduleGraph(root);
const bound = astroBound(graph);

/** Loads each module in a plain Node process (no Vite), and names those that fail with their first line. */
function loadInPlainNode(files: readonly string[]): Record<string, string> {
  const script = `
    const failures = {};
    for (const file of ${JSON.stringify(files)}) {
      try { await import(new URL(file, ${JSON.stringify(pathToFileURL(join(root, '/')).href)}).href); }
      catch (error) { failures[file] = String(error?.message ?? error).split('\\n')[0]; }
    }
    process.stdout.write(JSON.stringify(failures));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, string>;
}

describe('one module graph', () => {
  it('reads the whole of src/', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(graph.get('src/lib/report.ts')?.importsAstro).toBe(true);
  });

  it('every module of src/lib that Astro does not bind loads in plain Node', { timeout: 120_000 }, () => {
    const plain = [...graph.keys()].filter((file) => file.startsWith('src/lib/') && !bound.has(file));
    expect(plain.length).toBeGreaterThan(90);
    expect(loadInPlainNode(plain)).toEqual({});
  });

  it('binds to Astro only what imports astro:* or the data module that does', () => {
    // A module outside this list that reached astro:* would fall out of the importer's and tools' reach.
    const libBound = [...bound].filter((file) => file.startsWith('src/lib/')).sort();
    for (const file of libBound) {
      const node = graph.get(file);
      const reason = node?.importsAstro || node?.valueImports.some((path) => graph.get(path)?.importsAstro);
      expect(reason, `${file} reaches astro:* only through another module`).toBe(true);
    }
  });

  it('the tools load in plain Node too', { timeout: 120_000 }, () => {
    // Each tool's imports only; a tool run here would start its work.
    const tools = ['tools/import.ts', 'tools/manifest.mjs', 'tools/serve.mjs'];
    const imports = tools.flatMap((tool) =>
      [...readFileSync(join(root, tool), 'utf8').matchAll(/from '(#src\/[^']+)'/gu)].map(
        ([, specifier]) => `src/${specifier?.slice('#src/'.length)}`,
      ),
    );
    expect(imports.length).toBeGreaterThan(3);
    expect(loadInPlainNode([...new Set(imports)])).toEqual({});
  });

  it('has no circles', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one', () => {
    const node = (file: string, imports: string[]) => ({
      file,
      imports,
      valueImports: imports,
      importsAstro: false,
    });
    const looped = new Map([
      ['a.ts', node('a.ts', ['b.ts'])],
      ['b.ts', node('b.ts', ['a.ts'])],
      ['c.ts', node('c.ts', ['a.ts'])],
    ]);
    expect(circles(looped)).toEqual([['a.ts', 'b.ts']]);
  });
});
