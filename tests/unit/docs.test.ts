/**
 * The docs stay true to the files: every relative link, heading anchor and file path that README.md
 * and docs/*.md name exists (the rule for what counts as a path is in `tests/support/doc-references.ts`),
 * every page in docs/ is reachable from the README, and code that points a reader to a docs page
 * points to one that exists.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  PROJECT_FOLDERS,
  commentReferences,
  docReferences,
  headingAnchors,
  headingSlug,
  isPattern,
  isWrittenByTools,
  pathOfWord,
  pathPattern,
  treePaths,
  type DocReference,
} from '../support/doc-references.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every file and folder (ending in `/`) at the top and inside the project's folders, relative to the root. */
function projectPaths(): string[] {
  const paths: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = `${folder}${entry.name}`;
      if (entry.isDirectory()) {
        paths.push(`${path}/`);
        walk(`${path}/`);
      } else paths.push(path);
    }
  };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if ((PROJECT_FOLDERS as readonly string[]).includes(entry.name)) {
        paths.push(`${entry.name}/`);
        walk(`${entry.name}/`);
      }
    } else paths.push(entry.name);
  }
  return paths;
}

const paths = projectPaths();
const fileNames = new Set(paths.filter((path) => !path.endsWith('/')).map((path) => basename(path)));
const docs = [
  'README.md',
  ...paths.filter((path) => path.startsWith('docs/') && path.endsWith('.md') && !path.slice(5).includes('/')),
];

