#!/usr/bin/env node
/**
 * Brings a conference report in as a draft that builds at once (see docs/neuer-tagungsbericht.md):
 *
 *   npm run import -- BERICHT.docx --event tagung-2019 [--datum 2019-06-14 | --datum 2021-09] [--force]
 *
 * Reads .docx, .pdf, .txt (as extracted from a PDF) and .md; writes content/events/<slug>.yaml, one MDX
 * file per section in content/sections/<slug>/, new register entries, and the review list
 * content/sections/SLUG/PRUEFEN.md, which it also prints. Writes into TAGUNGSDOKU_CONTENT when set.
 * Run by the Node of the project's devDependencies, which runs TypeScript as it is.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '#src/lib/content/collections.ts';
import { ImportError } from '#src/lib/import/import-error.ts';
import { importReport } from '#src/lib/import/import-report.ts';
import { presenterSummary } from '#src/lib/import/plan.ts';

const usage = 'Aufruf: npm run import -- DATEI --event KENNUNG [--datum JJJJ-MM-TT oder JJJJ-MM] [--force]';

function fail(message: string): never {
  console.error(`Import abgebrochen: ${message}`);
  console.error('Es wurde nichts geschrieben.');
  process.exit(1);
}

let values: { event?: string | undefined; datum?: string | undefined; force?: boolean | undefined };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    options: { event: { type: 'string' }, datum: { type: 'string' }, force: { type: 'boolean' } },
    allowPositionals: true,
  }));
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const [file] = positionals;
if (file === undefined || positionals.length > 1) fail(`bitte genau eine Datei angeben.\n${usage}`);
if (values.event === undefined)
  fail(`bitte mit --event die Kennung der neuen Tagung angeben, etwa --event tagung-2019.\n${usage}`);

try {
  const plan = await importReport({
    file,
    slug: values.event,
    date: values.datum,
    force: values.force ?? false,
    contentDir: resolve(contentRoot()),
  });
  const { figures } = plan;
  console.log(plan.reviewFile.text);
  console.log(
    [
      `Eingelesen: ${figures.sections} Abschnitte, ${figures.sentences} Sätze.`,
      presenterSummary(figures),
      `Neue Institutionen: ${figures.organizationsNew.length}, neue Orte: ${figures.placesNew.length}, ` +
        `offene Platzhalter: ${figures.placeholders}.`,
      `Geschrieben: ${plan.event.path}, ${plan.sections.length} Abschnitte in ${plan.reviewFile.path.replace(/\/PRUEFEN\.md$/u, '/')}` +
        `${plan.registers.length > 0 ? `, ${plan.registers.map((entry) => entry.path).join(', ')}` : ''}.`,
      `Die Liste oben steht auch in ${plan.reviewFile.path}.`,
      plan.assets.length > 0
        ? `Fotos: ${plan.assets.length} Bilder aus der Word-Datei neben die Abschnitte gelegt (bilder/); ` +
          'ihre Beschreibungen stehen in der Prüfliste. Folien und Aufzeichnungen: keine eingelesen; ' +
          'wohin sie gehören, steht in docs/material-fotos-aufzeichnungen.md.'
        : `Folien, Fotos und Aufzeichnungen: keine eingelesen; wohin sie gehören, steht in docs/material-fotos-aufzeichnungen.md.`,
    ].join('\n'),
  );
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
