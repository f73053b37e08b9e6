/**
 * How well the speakers of a report are found, against a list read by hand: found, missed, and made
 * wrongly — a person file for someone who did not speak, and among those, for a name that is no person
 * of the report at all (a phrase such as „Teil der Dauerausstellung“). What counts as found is what the
 * importer does: the presenters `peopleOfSection` gives each section of the report as the readers read it.
 */
import { sentencesOf } from '#src/lib/import/plan-event.ts';
import { readMarkdown } from '#src/lib/import/read-markdown.ts';
import { splitIntoSections, type ImportedReport } from '#src/lib/import/sections.ts';
import { peopleOfSection } from '#src/lib/import/speakers/section.ts';

/** Who spoke and who is only named, as read by hand (`expected.yaml` beside a report). */
export interface ExpectedSpeakers {
  speakers: string[];
  mentioned?: string[] | undefined;
}

export interface SpeakerFigures {
  /** Speakers the importer makes a person file for, as presenters. */
  found: string[];
  /** Speakers it does not (in the review list as a maybe, or only named there, or not at all). */
  missed: string[];
  /** Presenters made of names that did not speak. */
  wronglyMade: string[];
  /** Of those, names that are no person of the report: phrases made people. */
  phrases: string[];
  /** Share of the speakers found, 0 to 1. */
  share: number;
}

/** The names the importer makes presenters of, over all sections of a report, in the report's order. */
export function presentersOf(report: ImportedReport): string[] {
  const names = report.sections.flatMap((section) =>
    peopleOfSection(section.title, sentencesOf(section.blocks), section.blocks)
      .people.filter((entry) => entry.field === 'presenters')
      .map((entry) => entry.person.name),
  );
  return [...new Set(names)];
}

/** The figures of one report, from the names made presenters. */
export function speakerFigures(made: readonly string[], expected: ExpectedSpeakers): SpeakerFigures {
  const found = expected.speakers.filter((name) => made.includes(name));
  const missed = expected.speakers.filter((name) => !made.includes(name));
  const wronglyMade = made.filter((name) => !expected.speakers.includes(name));
  const people = new Set([...expected.speakers, ...(expected.mentioned ?? [])]);
  const phrases = wronglyMade.filter((name) => !people.has(name));
  const share = expected.speakers.length === 0 ? 1 : found.length / expected.speakers.length;
  return { found, missed, wronglyMade, phrases, share };
}

/** The figures of a Markdown report, read as the importer reads it. */
export function figuresOfMarkdown(markdown: string, expected: ExpectedSpeakers): SpeakerFigures {
  return speakerFigures(presentersOf(splitIntoSections(readMarkdown(markdown))), expected);
}
