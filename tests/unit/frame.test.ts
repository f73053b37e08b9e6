/** The page frame as data: the head's tags (src/lib/frame/head.ts) and the footer's line (footer.ts). */
import { describe, expect, it } from 'vitest';
import {
  documentTitle,
  jsonLdEntry,
  mergeHead,
  metaEntry,
  pageHead,
  type HeadEntry,
  type PageHead,
} from '#src/lib/frame/head.ts';
import { reportsLine, type FooterConference } from '#src/lib/frame/footer.ts';

const page: PageHead = {
  title: '2.2 Online-Befragung',
  siteName: 'Tagungsdoku',
  description: 'Die Befragung & ihre Ergebnisse.',
  canonical: 'https://e.org/tagung-2018/online-befragung/',
  type: 'article',
  card: { url: 'https://e.org/og/tagung-2018/online-befragung.png', alt: 'Karte', width: 1200, height: 630 },
  assets: { font: '/_astro/serif.woff2', favicon: '/favicon.svg', printStyles: '/_astro/print.css' },
  feeds: [{ type: 'application/rss+xml', title: 'Tagungsdoku (RSS)', href: 'https://e.org/feed.xml' }],
};

/** The entries as tag names with their key attribute, the way a reader of the source would list them. */
const outline = (entries: readonly HeadEntry[]) =>
  entries.map(({ tag, attrs, text }) =>
    [
      tag,
      text ?? attrs['name'] ?? attrs['property'] ?? attrs['rel'] ?? attrs['charset'] ?? attrs['type'],
    ].join(' '),
  );

describe('the head of a page', () => {
  it('writes charset and viewport first, then the title with the site name, and every tag once', () => {
    const head = pageHead(page);
    expect(outline(head).slice(0, 5)).toEqual([
      'meta utf-8',
      'meta viewport',
      'title 2.2 Online-Befragung – Tagungsdoku',
      'meta description',
      'link canonical',
    ]);
    const keys = outline(head);
    expect(new Set(keys).size).toBe(keys.length);
    expect(head.find((entry) => entry.attrs['property'] === 'og:url')?.attrs['content']).toBe(page.canonical);
    expect(head.find((entry) => entry.attrs['property'] === 'og:image:width')?.attrs['content']).toBe('1200');
    expect(head.find((entry) => entry.attrs['rel'] === 'preload')?.attrs).toMatchObject({
      href: '/_astro/serif.woff2',
      as: 'font',
      crossorigin: 'anonymous',
    });
    expect(keys).toContain('link alternate');
    expect(keys.some((key) => key.startsWith('script'))).toBe(false);
  });

  it('keeps a page that is no address of its own out of the index: no canonical, no og:url', () => {
    const head = pageHead({ ...page, canonical: undefined });
    expect(head).toContainEqual(metaEntry('robots', 'noindex'));
    expect(head.some((entry) => entry.attrs['rel'] === 'canonical')).toBe(false);
    expect(head.some((entry) => entry.attrs['property'] === 'og:url')).toBe(false);
  });

  it('names the site alone on the page that is the site', () => {
    expect(documentTitle('Tagungsdoku', 'Tagungsdoku')).toBe('Tagungsdoku');
    expect(documentTitle('Register', 'Tagungsdoku')).toBe('Register – Tagungsdoku');
  });

  it('writes structured data that no text can end early', () => {
    const head = pageHead({ ...page, structuredData: { name: 'a </script><script>alert(1)' } });
    const script = head.at(-1);
    expect(script?.attrs['type']).toBe('application/ld+json');
    expect(script?.html).not.toContain('</script>');
    expect(JSON.parse(script?.html ?? '')).toEqual({ name: 'a </script><script>alert(1)' });
  });
});

describe('a page’s own head entries', () => {
  const base = pageHead({ ...page, structuredData: { '@type': 'WebPage' } });

  it('replace the frame’s entry that says the same, in its place', () => {
    const merged = mergeHead(base, [
      metaEntry('description', 'Eigene Beschreibung'),
      jsonLdEntry({ '@type': 'Report' }),
    ]);
    expect(merged).toHaveLength(base.length);
    const descriptions = merged.filter((entry) => entry.attrs['name'] === 'description');
    expect(descriptions).toEqual([metaEntry('description', 'Eigene Beschreibung')]);
    expect(merged.indexOf(descriptions[0] as HeadEntry)).toBe(3);
    const data = merged.filter((entry) => entry.tag === 'script');
    expect(data.map((entry) => JSON.parse(entry.html ?? ''))).toEqual([{ '@type': 'Report' }]);
  });

  it('are all kept when they repeat a name among themselves (one citation_author per author)', () => {
    const authors = [
      metaEntry('citation_author', 'Jepkens, Katja'),
      metaEntry('citation_author', 'Hauprich, Kai'),
    ];
    const merged = mergeHead(base, authors);
    expect(merged.slice(-2)).toEqual(authors);
    expect(merged).toHaveLength(base.length + 2);
  });
});

describe('the footer', () => {
  const inteso: FooterConference = {
    title: 'Integration im Sozialraum',
    date: { year: 2018, month: 6, day: 15 },
    organizer: {
      name: 'INTESO – Integration im Sozialraum. Lokale Konzepte zur Vernetzung und Steuerung zivilgesellschaftlicher und institutioneller Ressourcen in der Arbeit mit Flüchtlingen',
      shortName: 'INTESO',
      kind: 'forschungsprojekt',
    },
  };

  it('names the one report with its organizer and date', () => {
    expect(reportsLine([inteso])).toBe(
      'Bericht der Tagung „Integration im Sozialraum“ des Forschungsprojekts INTESO vom 15. Juni 2018.',
    );
  });

  it('lists several reports with their dates, and says nothing without one', () => {
    const later = { ...inteso, title: 'Quartiere', date: { year: 2019, month: 5, day: 3 } };
    expect(reportsLine([later, inteso])).toBe(
      'Berichte der Tagungen „Quartiere“ (3. Mai 2019) und „Integration im Sozialraum“ (15. Juni 2018).',
    );
    expect(reportsLine([])).toBeUndefined();
  });
});
