/**
 * What the project's Markdown docs (README.md, docs/*.md) point at, so a test can check that it
 * exists. Three kinds of reference count:
 *
 * - a relative link, `[text](docs/search.md#german-words)`: the file must exist, and an anchor into a
 *   Markdown file must be one of its headings (GitHub's rule: lower case, punctuation dropped, spaces
 *   become hyphens, a repeated heading gets `-1`, `-2`);
 * - a file path in backticks: a word of a code span that starts with a top-level folder of the project
 *   (`src/`, `content/`, `tests/`, `tools/`, `public/`, `docs/`, `.ci/`, `.github/`), or `#src/` (the import name of
 *   `src/`, `#src/lib/report.ts`), or a bare file name with a source
 *   extension (`report.ts`, `package.json`), which must be a file somewhere in those folders or at the
 *   top (a bare name with a placeholder, `_<name>.ts`, is a pattern and not checked). In a path,
 *   `<name>` stands for one folder or file name, `*` for part of one, `**` and `…` for any run of
 *   folders;
 * - a line of a text tree (`├── events/`) in a fenced block, read with its parents.
 *
 * Not checked: site addresses (`/tagung-2018/`, written with a leading slash), external links, paths
 * under build output (`dist/`, `node_modules/`), and the files a tool writes for the team, which a guide
 * names before they exist (`WRITTEN_BY_TOOLS`).
 */

/**
 * Files that tools write into `content/` and that guides name before they exist: the importer's review
 * list, and the files of the import guide's example conference (`npm run import -- … --event tagung-2019`).
 */
export const WRITTEN_BY_TOOLS: readonly RegExp[] = [
  /(^|\/)PRUEFEN\.md$/u,
  /^content\/(events|sections)\/tagung-2019\b/u,
];

/** True when a path names what a tool writes (see `WRITTEN_BY_TOOLS`). */
export function isWrittenByTools(path: string): boolean {
  return WRITTEN_BY_TOOLS.some((pattern) => pattern.test(path));
}

/** Top-level folders whose paths the docs name. */
export const PROJECT_FOLDERS = [
  'src',
  'content',
  'tests',
  'tools',
  'public',
  'docs',
  '.ci',
  '.github',
] as const;

/**
 * Extensions of a bare file name that is checked (`report.ts`). Published files are written as site
 * addresses (`/llms.txt`, `/feed.json`); `zitat.bib` or `robots.txt` alone are not checked.
 */
const SOURCE_EXTENSIONS = ['ts', 'mjs', 'js', 'astro', 'mdx', 'md', 'yaml', 'yml', 'toml', 'json', 'css'];

/** One reference, with the 1-based line of the doc it stands on. */
export interface DocReference {
  kind: 'link' | 'path' | 'name' | 'tree';
  /** The file or folder referred to: relative to the doc for links, to the project for the rest. */
  target: string;
  /** For links: the part after `#`, if any. */
  anchor?: string;
  line: number;
}

/** The doc's text with fenced code blocks blanked out (line numbers kept), and the blocks themselves. */
export function splitFences(markdown: string): {
  prose: string;
  fences: { start: number; lines: string[] }[];
} {
  const lines = markdown.split('\n');
  const fences: { start: number; lines: string[] }[] = [];
  let open: { marker: string; start: number; lines: string[] } | undefined;
  const prose = lines.map((line, index) => {
    const fence = /^\s*(`{3,}|~{3,})/u.exec(line);
    if (open) {
      if (fence && fence[1]!.startsWith(open.marker)) {
        fences.push({ start: open.start, lines: open.lines });
        open = undefined;
      } else open.lines.push(line);
      return '';
    }
    if (fence) {
      open = { marker: fence[1]!, start: index + 2, lines: [] };
      return '';
    }
    return line;
  });
  return { prose: prose.join('\n'), fences };
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** The anchor GitHub gives a heading's text. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/[`*]/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_\- ]/gu, '')
    .replace(/ /gu, '-');
}

/** Every heading anchor of a Markdown doc (ATX headings outside code blocks). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of splitFences(markdown).prose.split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/u.exec(line);
    if (!heading) continue;
    const slug = headingSlug(heading[1]!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Relative links and images: `[text](target)`, `[text](<target>)` and `[label]: target`. */
function findLinks(prose: string): DocReference[] {
  const references: DocReference[] = [];
  const patterns = [
    /\]\(\s*<([^>]+)>[^)]*\)/gu,
    /\]\(\s*([^)\s<]+)(?:\s+"[^"]*")?\s*\)/gu,
    /^\s*\[[^\]]+\]:\s*(\S+)/gmu,
  ];
  for (const pattern of patterns) {
    for (const match of prose.matchAll(pattern)) {
      const raw = match[1]!;
      if (/^[a-z][a-z0-9+.-]*:/iu.test(raw) || raw.startsWith('/')) continue;
      const hash = raw.indexOf('#');
      const target = hash === -1 ? raw : raw.slice(0, hash);
      references.push({
        kind: 'link',
        target: decodeURI(target),
        ...(hash === -1 ? {} : { anchor: raw.slice(hash + 1) }),
        line: lineAt(prose, match.index),
      });
    }
  }
  return references;
}

