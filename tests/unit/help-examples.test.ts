/** The examples of the help page for newsletter editors come from the report's data (src/lib/share/help-examples.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newsletterHelpExamples } from '#src/lib/share/help-examples.ts';

const conference = {
  date: { year: 2018, month: 6, day: 15 },
  sections: [
    { url: '/tagung-2018/einleitung/', presenters: [], passages: [{ id: 'absatz-1' }] },
    { url: '/tagung-2018/begruessung/', presenters: ['anne-van-riessen'], passages: [{ id: 'absatz-1' }] },
  ],
};

describe('the newsletter help’s examples', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('link the first section with presenters and its first passage, shown with the public address', () => {
    vi.stubEnv('SITE', 'https://example.org');
    const examples = newsletterHelpExamples([conference]);
    expect(examples.section).toEqual({
      path: '/tagung-2018/begruessung/',
      url: 'https://example.org/tagung-2018/begruessung/',
    });
    expect(examples.passage).toEqual({
      id: 'absatz-1',
      path: '/tagung-2018/begruessung/#absatz-1',
      url: 'https://example.org/tagung-2018/begruessung/#absatz-1',
    });
    expect(examples.campaignUrl).toBe(
      'https://example.org/tagung-2018/begruessung/?utm_source=newsletter&utm_medium=email&utm_campaign=juni-rundbrief',
    );
    expect(examples.mailchimpBlock.split('\n')[0]).toBe('*|FEEDBLOCK:https://example.org/feed.xml|*');
    expect(examples.json.url).toBe('https://example.org/feed.json');
  });

  it('name each conference date once, and fall back to the home page without sections', () => {
    const later = { ...conference, date: { year: 2019, month: 5, day: 3 } };
    expect(newsletterHelpExamples([later, conference, conference]).dates).toBe('3. Mai 2019, 15. Juni 2018');
    expect(newsletterHelpExamples([]).section.path).toBe('/');
  });
});
