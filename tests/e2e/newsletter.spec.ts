/**
 * What a newsletter editor does with a section page: copy the „Teilen“ snippet as rich HTML and paste it,
 * tag the link with a campaign, link and copy a single passage. The clipboard is read as the editor's
 * tool would read it: both flavours, `text/html` and `text/plain`.
 */
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readEvents, readSections } from '../support/content.ts';
import { basePath, sectionPagePaths, site } from '../support/site.ts';

const section = `${basePath}tagung-2018/forschungsdesign/`;
/** The section's public address, as the snippets give it (SITE, not the test server). */
const publicUrl = `${site}${section}`;

const event = readEvents()[0]?.data as { title: string; date: Date | string };
const conferenceDate = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(event.date),
);
const sectionData = readSections().find((entry) => entry.filePath.endsWith('03-forschungsdesign.mdx'))
  ?.data as {
  title: string;
  description: string;
};

async function withClipboard(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(baseURL ?? 'http://127.0.0.1').origin,
  });
}

/** The section page with clipboard access granted, and its „Teilen“ panel. */
async function openSharePanel(
  context: BrowserContext,
  page: Page,
  baseURL: string | undefined,
): Promise<Locator> {
  await withClipboard(context, baseURL);
  await page.goto(section);
  // The panel waits behind „Teilen“ in the row after the text.
  await page.locator('.section-tools summary', { hasText: 'Teilen' }).click();
  return page.getByRole('region', { name: 'Teilen' });
}

/** Every flavour on the clipboard, by type. */
function readClipboard(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const flavours: Record<string, string> = {};
    for (const item of await navigator.clipboard.read()) {
      for (const type of item.types) flavours[type] = await (await item.getType(type)).text();
    }
    return flavours;
  });
}

/** Pastes the clipboard into a fresh rich-text field, as a newsletter editor's visual editor would take it. */
async function pasteIntoEditor(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('#test-editor')?.remove();
    const editor = document.createElement('div');
    editor.id = 'test-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('aria-label', 'Editor');
    document.body.prepend(editor);
  });
  await page.locator('#test-editor').focus();
  await page.keyboard.press('ControlOrMeta+V');
}

test('„Als HTML kopieren“ puts HTML and text on the clipboard, and the HTML pastes as a finished snippet', async ({
  context,
  page,
  baseURL,
}) => {
  const panel = await openSharePanel(context, page, baseURL);
  await panel.getByRole('button', { name: 'Als HTML kopieren' }).click();
  await expect(page.getByRole('status')).toContainText('HTML kopiert');
  const clipboard = await readClipboard(page);
  expect(Object.keys(clipboard).sort()).toEqual(['text/html', 'text/plain']);

  const html = clipboard['text/html'] ?? '';
  const fragment = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return {
      links: [...doc.querySelectorAll('a')].map((link) => link.getAttribute('href')),
      classes: doc.querySelectorAll('[class]').length,
      styleElements: doc.querySelectorAll('style, link, script').length,
      unstyled: [...doc.body.querySelectorAll('*')].filter(
        (el) => !['A', 'BR'].includes(el.tagName) && !el.getAttribute('style'),
      ).length,
      width: doc.body.firstElementChild?.getAttribute('style'),
      text: doc.body.textContent ?? '',
    };
  }, html);
  expect(fragment.links.length).toBeGreaterThan(0);
  expect(new Set(fragment.links)).toEqual(new Set([publicUrl]));
  expect(fragment.classes).toBe(0);
  expect(fragment.styleElements).toBe(0);
  expect(fragment.unstyled).toBe(0);
  expect(fragment.width).toContain('max-width:600px');
  expect(fragment.text).toContain(`Tagung „${event.title}“, ${conferenceDate}`);
  // For HTML fields (a newsletter tool's code block), the plain flavour is the HTML source.
  expect(clipboard['text/plain']).toBe(html);

  // Pasted into a rich-text editor: what a reader of the newsletter sees.
  await pasteIntoEditor(page);
  const editor = page.getByLabel('Editor');
  await expect(editor.getByRole('link', { name: sectionData.title })).toHaveAttribute('href', publicUrl);
  await expect(editor.getByRole('link', { name: 'Im Bericht weiterlesen' })).toHaveAttribute(
    'href',
    publicUrl,
  );
  const seen = (await editor.innerText()).split('\n').filter((line) => line.trim() !== '');
  expect(seen[0]).toBe(sectionData.title);
  expect(seen.filter((line) => line.includes('Anne van Rießen'))).toHaveLength(1);
  expect(seen).toContain(
    'Mit Dr. Anne van Rießen (Gastprofessorin, Hochschule Düsseldorf; Projektleiterin, INTESO)',
  );
  expect(seen).toContain(`Tagung „${event.title}“, ${conferenceDate}`);
  const quote = seen.find((line) => line.startsWith('„'));
  expect(quote?.endsWith('“')).toBe(true);
  const words = (quote ?? '').slice(1, -1);
  expect(words.split(' ').length).toBeGreaterThanOrEqual(8);
  expect(await page.locator('.reading').innerText()).toContain(words);
  expect(seen.some((line) => /^\d+(\.\d+)* /u.test(line))).toBe(false);
});

