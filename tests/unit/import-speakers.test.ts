/**
 * Who spoke, read with care: on real reports written elsewhere (tests/fixtures/speakers/, figures computed
 * against the lists read by hand in each `expected.yaml`), on the seed and the made-up report, on the ways
 * German and English reports name a speaker, and in the plan an import writes (person files and the
 * review list). The names in the made-up sentences are invented for this test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planImport } from '#src/lib/import/plan.ts';
import { readReport } from '#src/lib/import/read-report.ts';
import type { Registers } from '#src/lib/import/register.ts';
import { splitIntoSections } from '#src/lib/import/sections.ts';
import { readsAsPerson } from '#src/lib/import/speakers/given-names.ts';
import { speakerLine } from '#src/lib/import/speakers/lines.ts';
import {
  figuresOfMarkdown,
  presentersOf,
  speakerFigures,
  type ExpectedSpeakers,
  type SpeakerFigures,
} from '#src/lib/import/speakers/figures.ts';
import { readParagraph } from '#src/lib/import/speakers/paragraph.ts';
import { madeUpReport, openingSection, ownReport, seedReport } from '../support/import.ts';

const root = resolve('tests/fixtures/speakers');
const fixtures = (group: string) =>
  readdirSync(join(root, group))
    .filter((name) => existsSync(join(root, group, name, 'expected.yaml')))
    .map((name) => {
      const dir = join(root, group, name);
      const expected = parse(readFileSync(join(dir, 'expected.yaml'), 'utf8')) as ExpectedSpeakers;
      return {
        name,
        expected,
        figures: figuresOfMarkdown(readFileSync(join(dir, 'report.md'), 'utf8'), expected),
      };
    });

/** Who the sentences of a paragraph put where: `P` presenting, `?` maybe, `-` seen only. */
function standings(paragraph: string, underHeading = true): string[] {
  return readParagraph(paragraph, underHeading).flatMap(({ reading }) => [
    ...reading.people.map(
      (person) => `${person.moderating ? 'Mod' : person.presenting ? 'P' : 'M'} ${person.name}`,
    ),
    ...reading.maybe.map((person) => `? ${person.name}`),
    ...reading.seen.map((person) => `- ${person.name}`),
  ]);
}

describe('real reports written elsewhere', () => {
  it('has at least six, each with its licence and source, three held out', () => {
    const all = [...fixtures('tuned'), ...fixtures('held-out')];
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(fixtures('held-out').length).toBeGreaterThanOrEqual(3);
    for (const group of ['tuned', 'held-out']) {
      for (const { name } of fixtures(group)) {
        expect(readFileSync(join(root, group, name, 'SOURCE.md'), 'utf8')).toMatch(/Lizenz: CC BY/u);
      }
    }
  });

  it('the reports tuned on: every speaker found, nobody made who did not speak', () => {
    for (const { name, expected, figures } of fixtures('tuned')) {
      expect({ name, missed: figures.missed, wrong: figures.wronglyMade }).toEqual({
        name,
        missed: [],
        wrong: [],
      });
      expect(figures.found.length).toBe(expected.speakers.length);
    }
  });

  it('the held-out reports: at least 80 % of the speakers found, no phrase made a person', () => {
    const held = fixtures('held-out');
    const speakers = held.reduce((sum, { expected }) => sum + expected.speakers.length, 0);
    const found = held.reduce((sum, { figures }) => sum + figures.found.length, 0);
    expect(found / speakers).toBeGreaterThanOrEqual(0.8);
    for (const { name, figures } of held)
      expect({ name, phrases: figures.phrases }).toEqual({ name, phrases: [] });
  });

  it('counts found, missed and wrongly made against the hand-read list', () => {
    const figures: SpeakerFigures = speakerFigures(['Ada Berg', 'Teil der Ausstellung', 'Ole Sund'], {
      speakers: ['Ada Berg', 'Ole Lund'],
      mentioned: ['Ole Sund'],
    });
    expect(figures).toEqual({
      found: ['Ada Berg'],
      missed: ['Ole Lund'],
      wronglyMade: ['Teil der Ausstellung', 'Ole Sund'],
      phrases: ['Teil der Ausstellung'],
      share: 0.5,
    });
  });
});

