/**
 * `npm run import -- FILE --event SLUG`: reads a report, splits it into sections, proposes register
 * entries, checks everything against the content schemas, and only then writes — first into a
 * temporary folder beside `content/`, then moved into place, so that a failed import leaves nothing
 * behind. Existing content is overwritten only with `force`.
 */
import { conferenceDateProblem } from '#src/lib/conference-date.ts';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, matchesGlob, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { entryId, eventSchema } from '#src/schemas/index.ts';
import { editorImage } from '#src/lib/editor/field-schema.ts';
import {
  collectionFolder,
  contentCollections,
  entryFile,
  entryIdOf,
  type RegisterName,
} from '#src/lib/content/collections.ts';
import { splitFrontMatter } from '#src/lib/content/front-matter.ts';
import { ImportError } from '#src/lib/import/import-error.ts';
import { planImport, type ImportPlan } from '#src/lib/import/plan.ts';
import { readReport } from '#src/lib/import/read-report.ts';
import type { Registers } from '#src/lib/import/register.ts';
import { splitIntoSections } from '#src/lib/import/sections.ts';

export interface ImportRequest {
  /** The report file. */
  file: string;
  /** The new conference's slug. */
  slug: string;
  /** The conference's day (`YYYY-MM-DD`) when the report does not give it. */
  date?: string | undefined;
  /** Overwrite an existing conference of that slug. */
  force?: boolean;
  /** The content folder (default `content`, or `TAGUNGSDOKU_CONTENT`). */
  contentDir: string;
}

/**
 * The register's entries, to match against: its files as the table of the collections names them (one
 * YAML file per entry, named by its id). Each entry as the schema reads it (defaults filled in); an
 * entry the build would refuse is left out.
 */
async function readRegisters(contentDir: string): Promise<Registers> {
  const entries = async <T>(
    register: RegisterName,
    schema: { safeParse: (data: unknown) => { success: boolean; data?: T } },
  ): Promise<Record<string, T>> => {
    const dir = collectionFolder(register, contentDir);
    const { pattern } = contentCollections[register];
    const names = existsSync(dir) ? (await readdir(dir)).filter((name) => matchesGlob(name, pattern)) : [];
    const result: Record<string, T> = {};
    for (const name of names.sort()) {
      const parsed = schema.safeParse(parse(await readFile(join(dir, name), 'utf8')));
      if (parsed.success && parsed.data !== undefined) result[entryIdOf(name)] = parsed.data;
    }
    return result;
  };
  const { people, organizations, places } = contentCollections;
  return {
    people: await entries('people', people.schema()),
    organizations: await entries('organizations', organizations.schema()),
    places: await entries('places', places.schema()),
  };
}

/** Front matter of an MDX file. */
function frontMatter(text: string): unknown {
  return parse(splitFrontMatter(text)?.frontMatter ?? '');
}

/**
 * Every written file must pass the content schemas; a failure here is the importer's own fault. The
 * sections are checked with their media fields (a Word file's pictures become photos), an image
 * being a path here: the build checks the files themselves.
 */
function assertValid(plan: ImportPlan): void {
  const problems: string[] = [];
  const check = (path: string, result: { success: boolean; error?: { message: string } }) => {
    if (!result.success) problems.push(`${path}: ${result.error?.message ?? ''}`);
  };
  check(plan.event.path, eventSchema.safeParse(parse(plan.event.text)));
  const sectionSchema = contentCollections.sections.schema(editorImage);
  for (const file of plan.sections) check(file.path, sectionSchema.safeParse(frontMatter(file.text)));
  for (const file of plan.registers) {
    const register = basename(dirname(file.path)) as RegisterName;
    check(file.path, contentCollections[register].schema().safeParse(parse(file.text)));
  }
  if (problems.length > 0) {
    throw new Error(
      `Der Import hat ungültige Dateien erzeugt (ein Fehler im Import):\n${problems.join('\n')}`,
    );
  }
}

