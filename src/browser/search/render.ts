/**
 * Builds the result list in the DOM. Index content is never inserted as HTML: every text goes in
 * with `textContent`, and only Pagefind's own <mark> markers become <mark> elements.
 */
import { excerptParts } from '#src/lib/search/excerpts.ts';
import type { FoundFact } from '#src/lib/search/hits.ts';
import type {
  PartialResults,
  QueryResults,
  SearchHit,
  SearchOutcome,
  SynonymResults,
} from '#src/browser/search/engine.ts';

/** An element with a class and text, built without HTML parsing. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The instant answers' group at the top of a result list (src/browser/search/answers.ts). */
export const ANSWERS_GROUP = '[data-search-answers]';

/** Replaces the list's results, keeping the instant answers at its top. */
export function replaceResults(list: HTMLElement, ...nodes: Node[]): void {
  for (const child of [...list.children]) if (!child.matches(ANSWERS_GROUP)) child.remove();
  list.append(...nodes);
}

/** An excerpt as text with its hits in <mark>. */
export function renderExcerpt(excerpt: string, className: string): HTMLParagraphElement {
  const paragraph = element('p', className);
  for (const part of excerptParts(excerpt)) {
    paragraph.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  }
  return paragraph;
}

/** Facts that hold the searched words: „Thema: Befragungen und Methoden“, the hits marked. */
function renderFacts(facts: readonly FoundFact[]): HTMLParagraphElement {
  const line = element('p', 'mt-0.5 text-sm text-muted');
  for (const [index, { name, parts }] of facts.entries()) {
    line.append(`${index > 0 ? ' · ' : ''}${name}: `);
    for (const part of parts) line.append(part.marked ? element('mark', '', part.text) : part.text);
  }
  return line;
}

