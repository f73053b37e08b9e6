/**
 * The editor fetches nothing from another host: the installed Sveltia CMS bundle is rewritten so that
 * its interface strings, fonts and status checks come from the site, a bundle whose addresses moved
 * fails the build by name, and the page's own CSP reaches no other host than the team's repository.
 * (tests/e2e/editor.spec.ts watches the requests of the running editor.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorFiles } from '#src/integrations/editor.ts';
import { repositoryFromEnv } from '#src/lib/editor/config.ts';
import { germanAdditions, withGermanAdditions } from '#src/lib/editor/german-strings.ts';
import {
  editorCsp,
  editorPage,
  isFileAddress,
  pinnedVersion,
  remainingHosts,
  servedBundle,
  thirdPartyAddresses,
  withLocalAddresses,
} from '#src/lib/editor/self-hosted.ts';

const bundle = readFileSync('node_modules/@sveltia/cms/dist/sveltia-cms.js', 'utf8');

describe('the editor’s bundle as the site serves it', () => {
  const served = withLocalAddresses(bundle, '/tagungsdoku/');

  it('fetches its interface strings, fonts and status checks from the site', () => {
    for (const { address, local } of thirdPartyAddresses()) {
      expect(bundle).toContain(address);
      expect(served).not.toContain(address);
      expect(served).toContain(`/tagungsdoku/admin/${local}`);
    }
    expect(served).toContain('`/tagungsdoku/admin/cms`');
    const before = remainingHosts(bundle);
    const after = remainingHosts(served);
    for (const host of ['cdn.jsdelivr.net', 'status-api.hostedstatus.com']) {
      expect(before).toContain(host);
      expect(after).not.toContain(host);
    }
    // The libraries it loads on demand come from the site (pdf.js for a PDF's preview among them).
    expect(served).toContain('`/tagungsdoku/admin/lib/${e}`');
    // What still names unpkg.com serves features this editor does not use and its CSP blocks: code
    // highlighting (Shiki) and the Decap-style API for custom widgets. A new address here needs a
    // look before it ships.
    const unpkg = [...served.matchAll(/https:\/\/unpkg\.com[^`"'\s]*/gu)].map((match) => match[0]).sort();
    expect(unpkg).toEqual(['https://unpkg.com/@shikijs', 'https://unpkg.com/@sveltia/ui']);
  });

  it('fails, naming the address, when the bundle no longer has one', () => {
    const moved = bundle.replace('https://unpkg.com/@sveltia/cms', 'https://cdn.example.org/@sveltia/cms');
    expect(() => withLocalAddresses(moved, '/')).toThrow(
      /no longer contains https:\/\/unpkg\.com\/@sveltia\/cms/u,
    );
  });
});

describe('the files below /admin/', () => {
  it('include every file the served bundle points at, under the site’s base', () => {
    const files = editorFiles('.', '/tagungsdoku/', {});
    const { version } = JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as {
      version: string;
    };
    const served = String(files.get('sveltia-cms.js'));
    for (const { local } of thirdPartyAddresses()) {
      expect(served).toContain(`/tagungsdoku/admin/${local}`);
      if (isFileAddress(local)) expect(files.has(local), local).toBe(true);
    }
    // pdf.js, for the preview of an uploaded PDF, in the version the bundle asks for.
    const pdfjs = pinnedVersion(bundle, 'pdfjs-dist');
    expect(pdfjs).toMatch(/^\d+\.\d+\.\d+$/u);
    expect(files.has(`lib/pdfjs-dist@${pdfjs}/build/pdf.min.mjs`)).toBe(true);
    expect(files.has(`lib/pdfjs-dist@${pdfjs}/build/pdf.worker.min.mjs`)).toBe(true);
    // The interface strings of every language the editor offers, the German ones among them.
    expect(String(files.get(`cms@${version}/locales/de.json`))).toContain('"show_errors": "Fehler anzeigen"');
    expect(JSON.parse(String(files.get('cms/package.json')))).toEqual({ name: '@sveltia/cms', version });
    expect(String(files.get('index.html'))).toContain(
      '<script src="/tagungsdoku/admin/sveltia-cms.js"></script>',
    );
    expect(JSON.parse(String(files.get('config.json'))).logo).toEqual({ src: '/tagungsdoku/favicon.svg' });
    expect(served).not.toContain('sourceMappingURL');
  });
});

