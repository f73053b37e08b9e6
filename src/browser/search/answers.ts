/**
 * Instant answers in the result list („Direkt zu“): people, topics, institutions, places and section
 * titles that match what is typed, from a file of a few KB that arrives before Pagefind has loaded
 * (src/lib/search/answers.ts). They stand first in the list; the full-text results are only ever
 * put below them, so nothing moves under the pointer when those arrive.
 */
import { searchAnswersPath } from '#src/lib/addresses/search-data.ts';
import { once } from '#src/lib/memoize.ts';
import { matchAnswers, unpackAnswers, type AnswerRow, type IndexedAnswer } from '#src/lib/search/answers.ts';
import { ANSWERS_GROUP as GROUP, element } from '#src/browser/search/render.ts';

let loaded: IndexedAnswer[] | undefined;

const fetchAnswers = once(async (): Promise<IndexedAnswer[]> => {
  const response = await fetch(searchAnswersPath());
  loaded = unpackAnswers(response.ok ? ((await response.json()) as AnswerRow[]) : []);
  return loaded;
});

/** The answers, fetched once (the starter has usually preloaded them); none when they cannot be had. */
export function loadAnswers(): Promise<IndexedAnswer[]> {
  return fetchAnswers().catch(() => []);
}

/** Whether the list shows full-text results (or notes) below the answers. */
function hasResults(list: HTMLElement): boolean {
  return [...list.children].some((child) => !child.matches(GROUP));
}

function renderGroup(query: string, answers: IndexedAnswer[]): HTMLLIElement | undefined {
  const found = matchAnswers(answers, query);
  if (found.length === 0) return undefined;
  const group = element('li', 'search-answers border-b border-line pb-2');
  group.dataset['searchAnswers'] = '';
  const heading = element('p', 'text-xs font-semibold text-muted', 'Direkt zu');
  heading.id = `direkt-zu-${Math.random().toString(36).slice(2, 8)}`;
  const entries = element('ul', 'mt-1 space-y-1');
  entries.setAttribute('aria-labelledby', heading.id);
  for (const answer of found) {
    const entry = element('li', 'text-sm leading-snug');
    const link = element('a', 'search-link font-semibold', answer.label);
    link.href = answer.url;
    entry.append(
      link,
      element('span', 'text-muted', ` · ${[answer.kind, answer.detail].filter(Boolean).join(' · ')}`),
    );
    entries.append(entry);
  }
  group.append(heading, entries);
  return group;
}

/**
 * Shows the answers for `query` at the top of the list, in place of those shown before. When the
 * answers arrive only after the full-text results, they are not put above them (the list would move).
 */
export function showAnswers(list: HTMLElement, query: string, isCurrent: () => boolean): void {
  const put = (answers: IndexedAnswer[]) => {
    const group = renderGroup(query, answers);
    const old = list.querySelector(`:scope > ${GROUP}`);
    if (old) {
      if (group) old.replaceWith(group);
      else old.remove();
    } else if (group) list.prepend(group);
  };
  if (loaded) put(loaded);
  else {
    list.querySelector(`:scope > ${GROUP}`)?.remove();
    void loadAnswers().then((answers) => {
      if (isCurrent() && !hasResults(list)) put(answers);
    });
  }
}

/** Takes the answers away (an empty query, or filters that answers do not know). */
export function hideAnswers(list: HTMLElement): void {
  list.querySelector(`:scope > ${GROUP}`)?.remove();
}
