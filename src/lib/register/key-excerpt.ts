/**
 * The excerpt of a topic's key passage: the part of the passage that speaks of the topic, not merely
 * its first words. The cut lies around the words of the topic's name in any of their forms
 * (`wordFormsOf`), as many of them as fit, begins at a sentence where it can, and never ends just
 * before them; the words are marked, as a printed index with context would set them.
 */
import { isFunctionWord } from '#src/lib/german/function-words.ts';
import { splitSentences } from '#src/lib/german/sentences.ts';
import { wordFormsOf } from '#src/lib/german/word-forms.ts';
import { wordsOf } from '#src/lib/german/words.ts';
import type { ExcerptPart } from '#src/lib/search/excerpts.ts';

/** Letters a cut leaves before a term it is made for, where it cannot start at a sentence. */
const LEAD = 60;
/** Letters a counted term keeps after it before a cut: the excerpt goes on past the term. */
const TAIL = 25;
/** A cut shorter than this share of the length is a short piece, where a longer one is possible. */
const FULL = 0.75;

/** An excerpt of a passage: its first words up to about `length` characters, ending in `…`. */
export function excerpt(text: string, length = 220): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > 0 ? cut : length).replace(/[\s,;:–-]+$/u, '')} …`;
}

/** A word of the passage that is a form of one of the terms. */
interface Hit {
  at: number;
  end: number;
  term: number;
}

/** The words of a text that can carry a topic: no function words, none shorter than four letters. */
function contentWords(text: string): string[] {
  return wordsOf(text).filter((word) => word.length >= 4 && !isFunctionWord(word));
}

/**
 * The words a topic is known by, in the order they are tried: its name's words first, then the
 * words of its one-line description (the team's words for what it covers, from the report), for a
 * passage that speaks of the topic without naming it.
 */
export function topicTerms(topic: { title: string; description?: string | undefined }): string[][] {
  return [contentWords(topic.title), contentWords(topic.description ?? '')];
}

/** Every word of the text that is a form of a term, in reading order. */
function termHits(text: string, terms: readonly string[]): Hit[] {
  const matchers = terms.map(wordFormsOf);
  const hits: Hit[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const term = matchers.findIndex((isForm) => isForm(match[0]));
    if (term >= 0) hits.push({ at: match.index, end: match.index + match[0].length, term });
  }
  return hits;
}

/** Where the text's sentences begin. */
function sentenceStarts(text: string): Set<number> {
  const starts = new Set<number>([0]);
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const at = text.indexOf(sentence, cursor);
    if (at < 0) continue;
    starts.add(at);
    cursor = at + sentence.length;
  }
  return starts;
}

/** Where a cut starting at `start` ends: at the last space before `start + length`, or the text's end. */
function cutEnd(text: string, start: number, length: number): number {
  if (start + length >= text.length) return text.length;
  const space = text.lastIndexOf(' ', start + length);
  return space > start ? space : start + length;
}

/** The first word that starts at or after `from` (and not after `limit`), or the text's start. */
function wordStartFrom(text: string, from: number, limit: number): number {
  return from <= 0 ? 0 : Math.min(limit, text.indexOf(' ', from - 1) + 1 || limit);
}

/**
 * Where a cut may start: the text's and its sentences' starts, a word some letters before each hit,
 * and, near the text's end, the word that leaves a whole excerpt's length to it (no short tail piece).
 */
function candidateStarts(
  text: string,
  hits: readonly Hit[],
  sentences: ReadonlySet<number>,
  length: number,
): number[] {
  const starts = new Set(sentences);
  for (const hit of hits) starts.add(wordStartFrom(text, hit.at - LEAD, hit.at));
  starts.add(wordStartFrom(text, text.length - length, text.length));
  return [...starts].sort((a, b) => a - b);
}

/**
 * The cut that shows most of the topic's words, then one that starts the text or a sentence (and is
 * not a short piece at its end), then the earliest.
 */
function bestCut(text: string, hits: readonly Hit[], length: number): { start: number; end: number } {
  const sentences = sentenceStarts(text);
  let best = { start: 0, end: cutEnd(text, 0, length), score: -1 };
  for (const start of candidateStarts(text, hits, sentences, length)) {
    const end = cutEnd(text, start, length);
    const room = end === text.length ? 0 : TAIL;
    const shown = hits.filter((hit) => hit.at >= start && hit.end <= end - room);
    const terms = new Set(shown.map((hit) => hit.term)).size;
    // A cut that starts a sentence reads best, unless it leaves only a short piece at the text's end.
    const short = end - start < FULL * length ? 2 : 0;
    const score = terms * 10 + (start === 0 ? 2 : sentences.has(start) ? 1 : 0) - short;
    if (score > best.score) best = { start, end, score };
  }
  return best;
}

/**
 * Where a cut ends that would otherwise stop within a few letters after one of the words (or inside
 * it): a few words further, so that no excerpt ends just after or before a word it is made for.
 */
function pastHits(text: string, hits: readonly Hit[], end: number): number {
  let stop = end;
  for (const hit of hits) {
    if (hit.at < stop && hit.end > stop - TAIL && stop < text.length) {
      const space = text.indexOf(' ', hit.end + TAIL);
      stop = space < 0 ? text.length : space;
    }
  }
  return stop;
}

/**
 * An excerpt of about `length` characters of a key passage, around the words of its topic; `…` where
 * the passage goes on. The terms come in tiers (`topicTerms`): the first tier the passage uses is the
 * one cut around, and the first tier's words (the topic's name) are marked. A passage that uses none
 * of them gives its first words.
 */
export function keyPassageExcerpt(
  text: string,
  tiers: readonly (readonly string[])[],
  length = 220,
): ExcerptPart[] {
  const tier = tiers.findIndex((terms) => termHits(text, terms).length > 0);
  const hits = termHits(text, tiers[tier] ?? []);
  if (hits.length === 0) return [{ text: excerpt(text, length).replace(/ …$/u, '\u00a0…'), marked: false }];
  const cut = bestCut(text, hits, length);
  const { start } = cut;
  const end = pastHits(text, hits, cut.end);
  const parts: ExcerptPart[] = [];
  const plain = (from: number, to: number) => {
    if (to > from) parts.push({ text: text.slice(from, to), marked: false });
  };
  // Only the words of the name are marked: the description's are cut around, but they are no name.
  const marked = tier === 0 ? hits.filter((hit) => hit.at >= start && hit.end <= end) : [];
  let cursor = start;
  for (const hit of marked) {
    const previous = parts[parts.length - 1];
    // Words of the name side by side are one mark: `Welcome Points`, not two.
    if (previous?.marked && /^[\s-]*$/u.test(text.slice(cursor, hit.at))) {
      previous.text += text.slice(cursor, hit.end);
    } else {
      plain(cursor, hit.at);
      parts.push({ text: text.slice(hit.at, hit.end), marked: true });
    }
    cursor = hit.end;
  }
  plain(cursor, end);
  const first = parts[0];
  const last = parts[parts.length - 1];
  // As the search's excerpts: `…` with a no-break space, so that it never stands on a line of its own.
  if (start > 0 && first) first.text = `…\u00a0${first.text}`;
  if (end < text.length && last) {
    if (last.marked) parts.push({ text: '\u00a0…', marked: false });
    else last.text = `${last.text.replace(/[\s,;:–-]+$/u, '')}\u00a0…`;
  }
  return parts;
}
