import { describe, expect, it } from 'vitest';
import { conferenceWork, sectionWork, type CitedConference } from '#src/lib/cite/works.ts';
import { escapeBibtex, germanCitation, highwireTags, toBibtex, toRis } from '#src/lib/cite/formats.ts';
import { parseBibtex, parseRis } from '../support/bibliography.ts';

const conference: CitedConference = {
  slug: 'tagung-2018',
  title: 'Integration im Sozialraum',
  reportTitle: 'Tagung „Integration im Sozialraum“',
  date: { year: 2018, month: 6, day: 15 },
  url: '/docs/tagung-2018/',
  organizer: {
    name: 'INTESO – Integration im Sozialraum. Lokale Konzepte …',
    shortName: 'INTESO',
    kind: 'forschungsprojekt',
  },
};
const talk = {
  slug: 'koelner-fluechtlingsstudien',
  number: '3.2',
  title: 'Vera Schwarzenberg und Felix Leßke: Sozialräumliche Integration',
  url: '/docs/tagung-2018/koelner-fluechtlingsstudien/',
  presenters: [
    { name: 'Vera Schwarzenberg', sortName: 'Schwarzenberg, Vera', displayName: 'Vera Schwarzenberg' },
    { name: 'Felix Leßke', sortName: 'Leßke, Felix', displayName: 'Felix Leßke' },
  ],
};
const opening = {
  slug: 'einleitung',
  title: 'Einleitung',
  url: '/docs/tagung-2018/einleitung/',
  presenters: [],
};
const site = 'https://example.org';

describe('citable works', () => {
  it('credits a section to its presenters, with the absolute URL under the base path', () => {
    const work = sectionWork(talk, conference, site);
    expect(work.creators.map((creator) => creator.kind === 'person' && creator.family)).toEqual([
      'Schwarzenberg',
      'Leßke',
    ]);
    expect(work.url).toBe('https://example.org/docs/tagung-2018/koelner-fluechtlingsstudien/');
    expect(work.title).toBe('3.2 Vera Schwarzenberg und Felix Leßke: Sozialräumliche Integration');
    expect(work.publisher).toBe('Forschungsprojekt INTESO');
  });

  it('credits a section without presenters and the whole report to the organiser, never to a made-up person', () => {
    expect(sectionWork(opening, conference, site).creators).toEqual([
      { kind: 'organization', name: 'Forschungsprojekt INTESO' },
    ]);
    expect(conferenceWork(conference, site).creators).toEqual([
      { kind: 'organization', name: 'Forschungsprojekt INTESO' },
    ]);
  });
});

describe('formats', () => {
  const work = sectionWork(talk, conference, site);

  it('writes a German citation with authors, year, title, editor, conference date and URL', () => {
    expect(germanCitation(work)).toBe(
      'Schwarzenberg, Vera; Leßke, Felix (2018): 3.2 Vera Schwarzenberg und Felix Leßke: Sozialräumliche Integration. ' +
        'In: Forschungsprojekt INTESO (Hrsg.): Tagung „Integration im Sozialraum“. Bericht zur Tagung vom 15. Juni 2018. ' +
        'Online: https://example.org/docs/tagung-2018/koelner-fluechtlingsstudien/',
    );
    expect(germanCitation(conferenceWork(conference, site))).toMatch(
      /^Forschungsprojekt INTESO \(Hrsg\.\) \(2018\): Tagung „Integration im Sozialraum“\./u,
    );
  });

  it('writes BibTeX that parses, with both authors joined by "and"', () => {
    const entry = parseBibtex(toBibtex(work));
    expect(entry.type).toBe('inproceedings');
    expect(entry.key).toBe('inteso2018-koelner-fluechtlingsstudien');
    expect(entry.fields['author']).toBe('Schwarzenberg, Vera and Leßke, Felix');
    expect(entry.fields['year']).toBe('2018');
    expect(entry.fields['url']).toBe(work.url);
    const report = parseBibtex(toBibtex(conferenceWork(conference, site)));
    expect(report.fields['author']).toBe('{Forschungsprojekt INTESO}');
  });

  it('escapes BibTeX specials so that text from the report cannot break the entry', () => {
    expect(escapeBibtex('Projektleiter_innen & {50 %}')).toBe('Projektleiter\\_innen \\& \\{50 \\%\\}');
    const odd = sectionWork({ ...talk, title: 'A {b} c_d 100 % \\' }, conference, site);
    expect(() => parseBibtex(toBibtex(odd))).not.toThrow();
  });

  it('writes RIS that parses, one AU per presenter, TY first and ER last', () => {
    const record = parseRis(toRis(work));
    expect(record.get('TY')).toEqual(['CPAPER']);
    expect(record.get('AU')).toEqual(['Schwarzenberg, Vera', 'Leßke, Felix']);
    expect(record.get('DA')).toEqual(['2018/06/15']);
    expect(record.get('UR')).toEqual([work.url]);
    expect(parseRis(toRis(conferenceWork(conference, site))).get('TY')).toEqual(['RPRT']);
  });

  it('gives Highwire tags with one citation_author per presenter and the conference date', () => {
    const tags = highwireTags(work);
    expect(tags.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual([
      'Schwarzenberg, Vera',
      'Leßke, Felix',
    ]);
    expect(tags.find((tag) => tag.name === 'citation_date')?.content).toBe('2018/06/15');
    expect(tags.find((tag) => tag.name === 'citation_conference_title')?.content).toBe(
      'Integration im Sozialraum',
    );
  });
});
