/**
 * Proposing the register from a report's phrasing, and the plan an import writes: the phrasings are
 * general German ones with names made up for this test, matched against a small register.
 */
import { describe, expect, it } from 'vitest';
import { placeholder } from '#src/lib/draft.ts';
import { ImportError } from '#src/lib/import/import-error.ts';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import { rewrittenByEditor } from '#src/lib/editor/yaml-style.ts';
import {
  eventSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  reportSectionSchema,
} from '#src/schemas/index.ts';
import { escapeMdx, findAudience, findDate, findMonthDate, planImport } from '#src/lib/import/plan.ts';
import {
  appositionAfter,
  headingPeople,
  peopleInSentence,
  shortReferences,
  sortNameOf,
} from '#src/lib/import/people.ts';
import { findOrganization, guessOrganizationKind, type Registers } from '#src/lib/import/register.ts';
import { madeUpReport, openingSection } from '../support/import.ts';

const presenting = (sentence: string) =>
  peopleInSentence(sentence).map(
    (person) =>
      `${person.moderating ? 'Mod' : person.presenting ? 'P' : 'M'} ${person.honorific ?? ''}|${person.name}`,
  );

describe('people a report introduces', () => {
  it('in a heading, before a colon or after „durch“', () => {
    const before = headingPeople('Dr. Lea Brandt und Omar Said: Wohnen im Alter');
    expect(before.people.map((person) => person.name)).toEqual(['Lea Brandt', 'Omar Said']);
    expect(before.shortTitle).toBe('Wohnen im Alter');
    const after = headingPeople('Schlusswort durch Prof. Dr. Ines Kolb');
    expect(after.people.map((person) => person.name)).toEqual(['Ines Kolb']);
    expect(after.topic).toBe('Schlusswort');
    expect(headingPeople('Integration im Sozialraum: Ergebnisse').people).toEqual([]);
  });

  it('in the ways sentences introduce speakers', () => {
    expect(presenting('Prof. Dr. Ines Kolb von der Universität Kassel stellte erste Befunde vor.')).toEqual([
      'P Prof. Dr.|Ines Kolb',
    ]);
    expect(presenting('Omar Said berichtete über die Arbeit im Quartier.')).toEqual(['P |Omar Said']);
    expect(presenting('Lea Brandt, Leiterin des Stadtteilbüros, und Omar Said eröffneten den Tag.')).toEqual([
      'P |Lea Brandt',
      'P |Omar Said',
    ]);
    expect(presenting('Den Auftakt machte Jana Wolff mit einem Vortrag.')).toEqual(['P |Jana Wolff']);
    expect(presenting('Es folgte ein Vortrag von Paul Meier.')).toEqual(['P |Paul Meier']);
    expect(presenting('Zur Begrüßung sprach die Bürgermeisterin, Karin Ostermann, einige Worte.')).toEqual([
      'P |Karin Ostermann',
    ]);
    expect(presenting('Anna van Dijk ist Referentin am Institut für Stadtforschung in Bremen.')).toEqual([
      'P |Anna van Dijk',
    ]);
  });

  it('names mentioned in passing are not presenters', () => {
    expect(presenting('Sie arbeitet im Projekt unter der Leitung von Prof. Dr. Ines Kolb.')).toEqual([
      'M Prof. Dr.|Ines Kolb',
    ]);
    expect(presenting('Prof. Dr. Ines Kolb hat das Buch geschrieben.')).toEqual(['M Prof. Dr.|Ines Kolb']);
  });

  it('moderators, in the ways reports say it, are moderators and not presenters', () => {
    expect(presenting('Moderiert wurde der Tag von Paul Meier.')).toEqual(['Mod |Paul Meier']);
    expect(presenting('Moderiert von Dr. Lea Brandt diskutierten die Gäste über das Quartier.')).toEqual([
      'Mod Dr.|Lea Brandt',
    ]);
    expect(presenting('Moderation: Omar Said und Jana Wolff')).toEqual(['Mod |Omar Said', 'Mod |Jana Wolff']);
    expect(presenting('Karin Ostermann moderierte die anschließende Diskussion.')).toEqual([
      'Mod |Karin Ostermann',
    ]);
    // Who presents in the same sentence stays a presenter.
    expect(presenting('Omar Said stellte das Projekt vor, moderiert von Jana Wolff.')).toEqual([
      'P |Omar Said',
      'Mod |Jana Wolff',
    ]);
  });

  it('not capitalised words that only look like names', () => {
    expect(presenting('Die Stadt Kassel stellte ihr Konzept vor.')).toEqual([]);
    expect(presenting('Erste Ergebnisse der Studie zeigen Unterschiede.')).toEqual([]);
    expect(presenting('Welche Angebote sind bekannt?')).toEqual([]);
  });

  it('the role and institution said right after a name', () => {
    expect(appositionAfter(', Referentin im Jugendamt der Stadt Kassel, sprach')).toEqual({
      role: 'Referentin',
      organization: 'Jugendamt der Stadt Kassel',
      shortName: undefined,
      place: undefined,
    });
    expect(appositionAfter(' von der Hochschule für Soziale Arbeit (HSA) in Kassel stellte')).toEqual({
      role: undefined,
      organization: 'Hochschule für Soziale Arbeit',
      shortName: 'HSA',
      place: undefined,
    });
    expect(appositionAfter(' ist Leiter am Zentrum für Stadtforschung gGmbH in Kassel.')).toMatchObject({
      role: 'Leiter',
      organization: 'Zentrum für Stadtforschung gGmbH',
      place: 'Kassel',
    });
    expect(appositionAfter(', der die Beiträge des Tages zusammenführte.').role).toBeUndefined();
  });

  it('refers back to a person by title and family name; sorts by family name', () => {
    expect(shortReferences('Dr. van Dijk fasst zusammen, Prof. Dr. Kolb ergänzt.')).toEqual([
      { honorific: 'Dr.', familyName: 'van Dijk' },
      { honorific: 'Prof. Dr.', familyName: 'Kolb' },
    ]);
    expect(sortNameOf('Anna van Dijk')).toBe('Dijk, Anna van');
    expect(sortNameOf('Karin Ostermann-Lenz')).toBe('Ostermann-Lenz, Karin');
  });
});

