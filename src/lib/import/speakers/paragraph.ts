/**
 * A paragraph (or list item) read for its people: each sentence as `sentence.ts` reads it, and the
 * paragraph as a speaker line when it is one (`lines.ts`), its names presenting in the first sentence —
 * but a name standing alone only right under a heading.
 */
import { splitSentences } from '#src/lib/german/sentences.ts';
import type { NamedPerson } from '#src/lib/import/people.ts';
import { nameShaped, readsAsPerson } from '#src/lib/import/speakers/given-names.ts';
import { speakerLine, type SpeakerLine } from '#src/lib/import/speakers/lines.ts';
import {
  plainText,
  readSentence,
  speakerSentences,
  UNLISTED,
  type SentenceReading,
} from '#src/lib/import/speakers/sentence.ts';

/** A sentence of a paragraph and what it says about people. */
export interface ReadSentence {
  sentence: string;
  reading: SentenceReading;
}

const ALONE = 'der Name steht allein, aber nicht gleich unter einer Überschrift';

/**
 * A speaker line's names added to what the first sentence of its paragraph says. A name standing alone
 * is a speaker only right under a heading; further down it is a maybe.
 */
export function withLine(
  reading: SentenceReading,
  line: SpeakerLine,
  underHeading: boolean,
): SentenceReading {
  for (const person of line.people.filter((named) => nameShaped(named.name))) {
    const others = (named: NamedPerson) =>
      named.name !== person.name && !named.name.startsWith(`${person.name} `);
    const shorter = (named: NamedPerson) => !person.name.startsWith(`${named.name} `);
    reading.maybe = reading.maybe.filter(others).filter(shorter);
    reading.seen = reading.seen.filter(others).filter(shorter);
    if (!readsAsPerson(person.name, person.honorific) || (line.alone && !underHeading)) {
      reading.maybe.push({
        ...person,
        reason: readsAsPerson(person.name, person.honorific) ? ALONE : UNLISTED,
      });
      continue;
    }
    reading.people = reading.people.filter(others).filter(shorter);
    reading.people.push({ ...person, presenting: !line.moderating, moderating: line.moderating });
  }
  reading.people.sort((a, b) => a.start - b.start);
  return reading;
}

/**
 * What each sentence of a paragraph says about people (`readSentence`), and, when the paragraph is a
 * speaker line (`*Anna Berg*`, „Referentin: Anna Berg“, „**Anna Berg** Titel“), its names as presenting
 * (or moderating) in the first sentence. Links are taken out first so that their addresses split nothing.
 */
export function readParagraph(paragraph: string, underHeading = true): ReadSentence[] {
  const text = paragraph.replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/\s+/gu, ' ');
  const line = speakerLine(text);
  return speakerSentences(splitSentences(text)).map((sentence, index) => {
    const reading = readSentence(sentence);
    return {
      sentence: plainText(sentence),
      reading: line && index === 0 ? withLine(reading, line, underHeading) : reading,
    };
  });
}
