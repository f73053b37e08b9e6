/**
 * Each section's record of its published passages: `content/passages/<conference>/<slug>.yaml`
 * (`passageRecordFile`), every passage id the section ever gave with the text it has, passages since
 * removed included. The build matches the text against it (`passage-matching.ts`), so an id keeps its
 * passage whatever the editor inserts, deletes or moves; `npm run manifest` writes it afresh
 * (`refreshPassageRecords`).
 * Node only (it reads files); the matching itself is pure.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse, stringify } from 'yaml';
import type { RecordedPassage } from '#src/lib/content/passage-matching.ts';
import { PASSAGE_KINDS, type Passage } from '#src/lib/content/passages.ts';
import { collectionFolder, contentRoot, passageRecordFile } from '#src/lib/content/collections.ts';
import { passagesOf, readSectionDocument } from '#src/lib/content/document.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';

/** A record as its file holds it. */
interface RecordFile {
  passages?: { id?: unknown; text?: unknown; removed?: unknown }[];
}

/** The passages of a record file; none when the section has no record yet. */
export function readPassageRecord(file: string): RecordedPassage[] {
  if (!existsSync(file)) return [];
  const data = (parse(readFileSync(file, 'utf8')) ?? {}) as RecordFile;
  return (data.passages ?? []).flatMap((entry) =>
    typeof entry.id === 'string' && typeof entry.text === 'string' ? [{ id: entry.id, text: entry.text }] : [],
  );
}

const kindOrder = Object.keys(PASSAGE_KINDS);

/** Ids by kind in the vocabulary's order (`absatz` first), then by number. */
function compareIds(a: string, b: string): number {
  const [kindA = '', numberA = '0'] = a.split('-');
  const [kindB = '', numberB = '0'] = b.split('-');
  return kindOrder.indexOf(kindA) - kindOrder.indexOf(kindB) || Number(numberA) - Number(numberB);
}

/** A recorded passage, with `removed: true` where the text no longer has it. */
export interface RecordEntry extends RecordedPassage {
  removed?: true;
}

/**
 * The record after a build of `passages` (the section's passages as it gave them): each passage with
 * its text as it is now, the new ones added, the removed ones kept (marked), so that their ids are
 * never given again and come back to their text should it return. In id order, for short diffs.
 */
export function updatedRecord(record: readonly RecordedPassage[], passages: readonly Passage[]): RecordEntry[] {
  const now = new Map(passages.map((passage) => [passage.id, passage.text]));
  const entries: RecordEntry[] = passages.map(({ id, text }) => ({ id, text }));
  for (const recorded of record) {
    if (!now.has(recorded.id)) entries.push({ id: recorded.id, text: recorded.text, removed: true });
  }
  return entries.sort((a, b) => compareIds(a.id, b.id));
}

/** The text of a record file. */
export function passageRecordYaml(entries: readonly RecordEntry[]): string {
  const header = [
    '# Die veröffentlichten Passagen dieses Abschnitts: jede Id (#absatz-3) mit ihrem Text.',
    '# Der Bau gibt jedem Absatz die Id, deren Text er hat, damit Links auf ihn halten.',
    '# Geschrieben von `npm run manifest` (docs/addresses.md); bitte nicht von Hand ändern.',
  ];
  return `${header.join('\n')}\n${stringify({ passages: entries }, { lineWidth: 0 })}`;
}

/** The record of the section whose MDX file is `sectionFile`, by its front matter's `event` and `slug`. */
export function recordOfSectionFile(sectionFile: string, root: string = contentRoot()): string | undefined {
  const parts = existsSync(sectionFile) ? splitFrontMatter(readFileSync(sectionFile, 'utf8')) : undefined;
  if (parts === undefined) return undefined;
  const data = (parse(parts.frontMatter) ?? {}) as { event?: unknown; slug?: unknown };
  return typeof data.event === 'string' && typeof data.slug === 'string'
    ? passageRecordFile(data.event, data.slug, root)
    : undefined;
}

/**
 * Writes every section's record afresh from its text (`updatedRecord`): for `npm run manifest`, after a
 * build whose ids are published. Returns the record files that changed.
 */
export function refreshPassageRecords(root: string = contentRoot()): string[] {
  const folder = collectionFolder('sections', root);
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  const changed: string[] = [];
  for (const file of files.sort()) {
    const path = `${folder}/${file.split('\\').join('/')}`;
    const raw = readFileSync(path, 'utf8');
    const parts = splitFrontMatter(raw);
    const recordFile = recordOfSectionFile(path, root);
    if (parts === undefined || recordFile === undefined) continue;
    const record = readPassageRecord(recordFile);
    const { blocks } = readSectionDocument(raw, parts.body, path, record);
    const text = passageRecordYaml(updatedRecord(record, passagesOf(blocks)));
    if (existsSync(recordFile) && readFileSync(recordFile, 'utf8') === text) continue;
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, text);
    changed.push(recordFile);
  }
  return changed;
}
