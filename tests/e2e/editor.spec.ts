/**
 * The editor at /admin/ (Sveltia CMS), as the content team uses it in Chromium: „Mit lokalem Repository
 * arbeiten“ on a copy of the project's content, a sentence of a section and a person's role changed and
 * saved, the saved files built on a scratch copy of the project (never content/). Invalid values are
 * refused with the field named before anything is saved. Throughout, nothing is requested from another
 * host and nothing is logged as an error.
 *
 * Chromium cannot be made to pick a real folder in a headless test, so the folder the editor works on
 * is the browser's private file system (OPFS), filled with the content files before the editor opens
 * and read back after it saved; `showDirectoryPicker()` hands the editor that folder, the way Sveltia
 * CMS tests itself. The handles are the same File System Access API the editor uses on a real disk.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { axeFindings } from '../support/axe.ts';
import { removeScratch, scratchBuild } from '../support/scratch-build.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { passagesOf, readSectionDocument } from '#src/lib/content/document.ts';
import { htmlText } from '#src/lib/html.ts';
import { readPassageRecord } from '#src/lib/content/passage-record.ts';
import { passageRecordFile } from '#src/lib/content/collections.ts';
import { basePath, distDir } from '../support/site.ts';

const admin = `${basePath}admin/`;
const sectionFile = 'content/sections/tagung-2018/03-forschungsdesign.mdx';
const personFile = 'content/people/katja-jepkens.yaml';
const sentence = 'Dr. van Rießen fasst erste Ergebnisse zusammen:';
const changedSentence = 'Dr. van Rießen fasste die ersten Ergebnisse so zusammen:';
const role = 'title: wissenschaftliche Mitarbeiterin';
const changedRole = 'title: wissenschaftliche Referentin';

/** Every file below content/, by its path from the project's root (`content/people/…`). */
function contentFiles(): [string, string][] {
  return readdirSync('content', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.split('\\').join('/'), readFileSync(path, 'utf8')];
    });
}

/** What the editor did that a reader of its console and its network would see. */
interface Watch {
  otherHosts: string[];
  errors: string[];
}

/**
 * A browser whose private file system holds a copy of the project's content (and a `.git` folder, by
 * which the editor knows a repository), handed to the editor as the folder the user picked.
 */
