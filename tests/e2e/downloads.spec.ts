/**
 * The report to take along: the whole-report page and the home page link a PDF, an EPUB, Markdown
 * and the programme as JSON that exist, with their real sizes; the PDF has its metadata and outline,
 * the EPUB passes epubcheck, the JSON validates against its schema, every section has its Markdown,
 * and /llms.txt links only files that exist.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { epubcheck, epubEntries, pdfInfo, pdfText } from '../support/downloads.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readEvents } from '../support/content.ts';
import { basePath, builtPagePaths, distDir, normalizeText, sectionPagePaths } from '../support/site.ts';

/** Site path of a full URL from the files (which point at SITE). */
const pathOf = (url: string) => new URL(url).pathname;

async function fetchOk(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response;
}

/** The download links of a page's „Den Bericht mitnehmen“ box: href, label and the size shown. */
async function downloadLinks(page: Page, path: string) {
  await page.goto(path);
  const box = page.getByRole('region', { name: 'Den Bericht mitnehmen' });
  await expect(box).toBeVisible();
  return box.locator('li').evaluateAll((items) =>
    items.map((item) => {
      const link = item.querySelector('a');
      return {
        href: link?.getAttribute('href') ?? '',
        label: link?.textContent ?? '',
        text: item.textContent ?? '',
      };
    }),
  );
}

for (const path of [`${basePath}tagung-2018/`, basePath]) {
  test(`${path} links the PDF, EPUB, Markdown and data that exist, with their sizes`, async ({
    page,
    request,
  }) => {
    const links = await downloadLinks(page, path);
    expect(links.map((link) => link.href.split('.').pop())).toEqual(['pdf', 'epub', 'md', 'json']);
    expect(links[0]?.label).toBe('Bericht als PDF');
    for (const link of links) {
      const bytes = (await (await fetchOk(request, link.href)).body()).byteLength;
      const shown = /, (\d+) KB/u.exec(link.text);
      expect(shown, link.text).not.toBeNull();
      // The size shown is the size served, rounded to whole KB.
      expect(Math.abs(Number(shown?.[1]) - bytes / 1024), link.href).toBeLessThanOrEqual(0.5);
    }
    // No licence is given for the report: the box says nothing of one (the Impressum says it, once).
    await expect(page.getByRole('region', { name: 'Den Bericht mitnehmen' })).not.toContainText('Lizenz');
  });
}

test('a report without a licence says so once on the site, in the Impressum, and no box says „nicht angegeben“', async ({
  page,
}) => {
  const license = (readEvents()[0]?.data as { license?: unknown }).license;
  expect(
    license,
    'the content gives no licence; with one, this test would check where it is named',
  ).toBeUndefined();
  const saying: string[] = [];
  for (const path of builtPagePaths()) {
    const inside = path.slice(basePath.length);
    const html = readFileSync(
      join(distDir, inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside),
      'utf8',
    );
    expect(html, path).not.toContain('Lizenz: nicht angegeben');
    if (html.includes('Keine Lizenz angegeben')) saying.push(path);
  }
  expect(saying).toEqual([`${basePath}impressum/`]);
  await page.goto(`${basePath}impressum/`);
  await expect(page.getByRole('heading', { name: 'Weiterverwendung' })).toBeVisible();
  await expect(page.locator('main')).toContainText(
    'Keine Lizenz angegeben: Die Weiterverwendung von Text und Daten ist nicht ausdrücklich erlaubt.',
  );
});

