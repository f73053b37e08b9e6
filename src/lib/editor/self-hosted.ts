/**
 * The editor served by the site itself, with nothing fetched from another host: Sveltia CMS's bundle
 * names the addresses of its interface strings (unpkg.com), its fonts (cdn.jsdelivr.net), the
 * libraries it loads when a feature needs one (unpkg.com: pdf.js for the preview of a PDF file the
 * team uploads as slides) and the status pages of GitHub and GitLab, with no setting to change them
 * (sveltia-cms#909). The build
 * replaces each address in the bundle with the site's own copy of the same file, taken from the npm
 * packages, and fails naming the address when a new version of the bundle no longer has it. The page
 * `/admin/` carries its own Content-Security-Policy, which lets it reach no other host than the
 * team's repository.
 */
import { joinBase } from '#src/lib/addresses/base.ts';
import type { EditorRepository } from '#src/lib/editor/config.ts';

/** Where the editor lives below the site. */
export const EDITOR_FOLDER = 'admin';

/** A file the bundle would fetch from another host, and what the site serves in its place. */
export interface ThirdPartyAddress {
  /** What the file is, for messages. */
  what: string;
  /** The address as the bundle writes it. */
  address: string;
  /** The site's own address for it, below `/admin/`, without the base. */
  local: string;
}

/**
 * Every address of another host that the editor's bundle fetches in the features this site uses.
 * `version` is the installed `@sveltia/cms` version: its interface strings live below `cms@<version>/`.
 */
export function thirdPartyAddresses(): ThirdPartyAddress[] {
  return [
    {
      what: 'the interface strings (locales/<language>.json) and the update check (package.json)',
      address: 'https://unpkg.com/@sveltia/cms',
      local: 'cms',
    },
    {
      what: 'the font Source Sans 3',
      address: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
      local: 'fonts/source-sans-3-latin-wght-normal.woff2',
    },
    {
      what: 'the font Noto Mono',
      address: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
      local: 'fonts/noto-mono-latin-400-normal.woff2',
    },
    {
      what: 'the icon font Material Symbols',
      address:
        'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
      local: 'fonts/material-symbols-outlined-latin-wght-normal.woff2',
    },
    {
      // The template the bundle builds each library's address with (`https://unpkg.com/${e}`): every
      // library it loads goes to the site; the ones this site's features use are there (`LIBRARIES`).
      what: 'the libraries it loads on demand (pdf.js for the preview of an uploaded PDF file)',
      address: 'https://unpkg.com/${e}',
      local: 'lib/${e}',
    },
    {
      what: 'the GitHub status check',
      address: 'https://www.githubstatus.com/api/v2/status.json',
      local: 'cms/status-github.json',
    },
    {
      what: 'the GitLab status check',
      address: 'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7',
      local: 'cms/status-gitlab.json',
    },
  ];
}

/**
 * The libraries the bundle loads on demand that the site serves below `/admin/lib/<name>@<version>/`:
 * the npm package, its version as the bundle pins it, and the files the bundle loads from it. pdf.js
 * draws the preview of a PDF file uploaded as slides. Others (maps, code highlighting, HEIC and SVG
 * tools) serve features this editor does not offer.
 */
