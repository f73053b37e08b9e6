/**
 * Links that hold through an editor's edits (docs/addresses.md, „Passages and their ids“): a copy of
 * the project gets the edits an editor makes in /admin/ — a paragraph added at the top of one section,
 * one in the middle of another, two paragraphs swapped, one paragraph no topic names deleted, a word
 * corrected — and nobody runs a command afterwards: the committed records of the published passages
 * (content/passages/) stay as they were. A publication build of the copy must give every passage that
 * still exists its old id, the deleted one's link a note, and every topic its key passages. The same
 * copy gets a newer conference, which must leave the home page's published anchors in place. A second
 * copy deletes a topic's key passage: the build stops and says which topic file and field.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, testBrowserPath } from '../../tools/chromium.mjs';
import { parse } from 'yaml';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { htmlText } from '#src/lib/html.ts';
import {
  removeScratch,
  scratchBuild,
  writeConference,
  writeContent,
  type ScratchBuild,
} from '../support/scratch-build.ts';

const SITE = 'https://tagungsdoku.example.org';

/** A section file of the project, with its address and its text's blocks (split at blank lines). */
interface SectionFile {
  file: string;
  page: string;
  frontMatter: string;
  blocks: string[];
}

/** A block of Markdown that is a plain paragraph (no heading, list, quote or JSX). */
const isParagraph = (block: string) => !/^(?:[#<>-]|\d+\.\s)/u.test(block.trim());

/** The words of a text, for comparing what a page shows with what was published. */
const words = (text: string) =>
  text
    .replace(/\u00ad/gu, '')
    .toLocaleLowerCase('de')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

const published = JSON.parse(readFileSync('permalinks.json', 'utf8')) as {
  pages: Record<string, string[]>;
  openings: Record<string, string>;
};

const eventSlugs = new Map(
  readdirSync('content/events').map((file) => {
    const data = parse(readFileSync(join('content/events', file), 'utf8')) as { slug: string };
    return [file.replace(/\.ya?ml$/u, ''), data.slug];
  }),
);

function readSectionFiles(): SectionFile[] {
  return readdirSync('content/sections', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const parts = splitFrontMatter(readFileSync(join('content/sections', file), 'utf8'));
      if (!parts) throw new Error(`no front matter in ${file}`);
      const data = parse(parts.frontMatter) as { event: string; slug: string };
      const blocks = parts.body.split(/\n\s*\n/u).filter((block) => block.trim() !== '');
      return {
        file,
        page: `/${eventSlugs.get(data.event)}/${data.slug}/`,
        frontMatter: parts.frontMatter,
        blocks,
      };
    });
}

/** The key passages of every topic: `page#id` by topic file. */
function keyPassages(): Map<string, string[]> {
  return new Map(
    readdirSync('content/topics').map((file) => {
      const data = parse(readFileSync(join('content/topics', file), 'utf8')) as {
        passages?: { section: string; anchor: string }[];
      };
      return [file, (data.passages ?? []).map((passage) => `/${passage.section}/#${passage.anchor}`)];
    }),
  );
}

/** The published passage (`page#id`) a paragraph of a section was published as: by its opening words. */
function publishedAddress(section: SectionFile, block: string): string | undefined {
  const inBlock = words(block);
  return Object.entries(published.openings).find(([address, text]) => {
    const opening = words(text);
    return (
      address.startsWith(`${section.page}#`) &&
      inBlock.slice(0, opening.length).join(' ') === opening.join(' ')
    );
  })?.[0];
}

/** Every passage on a built page (`p` and `li` with an id and a passage link), text by id. */
function passagesOnPage(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(/<(p|li)\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/gu)) {
    const [, , id = '', inner = ''] = match;
    if (inner.includes('data-copy-link="passage"')) found.set(id, htmlText(inner));
  }
  return found;
}

const pageHtml = (root: string, page: string) => readFileSync(join(root, 'dist', page, 'index.html'), 'utf8');