test('„Als Text kopieren“ and „Als Markdown kopieren“ paste as the same characters, in rich and plain fields', async ({
  context,
  page,
  baseURL,
}) => {
  const panel = await openSharePanel(context, page, baseURL);
  await panel.getByRole('button', { name: 'Als Text kopieren' }).click();
  await expect(page.getByRole('status')).toHaveText('Text kopiert');
  const text = await readClipboard(page);
  const lines = (text['text/plain'] ?? '').split('\n');
  expect(lines[0]).toBe(sectionData.title);
  expect(lines.at(-1)).toBe(publicUrl);
  await pasteIntoEditor(page);
  expect((await page.getByLabel('Editor').innerText()).replace(/\n+/gu, '\n')).toBe(
    (text['text/plain'] ?? '').replace(/\n+/gu, '\n'),
  );

  await panel.getByRole('button', { name: 'Als Markdown kopieren' }).click();
  await expect(page.getByRole('status')).toHaveText('Markdown kopiert');
  const markdown = (await readClipboard(page))['text/plain'] ?? '';
  expect(markdown).toContain(`**[${sectionData.title}](${publicUrl})**`);
});

test('a campaign typed in the panel tags the link; source and medium come with it; empty means a clean link', async ({
  context,
  page,
  baseURL,
}) => {
  const panel = await openSharePanel(context, page, baseURL);
  const shown = panel.locator('[data-share-link]');
  await expect(shown).toHaveText(publicUrl);

  await panel.getByText('Erweitert').click();
  await panel.getByLabel('Name der Kampagne').fill('juni-rundbrief');
  const tagged = new URL(publicUrl);
  tagged.search = new URLSearchParams({
    utm_source: 'newsletter',
    utm_medium: 'email',
    utm_campaign: 'juni-rundbrief',
  }).toString();
  await expect(shown).toHaveText(tagged.href);
  await panel.getByRole('button', { name: 'Als Text kopieren' }).click();
  await expect(page.getByRole('status')).toHaveText('Text kopiert');
  expect((await readClipboard(page))['text/plain']?.split('\n').at(-1)).toBe(tagged.href);

  await panel.getByLabel('Quelle').fill('rundbrief');
  await expect(shown).toContainText('utm_source=rundbrief&');
  await panel.getByRole('button', { name: 'Als HTML kopieren' }).click();
  await expect(page.getByRole('status')).toContainText('HTML kopiert');
  expect((await readClipboard(page))['text/html']).toContain(
    'utm_source=rundbrief&amp;utm_medium=email&amp;utm_campaign=juni-rundbrief',
  );

  await panel.getByLabel('Name der Kampagne').fill('');
  await expect(shown).toHaveText(publicUrl);
  await panel.getByRole('button', { name: 'Als Markdown kopieren' }).click();
  await expect(page.getByRole('status')).toHaveText('Markdown kopiert');
  expect((await readClipboard(page))['text/plain']).not.toContain('utm_');

  // Nothing is stored: a new visit starts clean.
  await page.reload();
  await page.locator('.section-tools summary', { hasText: 'Teilen' }).click();
  await expect(panel.getByLabel('Name der Kampagne')).toHaveValue('');
  await expect(shown).toHaveText(publicUrl);
});

