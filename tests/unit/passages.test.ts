/**
 * Passages (src/lib/content/passages.ts): their ids and labels, the passages the document tree finds
 * (`passagesOf`), and the hast plugin that marks them on the pages (`markPassages`). The tree and the
 * pages must agree on every section, or topic passages, register links and snippets would miss.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { passagesOf, readDocument } from '#src/lib/content/document.ts';
import { markPassages } from '#src/lib/content/mark-passages.ts';
import { isPassageId, passageId, passageLabel } from '#src/lib/content/passages.ts';
import { readSections } from '../support/content.ts';

/** An element as the compiled MDX creates it. */
interface Element {
  type: unknown;
  props: Record<string, unknown>;
}

const FRAGMENT = Symbol('fragment');

/** Compiles MDX as the pages do (with the plugin) and runs it into a tree of elements. */
async function compile(body: string, fileURL?: URL): Promise<Element> {
  const options = { jsxImportSource: 'astro', hastPlugins: [markPassages()] };
  const { code } = await mdxToJs(body, fileURL === undefined ? options : { ...options, fileURL });
  const program = code
    .replace(/^import .*$/mu, '')
    .replace(/^export default MDXContent;$/mu, 'return MDXContent;');
  const element = (type: unknown, props: Record<string, unknown>): Element => ({ type, props });
  const content = new Function('_Fragment', '_jsx', '_jsxs', program)(FRAGMENT, element, element) as (
    props: object,
  ) => Element;
  return content({});
}

function childrenOf(node: Element): Element[] | string[] {
  const { children } = node.props;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]) as Element[];
}

const isPassageLink = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && (node as Element).props['data-copy-link'] === 'passage';

/** The text of an element as a reader sees it, without its passage link, white space folded. */
function textOf(node: Element | string): string {
  if (typeof node === 'string') return node;
  return childrenOf(node)
    .filter((child) => !isPassageLink(child))
    .map((child) => textOf(child))
    .join('');
}

/** Every element with a passage id or a passage link, in page order: what the page offers to link. */
function pagePassages(node: Element): { id: unknown; text: string; link: unknown }[] {
  const children = childrenOf(node).filter((child): child is Element => typeof child === 'object');
  const link = children.find(isPassageLink);
  const { id } = node.props;
  const own =
    link || (typeof id === 'string' && isPassageId(id))
      ? [{ id, text: textOf(node).replace(/\s+/gu, ' ').trim(), link: link?.props['href'] }]
      : [];
  return [...own, ...children.flatMap(pagePassages)];
}

/** The passages the document tree finds, with the link each should end with. */
function treePassages(body: string) {
  return passagesOf(readDocument(body, 'x.mdx')).map((passage) => ({ ...passage, link: `#${passage.id}` }));
}

describe('the passage vocabulary', () => {
  it('names passages by kind and position', () => {
    expect(passageId('absatz', 3)).toBe('absatz-3');
    expect(passageId('schritt', 1)).toBe('schritt-1');
  });

  it('labels every kind for readers, and leaves other ids alone', () => {
    expect(passageLabel('absatz-3')).toBe('Absatz 3');
    expect(passageLabel('ergebnis-1')).toBe('Ergebnis 1');
    expect(passageLabel('schritt-12')).toBe('Schritt 12');
    expect(passageLabel('punkt-4')).toBe('Punkt 4');
    expect(passageLabel('inhalt-titel')).toBe('inhalt-titel');
  });

  it('tells passage ids from other ids', () => {
    expect(['absatz-1', 'ergebnis-2', 'schritt-30', 'punkt-4'].every(isPassageId)).toBe(true);
    expect(
      ['fussnote', 'absatz-', 'Absatz-1', 'absatz-1a', 'inhalt-titel', 'fazit-1'].some(isPassageId),
    ).toBe(false);
  });
});

describe('passages of the document tree', () => {
  const body = [
    'Erster Absatz,\nüber zwei Zeilen.',
    '<ol>\n  <li id="ergebnis-1">Eins</li>\n\n  <li id="ergebnis-2">Zwei</li>\n  <li id="fussnote">Keine</li>\n</ol>',
    '<p>Geschrieben, ohne Id.</p>',
    '<p id="ergebnis-3">Geschrieben, mit Id.</p>',
    '## Überschrift',
    'Zweiter Absatz mit *Betonung* und [Link](https://example.org).',
    '> Ein Zitat ist kein Absatz.',
    '<ol>\n  <li id="schritt-1">Zuerst</li>\n</ol>',
    '- Liste',
    'Dritter Absatz.',
  ].join('\n\n');

  it('are the top-level paragraphs and the elements written with a passage id, in reading order', () => {
    expect(passagesOf(readDocument(body, 'x.mdx'))).toEqual([
      { id: 'absatz-1', text: 'Erster Absatz, über zwei Zeilen.' },
      { id: 'ergebnis-1', text: 'Eins' },
      { id: 'ergebnis-2', text: 'Zwei' },
      { id: 'ergebnis-3', text: 'Geschrieben, mit Id.' },
      { id: 'absatz-2', text: 'Zweiter Absatz mit Betonung und Link.' },
      { id: 'schritt-1', text: 'Zuerst' },
      { id: 'absatz-3', text: 'Dritter Absatz.' },
    ]);
  });

  it('are the passages the page marks, with their ids, text and links', async () => {
    expect(pagePassages(await compile(body))).toEqual(treePassages(body));
  });
});