const registers: Registers = {
  people: {
    'ines-kolb': {
      name: 'Ines Kolb',
      honorific: 'Prof. Dr.',
      sortName: 'Kolb, Ines',
      roles: [{ title: 'Professorin' }],
    },
  },
  organizations: {
    'th-kassel': { name: 'Technische Hochschule Kassel', kind: 'hochschule', aliases: [] },
    stadtlabor: {
      name: 'Stadtlabor – Forschung für Quartiere',
      shortName: 'STALA',
      kind: 'forschungsprojekt',
      aliases: [],
    },
  },
  places: { kassel: { name: 'Kassel', kind: 'kommune', aliases: [] } },
};

describe('the register, matched', () => {
  it('finds an organisation under an inflected name, an abbreviation or its last words', () => {
    expect(findOrganization('Technischen Hochschule Kassel', registers)).toBe('th-kassel');
    expect(findOrganization('Forschungsprojekt STALA', registers)).toBe('stadtlabor');
    expect(findOrganization('Stadtlabor', registers)).toBe('stadtlabor');
    expect(findOrganization('Universität Kassel', registers)).toBeUndefined();
    expect(guessOrganizationKind('Universität Kassel')).toBe('hochschule');
    expect(guessOrganizationKind('Jugendamt der Stadt Kassel')).toBe('verwaltung');
  });
});

