/** Reads the content folder the way the collections do, for tests that check content without Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

export const contentDir = resolve(process.env.TAGUNGSDOKU_CONTENT ?? 'content');

export interface RawEntry {
  id: string;
  filePath: string;
  data: unknown;
  body?: string;
}

function rel(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/');
}

/** The register's folders: one YAML file per entry, named by its id (`content/people/ulrich-deinet.yaml`). */
export type RegisterFolder = 'people' | 'organizations' | 'topics' | 'places';

/** The entries of a register folder (`people`), by file name. */
export function readRegister(folder: RegisterFolder): RawEntry[] {
  return filesBelow(join(contentDir, folder), '.yaml').map((path) => ({
    id: relative(join(contentDir, folder), path).replace(/\.yaml$/u, ''),
    filePath: rel(path),
    data: parse(readFileSync(path, 'utf8')),
  }));
}

function filesBelow(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** One entry per YAML file in `content/events/`. */
export function readEvents(): RawEntry[] {
  return filesBelow(join(contentDir, 'events'), '.yaml').map((path) => ({
    id: relative(join(contentDir, 'events'), path).replace(/\.yaml$/u, ''),
    filePath: rel(path),
    data: parse(readFileSync(path, 'utf8')),
  }));
}

/** One entry per MDX file in `content/sections/`, with its frontmatter and body. */
export function readSections(): RawEntry[] {
  return filesBelow(join(contentDir, 'sections'), '.mdx').map((path) => {
    const text = readFileSync(path, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
    if (!match) throw new Error(`${rel(path)} has no frontmatter`);
    return {
      id: relative(join(contentDir, 'sections'), path).replace(/\.mdx$/u, ''),
      filePath: rel(path),
      data: parse(match[1] ?? ''),
      body: match[2] ?? '',
    };
  });
}