describe('the reports of our own', () => {
  const speakersOf = async (path: string) => presentersOf(splitIntoSections(await readReport(path)));

  it('the seed: every presenter of the hand-made sections, and nobody else', async () => {
    // Who presented, as the hand-made sections of the seed conference say it.
    const sections = resolve('content/sections/tagung-2018');
    const ids = new Set(
      readdirSync(sections).flatMap(
        (file) =>
          (
            parse(readFileSync(join(sections, file), 'utf8').split('---')[1] ?? '') as {
              presenters?: string[];
            }
          ).presenters ?? [],
      ),
    );
    const names = [...ids]
      .filter((id) => existsSync(resolve('content/people', `${id}.yaml`)))
      .map(
        (id) =>
          (parse(readFileSync(resolve('content/people', `${id}.yaml`), 'utf8')) as { name: string }).name,
      );
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect((await speakersOf(seedReport)).sort()).toEqual(names.sort());
  });

  it('the made-up report: its presenters, and not the moderator', async () => {
    const expected = parse(readFileSync(join(root, 'own', 'fachtag-2019.yaml'), 'utf8')) as ExpectedSpeakers;
    expect(speakerFigures(await speakersOf(ownReport), expected)).toMatchObject({
      missed: [],
      wronglyMade: [],
    });
  });
});

describe('the ways reports name who spoke', () => {
  it('„X von der Y berichtete“, „X, Funktion bei Y, sprach“, „X von Y teilte … mit“, „Die … X berichtete“', () => {
    expect(
      standings('Annika Berglund von der Wohnungsgenossenschaft Emscherbogen berichtete über den Umbau.'),
    ).toEqual(['P Annika Berglund']);
    expect(standings('Lisa Meyer, Design Researcher bei IDEO, sprach über Prototypen.')).toEqual([
      'P Lisa Meyer',
    ]);
    expect(standings('Jonas Weber von der Stadt Köln teilte mit, dass die Mittel steigen.')).toEqual([
      'P Jonas Weber',
    ]);
    expect(standings('Ulrike Berg vom Mieterverein warnte vor zu hohen Erwartungen.')).toEqual([
      'P Ulrike Berg',
    ]);
    expect(
      standings('Die britische Informationsdesignerin Giorgia Lupi berichtete von ihren Zeichnungen.'),
    ).toEqual(['P Giorgia Lupi']);
  });

  it('reported speech, verbs before the name, a talk and its title, the passive, English', () => {
    expect(
      standings('Daten seien kein Selbstzweck, so Ewan McNaughton von der University of Glasgow.'),
    ).toEqual(['P Ewan McNaughton']);
    expect(standings('Laut Miriam Okafor von der Evangelischen Hochschule fehlen solche Orte.')).toEqual([
      'P Miriam Okafor',
    ]);
    expect(standings('Diese Entwicklung zeigte auch Jana Porsche in ihrer Session.')).toEqual([
      'P Jana Porsche',
    ]);
    expect(standings('Der Vortrag „Wohnen: eine Bilanz“ von Agnes Simon stellte die Zahlen vor.')).toEqual([
      'P Agnes Simon',
    ]);
    expect(standings('Die Entwicklungen wurden danach von Lars G. Svensson vorgestellt.')).toEqual([
      'P Lars G. Svensson',
    ]);
    expect(
      standings('**Mark Padgham**, Software Research Scientist, will give a talk about autotest.'),
    ).toEqual(['P Mark Padgham']);
    expect(standings('ANNIKA BERGLUND (Bochum) stellte das Projekt vor.')).toEqual(['P Annika Berglund']);
  });

  it('speaker lines under a heading, a programme item and a programme table', () => {
    for (const line of [
      '*Annika Berglund*',
      '(Annika Berglund)',
      'Referentin: Annika Berglund',
      'Annika Berglund (Universität Bremen)',
      '| 10:00 | Wohnen im Quartier | Annika Berglund |',
      'Annika Berglund: Wohnen im Quartier',
    ]) {
      expect({ line, names: speakerLine(line)?.people.map((person) => person.name) }).toEqual({
        line,
        names: ['Annika Berglund'],
      });
    }
    expect(speakerLine('Moderation: Aylin Demir')?.moderating).toBe(true);
    // A name alone speaks right under a heading; further down it may be a signature: a maybe.
    expect(standings('*Annika Berglund*')).toEqual(['P Annika Berglund']);
    expect(standings('Annika Berglund', false)).toEqual(['? Annika Berglund']);
    // A citation is no programme item.
    expect(speakerLine('Lukas Koster: „Linked Data or die!“. In: CommonPlace.Net')).toBeUndefined();
  });

  it('thanks and names missing from the lists are maybes; phrases are no people at all', () => {
    expect(standings('Vielen Dank an Anna Berg und Jonas Weber für die Organisation.')).toEqual([
      '? Anna Berg',
      '? Jonas Weber',
    ]);
    expect(
      standings('Colombina Schaeffer, Research Lead bei Decode Dafur, sprach über Datenspenden.'),
    ).toEqual(['? Colombina Schaeffer']);
    expect(
      standings('Katika Kühnreich von Wikimedia Deutschland stellte die Workshops zu Wikidata vor.'),
    ).toEqual(['? Katika Kühnreich']);
    // An academic title makes a person of a name the lists do not hold.
    expect(standings('Dr. Katika Kühnreich sprach über Wikidata.')).toEqual(['P Katika Kühnreich']);
    expect(standings('Der Raum ist Teil der Dauerausstellung und zeigt Vorträge.')).toEqual([]);
    expect(standings('In „Linked Data: Great Progress“ ging es um Bibliotheken.')).toEqual([]);
    for (const phrase of [
      'Teil der Dauerausstellung',
      'Decode Dafur',
      'Workshops zu Wikidata',
      'Design Researcher',
    ]) {
      expect({ phrase, person: readsAsPerson(phrase) }).toEqual({ phrase, person: false });
    }
  });
});

