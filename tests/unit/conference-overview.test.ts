/** What the home page says beside the programme: every fact once, nothing the opening section says. */
import { describe, expect, it } from 'vitest';
import { conferenceOverview } from '#src/lib/routes/conference-overview.ts';

const opening =
  'Das Projekt lud zur Tagung ein. Die Tagung zielte auf einen Transfer.\n\nDer Einladung folgten rund 100 Personen, darunter Fachleute.';
const conference = {
  funding: {
    funder: { name: 'Ministerium für Kultur und Wissenschaft des Landes NRW' },
    programme: 'Programm X',
  },
  partners: [{ name: 'Landeshauptstadt Düsseldorf' }, { name: 'Welcome Points' }],
  audience: {
    count: 100,
    approximate: true,
    description: 'Der Einladung folgten rund 100 Personen, darunter Fachleute.',
  },
  summary: 'Die Tagung zielte auf einen Transfer.',
  figures: [
    { value: 'rund 100', label: 'Teilnehmende' },
    { value: '250', label: 'Teilnehmende der Online-Befragung' },
  ],
  sections: [{ passages: opening.split('\n\n').map((text) => ({ text })) }],
};

describe('conferenceOverview', () => {
  it('leaves to the opening section what it says word for word: the summary and who came', () => {
    const overview = conferenceOverview(conference);
    expect(overview.lead).toBeUndefined();
    expect(overview.facts).toEqual([
      { label: 'Förderung', text: 'Ministerium für Kultur und Wissenschaft des Landes NRW, Programm X' },
      { label: 'In Kooperation mit', text: 'Landeshauptstadt Düsseldorf und Welcome Points' },
    ]);
  });

  it('shows a summary and an audience the opening section does not say', () => {
    const overview = conferenceOverview({
      ...conference,
      sections: [{ passages: [{ text: 'Ein ganz anderer Anfang.' }] }],
    });
    expect(overview.lead).toBe(conference.summary);
    expect(overview.facts.map((fact) => fact.label)).toEqual(['Förderung', 'In Kooperation mit', 'Wer kam']);
  });

  it('says the participants once: in the line under the title, not again among the figures', () => {
    const overview = conferenceOverview(conference);
    expect(overview.participants).toBe('rund 100 Teilnehmende');
    expect(overview.figures.map((figure) => figure.value)).toEqual(['250']);
    const counted = conferenceOverview({
      ...conference,
      audience: { ...conference.audience, count: undefined },
    });
    expect(counted.participants).toBeUndefined();
    expect(counted.figures).toHaveLength(2);
  });

  it('names no funding or partners where the event gives none', () => {
    const overview = conferenceOverview({ ...conference, funding: undefined, partners: [] });
    expect(overview.facts).toEqual([]);
  });
});