function read(path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

/** Why a reference of `doc` does not resolve, or undefined when it does. */
function problemOf(doc: string, reference: DocReference): string | undefined {
  const { target } = reference;
  if (reference.kind !== 'link' && isWrittenByTools(target)) return undefined;
  if (reference.kind === 'link') {
    const file = target === '' ? doc : relative(root, resolve(join(root, dirname(doc)), target));
    if (!existsSync(join(root, file))) return `link to ${target}: no such file`;
    if (
      reference.anchor !== undefined &&
      file.endsWith('.md') &&
      !headingAnchors(read(file)).has(reference.anchor)
    )
      return `link to ${target}#${reference.anchor}: no such heading in ${file}`;
    return undefined;
  }
  if (reference.kind === 'name') {
    return fileNames.has(target) ? undefined : `${target}: no file of this name in the project`;
  }
  const found = isPattern(target)
    ? paths.some((path) => pathPattern(target).test(path))
    : [target, `${target}.ts`].some((path) => existsSync(join(root, path)));
  return found ? undefined : `${target}: no such ${target.endsWith('/') ? 'folder' : 'file'}`;
}

describe('the docs name only what exists', () => {
  it('finds the docs', () => {
    expect(docs).toContain('README.md');
    expect(docs.length).toBeGreaterThan(1);
  });

  it.each(docs)('%s: every link, anchor and path resolves', (doc) => {
    const references = docReferences(read(doc));
    expect(references.length).toBeGreaterThan(0);
    const problems = references.flatMap((reference) => {
      const problem = problemOf(doc, reference);
      return problem === undefined ? [] : [`${doc}:${reference.line}: ${problem}`];
    });
    expect(problems).toEqual([]);
  });

  it('links every page in docs/ from the README', () => {
    const linked = new Set(
      docReferences(read('README.md'))
        .filter((reference) => reference.kind === 'link')
        .map((reference) => reference.target),
    );
    expect(docs.filter((doc) => doc !== 'README.md' && !linked.has(doc))).toEqual([]);
  });

  it('names in code comments only files that exist', () => {
    // This test's rule and its fixtures name example paths; they are not pointers for a reader.
    const rule = ['tests/unit/docs.test.ts', 'tests/support/doc-references.ts'];
    const code = paths.filter(
      (path) =>
        /^(src|tests|tools)\/.*\.(ts|mjs|astro|css)$/u.test(path) && !path.startsWith('tests/fixtures/'),
    );
    code.push('astro.config.mjs');
    expect(code.length).toBeGreaterThan(200);
    const problems = code
      .filter((file) => !rule.includes(file))
      .flatMap((file) =>
        commentReferences(read(file)).flatMap((reference) => {
          const problem = problemOf(file, reference);
          return problem === undefined ? [] : [`${file}:${reference.line}: ${problem}`];
        }),
      );
    expect(problems).toEqual([]);
  });

  it('points messages and comments in the code to docs pages and headings that exist', () => {
    // This test and its rule name example pages; they are not pointers for a reader.
    const rule = ['tests/unit/docs.test.ts', 'tests/support/doc-references.ts'];
    const code = paths.filter(
      (path) => /^(src|tests|tools)\/.*\.(ts|mjs|astro)$|^\.ci\/run$/u.test(path) && !rule.includes(path),
    );
    code.push('astro.config.mjs', 'package.json');
    const problems: string[] = [];
    for (const file of code) {
      for (const match of read(file).matchAll(/\b(docs\/[\w-]+\.md)(?:#([\p{L}\p{N}_-]+))?/gu)) {
        const [, page, anchor] = match;
        if (!existsSync(join(root, page!))) problems.push(`${file}: ${page}: no such page`);
        else if (anchor !== undefined && !headingAnchors(read(page!)).has(anchor))
          problems.push(`${file}: ${page}#${anchor}: no such heading`);
      }
      if (/\bsee (the )?README\b/iu.test(read(file)))
        problems.push(`${file}: points to the README; name the docs page`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the rule for references', () => {
  it('reads a code span word as a path, a file name or nothing', () => {
    expect(pathOfWord('src/lib/report.ts')).toEqual({ kind: 'path', target: 'src/lib/report.ts' });
    expect(pathOfWord("'#src/lib/report.ts'")).toEqual({ kind: 'path', target: 'src/lib/report.ts' });
    expect(pathOfWord('content/sections/tagung-2018/03-forschungsdesign.mdx:42:')).toEqual({
      kind: 'path',
      target: 'content/sections/tagung-2018/03-forschungsdesign.mdx',
    });
    expect(pathOfWord('content/organizations.yaml)]')).toEqual({
      kind: 'path',
      target: 'content/organizations.yaml',
    });
    expect(pathOfWord('TAGUNGSDOKU_CONTENT=tests/fixtures/')).toEqual({
      kind: 'path',
      target: 'tests/fixtures/',
    });
    expect(pathOfWord('document.test.ts')).toEqual({ kind: 'name', target: 'document.test.ts' });
    expect(pathOfWord('_<name>.ts')).toBeUndefined();
    expect(pathOfWord('/tagung-2018/zitat.bib')).toBeUndefined();
    expect(pathOfWord('/feed.json')).toBeUndefined();
    expect(pathOfWord('zitat.bib')).toBeUndefined();
    expect(pathOfWord('npm')).toBeUndefined();
  });

  it('reads the files named in code comments, not in code or addresses', () => {
    const source = [
      '/**',
      ' * Reads `src/lib/report.ts` (see works.ts):',
      ' * the rule of docs/addresses.md#permalinks, and pdf.js.',
      ' */',
      "const url = 'https://example.org/src/nothing.ts'; // then #src/lib/html.ts:12:",
      "const path = 'src/not-a-comment.ts';",
      '<!-- src/components/ReportNav.astro) -->',
    ].join('\n');
    expect(commentReferences(source)).toEqual([
      { kind: 'path', target: 'src/lib/report.ts', line: 2 },
      { kind: 'name', target: 'works.ts', line: 2 },
      { kind: 'path', target: 'docs/addresses.md', line: 3 },
      { kind: 'path', target: 'src/lib/html.ts', line: 5 },
      { kind: 'path', target: 'src/components/ReportNav.astro', line: 7 },
    ]);
    expect(pathPattern('src/pages/{themen,orte}/{{slug}}.astro').test('src/pages/orte/koeln.astro')).toBe(
      true,
    );
    expect(pathPattern('src/pages/{themen,orte}/x.astro').test('src/pages/personen/x.astro')).toBe(false);
  });

  it('finds links, paths and tree lines, and skips addresses and code blocks', () => {
    const markdown = [
      '# Title',
      'See [search](docs/search.md#german-words), [site](https://example.org) and `/suche/`.',
      'The data module is `src/lib/report.ts`; run `node tools/serve.mjs --gzip`.',
      '',
      '```text',
      'content/',
      '├── events/',
      '│   └── tagung-2018.yaml   # the conference',
      '├── …',
      '└── people.yaml',
      '```',
      '',
      '```sh',
      'cat src/not-checked.ts',
      '```',
    ].join('\n');
    expect(docReferences(markdown)).toEqual([
      { kind: 'link', target: 'docs/search.md', anchor: 'german-words', line: 2 },
      { kind: 'path', target: 'src/lib/report.ts', line: 3 },
      { kind: 'path', target: 'tools/serve.mjs', line: 3 },
      { kind: 'tree', target: 'content/', line: 6 },
      { kind: 'tree', target: 'content/events/', line: 7 },
      { kind: 'tree', target: 'content/events/tagung-2018.yaml', line: 8 },
      { kind: 'tree', target: 'content/people.yaml', line: 10 },
    ]);
  });

  it('reads nested tree lines and a second root', () => {
    const tree = [
      'src/',
      '├── lib/',
      '│   ├── search/      # words',
      '│   │                #   more',
      '│   └── report.ts',
      'tools/  # tools',
    ];
    expect(treePaths(tree, 1).map((reference) => reference.target)).toEqual([
      'src/',
      'src/lib/',
      'src/lib/search/',
      'src/lib/report.ts',
      'tools/',
    ]);
  });

  it('matches placeholders and wildcards', () => {
    expect(pathPattern('content/sections/<conference>/').test('content/sections/tagung-2018/')).toBe(true);
    expect(pathPattern('src/lib/cite/jsonld-*.ts').test('src/lib/cite/jsonld-report.ts')).toBe(true);
    expect(pathPattern('src/lib/cite/jsonld-*.ts').test('src/lib/cite/works.ts')).toBe(false);
    expect(pathPattern('tests/build/**').test('tests/build/base-path.test.ts')).toBe(true);
    expect(pathPattern('src/pages/[conference]/index.astro').test('src/pages/[conference]/index.astro')).toBe(
      true,
    );
    expect(paths.some((path) => pathPattern('content/events/<conference>.yaml').test(path))).toBe(true);
    expect(paths.some((path) => pathPattern('src/lib/<nothing>/report.ts').test(path))).toBe(false);
  });

  it('makes heading anchors as GitHub does', () => {
    expect(headingSlug('Speed, size and security')).toBe('speed-size-and-security');
    expect(headingSlug('Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit')).toBe(
      'impressum-datenschutzerklärung-erklärung-zur-barrierefreiheit',
    );
    expect(headingSlug('Take the report along: PDF, EPUB')).toBe('take-the-report-along-pdf-epub');
    expect(headingSlug('The `_headers` file')).toBe('the-_headers-file');
    expect([...headingAnchors('# A\n## Budgets\n```\n# not a heading\n```\n### Budgets')]).toEqual([
      'a',
      'budgets',
      'budgets-1',
    ]);
  });

  it('reports a missing file, a missing heading and a missing file name', () => {
    expect(problemOf('README.md', { kind: 'path', target: 'src/lib/no-such-module.ts', line: 1 })).toContain(
      'no such file',
    );
    expect(
      problemOf('README.md', { kind: 'link', target: 'README.md', anchor: 'no-such-heading', line: 1 }),
    ).toContain('no such heading');
    expect(problemOf('README.md', { kind: 'name', target: 'no-such-file.test.ts', line: 1 })).toContain(
      'no file',
    );
    expect(problemOf('README.md', { kind: 'path', target: 'src/lib/report.ts', line: 1 })).toBeUndefined();
    // What a tool writes is named before it exists; nothing else is.
    expect(
      problemOf('README.md', { kind: 'path', target: 'content/sections/tagung-2019/PRUEFEN.md', line: 1 }),
    ).toBeUndefined();
    expect(
      problemOf('README.md', { kind: 'path', target: 'content/sections/tagung-2020/01-a.mdx', line: 1 }),
    ).toContain('no such file');
  });
});
