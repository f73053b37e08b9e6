/**
 * Drafts and publication: a placeholder is shown in a draft build and refused, with file and field,
 * in a publication build.
 */
import { describe, expect, it } from 'vitest';
import { findContentProblems, formatProblem, type ContentSet } from '#src/lib/content/integrity.ts';
import { findPlaceholders, isDraftBuild, isPlaceholder, placeholder } from '#src/lib/draft.ts';
import { eventSchema } from '#src/schemas/index.ts';

describe('the draft notion', () => {
  it('a build without SITE, or with TAGUNGSDOKU_DRAFT=1, is a draft; with SITE alone it publishes', () => {
    expect(isDraftBuild({})).toBe(true);
    expect(isDraftBuild({ SITE: 'https://example.org', TAGUNGSDOKU_DRAFT: '1' })).toBe(true);
    expect(isDraftBuild({ SITE: 'https://example.org' })).toBe(false);
    expect(isDraftBuild({ SITE: 'https://example.org', TAGUNGSDOKU_DRAFT: '0' })).toBe(false);
  });

  it('finds placeholders in nested data, with their field paths', () => {
    const open = placeholder('Rolle');
    expect(isPlaceholder(open)).toBe(true);
    expect(isPlaceholder(`Leiterin ${open}`)).toBe(false);
    expect(
      findPlaceholders({ name: 'A', roles: [{ title: open }], audience: { description: `Wer: ${open}` } }),
    ).toEqual([
      { field: 'roles[0].title', text: open },
      { field: 'audience.description', text: `Wer: ${open}` },
    ]);
  });

  it('the conference schema takes a placeholder organizer and an audience without a number', () => {
    const event = eventSchema.parse({
      title: 'T',
      reportTitle: 'T',
      slug: 't',
      date: '2021-03-03',
      organizer: placeholder('Veranstalter'),
      audience: { description: placeholder('wer kam') },
      summary: 'S.',
    });
    expect(event.audience.count).toBeUndefined();
    expect(eventSchema.safeParse({ ...event, organizer: 'Kein Platzhalter' }).success).toBe(false);
  });
});

describe('placeholders in the integrity check', () => {
  const content: ContentSet = {
    events: [
      {
        id: 'fachtag',
        filePath: 'content/events/fachtag.yaml',
        data: eventSchema.parse({
          title: 'T',
          reportTitle: 'T',
          slug: 'fachtag',
          date: '2021-03-03',
          organizer: placeholder('Veranstalter'),
          audience: { description: 'Viele.' },
          summary: 'S.',
        }),
      },
    ],
    sections: [],
    people: [
      {
        id: 'jana-wolff',
        filePath: 'content/people/jana-wolff.yaml',
        data: { name: 'Jana Wolff', sortName: 'Wolff, Jana', roles: [{ title: placeholder('Rolle') }] },
      },
    ],
    organizations: [],
    topics: [],
    places: [],
  };

  it('a draft build lets them stand', () => {
    expect(findContentProblems(content, { draft: true })).toEqual([]);
  });

  it('a publication build refuses each, naming file and field', () => {
    expect(findContentProblems(content, { draft: false }).map(formatProblem)).toEqual([
      'content/events/fachtag.yaml: organizer: „[Bitte ergänzen: Veranstalter]“ ist ein Platzhalter. Bitte vor der Veröffentlichung durch die Angabe ersetzen (ein Entwurf, TAGUNGSDOKU_DRAFT=1, zeigt ihn, wie er ist).',
      'content/people/jana-wolff.yaml: roles[0].title: „[Bitte ergänzen: Rolle]“ ist ein Platzhalter. Bitte vor der Veröffentlichung durch die Angabe ersetzen (ein Entwurf, TAGUNGSDOKU_DRAFT=1, zeigt ihn, wie er ist).',
    ]);
  });
});
