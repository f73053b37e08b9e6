/**
 * `npm run import` as the team runs it: bad input stops with a German message naming the problem, a
 * non-zero exit and nothing written; existing content is overwritten only with --force. And a report
 * the importer has never seen, as Word and as PDF, comes in with every section, sentence and presenter.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareImport } from '#src/lib/import/import-report.ts';
import type { ImportPlan } from '#src/lib/import/plan.ts';
import { htmlText } from '#src/lib/html.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import {
  contentCopy,
  numberedHeadings,
  ownReport,
  runImport,
  sourceBlocks,
  sourceSentences,
  tempFile,
} from '../support/import.ts';
import {
  markdownToDocx,
  markdownToPdf,
  pdfLayoutText,
  PDF_LINE_BREAKS,
  RUNNING_HEAD,
} from '../support/report-documents.ts';

/** Every file below a folder with a hash of its bytes: what „nothing written“ is checked against. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[full.slice(dir.length)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** A PDF that asks for a password (its security handler's check fails for the empty one). */
function encryptedPdf(): string {
  const bytes = (count: number) => 'ab'.repeat(count);
  return [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    `3 0 obj << /Filter /Standard /V 1 /R 2 /O <${bytes(32)}> /U <${bytes(32)}> /P -4 >> endobj`,
    `trailer << /Root 1 0 R /Encrypt 3 0 R /ID [<${bytes(16)}> <${bytes(16)}>] /Size 4 >>`,
    '%%EOF',
    '',
  ].join('\n');
}

