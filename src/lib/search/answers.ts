/**
 * Instant answers: the people, topics, institutions, places and section titles of the site, each with
 * the page it leads to, small enough (a few KB) to arrive before the full-text index, so that the
 * result list can offer them at the first keystroke („Direkt zu“). Built at build time from the data
 * module (`/suche/antworten.json`), matched in the browser. Pure, unit-tested.
 */
import { editDistance } from '#src/lib/german/edit-distance.ts';
import { foldGerman } from '#src/lib/german/folding.ts';
import { wordsOf } from '#src/lib/german/words.ts';

/** The kinds of answer, in the order they are offered when they match equally well. */
export const ANSWER_KINDS = ['Person', 'Abschnitt', 'Thema', 'Institution', 'Ort'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** One answer: what it is called, what it is, where it leads, and a line about it. */
export interface Answer {
  kind: AnswerKind;
  label: string;
  url: string;
  /** The section a person presented, a topic's count of sections … */
  detail?: string;
  /** Other names it is found by (a short name, aliases), not shown. */
  also?: string[];
}

/** The answers as the file holds them: `[kind index, label, url, detail, also]`, to stay small. */
export type AnswerRow = [number, string, string, string?, string?];

/** The answers in the file's compact form. */
export function packAnswers(answers: readonly Answer[]): AnswerRow[] {
  return answers.map(({ kind, label, url, detail, also }) => {
    const row: AnswerRow = [ANSWER_KINDS.indexOf(kind), label, url];
    if (detail !== undefined || (also && also.length > 0)) row.push(detail ?? '');
    if (also && also.length > 0) row.push(also.join(' '));
    return row;
  });
}

/** An answer with its words folded once, for matching. */
export interface IndexedAnswer extends Answer {
  words: string[];
}

/** Reads the file's rows and folds each answer's words once. */
export function unpackAnswers(rows: readonly AnswerRow[]): IndexedAnswer[] {
  return rows.flatMap(([kind, label, url, detail, also]) => {
    const name = ANSWER_KINDS[kind];
    if (!name) return [];
    return [
      {
        kind: name,
        label,
        url,
        ...(detail ? { detail } : {}),
        words: wordsOf(`${label} ${also ?? ''}`).map(foldGerman),
      },
    ];
  });
}

/** How well a typed word matches a word of an answer: 2 its beginning, 1 one edit off, 0 not. */
function wordMatch(typed: string, word: string, fuzzy: boolean): number {
  if (word.startsWith(typed)) return 2;
  if (!fuzzy || typed.length < 4) return 0;
  for (const length of [typed.length - 1, typed.length, typed.length + 1]) {
    if (length <= word.length && editDistance(typed, word.slice(0, length), 1) <= 1) return 1;
  }
  return 0;
}

/**
 * The answers for what is typed, best first, at most `limit`: each typed word begins a word of the
 * answer's name (the last word may be one edit off, as it may be half typed: `Farok` → Farrokhzad).
 * Words of one or two letters are left out of the match; answers found without an edit come first,
 * and each page is offered once.
 */
export function matchAnswers(answers: readonly IndexedAnswer[], query: string, limit = 5): Answer[] {
  const typed = wordsOf(query)
    .map(foldGerman)
    .filter((word) => word.length >= 3 || /^\d/u.test(word));
  if (typed.length === 0) return [];
  const scored: { answer: IndexedAnswer; score: number; order: number }[] = [];
  for (const [order, answer] of answers.entries()) {
    let score = 0;
    for (const [index, word] of typed.entries()) {
      const fuzzy = index === typed.length - 1;
      const best = Math.max(0, ...answer.words.map((candidate) => wordMatch(word, candidate, fuzzy)));
      if (best === 0) {
        score = 0;
        break;
      }
      score += best;
    }
    if (score > 0) scored.push({ answer, score, order });
  }
  const ranked = scored.sort(
    (a, b) =>
      b.score - a.score ||
      ANSWER_KINDS.indexOf(a.answer.kind) - ANSWER_KINDS.indexOf(b.answer.kind) ||
      a.order - b.order,
  );
  // One answer per page: a presenter's section is not offered again under its title.
  const pages = new Set<string>();
  const found: Answer[] = [];
  for (const { answer } of ranked) {
    if (pages.has(answer.url) || found.length >= limit) continue;
    pages.add(answer.url);
    const { words: _words, ...shown } = answer;
    found.push(shown);
  }
  return found;
}
