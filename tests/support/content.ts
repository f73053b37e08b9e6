/** Reads the content folder the way the collections do, for tests that check content without Astro. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import {
  collectionFolder,
  contentCollections,
  contentRoot,
  entryIdOf,
  type CollectionName,
  type RegisterName,
} from '#src/lib/content/collections.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';

export const contentDir = resolve(contentRoot());

export interface RawEntry {
  id: string;
  filePath: string;
  data: unknown;
  body?: string;
}

function rel(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/');
}

/** The entries' files of a collection, by their path below its folder, as the table's pattern finds them. */
function entryFiles(name: CollectionName): string[] {
  const folder = collectionFolder(name, contentDir);
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => matchesGlob(path, contentCollections[name].pattern))
    .sort();
}

/** The entries of a YAML collection, each named by its file's path. */
function readYamlEntries(name: CollectionName): RawEntry[] {
  return entryFiles(name).map((path) => {
    const file = join(collectionFolder(name, contentDir), path);
    return { id: entryIdOf(path), filePath: rel(file), data: parse(readFileSync(file, 'utf8')) };
  });
}

/** The entries of a register (`people`), by file name (`content/people/ulrich-deinet.yaml`). */
export function readRegister(register: RegisterName): RawEntry[] {
  return readYamlEntries(register);
}

/** One entry per YAML file in `content/events/`. */
export function readEvents(): RawEntry[] {
  return readYamlEntries('events');
}

/** One entry per MDX file in `content/sections/`, with its frontmatter and body. */
export function readSections(): RawEntry[] {
  return entryFiles('sections').map((path) => {
    const file = join(collectionFolder('sections', contentDir), path);
    const parts = splitFrontMatter(readFileSync(file, 'utf8'));
    if (!parts) throw new Error(`${rel(file)} has no frontmatter`);
    return { id: entryIdOf(path), filePath: rel(file), data: parse(parts.frontMatter), body: parts.body };
  });
}
