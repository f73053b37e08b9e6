/**
 * What an import writes, decided without touching the disk: the conference file, one MDX file per
 * section, the new register entries, and the review list of every guess with its file and line. Pure,
 * so that it is unit-tested on plain input; `import-report.ts` puts the files in place. The steps:
 * the sections (`plan-section.ts`), the conference (`plan-event.ts`), the proposed register entries
 * (`proposals.ts`), and the review list, whose notes get their lines once the files' text is known
 * (`review.ts`).
 */
import { collectionFolder, contentCollections, entryFile } from '#src/lib/content/collections.ts';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import { editorYaml } from '#src/lib/editor/yaml-style.ts';
import { containsPlaceholder } from '#src/lib/draft.ts';
import { planEvent } from '#src/lib/import/plan-event.ts';
import { planSection, type PlannedAsset, type PlannedSection } from '#src/lib/import/plan-section.ts';
import { RegisterProposals } from '#src/lib/import/proposals.ts';
import type { Registers } from '#src/lib/import/register.ts';
import { locateNotes, type ReviewItem, type ReviewNote } from '#src/lib/import/review.ts';
import type { ImportedReport } from '#src/lib/import/sections.ts';
import { escapeMdx } from '#src/lib/import/inline.ts';
import { collapseWhitespace } from '#src/lib/import/source-text.ts';

export { escapeMdx } from '#src/lib/import/inline.ts';
export { sectionBody } from '#src/lib/import/mdx-body.ts';
export {
  findAudience,
  findDate,
  findMonthDate,
  findOrganizerPhrase,
  sentencesOf,
} from '#src/lib/import/plan-event.ts';
export { guessKind } from '#src/lib/import/plan-section.ts';
export type { ReviewItem } from '#src/lib/import/review.ts';

export interface ImportOptions {
  /** The conference's slug (`--event`). */
  slug: string;
  /** The conference's day as `YYYY-MM-DD`, when the report does not say it or says it differently. */
  date?: string | undefined;
  /** The file name the report came from, for the notes. */
  sourceName: string;
  /** Where content lives, as the written paths should show it (`content`). */
  contentDir: string;
}

/** A file to write: its path relative to the project, and its text. */
export interface PlannedFile {
  path: string;
  text: string;
}

export interface ImportPlan {
  event: PlannedFile;
  sections: PlannedFile[];
  /** Pictures from a Word file, beside their sections (`bilder/`). */
  assets: PlannedAsset[];
  /** One file per new register entry (`content/people/<id>.yaml`). */
  registers: PlannedFile[];
  review: ReviewItem[];
  /** The review list as Markdown, written beside the sections. */
  reviewFile: PlannedFile;
  /** Figures for the summary: sections, sentences, people matched and new, … */
  figures: ImportFigures;
}

export interface ImportFigures {
  sections: number;
  sentences: number;
  presentersMatched: string[];
  presentersNew: string[];
  organizationsNew: string[];
  placesNew: string[];
  placeholders: number;
}

/** Step 1: the sections, in the report's order. */
function planSections(
  report: ImportedReport,
  registers: Registers,
  proposals: RegisterProposals,
  options: ImportOptions,
): PlannedSection[] {
  const takenSlugs = new Set<string>();
  return report.sections.map((section, order) =>
    planSection({
      section,
      order,
      slug: options.slug,
      contentDir: options.contentDir,
      hasChildren: report.sections.some(
        (other) => section.number !== undefined && other.number?.startsWith(`${section.number}.`),
      ),
      takenSlugs,
      registers,
      proposals,
    }),
  );
}

/** Notes on how the report was divided: one section for a report without headings, subheadings kept. */
function structureNotes(report: ImportedReport, sections: readonly PlannedSection[]): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const [only] = sections;
  if (report.unstructured && only)
    notes.push({
      file: only.path,
      field: 'title',
      note:
        'Der Bericht hat keine Überschriften: er steht als ein Abschnitt da. Wenn er mehrere Beiträge ' +
        'wiedergibt, teilen Sie ihn in mehrere Abschnitt-Dateien (je Beitrag eine) und geben Sie jedem Titel und Art',
      placeholder: false,
    });
  report.sections.forEach((section, index) => {
    for (const block of section.blocks) {
      if (block.kind !== 'subheading') continue;
      notes.push({
        file: sections[index]?.path ?? '',
        field: 'body',
        value: `# ${escapeMdx(block.text)}`,
        note:
          `Überschrift „${block.text}“ ist Zwischenüberschrift im Abschnitt (tiefer als die ` +
          'Abschnittsüberschriften); soll sie ein eigener Abschnitt sein, die Datei teilen',
        placeholder: false,
      });
    }
  });
  return notes;
}