const registers: Registers = { people: {}, organizations: {}, places: {} };
const report = madeUpReport(openingSection('Am 3. März 2021 ging es um das Wohnen.'), {
  number: '1',
  title: 'Wohnen im Quartier',
  blocks: [
    {
      kind: 'paragraph',
      text:
        'Annika Berglund von der Wohnungsgenossenschaft Emscherbogen berichtete über den Umbau. ' +
        'Colombina Schaeffer, Research Lead bei Decode Dafur, sprach über Datenspenden. ' +
        'Die Idee stammt aus einem Buch von Henrik Sommer.',
    },
  ],
});

const programme = madeUpReport(
  {
    number: '1',
    title: 'Programm',
    blocks: [
      { kind: 'paragraph', text: 'Am 3. März 2021 ging es um das Wohnen.' },
      {
        kind: 'table',
        text: 'Zeit Thema Referentin 10:00 Wohnen im Quartier Annika Berglund',
        rows: [
          [{ text: 'Zeit' }, { text: 'Thema' }, { text: 'Referentin' }],
          [{ text: '10:00' }, { text: 'Wohnen im Quartier' }, { text: 'Annika Berglund' }],
        ],
      },
    ],
  },
  {
    number: '2',
    title: 'Genossenschaften',
    blocks: [
      { kind: 'paragraph', text: 'Referent: Jonas Weber' },
      { kind: 'paragraph', text: 'Er sprach über Genossenschaften.' },
      { kind: 'list', items: ['Lukas Koster: „Linked Data or die!“. In: CommonPlace.Net.'] },
    ],
  },
);

describe('the plan an import writes', () => {
  const plan = planImport(report, registers, {
    slug: 'fachtag-2021',
    sourceName: 'bericht.md',
    contentDir: 'content',
  });
  const section = plan.sections[1]?.text ?? '';

  it('a person file only for a name that reads as a person, with the institution from „von der Y“', () => {
    expect(
      plan.registers.filter((file) => file.path.startsWith('content/people/')).map((file) => file.path),
    ).toEqual(['content/people/annika-berglund.yaml']);
    expect(section).toContain('presenters:\n  - annika-berglund\n');
    expect(plan.registers.map((file) => file.path)).toContain(
      'content/organizations/wohnungsgenossenschaft-emscherbogen.yaml',
    );
  });

  it('a programme table and a speaker line present; a citation does not', () => {
    const table = planImport(programme, registers, {
      slug: 'fachtag-2021',
      sourceName: 'bericht.docx',
      contentDir: 'content',
    });
    expect(table.sections[0]?.text).toContain('presenters:\n  - annika-berglund\n');
    // „Referent: …“ under the heading presented; a citation in a list names an author, no speaker.
    expect(table.sections[1]?.text).toContain('presenters:\n  - jonas-weber\n');
    expect(table.registers.map((file) => file.path)).not.toContain('content/people/lukas-koster.yaml');
  });

  it('the review list asks about the maybe and names who was seen but given no role', () => {
    expect(plan.reviewFile.text).toMatch(
      /Vielleicht Referent\/in: „Colombina Schaeffer“ \(der Vorname steht in keiner Namensliste\)/u,
    );
    expect(plan.reviewFile.text).toMatch(/Genannt, aber keiner Rolle zugeordnet: „Henrik Sommer“/u);
    expect(plan.reviewFile.text).not.toMatch(/Decode Dafur“|Research Lead“/u);
  });
});
