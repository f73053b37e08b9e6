/**
 * The content check before a build: every content file read as the table of the collections names it
 * (`collections.ts`), checked against its schema, every date against the calendar, and all of them
 * together by the integrity check (`integrity.ts`: references, duplicates, key passages, and in a
 * publication placeholders), with the Impressum (`src/lib/legal/site-info.ts`). It gives every problem
 * of the content at once, each in German with the file, the field by its label in the editor
 * (`field-labels.ts`) and what to do, so that one build says all that is to fix. The Astro config runs
 * it before Astro loads the collections (whose own messages are English, one entry at a time).
 * Plain Node: the YAML is read by the `yaml` package, which keeps a date as it is written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import {
  collectionFolder,
  contentCollections,
  contentFile,
  entryIdOf,
  passageRecordFile,
  type CollectionName,
} from '#src/lib/content/collections.ts';
import { readPassageRecord } from '#src/lib/content/passage-record.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { passagesOf, readSectionDocument } from '#src/lib/content/document.ts';
import { findUnsafeMarkupInFile } from '#src/lib/content/safe-content.ts';
import {
  PLACEHOLDER_HINT,
  findContentProblems,
  type ContentEntry,
  type ContentProblem,
  type ContentSet,
} from '#src/lib/content/integrity.ts';
import { fieldLabel, parseFieldPath, type FieldPath } from '#src/lib/content/field-labels.ts';
import { dateProblem, issueMessage } from '#src/lib/content/schema-messages.ts';
import { editorImage, fieldSchemaOf, typeOf, valueSchema, type FieldSchema } from '#src/lib/editor/field-schema.ts';
import { siteInfoSchema } from '#src/schemas/site.ts';
import { findPlaceholders } from '#src/lib/draft.ts';
import { impressumProblems } from '#src/lib/legal/site-info.ts';

/** A problem of the content, ready to be shown: the field by its editor label. */
export interface LabelledProblem extends ContentProblem {
  /** The field as the editor names it: `Funktionen › Funktion 1 › Institution`; empty for the whole file. */
  label: string;
}

/** A content file read: its path from the project, the data of its YAML, and an MDX file's text. */
interface ReadFile {
  filePath: string;
  id: string;
  data: unknown;
  body?: string;
  raw: string;
}

/** The files of a collection below `root`, sorted by path. */
function filesOf(name: CollectionName, root: string): ReadFile[] {
  const folder = collectionFolder(name, root);
  const { pattern } = contentCollections[name];
  let paths: string[];
  try {
    paths = readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((path) => path.split('\\').join('/'));
  } catch {
    return [];
  }
  return paths
    .filter((path) => matchesGlob(path, pattern))
    .sort()
    .map((path) => {
      const filePath = `${folder}/${path}`;
      const raw = readFileSync(join(folder, path), 'utf8');
      if (contentCollections[name].format !== 'mdx') return { filePath, id: entryIdOf(path), raw, data: parse(raw) };
      const parts = splitFrontMatter(raw);
      return { filePath, id: entryIdOf(path), raw, data: parse(parts?.frontMatter ?? ''), body: parts?.body ?? raw };
    });
}

/** The value at `path` in `data`. */
function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const step of path) value = (value as Record<string | number, unknown> | null | undefined)?.[step];
  return value;
}

/** The schema node at `path` (for its `.meta()`). */
function nodeAt(schema: FieldSchema, path: FieldPath): FieldSchema | undefined {
  let node: FieldSchema | undefined = schema;
  for (const step of path) {
    const value: FieldSchema | undefined = node === undefined ? undefined : valueSchema(node);
    node = typeof step === 'number' ? value?.items : value?.properties?.[step];
  }
  return node === undefined ? undefined : valueSchema(node);
}

