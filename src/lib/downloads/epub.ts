/**
 * The report as EPUB 3: one XHTML chapter per section, a navigation document, Dublin Core metadata
 * and the report's social card as cover, zipped as the EPUB container wants it (`mimetype` first and
 * stored). Pure: `epubFiles` lists the files, `zipEpub` packs them. Checked with epubcheck in the tests.
 */
import { joinGerman } from '#src/lib/german/joining.ts';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeHtml } from '#src/lib/html.ts';
import { licenseNote, type Book, type Chapter } from '#src/lib/downloads/book.ts';
import type { Block, Inline } from '#src/lib/content/document.ts';

/** One file of the EPUB, path inside the container. */
export interface EpubFile {
  path: string;
  content: string | Uint8Array;
}

function inline(content: readonly Inline[]): string {
  return content
    .map((run) => {
      if (run.type === 'text') return escapeHtml(run.value);
      if (run.type === 'break') return '<br/>';
      if (run.type === 'emphasis') return `<em>${inline(run.children)}</em>`;
      if (run.type === 'strong') return `<strong>${inline(run.children)}</strong>`;
      if (run.type === 'code') return `<code>${escapeHtml(run.value)}</code>`;
      return `<a href="${escapeHtml(run.href)}">${inline(run.children)}</a>`;
    })
    .join('');
}