describe('numbered Markdown lists', () => {
  const body = [
    'Erster Absatz.',
    'Sie fasst erste Ergebnisse zusammen:',
    '1. Eins\n2. Zwei',
    'Darauf aufbauend wurden weitere Forschungsschritte konzipiert:',
    '1. Zuerst\n\n2. Dann, *locker* geschrieben',
    '## Überschrift',
    '1. Ohne Einleitung',
    'Und weitere Ergebnisse:',
    '1. Drei',
    '- Ungeordnet',
    'Eine Aufzählung ohne Namen:',
    '1. Irgendwas',
  ].join('\n\n');

  it('number their items by the kind their lead-in names, each kind through the section', () => {
    const ids = passagesOf(readDocument(body, 'x.mdx')).map((passage) => passage.id);
    expect(ids).toEqual([
      'absatz-1',
      'absatz-2',
      'ergebnis-1',
      'ergebnis-2',
      'absatz-3',
      'schritt-1',
      'schritt-2',
      'punkt-1',
      'absatz-4',
      'ergebnis-3',
      'absatz-5',
      'punkt-2',
    ]);
  });

  it('are marked on the page with the same ids, text and links', async () => {
    expect(pagePassages(await compile(body))).toEqual(treePassages(body));
  });

  it('give the same ids as lists written with ids', async () => {
    const written =
      'Sie fasst Ergebnisse zusammen:\n\n<ol>\n  <li id="ergebnis-1">Eins</li>\n  <li id="ergebnis-2">Zwei</li>\n</ol>';
    const markdown = 'Sie fasst Ergebnisse zusammen:\n\n1. Eins\n2. Zwei';
    expect(pagePassages(await compile(markdown))).toEqual(pagePassages(await compile(written)));
  });
});

describe('the passages on the pages', () => {
  it('end with a link that names them', async () => {
    const body =
      'Erster Absatz.\n\n<ol>\n  <li id="ergebnis-1">Eins</li>\n  <li id="x">Zwei</li>\n</ol>\n\n<ol>\n  <li id="schritt-1">Drei</li>\n</ol>\n\nZweiter.\n';
    const labels: unknown[] = [];
    const collect = (node: Element | string) => {
      if (typeof node === 'string') return;
      if (isPassageLink(node)) labels.push([node.props['href'], node.props['aria-label']]);
      childrenOf(node).forEach(collect);
    };
    collect(await compile(body));
    expect(labels).toEqual([
      ['#absatz-1', 'Link zu Absatz 1 kopieren'],
      ['#ergebnis-1', 'Link zu Ergebnis 1 kopieren'],
      ['#schritt-1', 'Link zu Schritt 1 kopieren'],
      ['#absatz-2', 'Link zu Absatz 2 kopieren'],
    ]);
  });

  it('are the items of a Markdown numbered list, with the kind its lead-in names, as the tree finds them', async () => {
    const body =
      'Als nächste Schritte nannte sie:\n\n1. Zuerst dies.\n2. Dann das.\n\n- Kein Punkt.\n\nZum Schluss.\n';
    const onPage = pagePassages(await compile(body));
    expect(onPage.map((passage) => passage.id)).toEqual(['absatz-1', 'schritt-1', 'schritt-2', 'absatz-2']);
    expect(onPage).toEqual(treePassages(body));
  });

  it('are no paragraphs inside JSX', async () => {
    const page = await compile('<div>\n\nInnen\n\n</div>\n\nAußen');
    expect(pagePassages(page).map((passage) => passage.id)).toEqual(['absatz-1']);
    expect(textOf(page)).toContain('Innen');
  });

  it('are the passages of the document tree in every section of the report', async () => {
    const sections = readSections();
    expect(sections.length).toBeGreaterThan(10);
    for (const section of sections) {
      const onPage = pagePassages(await compile(section.body ?? ''));
      expect(onPage.length, section.filePath).toBeGreaterThan(0);
      expect(onPage, section.filePath).toEqual(treePassages(section.body ?? ''));
    }
  });
});

describe('the passages of a section with a record', () => {
  const root = mkdtempSync(join(tmpdir(), 'passages-'));
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(root, { recursive: true, force: true });
  });

  it('get the ids their text was published under, and a removed one’s id leads to a note', async () => {
    vi.stubEnv('TAGUNGSDOKU_CONTENT', root);
    const body = 'Neu oben.\n\nDer dritte Absatz von einst.\n\nDer erste Absatz von einst.\n';
    const file = join(root, 'sections', 't', '01-s.mdx');
    mkdirSync(join(root, 'sections', 't'), { recursive: true });
    writeFileSync(file, `---\nevent: t\nslug: s\n---\n\n${body}`);
    mkdirSync(join(root, 'passages', 't'), { recursive: true });
    const record = [
      ['absatz-1', 'Der erste Absatz von einst.'],
      ['absatz-2', 'Der zweite Absatz von einst, nun gelöscht.'],
      ['absatz-3', 'Der dritte Absatz von einst.'],
    ];
    writeFileSync(
      join(root, 'passages', 't', 's.yaml'),
      `passages:\n${record.map(([id, text]) => `  - id: ${id}\n    text: ${text}\n`).join('')}`,
    );
    const page = await compile(body, pathToFileURL(file));
    const [note, ...rest] = childrenOf(page).filter((child): child is Element => typeof child === 'object');
    expect(
      pagePassages({ type: FRAGMENT, props: { children: rest } }).map(({ id, text }) => [id, text]),
    ).toEqual([
      ['absatz-4', 'Neu oben.'],
      ['absatz-3', 'Der dritte Absatz von einst.'],
      ['absatz-1', 'Der erste Absatz von einst.'],
    ]);
    expect(note?.props).toMatchObject({ id: 'absatz-2', role: 'note' });
    expect(textOf(note ?? '')).toBe(
      'Diese Stelle (Absatz 2) wurde aus dem Abschnitt entfernt. Der Link führt deshalb an den Anfang des Textes.',
    );
  });
});