describe('npm run import with bad input', { timeout: 60_000 }, () => {
  const content = contentCopy();
  const before = snapshot(content);
  const refused = (args: string[], message: RegExp) => {
    const run = runImport(args, content);
    expect(run.status, run.output).not.toBe(0);
    expect(run.output).toMatch(message);
    expect(run.output).toContain('Es wurde nichts geschrieben.');
    expect(snapshot(content)).toEqual(before);
  };

  it('an unknown format', () =>
    refused(
      [tempFile('bericht.odt', 'x'), '--event', 'neu'],
      /Das Format von „bericht\.odt“ kann der Import nicht lesen\. Möglich sind Word \(\.docx\), PDF/u,
    ));
  it('an empty file', () =>
    refused([tempFile('bericht.txt', ''), '--event', 'neu'], /Die Datei „bericht\.txt“ ist leer/u));
  it('an encrypted PDF', () =>
    refused(
      [tempFile('bericht.pdf', encryptedPdf()), '--event', 'neu'],
      /Die PDF-Datei „bericht\.pdf“ ist verschlüsselt/u,
    ));
  it('an encrypted Word file', () =>
    refused(
      [
        tempFile('bericht.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
        '--event',
        'neu',
      ],
      /Die Word-Datei „bericht\.docx“ ist verschlüsselt/u,
    ));
  it('a conference that exists', () =>
    refused(
      [ownReport, '--event', 'tagung-2018'],
      /Eine Tagung „tagung-2018“ gibt es schon .*mit --force überschreiben/u,
    ));
  it('a slug that is no id, or no --event', () => {
    refused([ownReport, '--event', 'Tagung 2019'], /„Tagung 2019“ taugt nicht als Kennung der Tagung/u);
    refused([ownReport], /bitte mit --event die Kennung der neuen Tagung angeben/u);
  });

  it('a --datum that is no day and no month of the calendar', () =>
    refused(
      [ownReport, '--event', 'neu', '--datum', '2021-13'],
      /--datum „2021-13“ ist kein Monat im Kalender \(einen Monat 13 gibt es nicht\)\. Bitte das Datum als JJJJ-MM-TT .* oder nur Monat und Jahr als JJJJ-MM/u,
    ));

  it('writes a month and year given by --datum as they are, without a day', () => {
    const copy = contentCopy();
    const run = runImport([ownReport, '--event', 'fachtag-2019', '--datum', '2019-11'], copy);
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(join(copy, 'events', 'fachtag-2019.yaml'), 'utf8')).toMatch(
      /^date: ["']?2019-11["']?$/mu,
    );
  });

  it('overwrites its own import only with --force', () => {
    const copy = contentCopy();
    expect(runImport([ownReport, '--event', 'fachtag-2019'], copy).status).toBe(0);
    const imported = snapshot(copy);
    const again = runImport([ownReport, '--event', 'fachtag-2019'], copy);
    expect(again.status).not.toBe(0);
    expect(snapshot(copy)).toEqual(imported);
    // The team's slides beside the sections stay when the text is imported again.
    const slides = join(copy, 'sections', 'fachtag-2019', 'material', 'folien.pdf');
    mkdirSync(dirname(slides), { recursive: true });
    writeFileSync(slides, '%PDF-1.4 Folien');
    const forced = runImport([ownReport, '--event', 'fachtag-2019', '--force'], copy);
    expect(forced.status, forced.output).toBe(0);
    expect(existsSync(join(copy, 'sections', 'fachtag-2019', '00-einleitung.mdx'))).toBe(true);
    expect(readFileSync(slides, 'utf8')).toBe('%PDF-1.4 Folien');
    // The import says where slides, photos and recordings go, in its output and in the review list.
    expect(forced.output).toContain('Folien, Fotos und Aufzeichnungen: keine eingelesen');
    expect(forced.output).toContain('docs/material-fotos-aufzeichnungen.md');
    const review = readFileSync(join(copy, 'sections', 'fachtag-2019', 'PRUEFEN.md'), 'utf8');
    expect(review).toMatch(
      /## Folien, Fotos und Aufzeichnungen\n\n.*sections\/fachtag-2019\/material\/.*docs\/material-fotos-aufzeichnungen\.md/u,
    );
    expect(existsSync('docs/material-fotos-aufzeichnungen.md')).toBe(true);
  });
});

/** The text of a plan's sections as a reader sees it (MDX escapes resolved, tags gone). */
const planText = (plan: ImportPlan) =>
  plan.sections
    .map((file) => htmlText((splitFrontMatter(file.text)?.body ?? file.text).replace(/\\(.)/gu, '$1')))
    .join('\n');
/** The numbered headings of a plan's sections, read from their front matter. */
const planHeadings = (plan: ImportPlan) =>
  plan.sections.flatMap((file) => {
    const frontMatter = splitFrontMatter(file.text)?.frontMatter ?? '';
    const { number, title } = parse(frontMatter) as { number?: string; title?: string };
    return number ? [`${number} ${title}`] : [];
  });

describe('a report the importer has never seen', { timeout: 60_000 }, () => {
  const blocks = sourceBlocks(ownReport);
  const sentences = sourceSentences(blocks);
  const markdown = readFileSync(ownReport, 'utf8');
  const plans: Record<'docx' | 'pdf', ImportPlan | undefined> = { docx: undefined, pdf: undefined };
  let pdfText = '';

  beforeAll(async () => {
    const content = contentCopy();
    for (const format of ['docx', 'pdf'] as const) {
      const bytes =
        format === 'docx' ? await markdownToDocx(markdown) : await markdownToPdf(markdown, PDF_LINE_BREAKS);
      if (format === 'pdf') pdfText = await pdfLayoutText(bytes);
      const file = tempFile(`fachtag-2019.${format}`, bytes);
      plans[format] = await prepareImport({ file, slug: `fachtag-${format}`, contentDir: content });
    }
    // Typesetting a PDF and reading two files back takes 3 s on a quiet machine, many more on a busy one.
  }, 120_000);

  it('the PDF has running heads, page numbers and both kinds of line-end hyphen in its text layer', () => {
    expect(pdfText.split('\f').length).toBeGreaterThan(2);
    for (const page of pdfText.split('\f')) {
      expect(page).toContain(RUNNING_HEAD);
      expect(page).toMatch(/Seite \d von \d/u);
    }
    expect(pdfText).toMatch(/Begeg-\nnungsorte/u);
    expect(pdfText).toMatch(/Rheinland-\nWestfalen/u);
    expect(pdfText).toMatch(/Haupt-\nund/u);
  });

  it.each(['docx', 'pdf'] as const)('as %s: every section, every sentence, every presenter', (format) => {
    const plan = plans[format];
    if (plan === undefined) throw new Error('no plan');
    expect(planHeadings(plan)).toEqual(numberedHeadings(blocks));
    expect(plan.sections).toHaveLength(numberedHeadings(blocks).length + 1);
    const text = planText(plan);
    expect(sentences.filter((sentence) => !text.includes(sentence))).toEqual([]);
    expect(plan.figures.sentences).toBe(sentences.length);
    // No running head, no page number, no hyphen of a broken word.
    expect(text).not.toContain(RUNNING_HEAD);
    expect(text).not.toMatch(/Seite \d/u);
    expect(new Set(plan.figures.presentersNew)).toEqual(
      new Set(['sabine-krueger-alt', 'miriam-okafor', 'jonas-petersen', 'hannah-lindqvist', 'tom-becker']),
    );
    expect(plan.figures.presentersMatched).toEqual(['ulrich-deinet']);
    // „Moderiert wurde der Fachtag von Aylin Demir …“: she moderated, and is no presenter.
    const closing = plan.sections.find((file) => file.path.endsWith('07-schlusswort.mdx'))?.text;
    expect(closing).toContain('presenters:\n  - ulrich-deinet\nmoderators:\n  - aylin-demir\ninstitutions:');
    expect(plan.review.find((item) => item.note.startsWith('Moderation: aylin-demir'))?.file).toMatch(
      /07-schlusswort\.mdx$/u,
    );
  });
});
