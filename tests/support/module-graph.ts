/**
 * The import graph of `src/`, read from the source text: which file imports which (`#src/…`), which
 * import `astro:*` modules, and which are therefore bound to Astro. For the test that guards the one
 * module graph (tests/unit/module-graph.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A file of `src/` and what it imports. */
export interface ModuleNode {
  /** `src/lib/report.ts` */
  file: string;
  /** Files of `src/` it imports (type-only imports included): `src/lib/html.ts`. */
  imports: string[];
  /** Files of `src/` it imports as values (what plain Node would load). */
  valueImports: string[];
  /** Whether it imports an `astro:*` module itself (types aside). */
  importsAstro: boolean;
}

const IMPORT = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gu;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu;

/** The `#src/…` specifier as a project path, its query (`?url`) dropped. */
function projectPath(specifier: string): string | undefined {
  return specifier.startsWith('#src/') ? `src/${specifier.slice('#src/'.length).split('?')[0]}` : undefined;
}

/** Every module of `src/` (TypeScript, JavaScript and Astro components) with its imports. */
export function moduleGraph(root: string): Map<string, ModuleNode> {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .map((file) => `src/${file.split('\\').join('/')}`)
    .filter((file) => /\.(?:ts|mts|mjs|astro)$/u.test(file) && !file.endsWith('.d.ts'));
  const graph = new Map<string, ModuleNode>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const node: ModuleNode = { file, imports: [], valueImports: [], importsAstro: false };
    for (const [, , typeOnly, specifier] of text.matchAll(IMPORT)) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('astro:') && typeOnly === undefined) node.importsAstro = true;
      const path = projectPath(specifier);
      if (path === undefined) continue;
      node.imports.push(path);
      if (typeOnly === undefined) node.valueImports.push(path);
    }
    for (const [, specifier] of text.matchAll(DYNAMIC_IMPORT)) {
      const path = specifier === undefined ? undefined : projectPath(specifier);
      if (path === undefined) continue;
      node.imports.push(path);
      node.valueImports.push(path);
    }
    graph.set(file, node);
  }
  return graph;
}

/**
 * The modules bound to Astro: those that import `astro:*` themselves, and those that import one of
 * them as a value (the data module `report.ts` and what queries it), so that only Vite can load them.
 */
export function astroBound(graph: Map<string, ModuleNode>): Set<string> {
  const bound = new Set([...graph.values()].filter((node) => node.importsAstro).map((node) => node.file));
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of graph.values()) {
      if (!bound.has(node.file) && node.valueImports.some((path) => bound.has(path))) {
        bound.add(node.file);
        grew = true;
      }
    }
  }
  return bound;
}

/** The circles of the graph (strongly connected groups of two or more files, or a file importing itself). */
export function circles(graph: Map<string, ModuleNode>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)?.imports ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      if (group.length > 1 || graph.get(file)?.imports.includes(file)) found.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** A path relative to `root`, with `/`. */
export function projectRelative(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}
