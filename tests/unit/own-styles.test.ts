import { describe, expect, it } from 'vitest';
import { classesInMarkup, classInUse, ownStyles, withOwnStyles } from '#src/lib/styles/own-styles.ts';
import { hashSource } from '#src/lib/security/page-policy.ts';

const used = (...names: string[]) => {
  const set = new Set(names);
  return (name: string) => set.has(name);
};

describe('ownStyles', () => {
  it("drops a rule for a class the page does not have and keeps the page's own", () => {
    const css = '.toc{margin:0}.programme{gap:1rem}';
    expect(ownStyles(css, used('toc'))).toBe('.toc{margin:0}');
  });

  it('drops only the selectors of a list that need a missing class', () => {
    expect(ownStyles('.a,.b,p{color:red}', used('b'))).toBe('.b,p{color:red}');
  });

  it('reads escaped class names as the markup writes them', () => {
    const css = '.sm\\:w-56{width:14rem}.max-h-\\[70vh\\]{max-height:70vh}.w-1\\/2{width:50%}';
    expect(ownStyles(css, used('sm:w-56', 'w-1/2'))).toBe('.sm\\:w-56{width:14rem}.w-1\\/2{width:50%}');
  });

  it('keeps a selector whose class is missing only inside :not(), :is(), :where() or :has()', () => {
    const css = '.a:not(.gone){color:red}.a:is(:where(.gone) *){color:blue}.a:has(.gone){color:green}';
    expect(ownStyles(css, used('a'))).toBe(css);
  });

  it('drops a descendant selector when any of its compounds needs a missing class', () => {
    expect(ownStyles('.js .without-js{display:none}', used('without-js'))).toBe('');
    expect(ownStyles('.js .without-js{display:none}', used('js', 'without-js'))).toBe(
      '.js .without-js{display:none}',
    );
  });

  it('keeps rules without classes: elements, attributes, :root, @property and the layer order', () => {
    const css =
      '@layer properties,theme,base;@property --tw-x{syntax:"*";inherits:false}:root{--ink:#111}[data-theme=dark]{--ink:#eee}h1{font-size:2rem}';
    expect(ownStyles(css, used())).toBe(css);
  });

  it('removes at-rule blocks left empty, innermost first, and keeps those with a rule left', () => {
    const css = '@layer utilities{@media (width>=40rem){.sm\\:flex{display:flex}}.flex{display:flex}}';
    expect(ownStyles(css, used('flex'))).toBe('@layer utilities{.flex{display:flex}}');
    expect(ownStyles(css, used())).toBe('');
  });
});

describe('classInUse', () => {
  it('finds the classes of the markup, decoding its entities', () => {
    expect([...classesInMarkup('<p class="a  [&amp;>li]:mt-1"></p><div class="b"></div>')]).toEqual([
      'a',
      '[&>li]:mt-1',
      'b',
    ]);
  });

  it('counts a class named by a site script or an inline script, and not one named only in a style', () => {
    const html =
      '<style>.in-style{color:red}</style><script>document.documentElement.classList.add(\'js\')</script><p class="x"></p>';
    const inUse = classInUse(html, 'el.classList.toggle("is-open")');
    expect(['x', 'js', 'is-open'].map(inUse)).toEqual([true, true, true]);
    expect(inUse('in-style')).toBe(false);
  });
});

describe('withOwnStyles', () => {
  it("trims the page's inline stylesheet and swaps its hash in the policy", () => {
    const css = '.kept{color:red}.gone{color:blue}';
    const other = hashSource('.elsewhere{}');
    const html = `<html><head><meta http-equiv="content-security-policy" content="style-src 'self' ${hashSource(css)} ${other};"><style>${css}</style></head><body class="kept"></body></html>`;
    const trimmed = withOwnStyles(html, '');
    expect(trimmed).toContain('<style>.kept{color:red}</style>');
    expect(trimmed).toContain(`style-src 'self' ${hashSource('.kept{color:red}')} ${other};`);
    expect(trimmed).not.toContain(hashSource(css));
  });

  it('leaves a page whose styles are all its own as it is', () => {
    const html = '<html><head><style>.kept{color:red}</style></head><body class="kept"></body></html>';
    expect(withOwnStyles(html, '')).toBe(html);
  });
});