/** A word of a code span as a path, or undefined when it is not one. */
export function pathOfWord(word: string): { kind: 'path' | 'name'; target: string } | undefined {
  let token = word.replace(/^[A-Z_]+=/u, '');
  token = token.replace(/^[("'„[]+/u, '');
  // Trailing punctuation and line numbers (`report.ts:42:`), in any order: `editor.ts):`.
  for (let before = ''; before !== token;) {
    before = token;
    token = token
      .replace(/[)\]"'“,;.]+$/u, '')
      .replace(/(?::\d+)+:?$/u, '')
      .replace(/:$/u, '');
  }
  // An anchor into a file (`docs/addresses.md#heading`) names the file.
  token = token.replace(/(\.\w+)#[\w-]*$/u, '$1');
  if (token.startsWith('#src/')) return { kind: 'path', target: token.slice(1) };
  if (PROJECT_FOLDERS.some((folder) => token.startsWith(`${folder}/`)))
    return { kind: 'path', target: token };
  // A bare name with a placeholder (`_<name>.ts`) is a naming pattern, not a file.
  const extension = /^[\w.[\]-]+\.(\w+)$/u.exec(token)?.[1];
  if (extension !== undefined && SOURCE_EXTENSIONS.includes(extension))
    return { kind: 'name', target: token };
  return undefined;
}

/** File paths and file names named in code spans. */
function findCodePaths(prose: string): DocReference[] {
  const references: DocReference[] = [];
  for (const match of prose.matchAll(/(`+)([^`]+?)\1(?!`)/gu)) {
    const line = lineAt(prose, match.index);
    for (const word of match[2]!.split(/\s+/u)) {
      const path = pathOfWord(word);
      if (path) references.push({ ...path, line });
    }
  }
  return references;
}

/** The paths of a text tree (`content/` then `├── events/` …); `…` lines stand for more entries. */
export function treePaths(lines: readonly string[], start: number): DocReference[] {
  if (!lines.some((line) => /[├└]── /u.test(line))) return [];
  const references: DocReference[] = [];
  const parents: string[] = [];
  lines.forEach((line, index) => {
    const root = /^([\w.-]+\/)(?:\s|$)/u.exec(line);
    const entry = /^((?:[│ ] {3})*)[├└]── (\S+)/u.exec(line);
    let name: string;
    let depth: number;
    if (root) [name, depth] = [root[1]!, 0];
    else if (entry) [name, depth] = [entry[2]!, entry[1]!.length / 4 + 1];
    else return;
    parents.length = depth;
    if (name === '…' || name === '...') return;
    const target = [...parents, name].join('');
    references.push({ kind: 'tree', target, line: start + index });
    if (name.endsWith('/')) parents[depth] = name;
  });
  return references;
}

/**
 * The comments of a source file (`/* … *\/`, `// …` and HTML comments), each with the 1-based line it
 * starts on. A `//` after `:` or a quote is part of an address or a string, not a comment.
 */
export function sourceComments(source: string): { text: string; line: number }[] {
  const comments: { text: string; line: number }[] = [];
  for (const match of source.matchAll(/\/\*[\s\S]*?\*\/|(?<![:'"`\\/])\/\/.*$|<!--[\s\S]*?-->/gmu)) {
    comments.push({ text: match[0], line: lineAt(source, match.index) });
  }
  return comments;
}

/**
 * The files a source file's comments name, by the same rule as a doc's code spans (backticks or not):
 * paths under a project folder or `#src/`, and bare file names with a source extension. `.js` names
 * are left out, as comments name libraries that way (`pdf.js`).
 */
export function commentReferences(source: string): DocReference[] {
  return sourceComments(source).flatMap(({ text, line }) =>
    text.split('\n').flatMap((commentLine, offset) =>
      commentLine
        .replace(/`/gu, ' ')
        .split(/\s+/u)
        .map((word) => pathOfWord(word))
        .filter((path) => path !== undefined && !(path.kind === 'name' && path.target.endsWith('.js')))
        .map((path) => ({ ...path!, line: line + offset })),
    ),
  );
}

/** Every reference of a Markdown doc. */
export function docReferences(markdown: string): DocReference[] {
  const { prose, fences } = splitFences(markdown);
  return [
    ...findLinks(prose),
    ...findCodePaths(prose),
    ...fences.flatMap((fence) => treePaths(fence.lines, fence.start)),
  ];
}

/**
 * A path with placeholders as a regular expression over project paths (folders end with `/`):
 * `<name>` and `{{name}}` are one name, `{a,b}` one of those names, `*` part of one, `**` and `…` any
 * run of folders.
 */
export function pathPattern(path: string): RegExp {
  const source = path
    .split(/(<[^>]+>|\{\{[^}]+\}\}|\{[^}]+\}|\*\*\/?|\*|…)/u)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&');
      if (part.startsWith('<') || part.startsWith('{{')) return '[^/]+';
      if (part.startsWith('{'))
        return `(?:${part
          .slice(1, -1)
          .split(',')
          .map((name) => name.replace(/[.+?^${}()|[\]\\]/gu, '\\$&'))
          .join('|')})`;
      if (part.startsWith('**') || part === '…') return '.*';
      return '[^/]*';
    })
    .join('');
  return new RegExp(`^${source}/?$`, 'u');
}

/** True when the path has placeholders or wildcards. */
export function isPattern(path: string): boolean {
  return /<[^>]+>|\*|…|\{/u.test(path);
}
