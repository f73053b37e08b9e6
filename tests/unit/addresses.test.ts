import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinBase, normalizeBase, sitePath, withoutBase } from '#src/lib/addresses/base.ts';
import {
  filePathOf,
  isHtmlFile,
  isPublishedFile,
  isPublishedPage,
  pageAddressOf,
  pagePathOf,
} from '#src/lib/addresses/built-files.ts';
import { absoluteUrl, LOCAL_ORIGIN, originOf, siteOrigin } from '#src/lib/addresses/origin.ts';
import {
  cardPath,
  citationPath,
  conferencePath,
  downloadPath,
  faviconPath,
  feedPath,
  homePath,
  legalPagePath,
  pagefindPath,
  pagefindScriptPath,
  passagePath,
  personEntryPath,
  programmeSchemaPath,
  registerEntryPath,
  registerIndexPath,
  registerPath,
  searchPath,
  searchVocabularyPath,
  sectionMarkdownPath,
  sectionPath,
  newsletterHelpPath,
  sitemapPath,
} from '#src/lib/addresses/paths.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Every kind of address the site has, as the builders give them under the current base. */
function everyAddress(): string[] {
  return [
    homePath(),
    conferencePath('tagung-2018'),
    sectionPath('tagung-2018', 'raumerleben'),
    passagePath(sectionPath('tagung-2018', 'raumerleben'), 'absatz-3'),
    registerPath(),
    registerIndexPath('places'),
    registerEntryPath('organizations', 'th-koeln'),
    personEntryPath('ulrich-deinet', true),
    personEntryPath('juergen-friedrichs', false),
    citationPath(sectionPath('tagung-2018', 'raumerleben'), 'bib'),
    citationPath(conferencePath('tagung-2018'), 'ris'),
    downloadPath('tagung-2018', 'pdf'),
    downloadPath('tagung-2018', 'epub'),
    downloadPath('tagung-2018', 'markdown'),
    downloadPath('tagung-2018', 'data'),
    sectionMarkdownPath('tagung-2018', 'raumerleben'),
    programmeSchemaPath(),
    feedPath('rss'),
    feedPath('json'),
    cardPath('tagung-2018/raumerleben'),
    searchPath(),
    searchPath({ query: 'Köln', filters: { Referierende: ['Felix Leßke'], Thema: ['Ehrenamt'] } }),
    searchPath({ query: 'Koeln', filters: {}, exact: true }),
    newsletterHelpPath(),
    legalPagePath('impressum'),
    faviconPath(),
    sitemapPath(),
    pagefindScriptPath(),
    searchVocabularyPath(),
  ];
}

const addressesAtRoot = [
  '/',
  '/tagung-2018/',
  '/tagung-2018/raumerleben/',
  '/tagung-2018/raumerleben/#absatz-3',
  '/register/',
  '/orte/',
  '/institutionen/th-koeln/',
  '/referierende/ulrich-deinet/',
  '/referierende/#juergen-friedrichs',
  '/tagung-2018/raumerleben/zitat.bib',
  '/tagung-2018/zitat.ris',
  '/tagung-2018.pdf',
  '/tagung-2018.epub',
  '/tagung-2018.md',
  '/tagung-2018.json',
  '/tagung-2018/raumerleben.md',
  '/programm.schema.json',
  '/feed.xml',
  '/feed.json',
  '/og/tagung-2018/raumerleben.png',
  '/suche/',
  '/suche/?q=K%C3%B6ln&person=Felix+Le%C3%9Fke&thema=Ehrenamt',
  '/suche/?q=Koeln&genau=1',
  '/newsletter-hilfe/',
  '/impressum/',
  '/favicon.svg',
  '/sitemap.xml',
  '/pagefind/pagefind.js',
  '/pagefind/vocabulary.json',
];

describe('the base path', () => {
  it('is joined to site paths, with or without slashes at its ends', () => {
    expect(joinBase('/tagung-2018/', '/')).toBe('/tagung-2018/');
    expect(joinBase('/tagung-2018/', '/docs/')).toBe('/docs/tagung-2018/');
    expect(joinBase('tagung-2018/', '/docs')).toBe('/docs/tagung-2018/');
    expect(sitePath('/suche/', '/tagungsdoku/')).toBe('/tagungsdoku/suche/');
  });

  it('is read from BASE_PATH by one rule: one slash at each end', () => {
    for (const written of ['tagungsdoku', '/tagungsdoku', 'tagungsdoku/', '//tagungsdoku//'])
      expect(normalizeBase(written), written).toBe('/tagungsdoku/');
    for (const written of ['', '/', '//']) expect(normalizeBase(written), written).toBe('/');
    expect(normalizeBase('/bericht/2018')).toBe('/bericht/2018/');
  });

  it('is taken off again, and a path outside it stays as it is', () => {
    expect(withoutBase('/tagungsdoku/tagung-2018/', '/tagungsdoku/')).toBe('/tagung-2018/');
    expect(withoutBase('/tagungsdoku/', '/tagungsdoku')).toBe('/');
    expect(withoutBase('/tagung-2018/', '/')).toBe('/tagung-2018/');
    expect(withoutBase('/tagungsdoku-alt/', '/tagungsdoku/')).toBe('/tagungsdoku-alt/');
  });
});

