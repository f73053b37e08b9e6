/**
 * What the review list says about names the importer did not make a person of: a maybe („Vielleicht
 * Referent/in“) with its sentence and reason, and every other person-like name it saw but gave no role,
 * so that a missing speaker is visible. In German, for the team, saying what to do.
 */
import type { SectionBlock } from '#src/lib/import/sections.ts';
import { readParagraph, type ReadSentence } from '#src/lib/import/speakers/report.ts';

/** The sentences of a section's blocks and what each says about people. */
export function sectionReadings(blocks: readonly SectionBlock[]): ReadSentence[] {
  return blocks
    .flatMap((block) => (block.kind === 'list' ? block.items : [block.text]))
    .flatMap(readParagraph);
}

const quote = (sentence: string) => `„${sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence}“`;

/** A name in a speaker's place the importer is not sure of. */
export function maybeSpeakerNote(name: string, reason: string, sentence: string): string {
  return (
    `Vielleicht Referent/in: „${name}“ (${reason}) in ${quote(sentence)} — keine Personendatei angelegt; ` +
    'wenn sie oder er vortrug, eine Person unter content/people/ anlegen und hier unter „Vortragende“ eintragen'
  );
}

/** A person-like name the importer saw but gave no role. */
export function unassignedNameNote(name: string, sentence: string): string {
  return (
    `Genannt, aber keiner Rolle zugeordnet: „${name}“ in ${quote(sentence)} — ` +
    'wenn sie oder er vortrug oder moderierte, eine Person unter content/people/ anlegen und hier unter ' +
    '„Vortragende“ oder „Moderation“ eintragen'
  );
}

/** The names of a section not to note again: those that became people, and those noted before. */
export class NotedNames {
  private readonly names = new Set<string>();

  /** True the first time a name is given; false after, so that each name is noted once per section. */
  first(name: string): boolean {
    if (this.names.has(name)) return false;
    this.names.add(name);
    return true;
  }
}
