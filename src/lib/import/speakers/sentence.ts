/**
 * Who a sentence says spoke, in the ways German and English reports put it, on top of what
 * `people.ts` reads (a name at the start followed by an apposition or a verb, a name after a verb of
 * presenting, a name between commas after a role):
 *
 * - „X von der Y berichtete über …“, „X, Research Lead bei Y, sprach …“, „X von Y teilte … mit“;
 * - „Die britische Informationsdesignerin X berichtete …“ (a role before the name at the start);
 * - „betrachtete Richard Wallis“, „zeigte auch Jana Porsche“ (a verb, a little word, the name);
 * - „Der Vortrag „…“ von X“, „workshop … by X“ (a talk, its title, then who gave it);
 * - „von X vorgestellt“ (the passive);
 * - „so X von Y“, „laut X von Y“ (reported speech with the speaker's institution);
 * - „ANNA MÜLLER (Bochum)“, the capitals H-Soz-Kult writes speakers in;
 * - „Vielen Dank an X und Y“: a weaker signal, only „vielleicht“.
 *
 * A person is only who reads as one (`given-names.ts`); a name in a speaker's place that does not is
 * „vielleicht“ (a maybe), for the review list, never a person file.
 */
import {
  appositionAfter,
  peopleInSentence,
  type NamedPerson,
  type PersonInSentence,
} from '#src/lib/import/people.ts';
import { isGivenName, nameShaped, readsAsPerson } from '#src/lib/import/speakers/given-names.ts';
import {
  ADVERB,
  FULL_NAME,
  PERSON_LIST,
  PLACE_BEFORE,
  PRESENTING_WORD,
  REPORTING_VERB,
  TALK_NOUN,
} from '#src/lib/import/speakers/patterns.ts';
import { HONORIFIC, PARTICLE } from '#src/lib/import/people.ts';

/** A name in a speaker's place that the importer is not sure of, with the reason. */
export interface MaybeSpeaker extends NamedPerson {
  /** Why it is only a maybe, in German: „Vorname nicht in der Namensliste“, „Dank“. */
  reason: string;
}

/** What a sentence says about people. */
export interface SentenceReading {
  /** Names that read as a person's, presenting, moderating or mentioned. */
  people: PersonInSentence[];
  /** Names in a speaker's place the importer is not sure of. */
  maybe: MaybeSpeaker[];
  /** Names that read as a person's but have no role in the sentence. */
  seen: NamedPerson[];
}

/** Markdown's inline marks and footnote references, taken out: `**Ada Lovelace**[^1]` → `Ada Lovelace`. */
export function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[\^[^\]]+\]/gu, '')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/\\$/gmu, '')
    .replace(/<\/?[a-z][^>]*>/gu, '');
}

const personPattern = new RegExp(`(?<honorific>${HONORIFIC}\\s+)?(?<name>${FULL_NAME})`, 'gu');

/**
 * The names in a stretch of text, a third word kept only where the second may be a given name, or
 * where the text is the names alone (`whole`: a speaker line, `**Lluís Revilla Sancho**`).
 */
export function namesIn(text: string, offset = 0, listEnd?: number, whole = false): NamedPerson[] {
  return [...text.matchAll(personPattern)].flatMap((match): NamedPerson[] => {
    let name = match.groups?.['name'] ?? '';
    const honorific = match.groups?.['honorific']?.trim() || undefined;
    // „Buch von Henrik Sommer“: a noun, a particle, then the name.
    const afterParticle = new RegExp(`^(\\S+\\s+(?:${PARTICLE}\\s+)+)(\\p{Lu}.*)$`, 'u').exec(name);
    if (!honorific && afterParticle?.[1] && afterParticle[2] && !isGivenName(name.split(/\s+/u)[0] ?? '')) {
      return namesIn(afterParticle[2], offset + match.index + afterParticle[1].length, listEnd, whole);
    }
    const words = name.split(/\s+/u).filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
    if (!whole && words.length === 3 && !isGivenName(words[1] ?? '')) {
      name = name.slice(0, name.lastIndexOf(words[2] ?? '')).trimEnd();
    }
    const start = offset + match.index;
    const end = start + (honorific ? match[0].indexOf(name) : 0) + name.length;
    return [{ name, honorific, start, end, listEnd: listEnd ?? end }];
  });
}