async function openEditor(
  context: BrowserContext,
  beforeSignIn: (page: Page) => Promise<void> = async () => {},
  files: [string, string][] = contentFiles(),
): Promise<{ page: Page; watch: Watch }> {
  const watch: Watch = { otherHosts: [], errors: [] };
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1').host;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== origin)
      watch.otherHosts.push(request.url());
  });
  // Nothing may leave the machine even if the check above failed to see it.
  await context.route(
    (url) => !['data:', 'blob:'].includes(url.protocol) && url.host !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.goto(`${basePath}robots.txt`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    const project = await root.getDirectoryHandle('tagungsdoku', { create: true });
    const withGit: [string, string][] = [...files, ['.git/HEAD', 'ref: refs/heads/main\n']];
    for (const [path, text] of withGit) {
      const parts = path.split('/');
      let folder = project;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (
        await folder.getFileHandle(parts.at(-1) ?? '', { create: true })
      ).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
  await context.addInitScript(() => {
    Object.assign(window, {
      showDirectoryPicker: async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('tagungsdoku'),
    });
  });
  // The editor's console from here on (the text page above makes the browser ask for /favicon.ico).
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.goto(admin);
  await expect(page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' })).toBeVisible();
  await beforeSignIn(page);
  await page.getByRole('button', { name: 'Mit lokalem Repository arbeiten' }).click();
  // Reading the whole content folder takes longer on a busy machine than an expectation's 5 s.
  await expect(page.getByRole('tree', { name: 'Liste der Sammlungen' })).toBeVisible({ timeout: 20_000 });
  return { page, watch };
}

/** A file of the folder the editor works on, as it is now. */
async function readSaved(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('tagungsdoku');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    return (await (await folder.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
  }, path);
}

/**
 * Waits until a file of the editor's folder reads as `expected`, and returns it. „Eintrag gespeichert“
 * can show while the editor is still writing: on a busy machine the file was read before its new text
 * was in it, or refused while open for writing (NotReadableError), so it is read again until it matches.
 */
async function savedAs(page: Page, path: string, expected: string): Promise<string> {
  await expect
    .poll(() => readSaved(page, path).catch((error: Error) => error.message), { message: path })
    .toBe(expected);
  return expected;
}

/** The names of the files in a folder of the editor's copy. */
async function listSaved(page: Page, path: string): Promise<string[]> {
  return page.evaluate(async (path) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('tagungsdoku');
    for (const part of path.split('/')) folder = await folder.getDirectoryHandle(part);
    const names: string[] = [];
    for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys())
      names.push(name);
    return names.sort();
  }, path);
}

/** Opens an entry from the collection list, as the team does. */
async function openEntry(page: Page, collection: string, entry: string, folder?: string): Promise<void> {
  await page
    .getByRole('tree', { name: 'Liste der Sammlungen' })
    .getByText(collection, { exact: true })
    .click();
  if (folder) await page.getByRole('tree', { name: 'Liste der Sammlungen' }).getByText(folder).click();
  await page.getByRole('row', { name: entry, exact: true }).click();
  await expect(page.getByRole('group', { name: 'Inhaltseditor' })).toBeVisible();
}

/** A field of the open entry, by its German label: the group the editor names „Feld „<label>““. */
function field(page: Page, label: string) {
  // The editor wraps the label in Unicode isolation marks (U+2068 … U+2069).
  return page.getByRole('group', { name: new RegExp(`^Feld „\u2068?${label}\u2069?“$`, 'u') });
}

/** The editor draws fields as they scroll into view: scroll until the field is there. */
async function scrollTo(page: Page, field: ReturnType<Page['getByRole']>): Promise<void> {
  await page.getByRole('group', { name: 'Inhaltseditor' }).hover();
  await expect(async () => {
    if (!(await field.isVisible())) await page.mouse.wheel(0, 1200);
    await expect(field).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
}

// The editor is a 2 MB app; on a machine busy with the build tests beside the browser tests, a click on
// a control it has just drawn can wait long: keep far from the limit.
test.use({ actionTimeout: 45_000 });

/**
 * One session in the editor, three edits saved one after another, then the saved files built on one
 * scratch copy: a sentence and a role changed, files uploaded beside another section and the conference,
 * and a paragraph inserted at the top of the first section. Serial: the edits share the session and hand
 * their saved files to the build at the end, in one worker.
 */
test.describe.serial('edits saved in the editor, built', () => {
  /** The saved content files, by their path from the project's root, and the files uploaded beside them. */
  const saved = new Map<string, string>();
  const uploaded: [string, string][] = [];
  const inserted = 'Ein neuer erster Absatz, in der Redaktion eingefügt.';
  /**
   * The published passages of the edited section (those its record of passages holds, which a
   * publication commits) and their words just before the paragraph was inserted.
   */
  const linkedBefore: { id: string; text: string }[] = [];
  const publishedPassages = (text: string) => {
    const record = readPassageRecord(passageRecordFile('tagung-2018', 'forschungsdesign', 'content'));
    const published = new Set(record.map(({ id }) => id));
    return passagesOf(
      readSectionDocument(text, splitFrontMatter(text)?.body ?? '', sectionFile, record).blocks,
    ).filter(({ id }) => published.has(id));
  };
  const uploadFile = 'content/sections/tagung-2018/05-raumerleben.mdx';
  const eventFile = 'content/events/tagung-2018.yaml';
  /** One session in the editor for the three edits, as the team works: open once, save one after another. */
  let context: BrowserContext;
  let page: Page;
  let watch: Watch;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    context = await browser.newContext();
    ({ page, watch } = await openEditor(context));
  });
  test.afterAll(() => context.close());

  test('a section’s sentence and a person’s role, changed in the editor, are saved as edited', async () => {
    test.setTimeout(120_000);

    await openEntry(page, 'Abschnitte', 'INTESO – Forschungsdesign und Rückblick', 'tagung-2018');
    // The section's materials, photos and recording are fields of its form, though this one has none.
    for (const label of ['Material', 'Fotos', 'Aufzeichnung']) await scrollTo(page, field(page, label));
    const text = page.getByRole('textbox', { name: 'Text des Abschnitts' });
    await scrollTo(page, text);
    const body = await text.inputValue();
    expect(body).toContain(sentence);
    await text.fill(body.replace(sentence, changedSentence));
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Eintrag gespeichert.')).toBeVisible();

    // Saving closes the entry and shows its collection again.
    await openEntry(page, 'Personen', 'Katja Jepkens');
    const roleField = field(page, 'Funktionen').getByRole('textbox', { name: 'Funktion' });
    await expect(roleField).toHaveValue('wissenschaftliche Mitarbeiterin');
    await roleField.fill('wissenschaftliche Referentin');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Eintrag gespeichert.')).toBeVisible();

    // Saving changed only what was edited: the numbered list, line breaks and the rest stay.
    const originalSection = readFileSync(sectionFile, 'utf8');
    expect(originalSection).toMatch(/^1\. /mu);
    const savedSection = await savedAs(page, sectionFile, originalSection.replace(sentence, changedSentence));
    const savedPerson = await savedAs(
      page,
      personFile,
      readFileSync(personFile, 'utf8').replace(role, changedRole),
    );
    expect(watch.otherHosts).toEqual([]);
    expect(watch.errors).toEqual([]);
    saved.set(sectionFile, savedSection);
    saved.set(personFile, savedPerson);
  });

  test('slides and photos uploaded in the editor lie beside their content file, named from there', async () => {
    test.setTimeout(120_000);
    const fixture = 'tests/fixtures/conference-with-materials';
    const slides = `${fixture}/sections/tagung-2016/material/folien-quartiersarbeit.pdf`;
    const photo = `${fixture}/sections/tagung-2016/bilder/podium.jpg`;
    const hall = `${fixture}/events/tagung-2016/saal.jpg`;

    await openEntry(page, 'Abschnitte', 'Raumerleben junger Geflüchteter', 'tagung-2018');
    const materials = field(page, 'Material');
    await scrollTo(page, materials);
    await addItem(materials, /Datei\u2069? hinzufügen/u);
    await upload(page, materials, slides);
    await materials.getByRole('textbox', { name: 'Titel' }).fill('Folien zum Vortrag');
    await materials.getByRole('radio', { name: 'Folien' }).check();
    await addPhoto(page, 'Fotos', photo, 'Vier Personen auf einem Podium');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Eintrag gespeichert.')).toBeVisible();

    await openEntry(page, 'Tagungen', 'Integration im Sozialraum');
    await addPhoto(page, 'Fotos der Tagung', hall, 'Ein Saal mit Stuhlreihen');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Eintrag gespeichert.')).toBeVisible();

    // The files lie beside the content file that names them, by a path relative to it; the rest of the
    // files is as it was.
    const original = readFileSync(uploadFile, 'utf8');
    const savedSection = await savedAs(
      page,
      uploadFile,
      original.replace(
        /\n---\n/u,
        '\nmaterials:\n  - file: ./material/folien-quartiersarbeit.pdf\n    title: Folien zum Vortrag\n    kind: slides\n' +
          'photos:\n  - file: ./bilder/podium.jpg\n    alt: Vier Personen auf einem Podium\n---\n',
      ),
    );
    const savedEvent = await savedAs(
      page,
      eventFile,
      `${readFileSync(eventFile, 'utf8')}photos:\n  - file: ./tagung-2018/saal.jpg\n    alt: Ein Saal mit Stuhlreihen\n`,
    );
    const files: [string, string][] = [
      ['content/sections/tagung-2018/material/folien-quartiersarbeit.pdf', slides],
      ['content/sections/tagung-2018/bilder/podium.jpg', photo],
      ['content/events/tagung-2018/saal.jpg', hall],
    ];
    for (const [path, source] of files) {
      const bytes = readFileSync(source);
      expect(await savedBytes(page, path), path).toEqual({
        size: bytes.length,
        head: [...bytes.subarray(0, 16)],
      });
    }
    expect(watch.otherHosts).toEqual([]);
    expect(watch.errors).toEqual([]);
    saved.set(uploadFile, savedSection);
    saved.set(eventFile, savedEvent);
    uploaded.push(...files);
  });

  test('a paragraph inserted later at the top of the edited section is saved, the rest as it was', async () => {
    test.setTimeout(120_000);
    // Later in the session: the section as the first edit saved it.
    const before = saved.get(sectionFile) ?? '';
    expect(before).toContain(changedSentence);
    await openEntry(page, 'Abschnitte', 'INTESO – Forschungsdesign und Rückblick', 'tagung-2018');
    const text = page.getByRole('textbox', { name: 'Text des Abschnitts' });
    await scrollTo(page, text);
    const written = await text.inputValue();
    await text.fill(`${inserted}\n\n${written}`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText('Eintrag gespeichert.')).toBeVisible();
    // Saving changed only what was edited: the paragraph is there, the rest as it was.
    const inTheText = (text: string) =>
      text.includes(inserted) ? text.replace(`${inserted}\n\n`, '') : 'the paragraph is not saved';
    await expect
      .poll(() => readSaved(page, sectionFile).then(inTheText, (error: Error) => error.message))
      .toBe(before);
    const savedSection = await readSaved(page, sectionFile);
    expect(watch.errors).toEqual([]);
    linkedBefore.push(...publishedPassages(before));
    saved.set(sectionFile, savedSection);
  });

  test('the saved edits are on the built pages, and every published link of the section opens its old text', () => {
    // The build of the scratch copy takes up to two minutes on a busy machine.
    test.setTimeout(240_000);
    expect([...saved.keys()].sort()).toEqual([sectionFile, personFile, uploadFile, eventFile].sort());
    expect(linkedBefore.length).toBeGreaterThan(5);
    try {
      const { status, output, root } = scratchBuild('editor', 'saved', (dir) => {
        for (const [path, text] of saved) writeFileSync(join(dir, path), text);
        for (const [path, source] of uploaded) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          copyFileSync(source, join(dir, path));
        }
      });
      expect(status, output).toBe(0);
      const built = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');

      const html = built('tagung-2018/forschungsdesign');
      expect(html).toContain(changedSentence);
      expect(html).not.toContain(sentence);
      expect(built('referierende/katja-jepkens')).toContain('wissenschaftliche Referentin');
      expect(built('tagung-2018/online-befragung')).toContain('wissenschaftliche Referentin');

      const section = built('tagung-2018/raumerleben');
      expect(section).toMatch(/<img\b[^>]*alt="Vier Personen auf einem Podium"/u);
      expect(section).toMatch(/href="[^"]*folien-quartiersarbeit\.pdf"[^>]*>[\s\S]*?Folien zum Vortrag/u);
      expect(built('tagung-2018')).toMatch(/<img\b[^>]*alt="Ein Saal mit Stuhlreihen"/u);

      expect(htmlText(html)).toContain(inserted);
      // Every published link of the section opens the words it opened before the paragraph was inserted.
      for (const { id, text: words } of linkedBefore) {
        const element = new RegExp(`<(p|li)\\b[^>]*\\bid="${id}"[^>]*>([\\s\\S]*?)</\\1>`, 'u').exec(html);
        expect(element, `#${id}`).not.toBeNull();
        expect(htmlText(element?.[2] ?? ''), `#${id}`).toBe(words);
      }
    } finally {
      // Only this group builds in the file: removing it here cannot pull a copy from under another worker.
      removeScratch('editor');
    }
  });
});
test('an empty title, a malformed address and an id that exists are refused, with the field named, and nothing is saved', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const { page, watch } = await openEditor(context);

  await openEntry(page, 'Abschnitte', 'INTESO – Forschungsdesign und Rückblick', 'tagung-2018');
  const titleField = field(page, 'Überschrift');
  await titleField.getByRole('textbox').fill('');
  const addressField = field(page, 'Adresse');
  await addressField.getByRole('textbox').fill('Forschungsdesign und Rückblick');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(/Felder enthalten Fehler\. Bitte korrigieren Sie sie/u)).toBeVisible();
  await expect(titleField).toContainText('Dieses Feld ist erforderlich.');
  await expect(addressField).toContainText('Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche');
  expect(await readSaved(page, sectionFile)).toBe(readFileSync(sectionFile, 'utf8'));

  // A new person under an id that exists: the editor proposes another and refuses the existing one.
  await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
  await page
    .getByRole('tree', { name: 'Liste der Sammlungen' })
    .getByText('Personen', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  // The editor proposes the slug from the name it holds when the slug tab opens: on a busy machine
  // the name must have arrived (and the field left) first, or it proposes a random id. A new entry's
  // form may still be set up when the name is first typed, and start empty again: type until it holds.
  await expect(async () => {
    await name.fill('Katja Jepkens');
    await expect(name).toHaveValue('Katja Jepkens', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await name.press('Tab');
  await page.getByRole('radio', { name: 'Slug' }).click();
  const slug = page.getByRole('textbox', { name: 'Slug' });
  await expect(slug).toHaveText('katja-jepkens-1');
  await page.getByRole('button', { name: 'Slug bearbeiten' }).click();
  await slug.fill('katja-jepkens');
  await expect(page.getByText('Dieser Slug wird bereits von einem anderen Eintrag verwendet.')).toBeVisible();
  expect(await listSaved(page, 'content/people')).toEqual(readdirSync('content/people').sort());
  expect(await readSaved(page, personFile)).toBe(readFileSync(personFile, 'utf8'));

  expect(watch.otherHosts).toEqual([]);
  expect(watch.errors).toEqual([]);
  await context.close();
});

test('the editor is no reader’s page: noindex, its own CSP, not in the sitemap, the search or the feeds', async ({
  request,
}) => {
  const page = await (await request.get(admin)).text();
  expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
  expect(page).toMatch(
    /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/u,
  );
  const response = await request.get(`${admin}sveltia-cms.js`);
  expect(response.headers()['x-robots-tag']).toBe('noindex');
  for (const file of ['sitemap.xml', 'feed.xml', 'feed.json', 'llms.txt']) {
    expect(readFileSync(join(distDir, file), 'utf8'), file).not.toContain('/admin');
  }
  const index = readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const { languages } = JSON.parse(index) as { languages: Record<string, { page_count: number }> };
  const sections = readdirSync('content/sections', { recursive: true }).filter((name) =>
    String(name).endsWith('.mdx'),
  );
  expect(Object.values(languages).reduce((sum, { page_count }) => sum + page_count, 0)).toBe(sections.length);
});

test('axe finds no WCAG violation in the editor: its sign-in, the collection list and a section being edited', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const wcag: string[] = [];
  const practice: string[] = [];
  const check = async (page: Page, where: string) => {
    for (const violation of await axeFindings(page)) {
      const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      const line = `${where}: ${violation.id} (${violation.impact}): ${targets}`;
      (violation.tags.some((tag) => tag.startsWith('wcag')) ? wcag : practice).push(line);
    }
  };
  const { page } = await openEditor(context, (page) => check(page, 'sign-in'));
  await check(page, 'collection list');
  await openEntry(page, 'Abschnitte', 'INTESO – Forschungsdesign und Rückblick', 'tagung-2018');
  await check(page, 'section editor');
  // Sveltia CMS's own interface: what axe counts only as best practice there is reported, not failed.
  test.info().annotations.push({ type: 'axe best practice', description: practice.join('\n') || 'none' });
  console.log(`axe best-practice findings on /admin/:\n${practice.join('\n') || 'none'}`);
  expect(wcag).toEqual([]);
  await context.close();
});

/** The size and first bytes of a file of the editor's copy, to compare with the file uploaded. */
async function savedBytes(page: Page, path: string): Promise<{ size: number; head: number[] }> {
  return page.evaluate(async (path) => {
    let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('tagungsdoku');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    const file = await (await folder.getFileHandle(parts.at(-1) ?? '')).getFile();
    return { size: file.size, head: [...new Uint8Array(await file.slice(0, 16).arrayBuffer())] };
  }, path);
}

/**
 * Adds an item to a list field with its „… hinzufügen“ button, as the team does. A click that lands
 * before the editor has wired the button up does nothing (seen on a busy machine: the button focused,
 * the list still empty), so it is clicked again while no new item with its „Durchsuchen“ is drawn; one
 * item is added, never two.
 */
async function addItem(into: ReturnType<Page['getByRole']>, button: RegExp): Promise<void> {
  const browse = into.getByRole('button', { name: 'Durchsuchen' });
  await expect(async () => {
    if ((await browse.count()) === 0) await into.getByRole('button', { name: button }).click();
    await expect(browse).toHaveCount(1, { timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
}

/** Adds a photo to a photo list of the open entry, as the team does: „Foto hinzufügen“, upload, description. */
async function addPhoto(page: Page, label: string, file: string, description: string): Promise<void> {
  const photos = field(page, label);
  await scrollTo(page, photos);
  await addItem(photos, /Foto\u2069? hinzufügen/u);
  await upload(page, photos, file);
  await photos.getByRole('textbox', { name: /^Beschreibung/u }).fill(description);
}

/** Uploads a file into a file or image field of the open entry, as the team does: „Durchsuchen“, upload, „Einfügen“. */
async function upload(page: Page, into: ReturnType<Page['getByRole']>, file: string): Promise<void> {
  await into.getByRole('button', { name: 'Durchsuchen' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Hochladen' })).toBeVisible();
  await page.locator('input[type=file]').last().setInputFiles(file);
  await expect(dialog.getByText(basename(file))).toBeVisible();
  await dialog.getByRole('button', { name: 'Einfügen' }).click();
  await expect(dialog).toBeHidden();
}

test('each kind of value the build refuses is refused on saving, with a German message at its field, and nothing is saved', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const eventFile = 'content/events/tagung-2018.yaml';
  // A conference as a draft may come from the importer: a placeholder where the report names no
  // organiser; and a date with day and month swapped.
  const files = contentFiles().map(([path, text]): [string, string] => [
    path,
    path === eventFile
      ? text
          .replace(/^date: (\d{4})-(\d{2})-(\d{2})$/mu, 'date: $1-$3-$2')
          .replace(/^organizer: .*$/mu, 'organizer: "[Bitte ergänzen: Veranstalter]"')
      : text,
  ]);
  const seededEvent = files.find(([path]) => path === eventFile)?.[1] ?? '';
  expect(seededEvent).toMatch(/^date: 2018-15-06$/mu);
  const context = await browser.newContext();
  const { page, watch } = await openEditor(context, async () => {}, files);
  // „Ein Feld enthält einen Fehler. …“, „3 Felder enthalten Fehler. …“
  const refused = page.getByText(/Felde?r? enth(?:ält|alten) (?:einen )?Fehler\. Bitte korrigieren Sie/u);
  const cancel = async () => {
    await page.getByRole('button', { name: 'Bearbeitung abbrechen' }).click();
    const discard = page.getByRole('dialog').getByRole('button', { name: /Verwerfen|Ja|OK/u });
    if (await discard.isVisible()) await discard.click();
  };

  // A date that is no day of the calendar, and placeholders in a choice and in a text.
  await openEntry(page, 'Tagungen', 'Integration im Sozialraum');
  const organizer = field(page, 'Veranstalter');
  await scrollTo(page, organizer);
  // The choice cannot show the placeholder; its hint says what an empty choice means.
  await expect(organizer).toContainText(
    'steht in der Datei noch der Platzhalter „[Bitte ergänzen: Veranstalter]“',
  );
  // A placeholder typed into a text.
  await field(page, 'Zählung').getByRole('textbox').fill('[Bitte ergänzen: Zählung]');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(refused).toBeVisible();
  await expect(field(page, 'Datum')).toContainText('Kein Tag im Kalender.');
  await expect(organizer).toContainText('Hier steht noch ein Platzhalter');
  await expect(field(page, 'Zählung')).toContainText('keinen Platzhalter („[Bitte ergänzen: …]“)');
  expect(await readSaved(page, eventFile)).toBe(seededEvent);
  await cancel();

  // A person without any role.
  await openEntry(page, 'Personen', 'Ulrich Deinet');
  const roles = field(page, 'Funktionen');
  await roles.getByRole('button', { name: 'Entfernen' }).first().click();
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(refused).toBeVisible();
  await expect(roles).toContainText('Dieses Feld ist erforderlich.');
  expect(await readSaved(page, 'content/people/ulrich-deinet.yaml')).toBe(
    readFileSync('content/people/ulrich-deinet.yaml', 'utf8'),
  );
  await cancel();

  // A heading of spaces, and markup in the text that could run in a reader's browser.
  await openEntry(page, 'Abschnitte', 'INTESO – Forschungsdesign und Rückblick', 'tagung-2018');
  await field(page, 'Überschrift').getByRole('textbox').fill('   ');
  const text = page.getByRole('textbox', { name: 'Text des Abschnitts' });
  await scrollTo(page, text);
  // No toolbar: the text is edited as it is written; the field's only button is its options menu.
  const buttons = field(page, 'Text des Abschnitts').getByRole('button');
  expect(await buttons.evaluateAll((all) => all.map((button) => button.getAttribute('aria-label')))).toEqual([
    'Feldoptionen anzeigen',
  ]);
  await text.fill(`${await text.inputValue()}\n<script>alert(1)</script>\n`);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(refused).toBeVisible();
  // The editor takes a heading of spaces for an empty one, as the schema's trim does.
  await expect(field(page, 'Überschrift')).toContainText('Dieses Feld ist erforderlich.');
  await expect(field(page, 'Text des Abschnitts')).toContainText(
    'Auszeichnung, die im Browser laufen könnte',
  );
  expect(await readSaved(page, sectionFile)).toBe(readFileSync(sectionFile, 'utf8'));

  expect(watch.otherHosts).toEqual([]);
  expect(watch.errors).toEqual([]);
  await context.close();
});

test('a conference’s date may be a month and year: „2021-13“ is refused, „2018-06“ saved as it is typed', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const eventFile = 'content/events/tagung-2018.yaml';
  const original = readFileSync(eventFile, 'utf8');
  const context = await browser.newContext();
  const { page, watch } = await openEditor(context);
  await openEntry(page, 'Tagungen', 'Integration im Sozialraum');
  const date = field(page, 'Datum');
  await scrollTo(page, date);
  await expect(date).toContainText('nennt der Bericht nur Monat und Jahr, dann nur diese als JJJJ-MM');
  await date.getByRole('textbox').fill('2021-13');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText(/Feld enthält einen Fehler\. Bitte korrigieren Sie/u)).toBeVisible();
  await expect(date).toContainText('Kein Tag im Kalender. Bitte das Datum als JJJJ-MM-TT');
  expect(await readSaved(page, eventFile)).toBe(original);
  await date.getByRole('textbox').fill('2018-06');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Eintrag gespeichert.')).toBeVisible();
  // Only the date changed, written as typed: a month and year, no day.
  await savedAs(page, eventFile, original.replace(/^date: .*$/mu, 'date: 2018-06'));
  expect(watch.errors).toEqual([]);
  await context.close();
});