function block(item: Block): string {
  switch (item.type) {
    case 'paragraph':
      return `<p>${inline(item.content)}</p>`;
    case 'heading':
      return `<h${Math.min(item.level + 1, 6)}>${inline(item.content)}</h${Math.min(item.level + 1, 6)}>`;
    case 'list': {
      const tag = item.ordered ? 'ol' : 'ul';
      const items = item.items.map(
        (entry) =>
          `<li${entry.id ? ` id="${escapeHtml(entry.id)}"` : ''}>${inline(entry.content)}${(entry.lists ?? []).map(block).join('')}</li>`,
      );
      return `<${tag}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'quote':
      return `<blockquote>\n${item.blocks.map(block).join('\n')}\n</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(item.text)}</code></pre>`;
    case 'table': {
      const rows = item.rows.map(
        (row, index) =>
          `<tr>${row.map((cell) => (index === 0 ? `<th>${inline(cell)}</th>` : `<td>${inline(cell)}</td>`)).join('')}</tr>`,
      );
      return `<table>\n${rows.join('\n')}\n</table>`;
    }
  }
}

function xhtml(title: string, body: string, extraNamespace = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"${extraNamespace} lang="de" xml:lang="de">
<head>
<meta charset="UTF-8"/>
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/** File name of a chapter inside the EPUB. */
function chapterFile(chapter: Chapter): string {
  return `${chapter.slug}.xhtml`;
}

function chapterPage(chapter: Chapter): string {
  const presenters =
    chapter.presenters.length > 0
      ? `<p class="presenters">${escapeHtml(joinGerman(chapter.presenters))}</p>\n`
      : '';
  const address = `<p class="address"><a href="${escapeHtml(chapter.url)}">${escapeHtml(chapter.url)}</a></p>`;
  const body = [
    `<section id="${escapeHtml(chapter.slug)}">`,
    `<h1>${escapeHtml(chapter.title)}</h1>`,
    `${presenters}${address}`,
    ...chapter.blocks.map(block),
    '</section>',
  ].join('\n');
  return xhtml(chapter.title, body);
}

function titlePage(book: Book): string {
  const rows: [string, string][] = [
    [
      'Veranstalter',
      escapeHtml(book.author) + (book.organizerFullName ? `<br/>${escapeHtml(book.organizerFullName)}` : ''),
    ],
    ...(book.funding ? ([['Förderung', escapeHtml(book.funding)]] as [string, string][]) : []),
    ['Online', `<a href="${escapeHtml(book.url)}">${escapeHtml(book.url)}</a>`],
    [
      'Lizenz',
      book.license?.url
        ? `<a href="${escapeHtml(book.license.url)}">${escapeHtml(book.license.name)}</a>`
        : escapeHtml(book.license?.name ?? licenseNote(undefined)),
    ],
  ];
  const facts = rows.map(([term, value]) => `<dt>${term}</dt>\n<dd>${value}</dd>`).join('\n');
  const body = [
    '<section class="title-page">',
    '<p class="kicker">Bericht</p>',
    `<h1>${escapeHtml(book.title)}</h1>`,
    `<p class="date">${escapeHtml(book.dateLabel)}</p>`,
    `<dl>\n${facts}\n</dl>`,
    '</section>',
  ].join('\n');
  return xhtml(book.title, body);
}

/** The table of contents as nested lists: `2.1` inside `2`. */
function tocList(chapters: readonly Chapter[]): string {
  const item = (chapter: Chapter, children: string) =>
    `<li><a href="${chapterFile(chapter)}">${escapeHtml(chapter.title)}</a>${children}</li>`;
  const render = (from: number, depth: number): [string, number] => {
    const items: string[] = [];
    let index = from;
    while (index < chapters.length) {
      const chapter = chapters[index];
      if (chapter === undefined || chapter.depth < depth) break;
      index += 1;
      const next = chapters[index];
      if (next !== undefined && next.depth > chapter.depth) {
        const [children, after] = render(index, next.depth);
        items.push(item(chapter, `\n${children}`));
        index = after;
      } else {
        items.push(item(chapter, ''));
      }
    }
    return [`<ol>\n${items.join('\n')}\n</ol>`, index];
  };
  return render(0, 1)[0];
}

function navPage(book: Book): string {
  const first = book.chapters[0] ? chapterFile(book.chapters[0]) : 'titel.xhtml';
  const body = [
    `<nav epub:type="toc" id="toc">\n<h1>Inhalt</h1>\n${tocList(book.chapters)}\n</nav>`,
    '<nav epub:type="landmarks" id="landmarks" hidden="hidden">',
    '<h1>Orientierung</h1>',
    '<ol>',
    '<li><a epub:type="titlepage" href="titel.xhtml">Titel</a></li>',
    `<li><a epub:type="bodymatter" href="${first}">Bericht</a></li>`,
    '</ol>',
    '</nav>',
  ].join('\n');
  return xhtml('Inhalt', body, ' xmlns:epub="http://www.idpf.org/2007/ops"');
}

/** `2018-06-15T00:00:00Z`, as `dcterms:modified` wants it. */
function epubTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

function packageDocument(book: Book, modified: Date): string {
  const chapters = book.chapters.map((chapter, index) => ({
    id: `kapitel-${index + 1}`,
    href: chapterFile(chapter),
  }));
  const rights = book.license
    ? `\n<dc:rights>${escapeHtml(book.license.name)}${book.license.url ? ` (${escapeHtml(book.license.url)})` : ''}</dc:rights>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="kennung" xml:lang="de">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="kennung">${escapeHtml(book.url)}</dc:identifier>
<dc:title>${escapeHtml(book.title)}</dc:title>
<dc:language>de</dc:language>
<dc:creator>${escapeHtml(book.author)}</dc:creator>
<dc:publisher>${escapeHtml(book.author)}</dc:publisher>
<dc:date>${book.isoDate}</dc:date>
<dc:description>${escapeHtml(book.summary)}</dc:description>${rights}
<dc:source>${escapeHtml(book.url)}</dc:source>
<meta property="dcterms:modified">${epubTimestamp(modified)}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="titel" href="titel.xhtml" media-type="application/xhtml+xml"/>
<item id="stil" href="style.css" media-type="text/css"/>
<item id="umschlag" href="cover.png" media-type="image/png" properties="cover-image"/>
${chapters.map((chapter) => `<item id="${chapter.id}" href="${chapter.href}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine>
<itemref idref="titel"/>
<itemref idref="nav"/>
${chapters.map((chapter) => `<itemref idref="${chapter.id}"/>`).join('\n')}
</spine>
</package>
`;
}

const STYLE = `body { font-family: serif; line-height: 1.45; hyphens: auto; -epub-hyphens: auto; }
h1 { font-size: 1.4em; line-height: 1.2; margin: 0 0 0.4em; hyphens: manual; -epub-hyphens: manual; }
p { margin: 0; text-indent: 1.2em; }
h1 + p, .presenters + p, .address + p, ol + p, ul + p, blockquote + p { text-indent: 0; }
.presenters { font-style: italic; text-indent: 0; }
.address { font-size: 0.8em; margin-bottom: 1.2em; text-indent: 0; }
ol, ul { margin: 0.8em 0; padding-left: 1.6em; }
li { margin-bottom: 0.3em; }
.title-page .kicker { text-transform: uppercase; letter-spacing: 0.1em; font-size: 0.8em; text-indent: 0; margin-top: 3em; }
.title-page h1 { font-size: 2em; }
.title-page .date { text-indent: 0; margin-bottom: 3em; }
dt { font-size: 0.8em; margin-top: 0.8em; }
dd { margin: 0; }
`;

/**
 * Every file of the EPUB. `cover` is the report's social card (PNG); `modified` goes into
 * `dcterms:modified`.
 */
export function epubFiles(book: Book, cover: Uint8Array, modified: Date): EpubFile[] {
  return [
    { path: 'mimetype', content: 'application/epub+zip' },
    {
      path: 'META-INF/container.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`,
    },
    { path: 'EPUB/package.opf', content: packageDocument(book, modified) },
    { path: 'EPUB/nav.xhtml', content: navPage(book) },
    { path: 'EPUB/titel.xhtml', content: titlePage(book) },
    { path: 'EPUB/style.css', content: STYLE },
    { path: 'EPUB/cover.png', content: cover },
    ...book.chapters.map((chapter) => ({
      path: `EPUB/${chapterFile(chapter)}`,
      content: chapterPage(chapter),
    })),
  ];
}

/** Packs the files as an EPUB container: `mimetype` first and stored, the rest deflated. */
export function zipEpub(files: readonly EpubFile[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    const data = typeof file.content === 'string' ? strToU8(file.content) : file.content;
    entries[file.path] = [data, { level: file.path === 'mimetype' ? 0 : 9, mtime: modified }];
  }
  return zipSync(entries);
}
