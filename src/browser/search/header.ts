/**
 * The header search: results under the field as the reader types, announced in a live region,
 * reachable with the arrow keys; Esc closes them. Loaded on first focus or shortcut.
 */
import { searchPath } from '#src/lib/addresses/paths.ts';
import { runSearch } from '#src/browser/search/engine.ts';
import {
  moveFocus,
  outcomeText,
  renderOutcome,
  replaceResults,
  type SearchHref,
} from '#src/browser/search/render.ts';
import { loadAnswers, showAnswers } from '#src/browser/search/answers.ts';

const MAX_RESULTS = 8;

/** Notes about a correction lead to the search page, with the other spelling. */
const searchHref: SearchHref = (query, exact) =>
  searchPath(exact ? { query, filters: {}, exact } : { query, filters: {} });

/** The panel's parts the keys move in. */
interface Panel {
  input: HTMLInputElement;
  panel: HTMLElement;
  show: (visible: boolean) => void;
  close: (returnFocus: boolean) => void;
}

/** Esc closes the results (then leaves the field); the arrow keys move through the result links. */
function onKey(event: KeyboardEvent, { input, panel, show, close }: Panel): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    if (panel.contains(document.activeElement)) close(true);
    else if (!panel.hidden) close(false);
    else input.blur();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const all = [...panel.querySelectorAll<HTMLElement>('[data-search-results] a')];
    const current = document.activeElement;
    if (step === -1 && all.length > 0 && current === all[0]) {
      event.preventDefault();
      input.focus();
      return;
    }
    if (panel.hidden) show(true);
    if (moveFocus(all, current === input ? null : current, step)) event.preventDefault();
  }
}

export function attachHeaderSearch(): { open: () => void } {
  const box = document.querySelector<HTMLElement>('[data-search-box]');
  const input = box?.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = box?.querySelector<HTMLElement>('[data-search-panel]');
  const status = box?.querySelector<HTMLElement>('[data-search-status]');
  const list = box?.querySelector<HTMLElement>('[data-search-results]');
  const more = box?.querySelector<HTMLAnchorElement>('[data-search-more]');
  if (!box || !input || !panel || !status || !list || !more) return { open: () => undefined };

  let latest = 0;
  const show = (visible: boolean) => {
    panel.hidden = !visible;
  };

  const update = async () => {
    const query = input.value;
    const ticket = ++latest;
    more.href = searchPath({ query, filters: {} });
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = 'Suchbegriff eingeben: Namen, Themen, Orte.';
      return;
    }
    // Names, topics and titles at once; the full-text results join below them.
    showAnswers(list, query, () => ticket === latest);
    try {
      const outcome = await runSearch({ query, filters: {} }, { limit: MAX_RESULTS });
      if (ticket !== latest) return;
      // The first results show at once; the count is announced when the list is complete.
      const shown = await renderOutcome(list, outcome, searchHref, () => ticket === latest);
      if (ticket === latest) status.textContent = outcomeText(outcome, shown, query);
    } catch {
      if (ticket !== latest) return;
      replaceResults(list);
      status.textContent = 'Die Suche ist gerade nicht verfügbar.';
    }
  };

  const close = (returnFocus: boolean) => {
    show(false);
    if (returnFocus) input.focus();
  };

  input.addEventListener('input', () => {
    show(true);
    void update();
  });
  input.addEventListener('focus', () => show(true));
  box.addEventListener('keydown', (event) => onKey(event, { input, panel, show, close }));
  document.addEventListener('click', (event) => {
    if (!box.contains(event.target as Node)) show(false);
  });
  box.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !box.contains(next)) show(false);
  });

  void loadAnswers();
  return {
    open: () => {
      show(true);
      void update();
    },
  };
}