export const LIBRARIES: { name: string; files: string[] }[] = [
  { name: 'pdfjs-dist', files: ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs'] },
];

/** The version of a library the bundle loads (`"pdfjs-dist":\`^6.3.289\``), or undefined. */
export function pinnedVersion(bundle: string, name: string): string | undefined {
  return new RegExp(`"${name}":\`\\^?([0-9][^\`]*)\``, 'u').exec(bundle)?.[1];
}

/** Whether `local` names one file (not an address template such as `lib/${e}`). */
export function isFileAddress(local: string): boolean {
  return local !== 'cms' && !local.includes('${');
}

/** Answers for the status checks: „no incident“ in each service's own format. */
export const statusAnswers: Record<string, string> = {
  'cms/status-github.json': JSON.stringify({ status: { indicator: 'none' } }),
  'cms/status-gitlab.json': JSON.stringify({ result: { status_overall: { status_code: 100 } } }),
};

/**
 * The bundle with every third-party address replaced by the site's own (below `base`). Throws, naming
 * the address, when the bundle lacks one: its authors moved it, and the build must not ship an editor
 * that fetches from another host.
 */
export function withLocalAddresses(bundle: string, base: string): string {
  let result = bundle;
  for (const { what, address, local } of thirdPartyAddresses()) {
    if (!result.includes(address)) {
      throw new Error(
        `@sveltia/cms: the bundle no longer contains ${address} (${what}). Its address has changed; ` +
          'update src/lib/editor/self-hosted.ts so that the editor still fetches nothing from another host.',
      );
    }
    result = result.split(address).join(joinBase(`/${EDITOR_FOLDER}/${local}`, base));
  }
  return result;
}

/**
 * The bundle sets its page's viewport to `maximum-scale=1`, which stops the team from zooming the
 * editor (WCAG 1.4.4, axe `meta-viewport`); the site serves it without that limit.
 */
const ZOOM_LIMIT = '`maximum-scale=1`,';

/**
 * The bundle as the site serves it: third-party addresses made the site's own (`withLocalAddresses`)
 * and zooming allowed. Throws, naming what it looked for, when the bundle has changed under it.
 */
export function servedBundle(bundle: string, base: string): string {
  const local = withLocalAddresses(bundle, base);
  if (!local.includes(ZOOM_LIMIT)) {
    throw new Error(
      `@sveltia/cms: the bundle no longer contains ${ZOOM_LIMIT} (its viewport's zoom limit); ` +
        "check src/lib/editor/self-hosted.ts and the editor's axe result in tests/e2e/editor.spec.ts.",
    );
  }
  return local.replace(ZOOM_LIMIT, '');
}

/** Other hosts the bundle names in its code (documentation links aside), for the test that none is fetched. */
export function remainingHosts(bundle: string): string[] {
  const hosts = [...bundle.matchAll(/https:\/\/([a-z0-9.-]+\.[a-z]{2,})/gu)].map((match) => match[1] ?? '');
  return [...new Set(hosts)].sort();
}

/** The hosts of the team's repository that the editor must reach: its API and, for GitHub, avatars. */
function repositoryHosts(repository: EditorRepository | undefined): { connect: string[]; images: string[] } {
  if (!repository) return { connect: [], images: [] };
  if (repository.service === 'github') {
    return { connect: ['https://api.github.com'], images: ['https://avatars.githubusercontent.com'] };
  }
  const api = new URL(repository.apiRoot ?? 'https://gitlab.com/api/v4').origin;
  return { connect: [api], images: [api, 'https://secure.gravatar.com'] };
}

/**
 * The editor's Content-Security-Policy: its own scripts only, styles the bundle injects, fonts and
 * data from the site, and no other host but the team's repository. The reading pages keep theirs.
 */
export function editorCsp(repository: EditorRepository | undefined): string {
  const hosts = repositoryHosts(repository);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...hosts.images].join(' '),
    "font-src 'self'",
    // `blob:`: an uploaded photo or file is read back from its blob address before it is saved.
    ["connect-src 'self' data: blob:", ...hosts.connect].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The page `/admin/`: not a reader's page (noindex), with its own CSP, loading the editor. */
export function editorPage(base: string, repository: EditorRepository | undefined): string {
  const at = (path: string) => joinBase(`/${EDITOR_FOLDER}/${path}`, base);
  return [
    '<!doctype html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${editorCsp(repository)}">`,
    '<meta name="robots" content="noindex, nofollow">',
    '<title>Redaktion – Tagungsdoku</title>',
    `<link rel="icon" href="${joinBase('/favicon.svg', base)}" type="image/svg+xml">`,
    `<link rel="cms-config-url" href="${at('config.json')}" type="application/json">`,
    '</head>',
    '<body>',
    '<noscript><p>Die Redaktion braucht JavaScript. Die Website selbst ist ohne JavaScript lesbar.</p></noscript>',
    `<script src="${at('sveltia-cms.js')}"></script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
