/**
 * The table of the collections (`src/lib/content/collections.ts`) is the one place that names the
 * content: the loader defines exactly its collections with its folders and schemas, each folder holds
 * entries, `TAGUNGSDOKU_CONTENT` moves every folder at once, and no module of `src/` or `tools/` spells
 * a content folder (`content/people`, `join(root, 'events')`) or reads the variable itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections } from '#src/content.config.ts';
import {
  CONTENT_ROOT,
  collectionFolder,
  contentCollections,
  contentFile,
  contentRoot,
  entryFile,
  entryIdOf,
  type CollectionName,
} from '#src/lib/content/collections.ts';
import { editorImage } from '#src/lib/editor/field-schema.ts';
import { schemaDigest } from '#src/lib/content/schema-digest.ts';
import { spelledContentFolders } from '../support/content-folders.ts';

const names = Object.keys(contentCollections) as CollectionName[];

/** Every source file of `src/` and `tools/`, and the Astro config, by its path from the project's root. */
function sourceFiles(): string[] {
  const below = (folder: string) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .map((path) => `${folder}/${path.split('\\').join('/')}`)
      .filter((path) => /\.(?:ts|mts|mjs|js|astro)$/u.test(path) && !path.endsWith('.d.ts'));
  return [...below('src'), ...below('tools'), 'astro.config.mjs'];
}

describe('the table of the collections', () => {
  it('is what the loader defines: the same collections, each with the table’s schema', () => {
    expect(Object.keys(collections)).toEqual(names);
    for (const name of names) {
      const loaded = collections[name].schema as (context: { image: typeof editorImage }) => never;
      expect(schemaDigest(loaded({ image: editorImage })), name).toBe(
        schemaDigest(contentCollections[name].schema(editorImage)),
      );
    }
  });

  it('names folders that hold entries', () => {
    for (const name of names) {
      const folder = collectionFolder(name, CONTENT_ROOT);
      const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) =>
        matchesGlob(path, contentCollections[name].pattern),
      );
      expect(entries.length, folder).toBeGreaterThan(0);
    }
    for (const file of ['site', 'synonyms'] as const)
      expect(existsSync(contentFile(file, CONTENT_ROOT))).toBe(true);
  });

  it('puts every folder and file below the root that TAGUNGSDOKU_CONTENT names', () => {
    expect(contentRoot({})).toBe('content');
    expect(contentRoot({ TAGUNGSDOKU_CONTENT: 'tests/fixtures/tagung/' })).toBe('tests/fixtures/tagung');
    expect(collectionFolder('people', 'tests/fixtures/tagung')).toBe('tests/fixtures/tagung/people');
    expect(entryFile('people', 'anne-van-riessen', 'content')).toBe('content/people/anne-van-riessen.yaml');
    expect(entryFile('sections', 'tagung-2018/03-forschungsdesign', 'content')).toBe(
      'content/sections/tagung-2018/03-forschungsdesign.mdx',
    );
    expect(contentFile('site', '/tmp/inhalt')).toBe('/tmp/inhalt/site.yaml');
    // An entry's id is its path below the folder, without the extension.
    expect(entryIdOf('tagung-2018/03-forschungsdesign.mdx')).toBe('tagung-2018/03-forschungsdesign');
    expect(entryIdOf('anne-van-riessen.yml')).toBe('anne-van-riessen');
  });

  it('is the only module of src/ and tools/ that spells a content folder', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(200);
    const spelled = files
      .filter((file) => file !== 'src/lib/content/collections.ts')
      .flatMap((file) => spelledContentFolders(file, readFileSync(file, 'utf8')));
    expect(spelled).toEqual([]);
  });

  it('would find a folder spelled in code, but not in a comment or a collection’s name', () => {
    const sample = [
      "const person = 'content/people/anne-van-riessen.yaml';",
      'const section = `${root}/sections/${slug}.mdx`;',
      "const events = join(root, 'events');",
      'const site = `content/site.yaml`;',
      'const root = process.env.TAGUNGSDOKU_CONTENT;',
      '// content/people/ in a comment is documentation',
      "const people = getCollection('people');",
      "const topic = registerEntryPath('topics', id);",
    ].join('\n');
    expect(spelledContentFolders('sample.ts', sample)).toEqual([
      'sample.ts:1: "content/people/anne-van-riessen.yaml"',
      'sample.ts:2: "/sections/"',
      'sample.ts:3: "events"',
      'sample.ts:4: "content/site.yaml"',
      'sample.ts:5: "TAGUNGSDOKU_CONTENT"',
    ]);
    const component = [
      '---',
      "const file = 'content/topics/ehrenamt.yaml';",
      '---',
      '<p>content/topics/</p>',
    ];
    expect(spelledContentFolders('Page.astro', component.join('\n'))).toEqual([
      'Page.astro:2: "content/topics/ehrenamt.yaml"',
    ]);
    expect(join(CONTENT_ROOT, 'people')).toBe(collectionFolder('people', CONTENT_ROOT));
  });
});
