/**
 * How well the speakers of a report were found, against a list read by hand: found, missed, and made
 * wrongly — a person file for someone who did not speak, and among those, for a name that is no person
 * of the report at all (a phrase such as „Teil der Dauerausstellung“).
 */
import { findSpeakers, partsOfMarkdown, type SpeakerFinding } from '#src/lib/import/speakers/report.ts';

/** Who spoke and who is only named, as read by hand (`expected.yaml` beside a report). */
export interface ExpectedSpeakers {
  speakers: string[];
  mentioned?: string[] | undefined;
}

export interface SpeakerFigures {
  /** Speakers the importer would make a person file for. */
  found: string[];
  /** Speakers it would not (in the review list as a maybe, or only seen, or not at all). */
  missed: string[];
  /** Person files for names that did not speak. */
  wronglyMade: string[];
  /** Of those, names that are no person of the report: phrases made people. */
  phrases: string[];
  /** Share of the speakers found, 0 to 1. */
  share: number;
}

/** The figures of one report. */
export function speakerFigures(
  findings: readonly SpeakerFinding[],
  expected: ExpectedSpeakers,
): SpeakerFigures {
  const made = new Set(
    findings.filter((finding) => finding.standing === 'speaker').map((finding) => finding.name),
  );
  const found = expected.speakers.filter((name) => made.has(name));
  const missed = expected.speakers.filter((name) => !made.has(name));
  const wronglyMade = [...made].filter((name) => !expected.speakers.includes(name));
  const people = new Set([...expected.speakers, ...(expected.mentioned ?? [])]);
  const phrases = wronglyMade.filter((name) => !people.has(name));
  const share = expected.speakers.length === 0 ? 1 : found.length / expected.speakers.length;
  return { found, missed, wronglyMade, phrases, share };
}

/** The figures of a Markdown report. */
export function figuresOfMarkdown(markdown: string, expected: ExpectedSpeakers): SpeakerFigures {
  return speakerFigures(findSpeakers(partsOfMarkdown(markdown)), expected);
}
