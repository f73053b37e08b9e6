import { describe, expect, it } from 'vitest';
import {
  campaignUtm,
  openingWords,
  passageSnippets,
  sentencesOf,
  shareSnippets,
  snippetConferenceLine,
  snippetSentence,
  textAsHtml,
  utmFromEnv,
  withUtm,
} from '#src/lib/share/snippets.ts';

const url = 'https://example.org/tagung-2018/forschungsdesign/';
const content = {
  title: 'INTESO – Forschungsdesign und Rückblick',
  presenters: [{ name: 'Dr. Anne van Rießen', role: 'Gastprofessorin, Hochschule Düsseldorf' }],
  conference: 'Tagung „Integration im Sozialraum“, 15. Juni 2018',
  sentence: 'Sie führte als eine der Projektleiter_innen in die Thematik ein.',
  url,
};

/** The elements and attributes of an HTML fragment, read with a tolerant pattern. */
function tagsOf(html: string): { name: string; attributes: string }[] {
  return [...html.matchAll(/<([a-z]+)\b([^>]*)>/gu)].map((match) => ({
    name: match[1] ?? '',
    attributes: match[2] ?? '',
  }));
}

describe('sentences', () => {
  it('split a German text where a sentence ends, not after abbreviations, initials or ordinals', () => {
    const sentences = [
      'Dr. van Rießen fasst zusammen, ca. zwei Drittel nutzen sie (v.a. Ehrenamtliche).',
      'Im 2. Schritt folgten z. B. Interviews.',
      '„Wer übernimmt welche Aufgaben?“',
      'Das ist alles.',
    ];
    expect(sentencesOf(sentences.join(' '))).toEqual(sentences);
  });

  it('quote one sentence verbatim that does not name the presenters again', () => {
    const description =
      'Dr. Anne van Rießen führte in die Thematik ein, indem sie das Forschungsdesign vorstellte.';
    const text = `${description} Kurz. Die Stadt hat seit dem Jahr 2015 sozialräumlich ausgerichtete Welcome Points initiiert. Mehr.`;
    const sentence = snippetSentence(description, [text], ['Rießen']);
    expect(sentence).not.toContain('Rießen');
    expect(sentence.split(/\s+/u).length).toBeGreaterThanOrEqual(8);
    expect(text).toContain(sentence);
    // Without presenters, the description comes first.
    expect(snippetSentence(description, [text], [])).toBe(description);
  });

  it('fall back to the description where every sentence names a presenter', () => {
    const description = 'Dr. Anne van Rießen führte in die Thematik ein.';
    expect(
      snippetSentence(
        description,
        ['Frau van Rießen sprach lange über das, was vor Ort geschieht.'],
        ['Rießen'],
      ),
    ).toBe(description);
  });

  it('open a passage with its first sentence, or its first words and „…“ where that is long', () => {
    expect(openingWords('Kurz und klar gesagt. Dann mehr.')).toBe('Kurz und klar gesagt.');
    const long = Array.from({ length: 40 }, (_, index) => `Wort${index}`).join(' ');
    const opening = openingWords(long, 10);
    expect(opening.endsWith(' …')).toBe(true);
    expect(long.startsWith(opening.slice(0, -2))).toBe(true);
  });
});

