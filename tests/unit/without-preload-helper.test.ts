import { describe, expect, it } from 'vitest';
import { unwrapPreloads } from '#src/integrations/without-preload-helper.ts';

// Shapes as Vite 8 writes them for this site's browser code (minified).
const searchBox =
  'import{t as e}from"./urls.B.js";import{t as n}from"./preload-helper.D.js";' +
  'var a,s=()=>a||(a=n(()=>import(`./header.B.js`),[]),' +
  'n(()=>import(`./engine.C.js`).then(e=>e.t).then(e=>e.loadPagefind()),[]).catch(()=>void 0),a);' +
  'function f(){let n=1;return n}';

describe('unwrapPreloads', () => {
  it('writes every wrapper with an empty list back as the import it stands for, and drops the helper', () => {
    expect(unwrapPreloads(searchBox)).toBe(
      'import{t as e}from"./urls.B.js";' +
        'var a,s=()=>a||(a=import(`./header.B.js`),' +
        'import(`./engine.C.js`).then(e=>e.t).then(e=>e.loadPagefind()).catch(()=>void 0),a);' +
        'function f(){let n=1;return n}',
    );
  });

  it('reads an import without a local alias', () => {
    const code = 'import{t}from"./preload-helper.X.js";var l=()=>t(()=>import(`./share.Y.js`),[]);';
    expect(unwrapPreloads(code)).toBe('var l=()=>import(`./share.Y.js`);');
  });

  it('leaves a wrapper that still preloads dependencies, and keeps the helper for it', () => {
    const code =
      'import{t as n}from"./preload-helper.D.js";' +
      'n(()=>import(`./a.js`),__vite__mapDeps([0,1]));n(()=>import(`./b.js`),[]);';
    expect(unwrapPreloads(code)).toBe(
      'import{t as n}from"./preload-helper.D.js";n(()=>import(`./a.js`),__vite__mapDeps([0,1]));import(`./b.js`);',
    );
  });

  it('changes nothing in code without the helper', () => {
    const code = 'var x=()=>import(`./a.js`);';
    expect(unwrapPreloads(code)).toBe(code);
  });
});
