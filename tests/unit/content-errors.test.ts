/**
 * Bad content stops the data module, before any page is made, with a message that names the file and
 * the field: each case breaks one thing in a copy of content/ and loads the report from it, as the build
 * does (src/lib/report.ts over the collections of src/content.config.ts). Schema errors are the schemas'
 * own; the build tests (tests/build/content-errors.test.ts) show one of each kind failing a real build.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { reportSectionSchema } from '#src/schemas/index.ts';
import {
  duplicateSlug,
  placeholderOrganizer,
  unknownAnchor,
  unknownOrganization,
  unknownPerson,
  unsafeMarkup,
  unsupportedMarkup,
  type ContentBreak,
} from '../support/content-breaks.ts';

const scratch = join('.tmp', 'unit-content-errors');

/**
 * The data module over a copy of content/ named `name`, broken by `breakContent` when given, with the
 * messages the break expects (their paths start at the copy's content folder).
 */
async function reportFrom(name: string, breakContent?: ContentBreak) {
  const root = join(scratch, name);
  const content = join(root, 'content');
  rmSync(root, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const expected = breakContent?.(root, content) ?? [];
  vi.stubEnv('TAGUNGSDOKU_CONTENT', content);
  vi.resetModules();
  const { getSiteContent } = await import('#src/lib/report.ts');
  return { getSiteContent, expected };
}

describe('bad content stops the report with a message naming file and field', () => {
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it.each([
    ['a reference to a person who does not exist', unknownPerson],
    ['an unknown organization in a data file', unknownOrganization],
    ['a topic passage whose paragraph anchor is not in the section', unknownAnchor],
    ['a duplicate slug', duplicateSlug],
    ['markup the PDF, EPUB and Markdown cannot show, with its line', unsupportedMarkup],
    ['a script, an event handler or a javascript: link in MDX', unsafeMarkup],
  ])('%s', async (_case, breakContent) => {
    const { getSiteContent, expected } = await reportFrom(breakContent.name, breakContent);
    const error: unknown = await getSiteContent().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error, 'the report loaded from broken content').toBeInstanceOf(Error);
    expect(expected.length).toBeGreaterThan(0);
    for (const line of expected) expect((error as Error).message).toContain(line);
  });

  it('a placeholder in a publication build (SITE set, no TAGUNGSDOKU_DRAFT), but not in a draft', async () => {
    const { getSiteContent, expected } = await reportFrom('placeholder', placeholderOrganizer);
    vi.stubEnv('TAGUNGSDOKU_DRAFT', '1');
    vi.stubEnv('SITE', 'https://tagungsdoku.example');
    const draft = await getSiteContent();
    expect(draft.conferences.map((conference) => conference.slug)).toEqual(['tagung-2018']);

    const publication = await reportFrom('placeholder', placeholderOrganizer);
    vi.stubEnv('TAGUNGSDOKU_DRAFT', '');
    vi.stubEnv('SITE', 'https://tagungsdoku.example');
    const error: unknown = await publication.getSiteContent().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error, 'a publication build with a placeholder').toBeInstanceOf(Error);
    for (const line of expected) expect((error as Error).message).toContain(line);
  });

  it('loads from an unbroken copy, so that each failure above is its break’s', async () => {
    const { getSiteContent } = await reportFrom('unbroken');
    expect((await getSiteContent()).conferences.map((conference) => conference.slug)).toEqual([
      'tagung-2018',
    ]);
  });
});

describe('a section that does not match its schema', () => {
  const file = 'content/sections/tagung-2018/03-forschungsdesign.mdx';
  const { frontmatter } = parseFrontmatter(readFileSync(file, 'utf8'));

  it('is refused when a required field is missing, naming the field', () => {
    const { title: _title, ...untitled } = frontmatter;
    const result = reportSectionSchema.safeParse(untitled);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['title'], 'Invalid input: expected string, received undefined'],
    ]);
  });

  it('is refused when a field has the wrong type, naming the field', () => {
    const result = reportSectionSchema.safeParse({ ...frontmatter, order: 'drei' });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['order'], 'Invalid input: expected number, received string'],
    ]);
  });

  it('is accepted as written', () => {
    expect(reportSectionSchema.safeParse(frontmatter).success).toBe(true);
  });
});
