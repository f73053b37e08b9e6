/**
 * Scale test: synthetic conferences of 10, 100 and 1,000 section pages, generated into a scratch copy
 * of the project (never into content/), each built and measured. The text is the report's own
 * paragraphs, recombined, plus one numbered sentence per section so every page is distinct.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CONTENT_ROOT, collectionFolder, entryFile, entryIdOf } from '#src/lib/content/collections.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { folderSize, project, scratchProject, serve, timedBuild } from './util.mjs';
import { measureQuery } from './query.mjs';

function reportParagraphs() {
  const dir = join(project, collectionFolder('sections', CONTENT_ROOT), 'tagung-2018');
  return readdirSync(dir)
    .flatMap((name) => (splitFrontMatter(readFileSync(join(dir, name), 'utf8'))?.body ?? '').split(/\n\n+/u))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 80 && !paragraph.startsWith('<'));
}

function writeSyntheticConference(root, pages) {
  const content = join(root, CONTENT_ROOT);
  rmSync(collectionFolder('sections', content), { recursive: true, force: true });
  rmSync(collectionFolder('events', content), { recursive: true, force: true });
  mkdirSync(join(collectionFolder('sections', content), 'skalentest'), { recursive: true });
  mkdirSync(collectionFolder('events', content), { recursive: true });
  writeFileSync(
    entryFile('events', 'skalentest', content),
    [
      'title: Skalentest',
      'reportTitle: Synthetischer Bericht für den Skalentest',
      'slug: skalentest',
      'date: 2018-06-15',
      'organizer: inteso',
      'audience: { count: 100, approximate: true, description: Synthetisch. }',
      'summary: Synthetischer Bericht, nur für die Messung.',
      '',
    ].join('\n'),
  );
  // A register is a folder with one YAML file per entry, named by its id.
  const ids = (register) => readdirSync(collectionFolder(register, content)).map(entryIdOf);
  const people = ids('people');
  // The topics' passages point into the real report, which the synthetic conference replaces.
  const topics = ids('topics');
  for (const topic of topics) {
    const file = entryFile('topics', topic, content);
    const data = parse(readFileSync(file, 'utf8'));
    delete data.passages;
    writeFileSync(file, stringify(data));
  }
  const places = ids('places');
  const paragraphs = reportParagraphs();
  for (let index = 0; index < pages; index += 1) {
    const body = [0, 1, 2, 3].map((offset) => paragraphs[(index * 3 + offset * 7) % paragraphs.length]);
    body.push(`Synthetischer Abschnitt Nummer ${index + 1} von ${pages}, Stichwort skalentest${index + 1}.`);
    writeFileSync(
      entryFile('sections', `skalentest/${String(index).padStart(4, '0')}`, content),
      [
        '---',
        'event: skalentest',
        `order: ${index}`,
        `number: "${index + 1}"`,
        `title: Synthetischer Abschnitt ${index + 1}`,
        `slug: abschnitt-${index + 1}`,
        'kind: guest-talk',
        `description: Synthetischer Abschnitt Nummer ${index + 1}.`,
        `presenters: [${people[index % people.length]}]`,
        `topics: [${topics[index % topics.length]}, ${topics[(index + 5) % topics.length]}]`,
        `places: [${places[index % places.length]}]`,
        '---',
        '',
        body.join('\n\n'),
        '',
      ].join('\n'),
    );
  }
}

export async function scaleTest(sizes, port) {
  const rows = [];
  for (const pages of sizes) {
    const root = scratchProject(`bench-scale-${pages}`);
    writeSyntheticConference(root, pages);
    const dist = join(root, 'dist');
    const buildMs = timedBuild({
      root,
      env: { TAGUNGSDOKU_OUT_DIR: dist, TAGUNGSDOKU_CARD_CACHE: 'off', TAGUNGSDOKU_DOWNLOAD_CACHE: 'off' },
    });
    const htmlPages =
      folderSize(dist).files &&
      readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const index = folderSize(join(dist, 'pagefind'));
    const stop = await serve(dist, port);
    let query;
    try {
      query = await measureQuery(dist, `http://127.0.0.1:${port}`, 'Integration', { repeats: 3 });
    } finally {
      stop();
    }
    rows.push({
      sections: pages,
      pages: htmlPages,
      buildS: (buildMs / 1000).toFixed(1),
      indexBytes: index.bytes,
      indexFiles: index.files,
      queryBytes: query?.bytes ?? null,
      queryColdMs: query?.coldMs ?? null,
    });
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}
