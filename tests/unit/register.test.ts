/** The register's shaping: people by surname, each presenter's sections exactly, topic counts, passages. */
import { describe, expect, it } from 'vitest';
import { passagesOf, readDocument } from '#src/lib/content/document.ts';
import {
  buildRegister,
  findNamingPassage,
  keywordInContext,
  type RegisterSection,
} from '#src/lib/register/entries.ts';
import { excerpt } from '#src/lib/register/key-excerpt.ts';

/** The passages of an MDX text, as the data module finds them. */
const passagesIn = (body: string) => passagesOf(readDocument(body, 'x.mdx'));

function person(id: string, name: string, sortName: string, organization?: string) {
  return {
    id,
    name,
    sortName,
    roles: [{ title: 'Rolle', ...(organization ? { organization: { id: organization } } : {}) }],
  };
}
const deinet = person('ulrich-deinet', 'Ulrich Deinet', 'Deinet, Ulrich', 'inteso');
const riessen = person('anne-van-riessen', 'Anne van Rießen', 'Rießen, Anne van', 'inteso');
const lesske = person('felix-lesske', 'Felix Leßke', 'Leßke, Felix', 'studien');
const oezdemir = person('ayse-oezdemir', 'Ayşe Özdemir', 'Özdemir, Ayşe');
const friedrichs = person('juergen-friedrichs', 'Jürgen Friedrichs', 'Friedrichs, Jürgen', 'studien');

const uni = { id: 'uni', name: 'Universität zu Köln', aliases: [], place: { id: 'koeln' } };
const iss = {
  id: 'iss',
  name: 'Institut für Soziologie',
  shortName: 'ISS',
  aliases: [],
  partOf: { id: 'uni' },
  place: { id: 'koeln' },
};
const studien = { id: 'studien', name: 'Kölner Flüchtlingsstudien', aliases: [], partOf: { id: 'iss' } };
const inteso = {
  id: 'inteso',
  name: 'INTESO – ein sehr langer Projekttitel, der in Listen nur mit seiner Abkürzung erscheinen soll',
  shortName: 'INTESO',
  aliases: [],
};

const koeln = { id: 'koeln', name: 'Köln', aliases: [] };
const hamburg = { id: 'hamburg', name: 'Hamburg', aliases: [] };
const bezirk = {
  id: 'bezirk-5',
  name: 'Köln, Stadtbezirk 5',
  aliases: ['Kölner Stadtbezirk 5'],
  partOf: { id: 'koeln' },
};

const ehrenamt = {
  id: 'ehrenamt',
  title: 'Ehrenamt',
  passages: [{ section: 'tagung/zwei', anchor: 'absatz-2' }],
};
const akzeptanz = { id: 'akzeptanz', title: 'Akzeptanz', passages: [] };

function section(slug: string, body: string, data: Partial<RegisterSection>): RegisterSection {
  return {
    conferenceSlug: 'tagung',
    slug,
    presenters: [],
    mentions: [],
    institutions: [],
    topics: [],
    places: [],
    passages: passagesIn(body),
    ...data,
  };
}

const sections = [
  section('eins', 'Ulrich Deinet begrüßte.', {
    presenters: [deinet],
    institutions: [inteso],
    topics: [ehrenamt],
  }),
  section('zwei', 'Anne van Rießen und Ulrich Deinet stellten vor.\n\nDas Ehrenamt in Köln ist wichtig.', {
    presenters: [riessen, deinet],
    topics: [ehrenamt],
    places: [koeln],
  }),
  section(
    'drei',
    'Felix Leßke arbeitet in den Kölner Flüchtlingsstudien.\n\nUnter der Leitung von Jürgen Friedrichs am ISS. Befragt wurde im Kölner Stadtbezirk 5 und in Hamburg.',
    {
      presenters: [lesske],
      mentions: [friedrichs],
      institutions: [studien, iss],
      topics: [akzeptanz, ehrenamt],
      places: [hamburg, bezirk],
    },
  ),
];
const register = buildRegister({
  sections,
  people: [riessen, friedrichs, oezdemir, lesske, deinet],
  organizations: [studien, uni, iss, inteso],
  topics: [ehrenamt, akzeptanz],
  places: [koeln, bezirk, hamburg],
});