/** Checks the request before anything is read: a valid slug, and no conference of that slug unless forced. */
function checkRequest(request: ImportRequest): void {
  if (!entryId.safeParse(request.slug).success) {
    throw new ImportError(
      `„${request.slug}“ taugt nicht als Kennung der Tagung: ` +
        'nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, etwa „tagung-2019“.',
    );
  }
  const dateProblem = request.date === undefined ? undefined : conferenceDateProblem(request.date);
  if (dateProblem !== undefined) throw new ImportError(`--datum ${dateProblem}`);
  const eventFile = entryFile('events', request.slug, request.contentDir);
  const sectionDir = join(collectionFolder('sections', request.contentDir), request.slug);
  if (!request.force && (existsSync(eventFile) || existsSync(sectionDir))) {
    const which = existsSync(eventFile) ? eventFile : sectionDir;
    throw new ImportError(
      `Eine Tagung „${request.slug}“ gibt es schon (${which}). Bitte eine andere Kennung wählen, oder mit --force überschreiben.`,
    );
  }
}

/** Reads, splits and plans an import without writing anything. */
export async function prepareImport(request: ImportRequest): Promise<ImportPlan> {
  checkRequest(request);
  const blocks = await readReport(request.file);
  const report = splitIntoSections(blocks);
  const registers = await readRegisters(request.contentDir);
  const plan = planImport(report, registers, {
    slug: request.slug,
    date: request.date,
    sourceName: basename(request.file),
    contentDir: relative(process.cwd(), request.contentDir) || '.',
  });
  assertValid(plan);
  return plan;
}

/** Moves a file or folder into place; a folder that is there already (`bilder/`) gets the files one by one. */
async function moveInto(from: string, to: string): Promise<void> {
  if (existsSync(to) && (await stat(from)).isDirectory()) {
    for (const name of await readdir(from)) await moveInto(join(from, name), join(to, name));
  } else await rename(from, to);
}

/**
 * Writes a plan: into a temporary folder first, then each file moved into place. With `force`, the
 * conference's earlier section files and review list are replaced; the team's slides, photos and
 * recordings beside them (`material/`, `bilder/` …) stay.
 */
export async function writePlan(plan: ImportPlan, request: ImportRequest): Promise<void> {
  const files = [plan.event, ...plan.sections, plan.reviewFile, ...plan.registers];
  const temporary = await mkdtemp(join(request.contentDir, '.import-'));
  try {
    for (const file of files) {
      const target = join(temporary, relative(request.contentDir, resolve(file.path)));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.text);
    }
    for (const asset of plan.assets) {
      const target = join(temporary, relative(request.contentDir, resolve(asset.path)));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, asset.bytes);
    }
    const sectionDir = join(collectionFolder('sections', request.contentDir), request.slug);
    const newSections = join(collectionFolder('sections', temporary), request.slug);
    if (request.force && existsSync(sectionDir)) {
      for (const name of await readdir(sectionDir))
        if (name.endsWith('.mdx') || name === 'PRUEFEN.md') await rm(join(sectionDir, name), { force: true });
      for (const name of await readdir(newSections))
        await moveInto(join(newSections, name), join(sectionDir, name));
    } else {
      await mkdir(collectionFolder('sections', request.contentDir), { recursive: true });
      await rename(newSections, sectionDir);
    }
    if (request.force) await rm(entryFile('events', request.slug, request.contentDir), { force: true });
    await mkdir(collectionFolder('events', request.contentDir), { recursive: true });
    for (const file of [plan.event, ...plan.registers]) {
      const relativePath = relative(request.contentDir, resolve(file.path));
      await mkdir(dirname(join(request.contentDir, relativePath)), { recursive: true });
      await rename(join(temporary, relativePath), join(request.contentDir, relativePath));
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** The whole import: prepare, then write. */
export async function importReport(request: ImportRequest): Promise<ImportPlan> {
  const plan = await prepareImport(request);
  await writePlan(plan, request);
  return plan;
}