describe('dates, audience and text', () => {
  it('reads the first date and the sentence about who came', () => {
    expect(findDate('Am 3. März 2021 und am 4.3.2021')).toEqual({ iso: '2021-03-03', quote: '3. März 2021' });
    expect(findDate('am 14.06.2019 in Kassel')?.iso).toBe('2019-06-14');
    expect(findAudience(['Es war schön.', 'Rund 60 Gäste kamen.'])).toEqual({
      count: 60,
      approximate: true,
      description: 'Rund 60 Gäste kamen.',
    });
  });
  it('reads a month and year without a day as YYYY-MM, and no month after a day', () => {
    expect(findMonthDate('Die Tagung fand im September 2021 in Kassel statt.')).toEqual({
      iso: '2021-09',
      quote: 'im September 2021',
    });
    expect(findMonthDate('Tagungsbericht, März 2019')?.iso).toBe('2019-03');
    expect(findMonthDate('held in November 2016')?.iso).toBe('2016-11');
    for (const withDay of ['am 15. Juni 2018', 'am 15.Juni 2018', 'on 3rd September 2016', 'on 15 June 2018'])
      expect(findMonthDate(withDay), withDay).toBeUndefined();
  });
  it('escapes what MDX would read as markup, and nothing else', () => {
    expect(escapeMdx('a < b {c} *d* Mitarbeiter_innen _x_')).toBe(
      'a \\< b \\{c\\} \\*d\\* Mitarbeiter_innen \\_x\\_',
    );
    expect(escapeMdx('1. Platz')).toBe('1\\. Platz');
  });
});

const report = madeUpReport(
  openingSection('Am 3. März 2021 ging es um das Wohnen. Es war ein voller Tag.'),
  {
    number: '1',
    title: 'Begrüßung',
    blocks: [
      {
        kind: 'paragraph',
        text: 'Prof. Dr. Ines Kolb begrüßte die Gäste. Jana Wolff, Leiterin des Stadtteilbüros Nord, sprach danach.',
      },
    ],
  },
  { number: '2', title: 'Ergebnisse', blocks: [{ kind: 'list', items: ['Erstens.', 'Zweitens.'] }] },
);
const options = { slug: 'fachtag-2021', sourceName: 'bericht.docx', contentDir: 'content' };

