/**
 * The speakers of a whole report: each heading, speaker line and sentence read in turn, and each name
 * put in one place — speaker (a person file may be made), maybe (the review list asks), or only seen
 * (the review list names it, so that a missing speaker is visible). A name that is a speaker anywhere is
 * a speaker; one that is a maybe anywhere and a speaker nowhere is a maybe.
 */
import { splitSentences } from '#src/lib/german/sentences.ts';
import { headingPeople, type NamedPerson } from '#src/lib/import/people.ts';
import { nameShaped, readsAsPerson } from '#src/lib/import/speakers/given-names.ts';
import { speakerLine, type SpeakerLine } from '#src/lib/import/speakers/lines.ts';
import type { ImportedReport } from '#src/lib/import/sections.ts';
import {
  organizationAfter,
  plainText,
  readSentence,
  speakerSentences,
  UNLISTED,
  type SentenceReading,
} from '#src/lib/import/speakers/sentence.ts';

/** A part of a report: a heading and the paragraphs under it (Markdown's inline marks may stay in). */
export interface ReportPart {
  heading: string | undefined;
  paragraphs: string[];
}

/** How sure the importer is that a name spoke. */
export type SpeakerStanding = 'speaker' | 'maybe' | 'seen';

/** A name the report gives, where, and what the importer makes of it. */
export interface SpeakerFinding {
  name: string;
  honorific: string | undefined;
  standing: SpeakerStanding;
  /** The sentence (or heading, or line) it was read from. */
  sentence: string;
  /** The institution the sentence gives right after the name. */
  organization: string | undefined;
  /** Why a maybe is only a maybe, in German. */
  reason?: string | undefined;
}

const RANK: Record<SpeakerStanding, number> = { speaker: 0, maybe: 1, seen: 2 };

/** Collects findings, keeping each name's surest standing. */
class Findings {
  readonly byName = new Map<string, SpeakerFinding>();

  add(person: NamedPerson, standing: SpeakerStanding, sentence: string, reason?: string): void {
    // „Lluís Revilla“ in a sentence is „Lluís Revilla Sancho“ of the speaker line: one finding, the longer name.
    const names = [...this.byName.keys()];
    const name = names.find((known) => known.startsWith(`${person.name} `)) ?? person.name;
    const shorter = names.find((known) => name.startsWith(`${known} `));
    const earlier = [this.byName.get(name), shorter === undefined ? undefined : this.byName.get(shorter)]
      .filter((finding) => finding !== undefined)
      .sort((a, b) => RANK[a.standing] - RANK[b.standing])[0];
    if (shorter !== undefined) this.byName.delete(shorter);
    if (earlier && RANK[earlier.standing] <= RANK[standing]) {
      this.byName.set(name, { ...earlier, name });
      return;
    }
    this.byName.set(name, {
      name,
      honorific: person.honorific ?? earlier?.honorific,
      standing,
      sentence,
      organization: organizationAfter(sentence, person),
      reason,
    });
  }
}

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

function addParagraph(paragraph: string, underHeading: boolean, findings: Findings): void {
  for (const { sentence, reading } of readParagraph(paragraph, underHeading)) {
    for (const person of reading.people) {
      findings.add(person, person.presenting && !person.moderating ? 'speaker' : 'seen', sentence);
    }
    for (const person of reading.maybe) findings.add(person, 'maybe', sentence, person.reason);
    for (const person of reading.seen) findings.add(person, 'seen', sentence);
  }
}

/** Every name the report gives, with its standing, in the report's order. */
export function findSpeakers(parts: readonly ReportPart[]): SpeakerFinding[] {
  const findings = new Findings();
  for (const part of parts) {
    if (part.heading !== undefined) {
      const heading = plainText(part.heading);
      for (const person of headingPeople(heading).people) {
        const sure = readsAsPerson(person.name, person.honorific);
        if (nameShaped(person.name))
          findings.add(person, sure ? 'speaker' : 'maybe', heading, sure ? undefined : UNLISTED);
      }
    }
    part.paragraphs.forEach((paragraph, index) => addParagraph(paragraph, index === 0, findings));
  }
  return [...findings.byName.values()];
}

/**
 * A Markdown report as parts, for measuring: front matter, code, images, HTML and shortcodes left out;
 * each heading starts a part; paragraphs, list items, table rows and footnotes are its paragraphs.
 */
export function partsOfMarkdown(markdown: string): ReportPart[] {
  const text = markdown
    .replace(/^---\n[\s\S]*?\n---\n/u, '')
    .replace(/^(```|~~~)[\s\S]*?^\1/gmu, '')
    .replace(/\{\{[<%][\s\S]*?[%>]\}\}/gu, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
    .replace(/^\s*<[^>]+>\s*$/gmu, '');
  const parts: ReportPart[] = [{ heading: undefined, paragraphs: [] }];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) parts[parts.length - 1]?.paragraphs.push(paragraph.join(' '));
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const lineText = raw.trim();
    const heading = /^#{1,6}\s+(.*)$/u.exec(lineText);
    if (heading) {
      flush();
      parts.push({ heading: heading[1]?.replace(/\s+#+$/u, ''), paragraphs: [] });
    } else if (lineText === '' || /^(?:\*\*\*|---|___)$/u.test(lineText)) {
      flush();
    } else if (/^(?:[-*+]|\d+[.)])\s+|^\||^\[\^[^\]]+\]:|^>/u.test(lineText)) {
      flush();
      paragraph.push(lineText.replace(/^\[\^[^\]]+\]:\s*|^>\s*/u, ''));
      if (lineText.startsWith('|')) flush();
    } else {
      paragraph.push(lineText);
    }
  }
  flush();
  return parts.filter((part) => part.heading !== undefined || part.paragraphs.length > 0);
}

/**
 * A report as the importer reads it (`sections.ts`), as parts: each section's title, and the running text
 * of its blocks (paragraphs, list items, quotes, footnotes, subheadings).
 */
export function partsOfReport(report: ImportedReport): ReportPart[] {
  return report.sections.map((section) => ({
    heading: section.title,
    paragraphs: section.blocks.flatMap((block) => {
      if (block.kind === 'list') return block.items;
      if (block.kind === 'bullets') return block.items.map((item) => item.text);
      const running = ['paragraph', 'quote', 'footnote', 'subheading'].includes(block.kind);
      return running && 'text' in block ? [block.text] : [];
    }),
  }));
}