describe('share snippets', () => {
  it('give the title without number, the presenters once with their role, the conference, the sentence and the link', () => {
    const lines = shareSnippets(content).text.split('\n');
    expect(lines[0]).toBe(content.title);
    expect(lines.filter((line) => line.includes('Anne van Rießen'))).toHaveLength(1);
    expect(lines).toContain(`Mit Dr. Anne van Rießen (Gastprofessorin, Hochschule Düsseldorf)`);
    expect(lines).toContain(content.conference);
    expect(lines).toContain(`„${content.sentence}“`);
    expect(lines.at(-1)).toBe(url);
  });

  it('name the conference in German quotation marks, and nest quotes only in a quoted sentence', () => {
    expect(
      snippetConferenceLine({
        reportTitle: 'Tagung „Integration im Sozialraum“',
        date: { year: 2018, month: 6, day: 15 },
      }),
    ).toBe('Tagung „Integration im Sozialraum“, 15. Juni 2018');
    const { text } = shareSnippets({
      ...content,
      sentence: 'Sie lud zur Tagung „Integration im Sozialraum“ ein.',
    });
    expect(text).toContain('„Sie lud zur Tagung ‚Integration im Sozialraum‘ ein.“');
  });

  it('link the title in Markdown and escape Markdown specials in the report text, not `_` inside a word', () => {
    const { markdown } = shareSnippets({ ...content, title: 'Ein *Stern* und _betont_' });
    expect(markdown).toContain(`**[Ein \\*Stern\\* und \\_betont\\_](${url})**`);
    expect(markdown).toContain('> „Sie führte als eine der Projektleiter_innen in die Thematik ein.“');
    const passage = { section: content.title, presenters: [], conference: content.conference, url };
    expect(passageSnippets({ ...passage, opening: 'Die Mitarbeiter_innen [vor Ort].' }).markdown).toContain(
      '> „Die Mitarbeiter_innen \\[vor Ort\\].“',
    );
  });

  it('write e-mail-safe HTML: inline styles only, no classes, at most 600 px, web-safe fonts, escaped text', () => {
    const { html } = shareSnippets({ ...content, title: 'A <b> & "c"' });
    const tags = tagsOf(html);
    expect(tags.map((tag) => tag.name)).not.toContain('style');
    expect(tags.filter((tag) => /\sclass=/u.test(tag.attributes))).toEqual([]);
    expect(
      tags.every((tag) => tag.name === 'br' || /\sstyle="/u.test(tag.attributes) || tag.name === 'a'),
    ).toBe(true);
    expect(tags[0]?.attributes).toMatch(/max-width:600px/u);
    expect(html).toMatch(/font-family:[^;"]*(?:Arial|Helvetica)[^;"]*sans-serif/u);
    expect(html).toContain('A &lt;b&gt; &amp; &quot;c&quot;</a>');
    expect(html).not.toContain('<img');
  });

  it('show the card above the title when asked: absolute URL, 600 px wide, its alt text', () => {
    const image = {
      url: 'https://example.org/og/tagung-2018/forschungsdesign.png',
      alt: 'Karte „2.1“',
      width: 1200,
      height: 630,
    };
    const img = tagsOf(shareSnippets({ ...content, image }).html).find((tag) => tag.name === 'img');
    expect(img?.attributes).toContain(`src="${image.url}"`);
    expect(img?.attributes).toContain('width="600"');
    expect(img?.attributes).toContain('height="315"');
    expect(img?.attributes).toContain('alt="Karte „2.1“"');
  });

  it('leave out the presenters line where a section has none', () => {
    const withPresenters = shareSnippets(content).text.split('\n');
    const without = shareSnippets({ ...content, presenters: [] }).text.split('\n');
    expect(without).toHaveLength(withPresenters.length - 1);
    expect(without.some((line) => line.startsWith('Mit '))).toBe(false);
  });

  it('give a passage as its opening words in quotes, where it comes from, and its link', () => {
    const passage = passageSnippets({
      opening: 'Die Situation in Düsseldorf ist zurzeit gekennzeichnet.',
      section: content.title,
      presenters: ['Dr. Anne van Rießen'],
      conference: content.conference,
      url: `${url}#ergebnis-1`,
    });
    expect(passage.text.split('\n')).toEqual([
      '„Die Situation in Düsseldorf ist zurzeit gekennzeichnet.“',
      `Aus: ${content.title} (Dr. Anne van Rießen), ${content.conference}`,
      `${url}#ergebnis-1`,
    ]);
    expect(passage.html).toContain(`href="${url}#ergebnis-1"`);
    expect(passage.html).not.toMatch(/\sclass=/u);
  });

  it('turn plain text into HTML that shows the same characters, with its address linked', () => {
    const html = textAsHtml(`**[a & b](${url})**\nzweite Zeile\n\n${url}`);
    expect(html).toBe(`<p>**[a &amp; b](${url})**<br>zweite Zeile</p><p><a href="${url}">${url}</a></p>`);
  });
});

describe('UTM parameters', () => {
  it('are off at build time unless SHARE_UTM_SOURCE is set', () => {
    expect(utmFromEnv({})).toBeUndefined();
    expect(utmFromEnv({ SHARE_UTM_SOURCE: ' ' })).toBeUndefined();
    expect(withUtm(url, utmFromEnv({}))).toBe(url);
  });

  it('go into the query, before any anchor', () => {
    const utm = utmFromEnv({
      SHARE_UTM_SOURCE: 'newsletter',
      SHARE_UTM_MEDIUM: 'email',
      SHARE_UTM_CAMPAIGN: '',
    });
    expect(withUtm(`${url}#ergebnis-1`, utm)).toBe(
      `${url}?utm_source=newsletter&utm_medium=email#ergebnis-1`,
    );
  });

  it('from the panel: none without a campaign; with one, source and medium as typed or newsletter and email', () => {
    expect(campaignUtm({ campaign: '  ', source: 'x', medium: 'y' })).toBeUndefined();
    const typed = campaignUtm({ campaign: 'juni', source: '', medium: '' });
    expect(new URL(withUtm(url, typed)).searchParams.toString()).toBe(
      'utm_source=newsletter&utm_medium=email&utm_campaign=juni',
    );
    const edited = campaignUtm({ campaign: 'juni 2026', source: 'rundbrief', medium: 'mail' });
    const params = new URL(withUtm(url, edited)).searchParams;
    expect([params.get('utm_source'), params.get('utm_medium'), params.get('utm_campaign')]).toEqual([
      'rundbrief',
      'mail',
      'juni 2026',
    ]);
  });
});