describe('planImport', () => {
  const plan = planImport(report, registers, options);
  const [, welcome, results] = plan.sections;

  it('writes one file per section, numbered, with the German slug and lists as plain Markdown', () => {
    expect(plan.sections.map((file) => file.path)).toEqual([
      'content/sections/fachtag-2021/00-einleitung.mdx',
      'content/sections/fachtag-2021/01-begruessung.mdx',
      'content/sections/fachtag-2021/02-ergebnisse.mdx',
    ]);
    expect(results?.text).toContain('1. Erstens.\n2. Zweitens.');
    expect(welcome?.text).toContain('kind: welcome\n');
    expect(welcome?.text).toContain('description: Prof. Dr. Ines Kolb begrüßte die Gäste.\n');
  });

  it('matches known people, proposes new ones, and leaves placeholders for what the report does not say', () => {
    expect(welcome?.text).toContain('presenters:\n  - ines-kolb\n  - jana-wolff\n');
    expect(plan.figures.presentersMatched).toEqual(['ines-kolb']);
    expect(plan.figures.presentersNew).toEqual(['jana-wolff']);
    // Each new entry is a file of its own, written as the editor writes it; the existing ones are untouched.
    expect(plan.registers.map((file) => file.path)).toEqual([
      'content/people/jana-wolff.yaml',
      'content/organizations/stadtteilbueros-nord.yaml',
    ]);
    expect(plan.registers[0]?.text).toBe(
      'name: Jana Wolff\nsortName: Wolff, Jana\nroles:\n  - title: Leiterin\n    organization: stadtteilbueros-nord\n',
    );
    expect(plan.reviewFile.text).toContain(
      '- content/organizations/stadtteilbueros-nord.yaml:1 — Neue Institution stadtteilbueros-nord: neue Institution „Stadtteilbüros Nord“ (Art „einrichtung“ geraten)',
    );
    expect(plan.event.text).toContain(
      `organizer: '${placeholder('Veranstalter (Kennung aus content/organizations/)')}'`,
    );
    expect(plan.event.text).toContain('date: 2021-03-03\n');
    expect(plan.event.text).toContain('title: Wohnen im Quartier\n');
  });

  it('writes every file as the editor at /admin/ writes it back, so that editing a draft there changes only the edit', () => {
    const schemaOf = (path: string) =>
      path.endsWith('.mdx')
        ? reportSectionSchema
        : path.includes('/events/')
          ? eventSchema
          : path.includes('/people/')
            ? personSchema
            : path.includes('/organizations/')
              ? organizationSchema
              : placeSchema;
    const files = [plan.event, ...plan.sections, ...plan.registers];
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      expect(rewrittenByEditor(file.path, file.text, fieldSchemaOf(schemaOf(file.path))), file.path).toBe(
        file.text,
      );
    }
  });

  it('lists every guess with the file and the line it stands on', () => {
    for (const item of plan.review) {
      const file = [plan.event, ...plan.sections, ...plan.registers].find(
        (entry) => entry.path === item.file,
      );
      expect(file, item.file).toBeDefined();
      expect(item.line, item.note).toBeDefined();
      expect(file?.text.split('\n').length ?? 0).toBeGreaterThanOrEqual(item.line ?? Infinity);
    }
    const presenter = plan.review.find((item) => item.note.startsWith('Referent/in: jana-wolff'));
    expect(welcome?.text.split('\n')[(presenter?.line ?? 0) - 1]).toBe('  - jana-wolff');
    const organizer = plan.review.find((item) => item.placeholder && item.file.endsWith('fachtag-2021.yaml'));
    expect(plan.event.text.split('\n')[(organizer?.line ?? 0) - 1]).toMatch(/^organizer: /u);
    expect(plan.reviewFile.text).toContain(
      `- content/events/fachtag-2021.yaml:${organizer?.line} — Der Bericht nennt keinen Veranstalter`,
    );
  });

  it('stops when the report gives no date and none is given', () => {
    const undated = { ...report, sections: report.sections.slice(1) };
    expect(() => planImport(undated, registers, options)).toThrow(ImportError);
    expect(() => planImport(undated, registers, options)).toThrow(/--datum JJJJ-MM-TT/u);
    expect(planImport(undated, registers, { ...options, date: '2021-03-03' }).event.text).toContain(
      'date: 2021-03-03',
    );
    // A month and year given by --datum is written as it is, without a day.
    expect(planImport(undated, registers, { ...options, date: '2021-09' }).event.text).toMatch(
      /^date: ["']?2021-09["']?$/mu,
    );
  });

  it('takes „im September 2021“ and „In diesem Jahr im September“ as a month, never inventing a day', () => {
    const opening = (text: string) => madeUpReport(openingSection(text), ...report.sections.slice(1));
    const dated = (text: string) => {
      const plan = planImport(opening(text), registers, options);
      const written = /^date: ["']?([^"'\n]*)["']?$/mu.exec(plan.event.text)?.[1];
      const parsed = eventSchema.shape.date.safeParse(written);
      return { written, parsed: parsed.success ? parsed.data : undefined, review: plan.reviewFile.text };
    };
    const september = dated('Im September 2021 trafen sich 80 Gäste zum Fachtag „Wohnen im Quartier“.');
    expect(september.written).toBe('2021-09');
    expect(september.parsed).toEqual({ year: 2021, month: 9 });
    expect(september.review).toContain('Datum aus „Im September 2021“ gelesen: nur Monat und Jahr');
    const thisYear = dated('Fachtag 2021. In diesem Jahr im September kamen 80 Gäste zum Thema Wohnen.');
    expect(thisYear.written).toBe('2021-09');
    expect(thisYear.review).toContain('das Jahr aus „2021');
    // A full date in the opening stays a day.
    expect(dated('Am 3. März 2021 ging es im September-Heft um das Wohnen.').written).toBe('2021-03-03');
  });
});
