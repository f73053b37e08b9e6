#!/usr/bin/env node
/**
 * How well the importer finds who spoke, on real reports written elsewhere (tests/fixtures/speakers/,
 * see its README):
 *
 *   npm run speaker-figures
 *
 * Prints per report: speakers found, missed, and wrongly made (person files for names that did not
 * speak; „Phrasen“ are those that are no person of the report at all), from each `expected.yaml`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { figuresOfMarkdown, type ExpectedSpeakers } from '#src/lib/import/speakers/figures.ts';

const root = resolve('tests/fixtures/speakers');
const rows: string[] = [];
for (const group of ['tuned', 'held-out']) {
  const total = { speakers: 0, found: 0, wrong: 0, phrases: 0 };
  for (const name of readdirSync(join(root, group)).sort()) {
    const dir = join(root, group, name);
    if (!existsSync(join(dir, 'expected.yaml'))) continue;
    const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as ExpectedSpeakers;
    const figures = figuresOfMarkdown(readFileSync(join(dir, 'report.md'), 'utf8'), expected);
    total.speakers += expected.speakers.length;
    total.found += figures.found.length;
    total.wrong += figures.wronglyMade.length;
    total.phrases += figures.phrases.length;
    const list = (names: string[]) => (names.length > 0 ? ` (${names.join(', ')})` : '');
    rows.push(
      `${group}/${name}: ${figures.found.length}/${expected.speakers.length} gefunden; ` +
        `verpasst ${figures.missed.length}${list(figures.missed)}; ` +
        `fälschlich angelegt ${figures.wronglyMade.length}${list(figures.wronglyMade)}, davon Phrasen ${figures.phrases.length}`,
    );
  }
  const share = Math.round((100 * total.found) / Math.max(total.speakers, 1));
  rows.push(
    `${group} insgesamt: ${total.found}/${total.speakers} gefunden (${share} %), ` +
      `fälschlich angelegt ${total.wrong}, Phrasen als Person ${total.phrases}`,
    '',
  );
}
console.log(rows.join('\n'));