test('the PDF is typeset with title page, outline with page numbers, metadata and a tagged structure', async ({
  request,
}) => {
  const response = await fetchOk(request, `${basePath}tagung-2018.pdf`);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const pdf = await response.body();
  const info = pdfInfo(pdf);
  expect(info).toMatch(/^Title:\s+Tagung „Integration im Sozialraum“$/mu);
  expect(info).toMatch(/^Author:\s+Forschungsprojekt INTESO$/mu);
  expect(info).toMatch(/^Tagged:\s+yes$/mu);
  expect(pdf.toString('latin1')).toMatch(/\/Lang \(de/u);
  expect(pdf.toString('latin1'), 'declares PDF/UA-1').toContain('<pdfuaid:part>1</pdfuaid:part>');
  const pages = pdfText(pdf).split('\f');
  expect(pages[0]).toContain('15. Juni 2018');
  expect(pages[0]).toContain('Ministerium für Kultur und Wissenschaft des Landes NRW');
  expect(pages[1]).toMatch(/^Inhalt/u);
  // Every numbered section is in the outline with the page it starts on.
  for (const match of (pages[1] ?? '').matchAll(/^(\d+(?:\.\d+)?) .*?(\d+)$/gmu)) {
    const [, number, pageNumber] = match;
    expect(pages[Number(pageNumber) - 1], `${number} on page ${pageNumber}`).toMatch(
      new RegExp(`^${number?.replace('.', '\\.')} `, 'mu'),
    );
  }
  expect([...(pages[1] ?? '').matchAll(/^\d+(?:\.\d+)? /gmu)].length).toBe(sectionPagePaths().length - 1);
});

test('the PDF links each section to its web page', async ({ request }) => {
  const pdf = (await fetchOk(request, `${basePath}tagung-2018.pdf`)).body();
  const uris = [...(await pdf).toString('latin1').matchAll(/\/URI \(([^)]+)\)/gu)].map((match) =>
    pathOf(match[1] ?? ''),
  );
  for (const path of sectionPagePaths()) expect(uris).toContain(path);
});

test('the EPUB passes epubcheck and has its metadata, navigation and cover', async ({ request }) => {
  // epubcheck starts a Java VM: some 10–25 s on a busy machine.
  test.setTimeout(120_000);
  const epub = await (await fetchOk(request, `${basePath}tagung-2018.epub`)).body();
  const { status, output } = epubcheck(epub);
  expect(output).toContain('No errors or warnings detected');
  expect(status).toBe(0);
  const entries = epubEntries(epub);
  const opf = entries.get('EPUB/package.opf') ?? '';
  expect(opf).toContain('<dc:title>Tagung „Integration im Sozialraum“</dc:title>');
  expect(opf).toContain('<dc:language>de</dc:language>');
  expect(opf).toContain('<dc:creator>Forschungsprojekt INTESO</dc:creator>');
  expect(opf).toContain('<dc:date>2018-06-15</dc:date>');
  expect(opf).toMatch(/properties="cover-image"/u);
  const nav = entries.get('EPUB/nav.xhtml') ?? '';
  expect([...nav.matchAll(/<li><a href="[^"]+\.xhtml">/gu)].length).toBe(sectionPagePaths().length);
});

test('the programme JSON validates against its schema and its addresses resolve', async ({ request }) => {
  const data = (await (await fetchOk(request, `${basePath}tagung-2018.json`)).json()) as {
    $schema: string;
    sections: { url: string; markdown: string; presenters: unknown[] }[];
  };
  const schema = (await (await fetchOk(request, `${basePath}programm.schema.json`)).json()) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(pathOf(data.$schema)).toBe(`${basePath}programm.schema.json`);
  expect(data.sections.map((section) => pathOf(section.url)).sort()).toEqual(sectionPagePaths());
  for (const section of data.sections) await fetchOk(request, pathOf(section.markdown));
  // The schema is strict: a field it does not describe fails.
  expect(validate({ ...data, extra: true })).toBe(false);
});

test('every section has its Markdown: title, presenters, address and text, no MDX', async ({
  page,
  request,
}) => {
  for (const path of sectionPagePaths()) {
    const markdown = await (await fetchOk(request, `${path.slice(0, -1)}.md`)).text();
    await page.goto(path);
    // As a reader sees it: the Markdown has the title without the page's soft hyphens.
    const title = normalizeText(await page.locator('h1').innerText());
    expect(markdown.startsWith(`# ${title}\n`), path).toBe(true);
    expect(pathOf(/<(http[^>]+)>/u.exec(markdown)?.[1] ?? 'http://x/')).toBe(path);
    expect(markdown).not.toMatch(/^(?:---\n[\s\S]*?\n---|import |export )|<\/?(?:ol|li)\b/u);
  }
});

test('/llms.txt lists the Markdown of every section and links only files that exist', async ({ request }) => {
  const text = await (await fetchOk(request, `${basePath}llms.txt`)).text();
  expect(text).toMatch(/^# /u);
  const links = [...text.matchAll(/\]\((http[^)]+)\)/gu)].map((match) => pathOf(match[1] ?? ''));
  for (const path of sectionPagePaths()) expect(links).toContain(`${path.slice(0, -1)}.md`);
  for (const link of links) await fetchOk(request, link);
});
