import { describe, expect, it } from 'vitest';
import { chunkClosure } from '#src/integrations/search-chunks.ts';

// A client bundle shaped like this site's: the starter, the header search and what it imports.
const chunks = [
  {
    fileName: '_astro/SearchBox.astro_astro_type_script_index_0_lang.A.js',
    facadeModuleId: '/site/src/components/SearchBox.astro?astro&type=script&index=0&lang.ts',
    imports: ['_astro/paths.P.js', '_astro/prefetch.F.js'],
  },
  { fileName: '_astro/prefetch.F.js', facadeModuleId: '/site/src/browser/search/prefetch.ts', imports: [] },
  { fileName: '_astro/paths.P.js', facadeModuleId: '/site/src/lib/addresses/paths.ts', imports: [] },
  {
    fileName: '_astro/header.H.js',
    facadeModuleId: '/site/src/browser/search/header.ts',
    imports: ['_astro/answers.A.js', '_astro/engine.E.js', '_astro/paths.P.js'],
  },
  {
    fileName: '_astro/engine.E.js',
    facadeModuleId: '/site/src/browser/search/engine.ts',
    imports: ['_astro/hits.X.js', '_astro/paths.P.js'],
  },
  {
    fileName: '_astro/answers.A.js',
    facadeModuleId: null,
    imports: ['_astro/engine.E.js', '_astro/html.M.js'],
  },
  { fileName: '_astro/html.M.js', facadeModuleId: null, imports: [] },
  { fileName: '_astro/hits.X.js', facadeModuleId: null, imports: [] },
  { fileName: '_astro/highlight.G.js', facadeModuleId: '/site/src/browser/search/highlight.ts', imports: [] },
  {
    fileName: '_astro/share.S.js',
    facadeModuleId: '/site/src/browser/share.ts',
    imports: ['_astro/html.M.js'],
  },
];

describe('chunkClosure', () => {
  it('lists the header search and every chunk it imports, at any depth, each once', () => {
    const files = chunkClosure(chunks);
    expect([...files].sort()).toEqual(
      [
        '_astro/answers.A.js',
        '_astro/engine.E.js',
        '_astro/header.H.js',
        '_astro/hits.X.js',
        '_astro/html.M.js',
        '_astro/paths.P.js',
      ].sort(),
    );
    expect(files[0]).toBe('_astro/header.H.js');
  });

  it('leaves out what the header search does not import: the starter, the highlighter, other code', () => {
    const files = chunkClosure(chunks);
    for (const other of ['SearchBox', 'prefetch', 'highlight', 'share'])
      expect(files.some((file) => file.includes(other))).toBe(false);
  });
});