/** The people of each list a pattern's first group captures. */
function listsAt(sentence: string, pattern: RegExp): NamedPerson[] {
  const found: NamedPerson[] = [];
  for (const match of sentence.matchAll(pattern)) {
    const list = match[1];
    if (list === undefined) continue;
    const offset = match.index + match[0].indexOf(list);
    const names = namesIn(list, offset, offset + list.length);
    // „X, Research Lead, …“: a list ends where a word group after the first name is no person's.
    const end = names.findIndex(
      (person, index) => index > 0 && !readsAsPerson(person.name, person.honorific),
    );
    found.push(...(end > 0 ? names.slice(0, end) : names));
  }
  return found;
}

/** A role before a name at the start of a sentence: „Die britische Informationsdesignerin“. */
const ROLE_BEFORE = '(?:(?:Der|Die|Den|Das|The)\\s+(?:[\\p{Ll}-]+\\s+){0,3}\\p{Lu}[\\p{L}-]+\\s+)?';
/** A little word a sentence may open with before the speaker: „Auch X stellte …“. */
const OPENING_WORD =
  '(?:(?:Auch|Dann|Zudem|Anschließend|Schließlich|Danach|Außerdem|Zuletzt|Zunächst|Also|Then|Finally|Next|Later)\\s+)?';
/** Words before a name that make it a mention: someone leads, is quoted or named in passing. */
const MENTION_BEFORE =
  /(?:Leitung\s+(?:von|durch)|im\s+Auftrag\s+(?:von|des|der)|vgl\.|zitiert(?:e|en)?|nach\s+Angaben\s+(?:von|des|der))\s*$/u;

/** The patterns that put a name in a speaker's place; each captures the list of names. */
const SPEAKER_PLACES: RegExp[] = [
  // At the start, before what they did: „X von der Y berichtete“, „Die … X berichtete“.
  new RegExp(`^${OPENING_WORD}${ROLE_BEFORE}(${PERSON_LIST})(?=[\\s,(].*${PRESENTING_WORD.source})`, 'gu'),
  // After a verb or noun of presenting, a little word between: „betrachtete Richard Wallis“, „Keynote von X“.
  new RegExp(
    `(?<![\\p{L}-])(?:${REPORTING_VERB}|${TALK_NOUN})(?:\\s+${ADVERB}){0,2}\\s*:?\\s+` +
      `(?:(?:von|vom|durch|by|from|with|mit)\\s+)?(${PERSON_LIST})`,
    'gu',
  ),
  // A talk, its title in quotes, then who gave it: „Der Vortrag „…“ von X“.
  new RegExp(
    `(?<![\\p{L}-])${TALK_NOUN}(?![\\p{L}-])[^.!?]{0,200}?[“”"»«‘’][^.!?“”"»«]{0,40}?\\s(?:von|by)\\s+(${PERSON_LIST})`,
    'gu',
  ),
  // The passive: „von X vorgestellt“.
  new RegExp(
    `(?:von|by)\\s+(${PERSON_LIST})(?:\\s+\\S+){0,2}?\\s+(?:vorgestellt|präsentiert|gehalten|vorgetragen|presented|given)\\b`,
    'gu',
  ),
  // Reported speech with the speaker's institution: „so X von Y“, „laut X von Y“.
  new RegExp(
    `(?:^|\\s)(?:[Ss]o|[Ll]aut|[Aa]ccording to)\\s+(${PERSON_LIST})` +
      '(?=\\s+(?:von|vom|aus|bei|from|of)(?:\\s+(?:der|dem|den|the))?\\s+\\p{Lu})',
    'gu',
  ),
];