/** Step 3: one file per new register entry, named by its id; its note points at the file as a whole. */
function planRegisterFiles(proposals: RegisterProposals, contentDir: string) {
  const files: PlannedFile[] = [];
  const notes: ReviewNote[] = [];
  const ids: Record<keyof Registers, string[]> = { people: [], organizations: [], places: [] };
  const labels = { people: 'Neue Person', organizations: 'Neue Institution', places: 'Neuer Ort' };
  for (const name of ['people', 'organizations', 'places'] as const) {
    const node = fieldSchemaOf(contentCollections[name].schema());
    for (const [id, data] of proposals[name]) {
      const path = entryFile(name, id, contentDir);
      files.push({ path, text: editorYaml(data, node) });
      ids[name].push(id);
      notes.push({
        file: path,
        field: 'file',
        note: `${labels[name]} ${id}: ${proposals.notes.get(`${name}:${id}`) ?? ''}`,
        placeholder: containsPlaceholder(JSON.stringify(data)),
      });
    }
  }
  return { files, notes, ids };
}

/** Decides everything an import writes. */
export function planImport(report: ImportedReport, registers: Registers, options: ImportOptions): ImportPlan {
  const { slug, contentDir } = options;
  const proposals = new RegisterProposals(registers);
  const sections = planSections(report, registers, proposals, options);
  const event = planEvent({ report, slug, date: options.date, contentDir, proposals });
  const registerFiles = planRegisterFiles(proposals, contentDir);
  // Step 4: the review list, its lines read from the files as they will be written.
  const files = new Map<string, string>([
    [event.path, event.text],
    ...sections.map((section): [string, string] => [section.path, section.text]),
    ...registerFiles.files.map((file): [string, string] => [file.path, file.text]),
  ]);
  const review = locateNotes(
    [
      ...event.notes,
      ...structureNotes(report, sections),
      ...sections.flatMap((section) => section.notes),
      ...registerFiles.notes,
    ],
    files,
  );
  const presenters = sections.flatMap((section) => section.presenters);
  const figures: ImportFigures = {
    sections: report.sections.length,
    sentences: sections.reduce((sum, section) => sum + section.sentences, 0),
    presentersMatched: presenters.filter((entry) => entry.matched).map((entry) => entry.id),
    presentersNew: presenters.filter((entry) => !entry.matched).map((entry) => entry.id),
    organizationsNew: registerFiles.ids.organizations,
    placesNew: registerFiles.ids.places,
    placeholders: review.filter((item) => item.placeholder).length,
  };
  return {
    event: { path: event.path, text: event.text },
    sections: sections.map(({ path, text }) => ({ path, text })),
    assets: sections.flatMap((section) => section.assets),
    registers: registerFiles.files,
    review,
    reviewFile: {
      path: `${collectionFolder('sections', contentDir)}/${slug}/PRUEFEN.md`,
      text: reviewMarkdown(review, options, figures),
    },
    figures,
  };
}

/** „Referierende: 8 Personen im Register gefunden (11 Abschnitte), 0 neu angelegt.“ */
export function presenterSummary(figures: ImportFigures): string {
  const matched = new Set(figures.presentersMatched).size;
  const proposed = new Set(figures.presentersNew).size;
  return (
    `Referierende: ${matched} ${matched === 1 ? 'Person' : 'Personen'} im Register gefunden ` +
    `(in ${figures.presentersMatched.length} Zuordnungen), ${proposed} neu angelegt.`
  );
}

/**
 * Where the team's slides, photos and recordings go: a report brings none, and the import invents
 * none (its files are checked against the schemas without them), so the review list and the printed
 * summary point to the guide.
 */
export function materialsHint(sectionDir: string): string {
  return (
    'Folien, Fotos und Aufzeichnungen liest der Import nicht ein. Wer welche hat, legt die Dateien neben die Abschnitte ' +
    `(etwa ${sectionDir}material/ und ${sectionDir}bilder/) und trägt sie im Abschnitt unter „Material“, „Fotos“ ` +
    'und „Aufzeichnung“ ein, auch in der Redaktion unter /admin/: siehe docs/material-fotos-aufzeichnungen.md.'
  );
}

/** The review list as a Markdown file for the team. */
export function reviewMarkdown(
  review: readonly ReviewItem[],
  options: ImportOptions,
  figures: ImportFigures,
): string {
  const open = review.filter((item) => item.placeholder);
  const guesses = review.filter((item) => !item.placeholder);
  const line = (item: ReviewItem) =>
    `- ${item.file}${item.line === undefined ? '' : `:${item.line}`} — ${collapseWhitespace(item.note)}`;
  return [
    `# Zu prüfen: Import von „${options.sourceName}“ als „${options.slug}“`,
    '',
    `${figures.sections} Abschnitte, ${figures.sentences} Sätze. ${presenterSummary(figures)}`,
    '',
    'Diese Datei wird nicht veröffentlicht. Jede Zeile nennt die Datei und die Zeile, in der die Angabe steht.',
    '',
    `## Noch auszufüllen (${open.length})`,
    '',
    'Eine Veröffentlichung (Build mit SITE) lehnt diese Platzhalter ab; ein Entwurf zeigt sie an.',
    '',
    ...(open.length > 0 ? open.map(line) : ['- nichts']),
    '',
    `## Vom Import erraten (${guesses.length})`,
    '',
    ...guesses.map(line),
    '',
    '## Folien, Fotos und Aufzeichnungen',
    '',
    materialsHint(`${collectionFolder('sections', options.contentDir)}/${options.slug}/`),
    '',
  ].join('\n');
}