describe('the path builders', () => {
  it('give every kind of page and file at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(everyAddress()).toEqual(addressesAtRoot);
  });

  it('put every kind of page and file under the base path /tagungsdoku', () => {
    for (const base of ['/tagungsdoku', '/tagungsdoku/']) {
      vi.stubEnv('BASE_URL', base);
      expect(everyAddress(), base).toEqual(addressesAtRoot.map((path) => `/tagungsdoku${path}`));
    }
  });

  it('put the search index under the base the build hook is given', () => {
    expect(pagefindPath('', '/tagungsdoku')).toBe('/tagungsdoku/pagefind/');
    expect(pagefindPath('pagefind.js', '/')).toBe('/pagefind/pagefind.js');
  });

  it('leave a search without words or filters without parameters', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(searchPath({ query: '  ', filters: {} })).toBe('/suche/');
  });
});

describe('the origin', () => {
  it('is SITE where it is set, else the local preview', () => {
    expect(originOf('https://example.org')).toBe('https://example.org');
    expect(originOf(undefined)).toBe(LOCAL_ORIGIN);
    expect(LOCAL_ORIGIN).toBe('http://localhost:4321');
  });

  it('is read from the build environment by the same rule', () => {
    vi.stubEnv('SITE', 'https://example.org');
    expect(siteOrigin()).toBe('https://example.org');
    expect(absoluteUrl('/tagungsdoku/tagung-2018/')).toBe('https://example.org/tagungsdoku/tagung-2018/');
    vi.stubEnv('SITE', undefined);
    expect(siteOrigin()).toBe('http://localhost:4321');
    expect(absoluteUrl('/tagung-2018/raumerleben/#absatz-3')).toBe(
      'http://localhost:4321/tagung-2018/raumerleben/#absatz-3',
    );
  });

  it('makes base-included paths absolute under the origin given', () => {
    vi.stubEnv('BASE_URL', '/tagungsdoku/');
    expect(absoluteUrl(cardPath('start'), 'https://example.org')).toBe(
      'https://example.org/tagungsdoku/og/start.png',
    );
    expect(absoluteUrl(feedPath('rss'), new URL('https://example.org/'))).toBe(
      'https://example.org/tagungsdoku/feed.xml',
    );
    // A link in a section's text, against the section's own address.
    expect(absoluteUrl('#absatz-2', 'https://example.org/tagung-2018/raumerleben/')).toBe(
      'https://example.org/tagung-2018/raumerleben/#absatz-2',
    );
  });
});

describe('the built files', () => {
  it('map HTML files to page addresses, without and with the base', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('tagung-2018/raumerleben/index.html')).toBe('/tagung-2018/raumerleben/');
    expect(pagePathOf('tagung-2018\\raumerleben\\index.html')).toBe('/tagung-2018/raumerleben/');
    expect(pagePathOf('404.html')).toBe('/404.html');
    expect(pageAddressOf('tagung-2018/index.html', '/')).toBe('/tagung-2018/');
    expect(pageAddressOf('tagung-2018/index.html', '/tagungsdoku/')).toBe('/tagungsdoku/tagung-2018/');
    expect(pageAddressOf('index.html', '/tagungsdoku')).toBe('/tagungsdoku/');
    expect(pageAddressOf('404.html', '/tagungsdoku/')).toBe('/tagungsdoku/404.html');
  });

  it('tell published pages from the 404 page and other files', () => {
    expect(isPublishedPage('404.html')).toBe(false);
    expect(isPublishedPage('og/start.png')).toBe(false);
    expect(isPublishedPage('tagung-2018/index.html')).toBe(true);
    expect(isPublishedPage('tagung-2018\\index.html')).toBe(true);
    expect(isHtmlFile('404.html')).toBe(true);
    expect(isHtmlFile('feed.xml')).toBe(false);
  });

  it('keep the downloads beside the pages, not the search index or the cards', () => {
    const files = [
      'tagung-2018.pdf',
      'tagung-2018.epub',
      'tagung-2018.md',
      'tagung-2018/raumerleben.md',
      'tagung-2018\\einleitung.md',
      'tagung-2018.json',
      'programm.schema.json',
      'feed.json',
      'feed.xml',
      'llms.txt',
      'pagefind/pagefind-entry.json',
      'og/tagung-2018.png',
      'robots.txt',
      'sitemap.xml',
      'index.html',
    ];
    expect(files.filter(isPublishedFile).map(filePathOf)).toEqual([
      '/tagung-2018.pdf',
      '/tagung-2018.epub',
      '/tagung-2018.md',
      '/tagung-2018/raumerleben.md',
      '/tagung-2018/einleitung.md',
      '/tagung-2018.json',
      '/programm.schema.json',
      '/feed.json',
      '/feed.xml',
      '/llms.txt',
    ]);
  });
});
