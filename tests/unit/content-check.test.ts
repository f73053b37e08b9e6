/**
 * The content check before the build (src/lib/content/content-check.ts) on broken copies of content/:
 * every problem in one list, each in German with the file, the field by its label in the editor and
 * what to do; a file that fails its schema causes no second message elsewhere. The build tests
 * (tests/build/content-errors.test.ts) run the same breaks through a real `astro build`.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, contentReport, formatLabelledProblem } from '#src/lib/content/content-check.ts';
import { fieldLabel, parseFieldPath } from '#src/lib/content/field-labels.ts';
import { isCalendarDate } from '#src/lib/content/schema-messages.ts';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import { personSchema, topicSchema } from '#src/schemas/index.ts';
import {
  deletedKeyPassage,
  personWithoutRoles,
  placeholderOrganizer,
  swappedDate,
  unknownPerson,
  type ContentBreak,
} from '../support/content-breaks.ts';
import { editContent } from '../support/scratch-build.ts';

const scratch = join('.tmp', 'unit-content-check');

/** The check's lines over a copy of content/ broken by each of `breaks`, with the lines they expect. */
function check(name: string, breaks: readonly ContentBreak[], draft = true) {
  const root = join(scratch, name);
  const content = join(root, 'content');
  rmSync(root, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const expected = breaks.flatMap((breakContent) => breakContent(root, content));
  const problems = checkContent(content, { draft });
  return { problems, lines: problems.map(formatLabelledProblem), expected, content };
}

describe('the content check before the build', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds nothing in the content as it is (a draft)', () => {
    expect(check('unbroken', []).problems).toEqual([]);
  });

  it.each([
    ['a person without roles', personWithoutRoles],
    ['a date with day and month swapped', swappedDate],
    ['a deleted paragraph a topic names as a key passage', deletedKeyPassage],
  ])('names file and field by its editor label for %s, in German', (_case, breakContent) => {
    const { lines, expected } = check(breakContent.name, [breakContent]);
    expect(expected.length).toBe(1);
    for (const line of expected)
      expect(
        lines.some((found) => found.startsWith(line)),
        lines.join('\n'),
      ).toBe(true);
  });

  it('lists every problem of a publication at once: schema, references, placeholders and the Impressum', () => {
    const breaks = [personWithoutRoles, swappedDate, deletedKeyPassage, unknownPerson, placeholderOrganizer];
    const { lines, expected, content } = check('all-at-once', breaks, false);
    for (const line of [...expected.slice(0, 3)])
      expect(lines.some((found) => found.startsWith(line))).toBe(true);
    // The reference and the placeholder: the same problems as the report's check, with the field's label.
    expect(lines).toContainEqual(
      expect.stringMatching(
        /03-forschungsdesign\.mdx, Feld „Vortragende › Eintrag 2“: „anna-unbekannt“ gibt es nicht/u,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /tagung-2018\.yaml, Feld „Veranstalter“: „\[Bitte ergänzen: Veranstalter\]“ ist ein Platzhalter/u,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /site\.yaml: Das Impressum ist unvollständig, es fehlen: „Betreiber“, „Anschrift“, „E-Mail“/u,
      ),
    );
    // The person without roles is still a person: the sections that name it are not reported too.
    expect(lines.filter((line) => line.includes('ulrich-deinet'))).toHaveLength(1);
    const report = contentReport(checkContent(content, { draft: false }));
    expect(report).toMatch(/^Der Inhalt hat \d+ Probleme; die Website wurde nicht gebaut:/u);
    expect(report).not.toMatch(/Error|Invalid input|expected/u);
  });

  it('reports a section that fails its schema once, not again for every topic that names it', () => {
    const { lines } = check('untitled', [
      (root) => {
        editContent(root, 'sections/tagung-2018/03-forschungsdesign.mdx', (text) =>
          text.replace(/^title: .*\n/mu, ''),
        );
        return [];
      },
    ]);
    expect(lines).toEqual([
      expect.stringMatching(
        /03-forschungsdesign\.mdx, Feld „Überschrift“: Das Feld ist leer\. Bitte ausfüllen\.$/u,
      ),
    ]);
  });
});

describe('what the check says about a field', () => {
  it('takes only days of the calendar for dates', () => {
    expect(['2018-06-15', '2020-02-29', '2000-02-29'].every(isCalendarDate)).toBe(true);
    expect(
      ['2018-15-06', '2018-02-29', '1900-02-29', '2018-06-31', '2018-6-15', '15.06.2018'].some(
        isCalendarDate,
      ),
    ).toBe(false);
  });

  it('names a field by the labels the editor shows, a list’s item by what one is called', () => {
    expect(fieldLabel(fieldSchemaOf(personSchema), parseFieldPath('roles[0].organization'))).toBe(
      'Funktionen › Funktion 1 › Institution',
    );
    expect(fieldLabel(fieldSchemaOf(topicSchema), parseFieldPath('passages[2].anchor'))).toBe(
      'Wichtigste Stellen › Stelle 3 › Stelle',
    );
  });
});
