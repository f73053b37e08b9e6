import { describe, expect, it } from 'vitest';
import {
  ContentIntegrityError,
  assertContentIntegrity,
  findContentProblems,
  formatProblem,
  type ContentSet,
} from '#src/lib/content/integrity.ts';
import type { ReportSectionData } from '#src/schemas/index.ts';
import { passagesOf, readDocument, readText } from '#src/lib/content/document.ts';

function section(filePath: string, data: Partial<ReportSectionData>) {
  return {
    id: filePath,
    filePath,
    data: {
      event: 'tagung-2018',
      order: 0,
      title: 'Titel',
      slug: 'einleitung',
      kind: 'introduction',
      description: 'Ein Satz.',
      presenters: [],
      moderators: [],
      mentions: [],
      institutions: [],
      topics: [],
      places: [],
      ...data,
    } as ReportSectionData,
  };
}

function content(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    events: [
      {
        id: 'tagung-2018',
        filePath: 'content/events/tagung-2018.yaml',
        data: {
          title: 'T',
          reportTitle: 'T',
          slug: 'tagung-2018',
          date: { year: 2018, month: 6, day: 15 },
          organizer: 'inteso',
          partners: [],
          audience: { count: 100, approximate: true, description: 'D' },
          summary: 'S',
          figures: [{ value: '250', label: 'L', quote: 'Q', section: 'einleitung' }],
        },
      },
    ],
    sections: [section('content/sections/a.mdx', { presenters: ['ulrich-deinet'] })],
    people: [
      {
        id: 'ulrich-deinet',
        filePath: 'content/people/ulrich-deinet.yaml',
        data: {
          name: 'Ulrich Deinet',
          sortName: 'Deinet, Ulrich',
          roles: [{ title: 'Projektleiter', organization: 'inteso' }],
        },
      },
    ],
    organizations: [
      {
        id: 'inteso',
        filePath: 'content/organizations/inteso.yaml',
        data: { name: 'INTESO', kind: 'forschungsprojekt', aliases: [] },
      },
    ],
    topics: [],
    places: [],
    ...overrides,
  };
}

