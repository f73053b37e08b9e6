import { describe, expect, it } from 'vitest';
import {
  namesakeNote,
  namesakesOf,
  organizationHead,
  personHead,
  placeHead,
  registerHeads,
  topicHead,
} from '#src/lib/register/heads.ts';
import { registerCard } from '#src/lib/cards/card-text.ts';

const inteso = { id: 'inteso', name: 'INTESO', kind: 'forschungsprojekt' as const };
const deinet = {
  person: {
    id: 'ulrich-deinet',
    displayName: 'Prof. Dr. Ulrich Deinet',
    roles: [{ title: 'Projektleiter', organization: inteso }],
  },
  presented: [1, 2, 3],
};
const conference = {
  slug: 'tagung-2018',
  title: 'Integration im Sozialraum',
  reportTitle: 'Tagung „Integration im Sozialraum“',
  date: { year: 2018, month: 6, day: 15 },
  sections: [],
};

describe('register page heads', () => {
  it("name a presenter's page, its roles and contributions", () => {
    expect(personHead(deinet)).toEqual({
      kind: 'people',
      id: 'ulrich-deinet',
      path: '/referierende/ulrich-deinet/',
      title: 'Prof. Dr. Ulrich Deinet',
      kicker: 'Register · Referierende',
      description:
        'Prof. Dr. Ulrich Deinet: 3 Beiträge zur Tagung, mit Funktion und Institution, wie der Bericht sie angibt.',
      line: 'Projektleiter, INTESO · 3 Beiträge',
    });
    expect(personHead({ ...deinet, presented: [1] }).line).toBe('Projektleiter, INTESO · ein Beitrag');
  });

  it('name topics, institutions and places with their kind and how often the report has them', () => {
    expect(
      topicHead({
        topic: { id: 'ehrenamt', title: 'Ehrenamt und Hauptamt', description: 'Die Verhältnisbestimmung …' },
        sections: [1, 2],
      }).line,
    ).toBe('2 Abschnitte');
    const organization = organizationHead({
      organization: { ...inteso, shortName: undefined },
      sections: [1],
    });
    expect([organization.path, organization.kicker, organization.line]).toEqual([
      '/institutionen/inteso/',
      'Register · Forschungsprojekt',
      'Genannt in einem Abschnitt',
    ]);
    const place = placeHead({ place: { id: 'koeln', name: 'Köln', kind: 'kommune' }, sections: [1, 2, 3] });
    expect([place.path, place.kicker, place.line]).toEqual([
      '/orte/koeln/',
      'Register · Kommune',
      'Genannt in 3 Abschnitten',
    ]);
  });

  it('list every entry page once, and each gets a card at its own address', () => {
    const heads = registerHeads({
      presenters: [deinet],
      topics: [{ topic: { id: 'welcome-points', title: 'Welcome Points', description: '…' }, sections: [1] }],
      organizations: [
        {
          organization: { id: 'welcome-points', name: 'Welcome Points', kind: 'einrichtung' },
          sections: [1],
        },
      ],
      places: [],
    });
    const cards = heads.map((head) => registerCard(head, conference));
    expect(cards.map((card) => card.path)).toEqual([
      '/og/referierende/ulrich-deinet.png',
      '/og/themen/welcome-points.png',
      '/og/institutionen/welcome-points.png',
    ]);
    expect(cards[0]).toMatchObject({
      kicker: 'Register · Referierende',
      title: 'Prof. Dr. Ulrich Deinet',
      byline: 'Projektleiter, INTESO · 3 Beiträge',
      conference: 'Tagung „Integration im Sozialraum“ · 15. Juni 2018',
      alt: 'Register · Referierende: Prof. Dr. Ulrich Deinet. Projektleiter, INTESO · 3 Beiträge. Tagung „Integration im Sozialraum“ · 15. Juni 2018.',
    });
  });
});

describe('namesakes', () => {
  const topic = topicHead({
    topic: { id: 'welcome-points', title: 'Welcome Points', description: 'Die Welcome Points.' },
    sections: [1, 2, 3],
  });
  const institution = organizationHead({
    organization: { id: 'welcome-points', name: 'Welcome Points', kind: 'einrichtung' },
    sections: [1],
  });
  const heads = [topic, institution, organizationHead({ organization: inteso, sections: [1] })];

  it('finds the entry of the same name in another part of the register, not the entry itself', () => {
    expect(namesakesOf(topic, heads)).toEqual([institution]);
    expect(namesakesOf(institution, heads)).toEqual([topic]);
    expect(namesakesOf({ kind: 'topics', id: 'x', title: 'WELCOME POINTS' }, heads)).toEqual([institution]);
    expect(namesakesOf(heads[2] ?? topic, heads)).toEqual([]);
  });

  it('gives an overview the line that points to the namesake, or nothing', () => {
    expect(namesakeNote(topic, heads)).toBe('gleichnamig unter Institutionen');
    expect(namesakeNote(institution, heads)).toBe('gleichnamig unter Themen');
    expect(namesakeNote(heads[2] ?? topic, heads)).toBeUndefined();
  });
});