/** Every date the file writes that is no day of the calendar (the schema would take 2018-15-06 as 2019-03-06). */
function dateProblems(node: FieldSchema, value: unknown, path: FieldPath = []): [FieldPath, string][] {
  const schema = valueSchema(node);
  if (value === undefined || value === null) return [];
  if (schema.format === 'date') {
    const problem = dateProblem(value);
    return problem === undefined ? [] : [[path, problem]];
  }
  if (typeOf(schema) === 'array' && Array.isArray(value))
    return value.flatMap((item, index) => dateProblems(schema.items ?? {}, item, [...path, index]));
  if (typeOf(schema) === 'object' && typeof value === 'object') {
    return Object.entries(schema.properties ?? {}).flatMap(([key, child]) =>
      dateProblems(child, (value as Record<string, unknown>)[key], [...path, key]),
    );
  }
  return [];
}

/** A file checked against its schema: its problems, and its data with the schema's defaults when it passed. */
function checkFile(file: ReadFile, schema: z.ZodType): { problems: LabelledProblem[]; data?: unknown } {
  const json = fieldSchemaOf(schema);
  const problem = (path: FieldPath, message: string): LabelledProblem => ({
    filePath: file.filePath,
    field: path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./u, ''),
    label: fieldLabel(json, path),
    message,
  });
  const dates = dateProblems(json, file.data).map(([path, message]) => problem(path, message));
  const result = schema.safeParse(file.data ?? {}, { reportInput: true });
  const issues = result.success
    ? []
    : result.error.issues
        .map((issue) => ({ issue, path: issue.path.filter((step) => typeof step !== 'symbol') }))
        .filter(({ path }) => !dates.some((date) => date.field === problem(path, '').field))
        .map(({ issue, path }) => problem(path, issueMessage(issue, nodeAt(json, path), valueAt(file.data, path))));
  const problems = [...dates, ...issues];
  return problems.length === 0 && result.success ? { problems, data: result.data } : { problems };
}

/** What the check needs to know about the build. */
export interface ContentCheckOptions {
  /** A draft build: placeholders and an incomplete Impressum stand (`src/lib/draft.ts`). */
  draft: boolean;
}

