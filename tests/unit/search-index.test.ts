import { expect, test } from 'vitest';
import { htmlText } from '#src/lib/html.ts';
import { prepareForIndex } from '#src/lib/search/page-index.ts';
import { SOFT_HYPHEN, withSoftHyphens } from '#src/lib/german/hyphenation.ts';

const page = (body: string) =>
  `<html><body><nav>Start Bericht</nav><article data-pagefind-body class="x">${body}</article><footer>Fuß</footer></body></html>`;

test('pages without data-pagefind-body are not indexed', () => {
  expect(prepareForIndex('<html><body><p>Text</p></body></html>', () => ['x'])).toBeUndefined();
});

test('the terms come from the body text only and go into an invisible metadata field', () => {
  let seen = '';
  const prepared = prepareForIndex(
    page('<h1>Köln &amp; <em>Hamburg</em></h1><script>var a</script>'),
    (text) => {
      seen = text;
      return ['koeln'];
    },
  );
  expect(seen).toBe('Köln & Hamburg');
  expect(prepared).toContain(
    '<article data-pagefind-body class="x"><span data-pagefind-meta="terms:koeln"></span><h1>',
  );
  expect(prepared).toContain('<footer>Fuß</footer>');
});

test('Pagefind gets the words of a title whole, without the soft hyphens the page sets', () => {
  const title = withSoftHyphens('Stadtentwicklungsforschung');
  expect(title).toContain(SOFT_HYPHEN);
  const prepared = prepareForIndex(
    `<html><head><title>Stadtentwicklungsforschung</title></head><body><h1>${title}</h1>` +
      `<article data-pagefind-body><h2 id="x">${title}</h2><p>Text</p></article></body></html>`,
    () => [],
  );
  expect(prepared).not.toContain(SOFT_HYPHEN);
  expect(prepared).toContain('<h1>Stadtentwicklungsforschung</h1>');
  expect(prepared).toContain('<h2 id="x">Stadtentwicklungsforschung</h2>');
});

test('findings and paragraphs with ids become sub-results; other ids are left alone', () => {
  const prepared = prepareForIndex(
    page(
      '<ol><li id="ergebnis-2">Zwei</li></ol><p class="a" id="absatz-7">Absatz</p><h2 id="kapitel-inhalt">In diesem Kapitel</h2>',
    ),
    () => [],
  );
  expect(prepared).toContain('<li id="ergebnis-2" data-pagefind-title="Ergebnis 2">');
  expect(prepared).toContain('<p class="a" id="absatz-7" data-pagefind-title="Absatz 7">');
  expect(prepared).toContain('<h2 id="kapitel-inhalt">');
  expect(prepared).not.toContain('data-pagefind-meta="terms');
});

test('htmlText drops markup, soft hyphens and entities', () => {
  expect(htmlText('<p>Inte&shy;gration\u00ad<br>im&nbsp;Sozial<b>raum</b></p>')).toBe(
    'Integration im Sozialraum',
  );
  expect(htmlText('&quot;so&quot; &#8211; &#x2013; &amp;lt; &copy;x')).toBe('"so" – – &lt; x');
});

test('the facts, which the page keeps out of the indexed text, go into a metadata field of their own', () => {
  const prepared = prepareForIndex(
    page(
      '<aside aria-label="Angaben" data-pagefind-ignore data-search-facts><dl><dt>Themen</dt>' +
        '<dd><a href="/t/">Befragungen und Methoden</a></dd></dl></aside><p id="absatz-1">Text</p>',
    ),
    () => [],
  );
  expect(prepared).toContain(
    '<article data-pagefind-body class="x"><span data-pagefind-meta="facts:Themen Befragungen und Methoden"></span>',
  );
  // The facts themselves stay where they are, ignored by Pagefind as the page says.
  expect(prepared).toContain('<aside aria-label="Angaben" data-pagefind-ignore data-search-facts>');
});