/** What the edits did, for the assertions. */
interface Edits {
  added: string[];
  deleted: string;
  corrected: { address: string; text: string };
  swapped: [string, string];
}

/** The section files with at least `count` plain paragraphs, in the report's order. */
const withParagraphs = (sections: readonly SectionFile[], count: number) =>
  sections.filter((section) => section.blocks.filter(isParagraph).length >= count);

function writeSection(root: string, section: SectionFile): void {
  writeFileSync(
    join(root, 'content', 'sections', section.file),
    `---\n${section.frontMatter}\n---\n\n${section.blocks.join('\n\n')}\n`,
  );
}

/** The editor's four edits and a correction, on copies of four section files. */
function makeEdits(root: string, sections: readonly SectionFile[]): Edits {
  const referenced = new Set([...keyPassages().values()].flat());
  const [top, middle, swap, cut] = withParagraphs(sections, 4).map((section) => ({
    ...section,
    blocks: [...section.blocks],
  }));
  if (!top || !middle || !swap || !cut) throw new Error('the report has fewer than four sections to edit');
  const added = [
    'Dieser Absatz wurde im Editor oben in den Abschnitt eingefügt, nach der Veröffentlichung.',
    'Auch mitten im Abschnitt kam im Editor ein neuer Absatz hinzu, den es vorher nicht gab.',
  ];
  top.blocks.unshift(added[0] ?? '');
  middle.blocks.splice(Math.floor(middle.blocks.length / 2), 0, added[1] ?? '');
  // Two neighbouring paragraphs change places.
  const at = swap.blocks.findIndex(
    (block, index) => isParagraph(block) && isParagraph(swap.blocks[index + 1] ?? '#'),
  );
  const [first = '', second = ''] = swap.blocks.splice(at, 2);
  swap.blocks.splice(at, 0, second, first);
  // A paragraph no topic names is deleted.
  const deletedAt = cut.blocks.findIndex((block) => {
    const address = isParagraph(block) ? publishedAddress(cut, block) : undefined;
    return address !== undefined && !referenced.has(address);
  });
  const deleted = publishedAddress(cut, cut.blocks[deletedAt] ?? '') ?? '';
  cut.blocks.splice(deletedAt, 1);
  // One word after the opening words of a long paragraph is corrected.
  const longAt = middle.blocks.findIndex(
    (block) => isParagraph(block) && words(block).length > 20 && !/[[*]/u.test(block),
  );
  const long = middle.blocks[longAt] ?? '';
  const correctedText = long
    .split(' ')
    .map((word, index) => (index === 12 ? `${word}e` : word))
    .join(' ');
  middle.blocks[longAt] = correctedText;
  for (const section of [top, middle, swap, cut]) writeSection(root, section);
  return {
    added,
    deleted,
    corrected: { address: publishedAddress(middle, long) ?? '', text: correctedText },
    swapped: [publishedAddress(swap, first) ?? '', publishedAddress(swap, second) ?? ''],
  };
}

/** A newer conference than the report's, with one section: it leads the home page from now on. */
function addNewerConference(root: string): void {
  writeConference(root, {
    slug: 'tagung-2030',
    title: 'Eine spätere Tagung',
    date: '2030-06-01',
    introduction: 'Einleitung',
  });
}

const sections = readSectionFiles();
let edited: ScratchBuild;
let edits: Edits;
let brokenKey: ScratchBuild;
let removedKey: { topicFile: string; index: number; address: string };

beforeAll(() => {
  edited = scratchBuild(
    'passage-edits',
    'edits',
    (root) => {
      edits = makeEdits(root, sections);
      addNewerConference(root);
      // A publication build needs a complete Impressum.
      writeContent(
        root,
        'site.yaml',
        'operator: Hochschule Beispielstadt\naddress: [Beispielweg 1, 12345 Beispielstadt]\nemail: tagung@example.org\nresponsible: Erika Mustermann\n',
      );
    },
    { SITE },
  );
  // A topic's key passage is deleted from its section's text.
  const [topicFile = '', addresses = []] = [...keyPassages()].find(([, list]) => list.length > 0) ?? [];
  const address = addresses[0] ?? '';
  removedKey = { topicFile, index: 0, address };
  const section = sections.find((candidate) => address.startsWith(`${candidate.page}#`));
  brokenKey = scratchBuild('passage-edits', 'key-deleted', (root) => {
    if (!section) throw new Error(`no section for ${address}`);
    const blocks = section.blocks.filter((block) => publishedAddress(section, block) !== address);
    if (blocks.length === section.blocks.length) throw new Error(`${address} not found in ${section.file}`);
    writeSection(root, { ...section, blocks });
  });
});

afterAll(() => removeScratch('passage-edits'));

describe('a publication build after edits in the editor, with the records as committed before', () => {
  it('passes', () => {
    expect(edited.status, edited.output).toBe(0);
  });

  it('opens every passage that still exists under its old id, with its own text', () => {
    const checked: string[] = [];
    const records = new Map<string, Map<string, string>>();
    for (const [address, opening] of Object.entries(published.openings)) {
      const [page = '', id = ''] = address.split('#');
      if (address === edits.deleted) continue;
      records.set(page, records.get(page) ?? passagesOnPage(pageHtml(edited.root, page)));
      const now = records.get(page)?.get(id);
      expect(now, `${address} opens no passage`).toBeDefined();
      expect(words(now ?? '').slice(0, words(opening).length), address).toEqual(words(opening));
      checked.push(address);
    }
    expect(checked.length).toBeGreaterThan(40);
    // The swapped paragraphs and the corrected one are among them.
    expect(checked).toEqual(expect.arrayContaining([...edits.swapped, edits.corrected.address]));
    const [page = '', id = ''] = edits.corrected.address.split('#');
    expect(words(passagesOnPage(pageHtml(edited.root, page)).get(id) ?? '')).toEqual(
      words(edits.corrected.text),
    );
  });

  it('gives the new paragraphs ids no link was published for', () => {
    for (const text of edits.added) {
      const pages = Object.keys(published.pages).filter((page) => /^\/[^/]+\/[^/]+\/$/u.test(page));
      const found = pages.flatMap((page) =>
        [...passagesOnPage(pageHtml(edited.root, page))]
          .filter(([, now]) => now === text)
          .map(([id]) => ({ page, id })),
      );
      expect(found, text).toHaveLength(1);
      const [{ page = '', id = '' } = {}] = found;
      expect(Object.keys(published.openings)).not.toContain(`${page}#${id}`);
    }
  });

  it('leaves the deleted paragraph’s id to a note that says it was removed', () => {
    const [page = '', id = ''] = edits.deleted.split('#');
    const html = pageHtml(edited.root, page);
    expect(passagesOnPage(html).has(id)).toBe(false);
    const note = new RegExp(`<p\\b[^>]*\\sid="${id}"[^>]*>([^<]*)</p>`, 'u').exec(html);
    expect(note?.[0]).toContain('class="passage-removed"');
    expect(note?.[1]).toMatch(/^Diese Stelle \(Absatz \d+\) wurde aus dem Abschnitt entfernt\./u);
    // The whole report on one page and the feeds show the text without ids: no note there.
    const [, conference = ''] = page.split('/');
    for (const file of [join(conference, 'index.html'), 'feed.xml', 'feed.json']) {
      expect(readFileSync(join(edited.root, 'dist', file), 'utf8'), file).not.toContain(
        'aus dem Abschnitt entfernt',
      );
    }
  });

  it('shows the note in the browser when a link names the removed passage, and only then', async () => {
    const [page = '', id = ''] = edits.deleted.split('#');
    const port = Number(process.env['TEST_PORT'] ?? 4500) + 7;
    const origin = `http://127.0.0.1:${port}`;
    const dist = join(edited.root, 'dist');
    const server = spawn(process.execPath, ['tools/serve.mjs', '--dir', dist, '--port', String(port)], {
      stdio: 'ignore',
    });
    const browser = await chromium.launch({ executablePath: testBrowserPath, args: chromiumArgs });
    try {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const up = await fetch(`${origin}/`).then(
          (response) => response.ok,
          () => false,
        );
        if (up) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      const tab = await browser.newPage({ locale: 'de-DE', viewport: { width: 390, height: 800 } });
      await tab.goto(`${origin}${page}#${id}`);
      const note = tab.getByRole('note').filter({ hasText: 'wurde aus dem Abschnitt entfernt' });
      await expect.poll(() => note.isVisible()).toBe(true);
      expect(await note.innerText()).toMatch(
        /^Diese Stelle \(Absatz \d+\) wurde aus dem Abschnitt entfernt\./u,
      );
      // Scrolled into view: the note is on the first screen.
      const box = await note.boundingBox();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(box?.y ?? 900).toBeLessThan(800);
      // The section itself, and a link to a passage that exists, show no note.
      await tab.goto(`${origin}${page}`);
      expect(await note.isVisible()).toBe(false);
      const [existing] = passagesOnPage(pageHtml(edited.root, page)).keys();
      await tab.goto(`${origin}${page}#${existing}`);
      expect(await note.isVisible()).toBe(false);
    } finally {
      await browser.close();
      server.kill();
    }
  }, 120_000);

  it('keeps every topic’s key passages: the same text under the same link, and the excerpt from it', () => {
    for (const [file, addresses] of keyPassages()) {
      const topicPage = pageHtml(edited.root, `themen/${file.replace(/\.yaml$/u, '')}`);
      const stellen = /<section aria-labelledby="stellen">([\s\S]*?)<\/section>/u.exec(topicPage)?.[1] ?? '';
      for (const address of addresses) {
        const [page = '', id = ''] = address.split('#');
        const now = passagesOnPage(pageHtml(edited.root, page)).get(id) ?? '';
        const opening = words(published.openings[address] ?? '');
        expect(words(now).slice(0, opening.length), `${file}: ${address}`).toEqual(opening);
        const item = new RegExp(`<li><a href="${address}">[\\s\\S]*?</li>`, 'u').exec(stellen)?.[0] ?? '';
        const excerpt = htmlText(/<p\b[^>]*>([\s\S]*?)<\/p>/u.exec(item)?.[1] ?? '');
        for (const part of excerpt.split('…').filter((piece) => words(piece).length > 0)) {
          expect(words(now).join(' '), `${file}: ${address}`).toContain(words(part).join(' '));
        }
      }
    }
  });

  it('keeps the home page’s published anchors when a newer conference leads it', () => {
    const home = pageHtml(edited.root, '');
    expect(home).toMatch(/<h1 id="tagung-2030-titel"/u);
    for (const id of published.pages['/'] ?? []) expect(home, `/#${id}`).toContain(` id="${id}"`);
  });
});

describe('a deleted key passage', () => {
  it('stops the build with a German message naming the topic file and field', () => {
    expect(brokenKey.status, brokenKey.output).not.toBe(0);
    const [, id = ''] = removedKey.address.split('#');
    const line = brokenKey.output.split('\n').find((text) => text.includes(`„${id}“ wurde aus dem Text von`));
    expect(line, brokenKey.output).toBeDefined();
    expect(line).toContain(`content/topics/${removedKey.topicFile}`);
    // The field by its labels in the editor (src/lib/content/content-check.ts).
    expect(line).toContain(`Feld „Wichtigste Stellen › Stelle ${removedKey.index + 1} › Stelle“`);
    expect(line).toMatch(/entfernt\. Bitte diese Stelle aus „Wichtigste Stellen“ des Themas nehmen/u);
  });
});