/** Every problem of the content below `root`, in the order of the files, each with its field's label. */
export function checkContent(root: string, { draft }: ContentCheckOptions): LabelledProblem[] {
  const problems: LabelledProblem[] = [];
  const labels = new Map<string, FieldSchema>();
  const entries = {} as Record<CollectionName, ContentEntry<unknown>[]>;
  const failed = {} as Record<CollectionName, string[]>;
  const raw = {} as Record<CollectionName, ReadFile[]>;
  for (const name of Object.keys(contentCollections) as CollectionName[]) {
    const schema = contentCollections[name].schema(editorImage);
    entries[name] = [];
    failed[name] = [];
    raw[name] = filesOf(name, root);
    for (const file of raw[name]) {
      labels.set(file.filePath, fieldSchemaOf(schema));
      const checked = checkFile(file, schema);
      problems.push(...checked.problems);
      if (checked.data === undefined) {
        failed[name].push(file.id);
        continue;
      }
      const text = sectionText(file, checked.data, root, problems);
      entries[name].push({ id: file.id, filePath: file.filePath, data: checked.data, ...text });
    }
  }
  const siteFile = contentFile('site', root);
  labels.set(siteFile, fieldSchemaOf(siteInfoSchema));
  problems.push(...siteProblems(siteFile, draft));
  const eventSlugs = new Map(raw.events.map((file) => [file.id, String(fieldOf(file, 'slug') ?? file.id)]));
  // Topics name a section by its address: those of the sections that failed their schema.
  const failedSections = raw.sections
    .filter((file) => failed.sections.includes(file.id))
    .map((file) => `${eventSlugs.get(String(fieldOf(file, 'event'))) ?? ''}/${String(fieldOf(file, 'slug'))}`);
  if (!draft) problems.push(...placeholdersOfFailed(raw, failed, labels));
  const integrity = findContentProblems(entries as unknown as ContentSet, {
    draft,
    knownIds: { ...failed, sections: failedSections },
  });
  for (const found of integrity) {
    const schema = labels.get(found.filePath);
    const label = schema === undefined ? found.field : fieldLabel(schema, parseFieldPath(found.field));
    const text = /^text \(Zeile (\d+)/u.exec(found.field);
    problems.push({ ...found, label: text ? `Text des Abschnitts, Zeile ${text[1]} unter den Feldern` : label });
  }
  // By file, in the order the files were read; within a file, in the order found.
  return problems.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/** A top-level field of a file as written. */
function fieldOf(file: ReadFile, field: string): unknown {
  return (file.data as Record<string, unknown> | null | undefined)?.[field];
}

/** Placeholders in the files that failed their schema (the integrity check sees only the others). */
function placeholdersOfFailed(
  raw: Record<CollectionName, ReadFile[]>,
  failed: Record<CollectionName, string[]>,
  labels: ReadonlyMap<string, FieldSchema>,
): LabelledProblem[] {
  return (Object.keys(raw) as CollectionName[]).flatMap((name) =>
    raw[name]
      .filter((file) => failed[name].includes(file.id))
      .flatMap((file) =>
        findPlaceholders(file.data).map((found) => ({
          filePath: file.filePath,
          field: found.field,
          label: fieldLabel(labels.get(file.filePath) ?? {}, parseFieldPath(found.field)),
          message: `„${found.text}“ ${PLACEHOLDER_HINT}`,
        })),
      ),
  );
}

/** A problem of a section's text, at its line of the file. */
function textProblem(file: ReadFile, line: number | undefined, message: string): LabelledProblem {
  const where = line === undefined ? '' : `, Zeile ${line}`;
  return { filePath: file.filePath, field: 'text', label: `Text des Abschnitts${where}`, message };
}

/**
 * A section's text and passages (for the topics' key passages). Markup that could run in a reader's
 * browser (`safe-content.ts`) and markup the downloads cannot show (`document.ts`) are problems.
 */
function sectionText(file: ReadFile, data: unknown, root: string, problems: LabelledProblem[]) {
  if (file.body === undefined) return {};
  const { event, slug } = data as { event: string; slug: string };
  const unsafe = findUnsafeMarkupInFile(file.filePath, file.raw);
  problems.push(...unsafe.map((found) => textProblem(file, found.line, found.message)));
  if (unsafe.length > 0) return { body: file.body };
  try {
    // The ids the pages give, matched against the section's record of published passages.
    const record = readPassageRecord(passageRecordFile(event, slug, root));
    const { blocks, removed } = readSectionDocument(file.raw, file.body, file.filePath, record);
    return {
      body: file.body,
      passageIds: passagesOf(blocks).map((passage) => passage.id),
      removedPassageIds: removed.map((passage) => passage.id),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = new RegExp(`^${file.filePath.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:(\\d+): `, 'u').exec(message);
    problems.push(textProblem(file, at ? Number(at[1]) : undefined, message.slice(at?.[0].length ?? 0)));
    return { body: file.body };
  }
}

/** `content/site.yaml` against its schema, and in a publication the Impressum complete. */
function siteProblems(filePath: string, draft: boolean): LabelledProblem[] {
  let raw: string;
  try {
    raw = readFileSync(filePath, 'utf8');
  } catch {
    raw = '';
  }
  const file: ReadFile = { filePath, id: 'site', raw, data: parse(raw) ?? {} };
  const checked = checkFile(file, siteInfoSchema);
  if (checked.data === undefined || draft) return checked.problems;
  return impressumProblems(checked.data as z.infer<typeof siteInfoSchema>).map((message) => ({
    filePath,
    field: '',
    label: '',
    message,
  }));
}

/** One problem as a line: `…/people/ulrich-deinet.yaml, Feld „Funktionen“: Die Liste ist leer. …`. */
export function formatLabelledProblem(problem: LabelledProblem): string {
  return `${problem.filePath}${problem.label ? `, Feld „${problem.label}“` : ''}: ${problem.message}`;
}

/** The build's message for the team: every problem in one list, and where to fix them. */
export function contentReport(problems: readonly LabelledProblem[]): string {
  const count = problems.length === 1 ? 'ein Problem' : `${problems.length} Probleme`;
  return [
    `Der Inhalt hat ${count}; die Website wurde nicht gebaut:`,
    ...problems.map((problem) => `  - ${formatLabelledProblem(problem)}`),
    'Bitte in der Redaktion (/admin/) oder in der genannten Datei berichtigen und neu bauen.',
  ].join('\n');
}