test('with „Mit Vorschaubild“ the HTML shows the section card: absolute, 600 px wide, with alt text, and it exists', async ({
  context,
  page,
  baseURL,
  request,
}) => {
  const panel = await openSharePanel(context, page, baseURL);
  await panel.getByLabel('Mit Vorschaubild').check();
  await panel.getByRole('button', { name: 'Als HTML kopieren' }).click();
  await expect(page.getByRole('status')).toContainText('HTML kopiert');
  const image = await page.evaluate(
    (source) => {
      const img = new DOMParser().parseFromString(source, 'text/html').querySelector('img');
      return {
        src: img?.getAttribute('src') ?? '',
        width: img?.getAttribute('width'),
        alt: img?.getAttribute('alt'),
      };
    },
    (await readClipboard(page))['text/html'] ?? '',
  );
  expect(image.src.startsWith(`${site}${basePath}`)).toBe(true);
  expect(image.width).toBe('600');
  expect(image.alt).toContain(sectionData.title);
  const response = await request.get(new URL(image.src).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/png');
});

test('every counted paragraph, finding and step on every section page has a link to its own address', async ({
  page,
}) => {
  let anchors = 0;
  for (const path of sectionPagePaths()) {
    await page.goto(path);
    const found = await page.locator('.reading').evaluate((reading) =>
      [...reading.querySelectorAll('[id]')]
        .filter((element) => /^(?:absatz|ergebnis|schritt)-\d+$/u.test(element.id))
        .map((element) => ({
          id: element.id,
          hrefs: [...element.querySelectorAll(':scope > a')].map((link) => (link as HTMLAnchorElement).href),
          name: element.querySelector(':scope > a')?.getAttribute('aria-label') ?? '',
        })),
    );
    expect(found.length, path).toBeGreaterThan(0);
    for (const { id, hrefs, name } of found) {
      expect(hrefs.length, `${path}#${id}`).toBe(1);
      expect(hrefs[0]?.endsWith(`${path}#${id}`), `${path}#${id}`).toBe(true);
      expect(name, `${path}#${id}`).toMatch(/^Link zu (Absatz|Ergebnis|Schritt) \d+ kopieren$/u);
    }
    anchors += found.length;
  }
  expect(anchors).toBeGreaterThan(sectionPagePaths().length);
});

test('a passage link shows on hover and focus, copies its address, offers the passage as a snippet, and adds no text', async ({
  context,
  page,
  baseURL,
}) => {
  await withClipboard(context, baseURL);
  await page.goto(section);
  const paragraph = page.locator('#absatz-2');
  const link = page.getByRole('link', { name: 'Link zu Absatz 2 kopieren' });
  await page.mouse.move(0, 0);
  await expect(link).toHaveCSS('opacity', '0');
  await paragraph.hover();
  await expect(link).toHaveCSS('opacity', '1');

  // What a reader selects and copies of the paragraph is the paragraph's text alone.
  const selected = await paragraph.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? '';
  });
  expect(selected.trim()).toBe((await paragraph.textContent())?.trim());
  expect(selected).not.toMatch(/[¶#]\s*$/u);

  await link.click();
  await expect(page.getByRole('status')).toHaveText('Link zu Absatz 2 kopiert');
  await expect(page).toHaveURL(/#absatz-2$/u);
  expect((await readClipboard(page))['text/plain']).toBe(new URL(`${section}#absatz-2`, baseURL).href);

  const dialog = page.getByRole('dialog', { name: /Absatz 2/u });
  await expect(dialog).toBeVisible();
  const opening = (await paragraph.innerText()).split(/(?<=\.)\s/u)[0] ?? '';
  await expect(dialog).toContainText(opening.slice(0, 40));
  await dialog.getByRole('button', { name: 'Als Ausschnitt kopieren' }).click();
  await expect(page.getByRole('status')).toContainText('Absatz 2 als Ausschnitt kopiert');
  await expect(dialog).toBeHidden();
  const snippet = await readClipboard(page);
  const lines = (snippet['text/plain'] ?? '').split('\n');
  expect(lines[0]?.startsWith(`„${opening.slice(0, 40)}`)).toBe(true);
  expect(lines[1]).toContain(sectionData.title);
  expect(lines[1]).toContain(`Tagung „${event.title}“, ${conferenceDate}`);
  expect(lines[2]).toBe(`${publicUrl}#absatz-2`);
  expect(snippet['text/html']).toContain(`href="${publicUrl}#absatz-2"`);

  // Keyboard: a finding's link shows on focus, Enter copies it, Escape leaves the panel for the link.
  const finding = page.getByRole('link', { name: 'Link zu Ergebnis 1 kopieren' });
  await page.getByRole('link', { name: 'Link zu Absatz 4 kopieren' }).focus();
  await page.keyboard.press('Tab');
  await expect(finding).toBeFocused();
  await expect(finding).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link zu Ergebnis 1 kopiert');
  await expect(
    page
      .getByRole('dialog', { name: /Ergebnis 1/u })
      .getByRole('button', { name: 'Als Ausschnitt kopieren' }),
  ).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(finding).toBeFocused();
});

test('the passage links add nothing to the search index or its excerpts', async ({ page }) => {
  await page.goto(section);
  const found = await page.evaluate(async (url) => {
    const pagefind = await import(url);
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    const labels = await pagefind.search('kopieren');
    const words = await pagefind.search('Ergebnisse');
    const data = await Promise.all(
      words.results.map((result: { data: () => Promise<{ excerpt: string; content: string }> }) =>
        result.data(),
      ),
    );
    return { labels: labels.results.length, texts: data.flatMap((entry) => [entry.excerpt, entry.content]) };
  }, `${basePath}pagefind/pagefind.js`);
  expect(found.labels).toBe(0);
  expect(found.texts.length).toBeGreaterThan(2);
  for (const text of found.texts) expect(text).not.toMatch(/Link zu (?:Absatz|Ergebnis|Schritt)|¶/u);
});
