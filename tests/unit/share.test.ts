import { describe, expect, it } from 'vitest';
import { shareSnippets, utmFromEnv, withUtm } from '~/lib/share/snippets';

const content = {
  title: '2.1 INTESO – Forschungsdesign und Rückblick',
  presenters: 'Dr. Anne van Rießen',
  sentence: 'Sie führte als eine der Projektleiter_innen in die Thematik ein.',
  url: 'https://example.org/tagung-2018/forschungsdesign/',
};

describe('share snippets', () => {
  it('put title, presenters, sentence and URL in plain text, one per line', () => {
    expect(shareSnippets(content).text).toBe(
      '2.1 INTESO – Forschungsdesign und Rückblick\nMit Dr. Anne van Rießen\nSie führte als eine der Projektleiter_innen in die Thematik ein.\nhttps://example.org/tagung-2018/forschungsdesign/',
    );
  });

  it('link the title in Markdown and escape Markdown specials in the report text', () => {
    const { markdown } = shareSnippets(content);
    expect(markdown).toContain(
      '**[2.1 INTESO – Forschungsdesign und Rückblick](https://example.org/tagung-2018/forschungsdesign/)**',
    );
    expect(markdown).toContain('> Sie führte als eine der Projektleiter\\_innen in die Thematik ein.');
  });

  it('link the title in HTML and escape markup', () => {
    const { html } = shareSnippets({ ...content, title: 'A <b> & "c"' });
    expect(html).toContain(
      '<a href="https://example.org/tagung-2018/forschungsdesign/">A &lt;b&gt; &amp; &quot;c&quot;</a>',
    );
    expect(html).toContain('<blockquote><p>Sie führte');
  });

  it('leave out the presenters line where a section has none', () => {
    expect(shareSnippets({ ...content, presenters: '' }).text.split('\n')).toHaveLength(3);
  });
});

describe('UTM parameters', () => {
  it('are off unless SHARE_UTM_SOURCE is set', () => {
    expect(utmFromEnv({})).toBeUndefined();
    expect(utmFromEnv({ SHARE_UTM_SOURCE: ' ' })).toBeUndefined();
    expect(withUtm(content.url, utmFromEnv({}))).toBe(content.url);
  });

  it('go into the query, before any anchor', () => {
    const utm = utmFromEnv({
      SHARE_UTM_SOURCE: 'newsletter',
      SHARE_UTM_MEDIUM: 'email',
      SHARE_UTM_CAMPAIGN: '',
    });
    expect(withUtm(`${content.url}#ergebnis-1`, utm)).toBe(
      `${content.url}?utm_source=newsletter&utm_medium=email#ergebnis-1`,
    );
  });
});
