/**
 * The speakers of a whole report: each heading, speaker line and sentence read in turn, and each name
 * put in one place — speaker (a person file may be made), maybe (the review list asks), or only seen
 * (the review list names it, so that a missing speaker is visible). A name that is a speaker anywhere is
 * a speaker; one that is a maybe anywhere and a speaker nowhere is a maybe.
 */
import { splitSentences } from '#src/lib/german/sentences.ts';
import { headingPeople, type NamedPerson } from '#src/lib/import/people.ts';
import { nameShaped, readsAsPerson } from '#src/lib/import/speakers/given-names.ts';
import { speakerLine } from '#src/lib/import/speakers/lines.ts';
import type { ImportedReport } from '#src/lib/import/sections.ts';
import {
  organizationAfter,
  plainText,
  readSentence,
  speakerSentences,
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
    // „Lluís Revilla“ in a sentence is „Lluís Revilla Sancho“ of the speaker line.
    const longer = [...this.byName.keys()].find((name) => name.startsWith(`${person.name} `));
    if (longer !== undefined) person = { ...person, name: longer };
    const shorter = [...this.byName.keys()].find((name) => person.name.startsWith(`${name} `));
    const before = shorter === undefined ? undefined : this.byName.get(shorter);
    if (shorter !== undefined) this.byName.delete(shorter);
    const known = this.byName.get(person.name) ?? before;
    if (known && RANK[known.standing] <= RANK[standing]) return;
    this.byName.set(person.name, {
      name: person.name,
      honorific: person.honorific ?? known?.honorific,
      standing,
      sentence,
      organization: organizationAfter(sentence, person),
      reason,
    });
  }
}

function readParagraph(paragraph: string, findings: Findings): void {
  const line = speakerLine(paragraph);
  if (line && !line.moderating) {
    for (const person of line.people.filter((named) => nameShaped(named.name))) {
      const sure = readsAsPerson(person.name, person.honorific);
      findings.add(person, sure ? 'speaker' : 'maybe', line.line, sure ? undefined : 'der Vorname steht in keiner Namensliste');
    }
  }
  for (const sentence of speakerSentences(splitSentences(plainText(paragraph).replace(/\s+/gu, ' ')))) {
    const reading = readSentence(sentence);
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
        findings.add(person, sure ? 'speaker' : 'maybe', heading, sure ? undefined : 'der Vorname steht in keiner Namensliste');
      }
    }
    for (const paragraph of part.paragraphs) readParagraph(paragraph, findings);
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

/** A report as the importer reads it (`sections.ts`), as parts: each section's title and its blocks. */
export function partsOfReport(report: ImportedReport): ReportPart[] {
  return report.sections.map((section) => ({
    heading: section.title,
    paragraphs: section.blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text])),
  }));
}
