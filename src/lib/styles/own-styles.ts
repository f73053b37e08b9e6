/**
 * Every page inlines the whole site's stylesheet (about 24 KB, 6 KB gzip): a section page paints from
 * its first response. Most of it styles other pages: the search page's results, the home page's
 * programme, the register's lists. `ownStyles` keeps only the rules a page can use, so its first
 * response carries its own styles and not the site's.
 *
 * A rule goes only when every one of its selectors needs a class the page cannot have: one that is
 * neither in the page's markup nor named by any of the site's scripts (which add classes and render
 * search results at run time). Classes inside `:not()`, `:is()`, `:where()` or `:has()` never
 * condemn a selector, and rules without classes (elements, attributes, `:root`, `@property`, the
 * theme's variables) always stay. At-rule blocks left empty go with their last rule.
 */
import { generate, ident, parse, walk, type CssNode, type List, type ListItem } from 'css-tree';
import { inlineScripts, withHashSwapped } from '#src/lib/security/page-policy.ts';

/** Decides whether a page can carry an element with the given class (its name as written in HTML). */
export type ClassInUse = (className: string) => boolean;

/** Whether the selector needs, outside any functional pseudo-class, a class the page cannot have. */
function needsMissingClass(selector: CssNode, inUse: ClassInUse): boolean {
  if (selector.type !== 'Selector') return false;
  let missing = false;
  selector.children.forEach((part) => {
    if (part.type === 'ClassSelector' && !inUse(ident.decode(part.name))) missing = true;
  });
  return missing;
}

function isEmptyBlock(node: CssNode): boolean {
  return node.type === 'Atrule' && node.block !== null && node.block.children.isEmpty;
}

/** The stylesheet with the rules the page cannot use taken out (see above). */
export function ownStyles(css: string, inUse: ClassInUse): string {
  const sheet = parse(css, { parseValue: false, parseCustomProperty: false });
  walk(sheet, {
    visit: 'Rule',
    enter(rule: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
      if (rule.type !== 'Rule' || rule.prelude.type !== 'SelectorList') return;
      const selectors = rule.prelude.children;
      selectors.forEach((selector, selectorItem) => {
        if (needsMissingClass(selector, inUse)) selectors.remove(selectorItem);
      });
      if (selectors.isEmpty) list.remove(item);
    },
  });
  // Innermost first, so that an @media inside an emptied @layer goes before the @layer is looked at.
  walk(sheet, {
    leave(node: CssNode, item: ListItem<CssNode>, list: List<CssNode>) {
      if (isEmptyBlock(node)) list.remove(item);
    },
  });
  return generate(sheet);
}

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/gu;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The classes a page's markup sets, as an element carries them. */
export function classesInMarkup(html: string): Set<string> {
  const classes = new Set<string>();
  for (const [, value = ''] of html.matchAll(CLASS_ATTRIBUTE)) {
    const decoded = value.replace(/&(?:amp|lt|gt|quot|#39);/gu, (entity) => ENTITIES[entity] ?? entity);
    for (const name of decoded.split(/\s+/u)) if (name) classes.add(name);
  }
  return classes;
}

/** Whether the script names the class whole: as a string, or a word of one (`'js'`, `"a b"`, `${x} b`). */
function namedIn(script: string, name: string): boolean {
  for (let at = script.indexOf(name); at !== -1; at = script.indexOf(name, at + 1)) {
    const before = script[at - 1];
    const after = script[at + name.length];
    if ((before === undefined || WORD_EDGE.test(before)) && (after === undefined || WORD_EDGE.test(after)))
      return true;
  }
  return false;
}

/** What may stand on either side of a class name in a script: a quote or a space. */
const WORD_EDGE = /[\s'"`]/u;

/**
 * The rule for one page: a class is in use when the markup sets it or when a script names it, be it
 * one of the site's script files or a script inline in the page (a class a script builds from pieces
 * would not be found; the site's scripts name theirs whole, as Tailwind needs them to).
 */
export function classInUse(html: string, siteScripts: string): ClassInUse {
  const markup = classesInMarkup(html);
  const pageScripts = inlineScripts(html).join('\n');
  return (name) => markup.has(name) || namedIn(siteScripts, name) || namedIn(pageScripts, name);
}

const STYLE_PARTS = /(<style[^>]*>)([\s\S]*?)(<\/style>)/giu;

/**
 * The page with each inline stylesheet cut to its own rules (`ownStyles`), its Content-Security-Policy
 * naming the hash of the stylesheet as it now is.
 */
export function withOwnStyles(html: string, siteScripts: string): string {
  const inUse = classInUse(html, siteScripts);
  let result = html;
  for (const [element, open = '', css = '', close = ''] of html.matchAll(STYLE_PARTS)) {
    const own = ownStyles(css, inUse);
    if (own === css) continue;
    result = withHashSwapped(
      result.replace(element, () => `${open}${own}${close}`),
      css,
      own,
    );
  }
  return result;
}