describe('buildRegister', () => {
  it('reads entries given as iterators, as the data module passes a map’s values', () => {
    const fromIterators = buildRegister({
      sections,
      people: new Map([riessen, friedrichs, oezdemir, lesske, deinet].map((p) => [p.id, p])).values(),
      organizations: new Map([studien, uni, iss, inteso].map((o) => [o.id, o])).values(),
      topics: [ehrenamt, akzeptanz].values(),
      places: [koeln, bezirk, hamburg].values(),
    });
    const people = (register: typeof fromIterators) =>
      register.organizations.map((entry) => entry.people.map((person) => person.id));
    expect(people(fromIterators)).toEqual(people(register));
    expect(people(fromIterators).flat().length).toBeGreaterThan(0);
    expect(fromIterators.places.map((entry) => entry.organizations.length)).toEqual(
      register.places.map((entry) => entry.organizations.length),
    );
  });

  it('lists presenters by surname, the German way, and the people only named apart', () => {
    expect(register.presenters.map((entry) => entry.person.id)).toEqual([
      'ulrich-deinet',
      'felix-lesske',
      'anne-van-riessen',
    ]);
    expect(register.namedPeople.map((entry) => entry.person.id)).toEqual([
      'juergen-friedrichs',
      'ayse-oezdemir',
    ]);
  });

  it('gives each presenter exactly the sections they presented, as whole sections', () => {
    const bySlug = (id: string) =>
      register.presenters
        .find((entry) => entry.person.id === id)
        ?.presented.map((reference) => reference.section.slug);
    expect(bySlug('ulrich-deinet')).toEqual(['eins', 'zwei']);
    expect(bySlug('anne-van-riessen')).toEqual(['zwei']);
    expect(bySlug('felix-lesske')).toEqual(['drei']);
    expect(register.presenters[0]?.presented.every((reference) => reference.passageId === undefined)).toBe(
      true,
    );
  });

  it('points a named person to the paragraph that names them', () => {
    const friedrichsEntry = register.namedPeople[0];
    expect(friedrichsEntry?.named.map((reference) => [reference.section.slug, reference.passageId])).toEqual([
      ['drei', 'absatz-2'],
    ]);
    expect(friedrichsEntry?.named[0]?.context?.name).toBe(friedrichsEntry?.person.name);
    expect(register.namedPeople[1]?.named).toEqual([]);
  });

  it('sorts topics by title, counts their sections and resolves their passages with their text', () => {
    // Given as Ehrenamt, Akzeptanz: listed in German alphabetical order.
    expect(register.topics.map((entry) => [entry.topic.id, entry.sections.length])).toEqual([
      ['akzeptanz', 1],
      ['ehrenamt', 3],
    ]);
    expect(register.topics[1]?.passages).toEqual([
      {
        section: sections[1],
        passageId: 'absatz-2',
        text: 'Das Ehrenamt in Köln ist wichtig.',
        // The topic's word marked in the excerpt the list shows.
        excerpt: [
          { text: 'Das ', marked: false },
          { text: 'Ehrenamt', marked: true },
          { text: ' in Köln ist wichtig.', marked: false },
        ],
      },
    ]);
  });

  it('sorts organizations by their list name and links parts, people and the naming paragraph', () => {
    expect(register.organizations.map((entry) => entry.organization.id)).toEqual([
      'iss',
      'inteso',
      'studien',
      'uni',
    ]);
    const issEntry = register.organizations[0];
    expect(issEntry?.parts.map((part) => part.id)).toEqual(['studien']);
    expect(issEntry?.sections.map((reference) => reference.passageId)).toEqual(['absatz-2']);
    const studienEntry = register.organizations.find((entry) => entry.organization.id === 'studien');
    expect(studienEntry?.people.map((entry) => entry.id)).toEqual(['juergen-friedrichs', 'felix-lesske']);
    expect(studienEntry?.sections.map((reference) => reference.passageId)).toEqual(['absatz-1']);
  });

  it('finds places by name or alias, with districts and institutions', () => {
    expect(register.places.map((entry) => entry.place.id)).toEqual(['hamburg', 'koeln', 'bezirk-5']);
    const koelnEntry = register.places.find((entry) => entry.place.id === 'koeln');
    expect(koelnEntry?.parts.map((part) => part.id)).toEqual(['bezirk-5']);
    expect(koelnEntry?.organizations.map((organization) => organization.id)).toEqual(['iss', 'uni']);
    expect(koelnEntry?.sections.map((reference) => [reference.section.slug, reference.passageId])).toEqual([
      ['zwei', 'absatz-2'],
    ]);
    const bezirkEntry = register.places.find((entry) => entry.place.id === 'bezirk-5');
    expect(bezirkEntry?.sections.map((reference) => reference.passageId)).toEqual(['absatz-2']);
  });
});

describe('helpers', () => {
  it('find no passage where none names the entry', () => {
    expect(findNamingPassage(passagesIn('Nichts.\n\nAuch nichts.'), ['Köln'])).toBeUndefined();
  });

  it('show a name in the words around it, cut at word boundaries', () => {
    const text =
      'Die Studie befragte Menschen in Hamburg, Köln und Mülheim an der Ruhr über ihre Nachbarschaft und ihr Quartier.';
    expect(keywordInContext(text, ['Köln'], 20)).toEqual({
      before: '… in Hamburg, ',
      name: 'Köln',
      after: ' und Mülheim an der …',
    });
    expect(keywordInContext(text, ['Köln'], 500)).toEqual({
      before: 'Die Studie befragte Menschen in Hamburg, ',
      name: 'Köln',
      after: ' und Mülheim an der Ruhr über ihre Nachbarschaft und ihr Quartier.',
    });
    // The earliest name wins; at the same place, the longer one (the alias with its district).
    expect(keywordInContext(text, ['Mülheim', 'Hamburg'], 500)?.name).toBe('Hamburg');
    expect(keywordInContext(text, ['Mülheim', 'Mülheim an der Ruhr'], 500)?.name).toBe('Mülheim an der Ruhr');
    expect(keywordInContext(text, ['Essen', ''], 500)).toBeUndefined();
    // A name that stands alone is preferred to an earlier one inside a word; inside a word, the word is marked.
    expect(keywordInContext('Die Kölner Studien fanden in Köln statt.', ['Köln'], 500)).toEqual({
      before: 'Die Kölner Studien fanden in ',
      name: 'Köln',
      after: ' statt.',
    });
    expect(keywordInContext('Die „Kölner Flüchtlingsstudien“.', ['Köln'], 500)?.name).toBe('Kölner');
    expect(keywordInContext('Kosten (ca. 5 €) in Köln.', ['(ca. 5 €)'], 500)?.name).toBe('(ca. 5 €)');
  });

  it('shorten long paragraphs at a word boundary', () => {
    expect(excerpt('kurz')).toBe('kurz');
    const long = 'Wort '.repeat(100).trim();
    const short = excerpt(long, 22);
    expect(short).toBe('Wort Wort Wort Wort …');
  });
});
