import { describe, expect, it } from 'vitest';
import { conferenceWork, sectionWork, type CitedConference } from '#src/lib/cite/works.ts';
import { conferenceGraph, reportGraph, sectionGraph } from '#src/lib/cite/jsonld-report.ts';

const conference: CitedConference = {
  slug: 'tagung-2018',
  title: 'Integration im Sozialraum',
  reportTitle: 'Tagung „Integration im Sozialraum“',
  date: { year: 2018, month: 6, day: 15 },
  url: '/tagung-2018/',
  organizer: { name: 'INTESO – …', shortName: 'INTESO', kind: 'forschungsprojekt' },
};
const site = 'https://example.org';
const sections = [
  { slug: 'einleitung', title: 'Einleitung', url: '/tagung-2018/einleitung/', presenters: [] },
  {
    slug: 'forschungsdesign',
    number: '2.1',
    title: 'INTESO – Forschungsdesign und Rückblick',
    url: '/tagung-2018/forschungsdesign/',
    presenters: [
      {
        name: 'Anne van Rießen',
        honorific: 'Dr.',
        sortName: 'Rießen, Anne van',
        displayName: 'Dr. Anne van Rießen',
      },
    ],
  },
].map((section) => sectionWork(section, conference, site));
const report = conferenceWork(conference, site);

type Node = Record<string, unknown>;
const graphOf = (value: Record<string, unknown>) => value['@graph'] as Node[];
const byType = (nodes: Node[], type: string) => nodes.filter((node) => node['@type'] === type);

describe('JSON-LD for the report', () => {
  it('makes the conference an Event whose sub-events are the talks, with their presenters as performers', () => {
    const [event] = byType(graphOf(conferenceGraph(report, sections)), 'Event');
    expect(event?.['name']).toBe('Integration im Sozialraum');
    expect(event?.['startDate']).toBe('2018-06-15');
    const talks = event?.['subEvent'] as Node[];
    expect(talks.map((talk) => talk['name'])).toEqual(['2.1 INTESO – Forschungsdesign und Rückblick']);
    expect(talks[0]?.['performer']).toEqual([
      {
        '@type': 'Person',
        name: 'Anne van Rießen',
        honorificPrefix: 'Dr.',
        familyName: 'Rießen',
        givenName: 'Anne van',
      },
    ]);
  });

  it('claims no venue, time or publication date the report does not give', () => {
    const text = JSON.stringify(reportGraph(report, sections));
    for (const key of ['location', 'datePublished', 'doorTime', 'T0']) expect(text).not.toContain(key);
  });

  it('makes each section a Report that is part of the whole report, whose page lists it among the parts', () => {
    const nodes = graphOf(sectionGraph(sections[1]!, report));
    const [section, whole] = byType(nodes, 'Report');
    expect(section?.['isPartOf']).toEqual({ '@id': whole?.['@id'] });
    expect(section?.['url']).toBe('https://example.org/tagung-2018/forschungsdesign/');
    const [wholeOnItsPage] = byType(graphOf(reportGraph(report, sections)), 'Report');
    expect(wholeOnItsPage?.['@id']).toBe(whole?.['@id']);
    expect(wholeOnItsPage?.['hasPart']).toContainEqual({ '@id': section?.['@id'] });
  });

  it("gives a talk's section its talk as an Event of the conference; a section without presenters has none", () => {
    const nodes = graphOf(sectionGraph(sections[1]!, report));
    const [talk, conferenceNode] = byType(nodes, 'Event');
    expect(talk?.['name']).toBe('2.1 INTESO – Forschungsdesign und Rückblick');
    expect(talk?.['superEvent']).toEqual({ '@id': conferenceNode?.['@id'] });
    expect(conferenceNode?.['name']).toBe('Integration im Sozialraum');
    expect(byType(graphOf(sectionGraph(sections[0]!, report)), 'Event')).toHaveLength(1);
  });

  it('references only nodes that the graph defines', () => {
    for (const graph of [
      conferenceGraph(report, sections),
      reportGraph(report, sections),
      sectionGraph(sections[0]!, report),
      sectionGraph(sections[1]!, report),
    ]) {
      const nodes = graphOf(graph);
      const defined = new Set<string>();
      const referenced: string[] = [];
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) return value.forEach(walk);
        if (!value || typeof value !== 'object') return;
        const node = value as Node;
        const id = node['@id'];
        if (typeof id === 'string') {
          if (Object.keys(node).length === 1) referenced.push(id);
          else defined.add(id);
        }
        Object.values(node).forEach(walk);
      };
      nodes.forEach(walk);
      expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
      expect(referenced.length).toBeGreaterThan(0);
    }
  });
});
