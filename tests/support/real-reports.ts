/**
 * The real reports of `tests/fixtures/real-reports/`: where each is, what its `expected.yaml` says
 * (written by hand from the text), and the sentences of its running text. For a Word file made from a
 * published Markdown text, the sentences come from that text (`quelle.md`), not from the importer's
 * Word reader.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';

export const realReportsDir = resolve('tests/fixtures/real-reports');

export interface RealReport {
  /** Folder name, also the conference's slug in tests. */
  name: string;
  heldOut: boolean;
  /** The file to import. */
  file: string;
  expected: {
    shape: string;
    title: string;
    sections: (string | { number: string; title: string })[];
    speakers: Record<string, string[]>;
    'not-speakers': string[];
    /** The conference's day where the report gives none (`--datum`). */
    datum?: string;
  };
}

/** Every real report, the held-out ones last. */
export function realReports(): RealReport[] {
  const folder = (dir: string, heldOut: boolean) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'held-out')
      .map((entry) => {
        const path = join(dir, entry.name);
        const expected = parse(
          readFileSync(join(path, 'expected.yaml'), 'utf8'),
        ) as RealReport['expected'] & {
          file: string;
        };
        return { name: entry.name, heldOut, file: join(path, expected.file), expected };
      });
  return [...folder(realReportsDir, false), ...folder(join(realReportsDir, 'held-out'), true)];
}

/** The Markdown the report was published as: the fixture itself, or `quelle.md` beside a Word file. */
function publishedMarkdown(report: RealReport): string {
  const source = join(report.file, '..', 'quelle.md');
  return readFileSync(existsSync(source) ? source : report.file, 'utf8');
}

/** The sentences of the report's running text (headings, code and image texts aside). */
export function realSentences(report: RealReport): string[] {
  return readMarkdown(publishedMarkdown(report))
    .flatMap((block) =>
      block.kind === 'heading' || block.kind === 'code' || block.kind === 'dropped' ? [] : [block.text],
    )
    .flatMap(splitSentences);
}

/** The section titles the report should have, in order. */
export function expectedTitles(report: RealReport): string[] {
  return report.expected.sections.map((section) => (typeof section === 'string' ? section : section.title));
}