describe('findContentProblems', () => {
  it('finds nothing in consistent content', () => {
    expect(findContentProblems(content())).toEqual([]);
    expect(() => assertContentIntegrity(content())).not.toThrow();
  });

  it('names the file, the field and the missing key of a dangling reference', () => {
    const problems = findContentProblems(
      content({
        sections: [
          section('content/sections/a.mdx', {
            presenters: ['ulrich-deinet', 'anna-unbekannt'],
            topics: ['gibt-es-nicht'],
          }),
        ],
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/sections/a.mdx: presenters[1]: „anna-unbekannt“ gibt es nicht (Person in content/people/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Personen“ anlegen.',
      'content/sections/a.mdx: topics[0]: „gibt-es-nicht“ gibt es nicht (Thema in content/topics/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Themen“ anlegen.',
    ]);
  });

  it('reports duplicate slugs, orders and numbers with both files', () => {
    const problems = findContentProblems(
      content({
        sections: [
          section('content/sections/a.mdx', { slug: 'x', order: 1, number: '1' }),
          section('content/sections/b.mdx', { slug: 'x', order: 1, number: '1' }),
        ],
        events: [],
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/sections/a.mdx: event: „tagung-2018“ gibt es nicht (Tagung in content/events/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Tagungen“ anlegen.',
      'content/sections/b.mdx: event: „tagung-2018“ gibt es nicht (Tagung in content/events/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Tagungen“ anlegen.',
      'content/sections/b.mdx: slug: Die Adresse „x“ hat schon content/sections/a.mdx. Bitte eine andere wählen.',
      'content/sections/b.mdx: order: Die Position 1 hat schon content/sections/a.mdx. Bitte eine andere wählen.',
      'content/sections/b.mdx: number: Die Nummer 1 hat schon content/sections/a.mdx. Bitte eine andere wählen.',
    ]);
  });

  it('names the two files of a duplicate the same way whatever order the files were read in', () => {
    const a = section('content/sections/a.mdx', { slug: 'x', order: 1 });
    const b = section('content/sections/b.mdx', { slug: 'x', order: 2 });
    const duplicates = (sections: ContentSet['sections']) =>
      findContentProblems(content({ sections }))
        .map(formatProblem)
        .filter((line) => line.includes(' hat schon '));
    expect(duplicates([b, a])).toEqual([
      'content/sections/b.mdx: slug: Die Adresse „x“ hat schon content/sections/a.mdx. Bitte eine andere wählen.',
    ]);
    expect(duplicates([a, b])).toEqual(duplicates([b, a]));
  });

  it('allows the same slug in two different conferences', () => {
    const base = content();
    const second = {
      ...base.events[0]!,
      id: 'tagung-2017',
      filePath: 'content/events/tagung-2017.yaml',
      data: { ...base.events[0]!.data, slug: 'tagung-2017', figures: [] },
    };
    expect(
      findContentProblems({
        ...base,
        events: [...base.events, second],
        sections: [section('a.mdx', {}), section('b.mdx', { event: 'tagung-2017' })],
      }),
    ).toEqual([]);
  });

  it('checks references inside register entries, naming the file', () => {
    const problems = findContentProblems(
      content({
        people: [
          {
            id: 'x',
            filePath: 'content/people/x.yaml',
            data: { name: 'X', sortName: 'X', roles: [{ organization: 'nirgendwo' }] },
          },
        ],
        sections: [],
        places: [
          {
            id: 'bezirk',
            filePath: 'content/places/bezirk.yaml',
            data: { name: 'B', kind: 'stadtbezirk', partOf: 'stadt', aliases: [] },
          },
        ],
      }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'content/events/tagung-2018.yaml: figures[0].section: Die Tagung hat keinen Abschnitt „einleitung“. Bitte einen ihrer Abschnitte wählen.',
      'content/people/x.yaml: roles[0].organization: „nirgendwo“ gibt es nicht (Institution in content/organizations/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Institutionen“ anlegen.',
      'content/places/bezirk.yaml: partOf: „stadt“ gibt es nicht (Ort in content/places/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Orte“ anlegen.',
    ]);
  });

  it('rejects a person listed twice or both as presenter and as mentioned', () => {
    const problems = findContentProblems(
      content({
        sections: [
          section('a.mdx', { presenters: ['ulrich-deinet', 'ulrich-deinet'], mentions: ['ulrich-deinet'] }),
        ],
      }),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['presenters[1]', 'mentions[0]']);
  });

  it('rejects a moderator who is no person of the register, presents too or is also only mentioned', () => {
    const base = content();
    const anne = {
      id: 'anne-van-riessen',
      filePath: 'content/people/anne-van-riessen.yaml',
      data: { name: 'Anne van Rießen', sortName: 'Rießen, Anne van', roles: [{ organization: 'inteso' }] },
    };
    const problems = findContentProblems(
      content({
        people: [...base.people, anne] as ContentSet['people'],
        sections: [
          section('a.mdx', {
            presenters: ['ulrich-deinet'],
            moderators: ['niemand', 'ulrich-deinet', 'anne-van-riessen'],
            mentions: ['anne-van-riessen'],
          }),
        ],
      }),
    );
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'moderators[0]: „niemand“ gibt es nicht (Person in content/people/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Personen“ anlegen.',
      'mentions[0]: „anne-van-riessen“ steht schon unter „Moderation“. Bitte hier entfernen.',
      'moderators[1]: „ulrich-deinet“ steht schon unter „Vortragende“. Bitte hier entfernen.',
    ]);
  });

  it('throws one error that lists every problem', () => {
    const broken = content({ sections: [section('content/sections/a.mdx', { presenters: ['niemand'] })] });
    expect(() => assertContentIntegrity(broken)).toThrow(ContentIntegrityError);
    expect(() => assertContentIntegrity(broken)).toThrow(
      /content\/sections\/a\.mdx: presenters\[0\]: „niemand“ gibt es nicht \(Person in content\/people\/\)/u,
    );
  });
  describe('topic passages', () => {
    const body =
      'Erster Absatz.\n\n<ol>\n  <li id="ergebnis-1">Eins</li>\n</ol>\n\nZweiter Absatz.\n\n<ul>\n  <li id="fussnote">Anmerkung</li>\n</ul>\n';
    /** A topic passage at an anchor of `tagung-2018/einleitung`, the one section `withPassages` has. */
    const inEinleitung = (anchor: string) => ({ section: 'tagung-2018/einleitung', anchor });
    function withPassages(passages: { section: string; anchor: string }[], topics: string[] = ['ehrenamt']) {
      return content({
        sections: [
          {
            ...section('content/sections/tagung-2018/03-forschungsdesign.mdx', {
              slug: 'einleitung',
              topics,
            }),
            passageIds: passagesOf(readDocument(body, 'x.mdx')).map((passage) => passage.id),
          },
        ],
        topics: [
          {
            id: 'ehrenamt',
            filePath: 'content/topics/ehrenamt.yaml',
            data: { title: 'Ehrenamt', description: 'D', passages },
          },
        ],
      });
    }

    it('accept the ids of paragraphs and of items written with a passage id', () => {
      expect(
        findContentProblems(withPassages([inEinleitung('absatz-2'), inEinleitung('ergebnis-1')])),
      ).toEqual([]);
    });

    it('name the file, the topic and the field of an unknown section or anchor', () => {
      const problems = findContentProblems(
        withPassages([
          { section: 'tagung-2018/gibt-es-nicht', anchor: 'absatz-1' },
          inEinleitung('absatz-3'),
          inEinleitung('ergebnis-2'),
          // An id outside the passage vocabulary (`absatz`, `ergebnis`, `schritt`) marks no passage.
          inEinleitung('fussnote'),
        ]),
      );
      expect(problems.map(formatProblem)).toEqual([
        'content/topics/ehrenamt.yaml: passages[0].section: Einen Abschnitt „tagung-2018/gibt-es-nicht“ gibt es nicht in content/sections/. Bitte „Tagung/Abschnitt“ eines vorhandenen angeben, z. B. „tagung-2018/raumerleben“.',
        'content/topics/ehrenamt.yaml: passages[1].anchor: Die Stelle „absatz-3“ gibt es in content/sections/tagung-2018/03-forschungsdesign.mdx nicht (mehr). Bitte eine vorhandene wählen: Die Seite des Abschnitts zeigt an jedem Absatz seine Nummer („Link zu Absatz 3 kopieren“).',
        'content/topics/ehrenamt.yaml: passages[2].anchor: Die Stelle „ergebnis-2“ gibt es in content/sections/tagung-2018/03-forschungsdesign.mdx nicht (mehr). Bitte eine vorhandene wählen: Die Seite des Abschnitts zeigt an jedem Absatz seine Nummer („Link zu Absatz 3 kopieren“).',
        'content/topics/ehrenamt.yaml: passages[3].anchor: Die Stelle „fussnote“ gibt es in content/sections/tagung-2018/03-forschungsdesign.mdx nicht (mehr). Bitte eine vorhandene wählen: Die Seite des Abschnitts zeigt an jedem Absatz seine Nummer („Link zu Absatz 3 kopieren“).',
      ]);
    });

    it('say in German which key passage was removed from its section, and what to do', () => {
      // The record knew a first paragraph the text no longer has; the text's first paragraph is new.
      const record = [
        { id: 'absatz-1', text: 'Ein Absatz, der gelöscht wurde.' },
        { id: 'absatz-2', text: 'Zweiter Absatz.' },
      ];
      const { blocks, removed } = readText(body, 'x.mdx', 1, record);
      const topics = withPassages([inEinleitung('absatz-1')]);
      const [first] = topics.sections;
      const edited = {
        ...topics,
        sections: first
          ? [
              {
                ...first,
                passageIds: passagesOf(blocks).map((passage) => passage.id),
                removedPassageIds: removed.map((passage) => passage.id),
              },
            ]
          : [],
      };
      expect(findContentProblems(edited).map(formatProblem)).toEqual([
        'content/topics/ehrenamt.yaml: passages[0].anchor: „absatz-1“ ' +
          'wurde aus dem Text von content/sections/tagung-2018/03-forschungsdesign.mdx entfernt. Bitte diese Stelle ' +
          'aus „Wichtigste Stellen“ des Themas nehmen oder eine andere Stelle des Abschnitts wählen.',
      ]);
    });

    it('require the section to list the topic, and each passage once', () => {
      const passage = inEinleitung('absatz-1');
      expect(findContentProblems(withPassages([passage], [])).map(formatProblem)).toEqual([
        'content/topics/ehrenamt.yaml: passages[0].section: content/sections/tagung-2018/03-forschungsdesign.mdx nennt das Thema „ehrenamt“ nicht unter „Themen“. Bitte es dort ergänzen oder eine andere Stelle wählen.',
      ]);
      expect(findContentProblems(withPassages([passage, passage])).map((problem) => problem.field)).toEqual([
        'passages[1]',
      ]);
    });
  });
});