/** „ANNA MÜLLER (Bochum)“: a name in capitals before a bracket, as H-Soz-Kult writes speakers. */
const CAPITALS = /(?<![\p{L}-])(\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:\s+\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,2})\s+\(/gu;
const titleCase = (word: string) =>
  word.replace(/\p{Lu}+/gu, (part) => (part[0] ?? '') + part.slice(1).toLowerCase());

function inCapitals(sentence: string): NamedPerson[] {
  return [...sentence.matchAll(CAPITALS)].flatMap((match) => {
    const written = match[1] ?? '';
    const name = titleCase(written);
    if (!readsAsPerson(name)) return [];
    const start = match.index;
    return [
      { name, honorific: undefined, start, end: start + written.length, listEnd: start + written.length },
    ];
  });
}

/** Where a sentence quotes a title: „…“, “…”, "…", »…«. Names in a title are no people. */
function quotedRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of sentence.matchAll(/„[^“”]*[“”]|“[^”„]*”|"[^"]*"|»[^«]*«/gu)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Thanks to named people: „Vielen Dank an X und Y“, „Thanks to X“. A weaker signal. */
const THANKS = new RegExp(
  '(?:Dank(?:e)?\\s+(?:an|gilt|geht\\s+an)|danken?(?:\\s+wir)?|[Tt]hanks?(?:\\s+to)?|[Tt]hank\\s+you)' +
    `\\s+(?:\\S+\\s+){0,3}?(${PERSON_LIST})`,
  'gu',
);

/**
 * Sentences as a speaker is read from them: a piece that ends with a colon joined to the next, since
 * a talk's title may hold one („Der Vortrag „Prototype: Linking …“ von X“).
 */
export function speakerSentences(sentences: readonly string[]): string[] {
  const joined: string[] = [];
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1];
    if (previous?.endsWith(':')) joined[joined.length - 1] = `${previous} ${sentence}`;
    else joined.push(sentence);
  }
  return joined;
}

/** Why a name in a speaker's place is only a maybe. */
export const UNLISTED = 'der Vorname steht in keiner Namensliste';

/** Who a sentence says spoke, moderated or is mentioned; who may have spoken; and who is only named. */
export function readSentence(written: string): SentenceReading {
  const sentence = plainText(written);
  const quoted = quotedRanges(sentence);
  const outsideQuotes = (person: NamedPerson) =>
    !quoted.some(([from, to]) => person.start > from && person.start < to);
  const base = peopleInSentence(sentence).filter(outsideQuotes);
  const speakers = new Map<number, NamedPerson>();
  for (const pattern of SPEAKER_PLACES) {
    for (const person of listsAt(sentence, pattern).filter(outsideQuotes)) {
      if (!MENTION_BEFORE.test(sentence.slice(0, person.start))) speakers.set(person.start, person);
    }
  }
  for (const person of inCapitals(sentence)) speakers.set(person.start, person);

  const people: PersonInSentence[] = [];
  const maybe: MaybeSpeaker[] = [];
  const taken = new Set<number>();
  for (const person of base) {
    const speaker = speakers.get(person.start);
    const presenting = person.presenting || (speaker !== undefined && !person.moderating);
    const named = { ...person, ...(speaker ?? {}), honorific: person.honorific ?? speaker?.honorific };
    taken.add(person.start);
    if (readsAsPerson(named.name, named.honorific))
      people.push({ ...named, presenting, moderating: person.moderating });
    // Only a speaker's place of this module makes a maybe: `people.ts` also reads roles between commas.
    else if (speaker !== undefined && nameShaped(named.name)) maybe.push({ ...named, reason: UNLISTED });
  }
  for (const speaker of speakers.values()) {
    if (taken.has(speaker.start)) continue;
    taken.add(speaker.start);
    if (readsAsPerson(speaker.name, speaker.honorific))
      people.push({ ...speaker, presenting: true, moderating: false });
    else if (nameShaped(speaker.name)) maybe.push({ ...speaker, reason: UNLISTED });
  }
  for (const person of listsAt(sentence, THANKS)) {
    if (taken.has(person.start) || !nameShaped(person.name)) continue;
    taken.add(person.start);
    maybe.push({
      ...person,
      reason: 'ihr oder ihm wird gedankt; ob sie oder er vortrug, sagt der Satz nicht',
    });
  }
  const seen = namesIn(sentence).filter(
    (person) =>
      !taken.has(person.start) &&
      outsideQuotes(person) &&
      readsAsPerson(person.name, person.honorific) &&
      !PLACE_BEFORE.test(sentence.slice(0, person.start)),
  );
  // A presenting sentence that names someone nowhere else in it: maybe they spoke.
  if (PRESENTING_WORD.test(sentence)) {
    for (const person of seen.splice(0))
      maybe.push({ ...person, reason: 'der Satz spricht von einem Vortrag' });
  }
  people.sort((a, b) => a.start - b.start);
  return { people, maybe, seen };
}

/** The institution a sentence names right after a person: „von der Y“, „bei Y“, „, Leiterin am Y,“. */
export function organizationAfter(sentence: string, person: NamedPerson): string | undefined {
  return appositionAfter(plainText(sentence).slice(person.listEnd)).organization;
}
