/**
 * Running the importer as the team does (`npm run import -- FILE --event SLUG`) on a copy of the
 * content, and what tests need to hold its result against the source: the source's sentences, its
 * headings and the presenters a report names; and a made-up report as the importer reads it, for the
 * tests of the plan an import writes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';
import type { SourceBlock } from '#src/lib/import/blocks.ts';
import type { ImportedReport, ImportedSection } from '#src/lib/import/sections.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { parseSourceText } from '#src/lib/import/source-text.ts';

export const seedReport = resolve('tests/fixtures/tagung-2018-bericht.txt');
export const ownReport = resolve('tests/fixtures/import/fachtag-2019.md');

export interface ImportRun {
  status: number | null;
  /** What the command printed (stdout and stderr). */
  output: string;
}

/** Runs `npm run import` with the given arguments, writing into `contentDir`. */
export function runImport(args: readonly string[], contentDir: string): ImportRun {
  const result = spawnSync('npm', ['run', '--silent', 'import', '--', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TAGUNGSDOKU_CONTENT: contentDir, NO_COLOR: '1' },
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A fresh copy of the project's content in a temporary folder. */
export function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tagungsdoku-import-'));
  cpSync(resolve('content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** Writes bytes to a file of the given name in a fresh temporary folder; returns its path. */
export function tempFile(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tagungsdoku-input-'));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The blocks of a source report: the seed as extracted text, the own report as Markdown. */
export function sourceBlocks(path: string): SourceBlock[] {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.md') ? readMarkdown(text) : parseSourceText(text);
}

/** Every sentence of a report's running text (headings aside), as `splitSentences` counts them. */
export function sourceSentences(blocks: readonly SourceBlock[]): string[] {
  return blocks.filter((block) => block.kind !== 'heading').flatMap((block) => splitSentences(block.text));
}

/** The numbered headings of a report: `2.1 Online-Befragung`. */
export function numberedHeadings(blocks: readonly SourceBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'heading' && block.number ? [`${block.number} ${block.text}`] : [],
  );
}

/** A made-up report, „Fachtag „Wohnen im Quartier““, as the importer reads it, with the given sections. */
export function madeUpReport(...sections: ImportedSection[]): ImportedReport {
  return { title: 'Fachtag „Wohnen im Quartier“', sections };
}

/** A report's opening text of one paragraph: the section before its first heading, „Einleitung“. */
export function openingSection(text: string): ImportedSection {
  return { number: undefined, title: 'Einleitung', blocks: [{ kind: 'paragraph', text }] };
}