/** One result: title link, kind and presenters, and links to the passages inside (or an excerpt). */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-hit border-b border-line py-3 last:border-b-0');
  const link = element('a', 'search-link font-semibold', hit.title);
  link.href = hit.url;
  const heading = element('p', 'font-serif text-base leading-snug');
  heading.append(link);
  item.append(heading);
  const facts = [hit.conference, hit.kind, hit.presenters, hit.media]
    .filter((fact) => fact !== '')
    .join(' · ');
  if (facts !== '') item.append(element('p', 'mt-0.5 text-sm text-muted', facts));
  if (hit.lacking && hit.lacking.length > 0) {
    const lacking = element('p', 'mt-0.5 text-sm text-muted', 'ohne ');
    lacking.append(element('s', '', hit.lacking.map((word) => `„${word}“`).join(', ')));
    item.append(lacking);
  }
  // The passages are the report's own text with the hits marked. When the words are not in the text,
  // the topics, institutions or places that hold them say why the section was found, and the opening
  // of its text what it is about.
  if (hit.passages.length === 0) {
    if (hit.facts.length > 0) item.append(renderFacts(hit.facts));
    item.append(renderExcerpt(hit.excerpt, 'mt-1 text-sm'));
  } else {
    const list = element('ul', 'mt-2 space-y-2 border-l-2 border-line pl-3');
    for (const passage of hit.passages) {
      const entry = element('li', 'text-sm');
      const passageLink = element('a', 'search-link', passage.title);
      passageLink.href = passage.url;
      entry.append(passageLink, renderExcerpt(passage.excerpt, 'text-muted'));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

/** Where a note's link leads: a search for `query`, `exact` when the reader wants it as typed. */
export type SearchHref = (query: string, exact: boolean) => string;

/** How a note in the result list looks: boxed (about the query) or ruled off (above more results). */
const NOTE_LOOKS = {
  boxed: 'search-note my-2 rounded bg-surface px-3 py-2 text-sm text-ink',
  ruled: 'search-note mt-3 border-t border-line pt-2 text-sm text-muted',
};

/** A note inside the result list, starting with `text`; `mark` names the data attribute it carries. */
function note(look: keyof typeof NOTE_LOOKS, text: string, mark?: string): HTMLLIElement {
  const item = element('li', NOTE_LOOKS[look], text);
  if (mark !== undefined) item.dataset[mark] = '';
  return item;
}

/**
 * A note inside the result list about a spelling correction, set apart from the results: its text
 * with the corrected words in bold, then a link.
 */
function correctionNote(
  before: string,
  corrected: string,
  between: string,
  linkText: string,
  href: string,
  after = '',
): HTMLLIElement {
  const item = note('boxed', before);
  const link = element('a', 'search-link', linkText);
  link.href = href;
  link.dataset['searchCorrection'] = '';
  if (corrected !== '') item.append(element('strong', 'font-semibold', corrected));
  item.append(between, link, after);
  return item;
}

/** A note that sets the results of synonyms apart: „Auch gesucht: Befragung“. */
function synonymNote(synonyms: SynonymResults): HTMLLIElement {
  const item = note('ruled', 'Auch gesucht: ', 'searchSynonyms');
  item.append(element('strong', 'font-semibold text-ink', synonyms.added.join(', ')));
  return item;
}

/** What an outcome showed beside the query's own results: a correction, results of synonyms. */
export interface Shown {
  correction: QueryResults | undefined;
  synonyms: SynonymResults | undefined;
  /** The sections holding most of the words, when all of them together found nothing. */
  partial?: PartialResults | undefined;
  /** The results listed beyond the query's own (all of them, when it found nothing itself). */
  more: SearchHit[];
}

/** The note above a several-word fallback: that no section holds all words, and which none holds. */
function partialNote(partial: PartialResults): HTMLLIElement {
  const item = note(
    'boxed',
    'Kein Abschnitt enthält alle Wörter; hier die Abschnitte mit den meisten.',
    'searchPartial',
  );
  if (partial.missing.length > 0) {
    item.append(' Nicht gefunden: ');
    item.append(
      element('strong', 'font-semibold', shortQuery(partial.missing.map((word) => `„${word}“`).join(', '))),
    );
    item.append('.');
  }
  return item;
}

const withoutQuery = (hit: SearchHit) => hit.url.split('?')[0];

/** Puts a group of results in the list (after a note, if any), the rest once their fragments are in. */
async function listResults(
  list: HTMLElement,
  results: QueryResults,
  isCurrent: () => boolean,
  note?: HTMLLIElement,
): Promise<SearchHit[]> {
  replaceResults(list, ...(note ? [note] : []), ...results.first.map(renderHit));
  const rest = await results.rest();
  if (isCurrent()) list.append(...rest.map(renderHit));
  return [...results.first, ...rest];
}

/**
 * For a query that found nothing itself: the results of its synonyms, or else its correction's under
 * „Ergebnisse für … · stattdessen … suchen“, or else the sections holding most of its words.
 */
async function renderStandIn(
  list: HTMLElement,
  outcome: SearchOutcome,
  href: SearchHref,
  isCurrent: () => boolean,
): Promise<Shown> {
  const none: Shown = { correction: undefined, synonyms: undefined, more: [] };
  const synonyms = await outcome.synonyms();
  if (!isCurrent()) return none;
  if (synonyms) return { ...none, synonyms, more: await listResults(list, synonyms, isCurrent) };
  const correction = await outcome.correction();
  if (!isCurrent()) return none;
  if (correction) {
    const note = correctionNote(
      'Ergebnisse für ',
      `„${shortQuery(correction.query)}“`,
      ' · ',
      `stattdessen „${shortQuery(outcome.query)}“ suchen`,
      href(outcome.query, true),
    );
    return { ...none, correction, more: await listResults(list, correction, isCurrent, note) };
  }
  const partial = await outcome.partial();
  if (!isCurrent()) return none;
  if (!partial) {
    replaceResults(list);
    return none;
  }
  return { ...none, partial, more: await listResults(list, partial, isCurrent, partialNote(partial)) };
}

/**
 * Appends, after `note`, the results of `found` that the list does not show yet, and returns them;
 * nothing when there are none, unless the note should stand `always`.
 */
async function appendNew(
  list: HTMLElement,
  found: QueryResults,
  shown: Set<string | undefined>,
  note: HTMLLIElement,
  isCurrent: () => boolean,
  always = false,
): Promise<SearchHit[]> {
  const fresh = [...found.first, ...(await found.rest())].filter((hit) => !shown.has(withoutQuery(hit)));
  if (!isCurrent() || (fresh.length === 0 && !always)) return [];
  list.append(note, ...fresh.map(renderHit));
  for (const hit of fresh) shown.add(withoutQuery(hit));
  return fresh;
}

/**
 * Shows an outcome in the list: the query's own first results, then the results its words' synonyms
 * add (after „Auch gesucht: …“), then (when it found fewer than three) „Meinten Sie …?“ and the
 * further results of its best correction. A query that found nothing shows what stands in for its
 * results (`renderStandIn`). The rest of the results follow once their fragments have loaded, unless
 * `isCurrent` says a newer search has replaced this one. Results are only ever added below what is
 * shown, so the list does not move under the pointer.
 */
export async function renderOutcome(
  list: HTMLElement,
  outcome: SearchOutcome,
  href: SearchHref,
  isCurrent: () => boolean,
): Promise<Shown> {
  if (outcome.total === 0) return renderStandIn(list, outcome, href, isCurrent);
  const none: Shown = { correction: undefined, synonyms: undefined, more: [] };
  const shown = new Set((await listResults(list, outcome, isCurrent)).map(withoutQuery));
  const synonyms = await outcome.synonyms();
  if (!isCurrent()) return none;
  const more = synonyms ? await appendNew(list, synonyms, shown, synonymNote(synonyms), isCurrent) : [];
  const partial = await outcome.partial();
  const correction = await outcome.correction();
  if (!correction || !isCurrent()) return { correction, synonyms, partial, more };
  // The note stands even when the correction finds the same sections: it names the likely spelling.
  const meant = correctionNote(
    '',
    '',
    'Meinten Sie ',
    `„${shortQuery(correction.query)}“`,
    href(correction.query, false),
    '?',
  );
  more.push(...(await appendNew(list, correction, shown, meant, isCurrent, true)));
  return { correction, synonyms, partial, more };
}

/** A query as the page repeats it: whole up to some 40 characters, else cut at a word with „…“. */
export function shortQuery(query: string, length = 40): string {
  const words = query.trim();
  if (words.length <= length) return words;
  const cut = words.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/** „1 Treffer“, „5 Treffer“, „Keine Treffer“ with the query named (shortened when long). */
export function countText(count: number, query: string): string {
  const amount = count === 0 ? 'Keine Treffer' : `${count} Treffer`;
  return query.trim() === '' ? amount : `${amount} für „${shortQuery(query)}“`;
}

/**
 * The status line for an outcome: how many sections it shows, for the words searched. A correction
 * that stands in names the corrected query (the list's note says what was typed, once); synonyms
 * are named after the count when the list has no note for them (the query found nothing itself).
 */
export function outcomeText(outcome: QueryResults, shown: Shown, typed: string): string {
  const { correction, synonyms, partial } = shown;
  if (correction && outcome.total === 0) return countText(correction.total, correction.query);
  if (partial && outcome.total === 0)
    return `${countText(0, typed)} · ${partial.total} ${partial.total === 1 ? 'Abschnitt' : 'Abschnitte'} mit den meisten Wörtern`;
  const total = outcome.total + (synonyms?.total ?? 0);
  const parts = [countText(total, typed)];
  // With results of its own, the list's note names the synonyms once; without, only this line does.
  if (synonyms && outcome.total === 0) parts.push(`auch gesucht: ${synonyms.added.join(', ')}`);
  if (partial && partial.missing.length > 0)
    parts.push(`nicht gefunden: ${shortQuery(partial.missing.map((word) => `„${word}“`).join(', '))}`);
  return parts.join(' · ');
}

/** Moves focus among the result links with the arrow keys; returns false when nothing moved. */
export function moveFocus(links: readonly HTMLElement[], current: Element | null, step: 1 | -1): boolean {
  if (links.length === 0) return false;
  const index = current instanceof HTMLElement ? links.indexOf(current) : -1;
  const next = index === -1 ? (step === 1 ? 0 : links.length - 1) : index + step;
  const target = links[next];
  if (!target) return false;
  target.focus();
  return true;
}