describe('the editor’s German', () => {
  type Strings = { [key: string]: string | Strings };
  const locale = (name: string) =>
    JSON.parse(readFileSync(`node_modules/@sveltia/cms/locales/${name}.json`, 'utf8')) as Strings;
  const flat = (strings: Strings, prefix = ''): Map<string, string> =>
    new Map(
      Object.entries(strings).flatMap(([key, value]) =>
        typeof value === 'string' ? [[prefix + key, value]] : [...flat(value, `${prefix}${key}.`)],
      ),
    );
  const german = flat(locale('de'));
  const english = flat(locale('en-US'));

  it('fills only strings the package leaves in English, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\$\w+/gu)].map((match) => match[0]).sort();
    for (const [key, text] of Object.entries(germanAdditions)) {
      expect(german.has(key), `${key} is translated by the package now: drop ours`).toBe(false);
      expect(english.has(key), key).toBe(true);
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it('keeps every string the package translates', () => {
    const served = flat(withGermanAdditions(locale('de')));
    for (const [key, text] of german) expect(served.get(key)).toBe(text);
    expect(served.get('show_errors')).toBe('Fehler anzeigen');
    expect(served.size).toBe(german.size + Object.keys(germanAdditions).length);
  });
});

describe('the editor’s viewport', () => {
  it('lets the team zoom: the bundle’s zoom limit is left out', () => {
    expect(bundle).toContain('`maximum-scale=1`');
    expect(servedBundle(bundle, '/')).not.toContain('maximum-scale');
    expect(() => servedBundle(bundle.replace('`maximum-scale=1`,', ''), '/')).toThrow(/zoom limit/u);
  });
});

describe('the page /admin/', () => {
  it('is not indexed, loads the editor from the site and has its own policy', () => {
    const page = editorPage('/', undefined);
    expect(page).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(page).toContain('<script src="/admin/sveltia-cms.js"></script>');
    expect(page).toContain('<link rel="cms-config-url" href="/admin/config.json" type="application/json">');
    expect(page).toContain(`content="${editorCsp(undefined)}"`);
    expect(page).not.toMatch(/https?:\/\//u);
  });

  it('reaches no other host, except the team’s repository once one is given', () => {
    const hosts = (csp: string) => [...csp.matchAll(/https:\/\/[^\s;]+/gu)].map((match) => match[0]);
    expect(editorCsp(undefined)).toMatch(/default-src 'none'; script-src 'self';/u);
    expect(hosts(editorCsp(undefined))).toEqual([]);
    expect(hosts(editorCsp({ service: 'github', repo: 'team/bericht' }))).toEqual([
      'https://avatars.githubusercontent.com',
      'https://api.github.com',
    ]);
    const gitlab = editorCsp({ service: 'gitlab', repo: 'a/b', apiRoot: 'https://git.example.org/api/v4' });
    expect(gitlab).toContain("connect-src 'self' data: blob: https://git.example.org;");
  });
});

describe('the team’s repository, from the environment', () => {
  it('is read from TAGUNGSDOKU_EDITOR_REPO and its companions', () => {
    expect(repositoryFromEnv({})).toBeUndefined();
    expect(repositoryFromEnv({ TAGUNGSDOKU_EDITOR_REPO: 'github:team/bericht' })).toEqual({
      service: 'github',
      repo: 'team/bericht',
      branch: undefined,
      authUrl: undefined,
      apiRoot: undefined,
    });
    expect(
      repositoryFromEnv({
        TAGUNGSDOKU_EDITOR_REPO: 'gitlab:hochschule/team/bericht',
        TAGUNGSDOKU_EDITOR_BRANCH: 'main',
        TAGUNGSDOKU_EDITOR_AUTH_URL: 'https://auth.example.org',
      }),
    ).toMatchObject({ service: 'gitlab', repo: 'hochschule/team/bericht', branch: 'main' });
  });

  it('names the variable when its value names no repository', () => {
    expect(() => repositoryFromEnv({ TAGUNGSDOKU_EDITOR_REPO: 'team/bericht' })).toThrow(
      /TAGUNGSDOKU_EDITOR_REPO: "team\/bericht" names no repository/u,
    );
    expect(() => repositoryFromEnv({ TAGUNGSDOKU_EDITOR_REPO: 'github:a/b/c' })).toThrow(
      /TAGUNGSDOKU_EDITOR_REPO/u,
    );
  });
});
