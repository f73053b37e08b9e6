/**
 * What the review list says about names the importer did not make a person of: a maybe („Vielleicht
 * Referent/in“) with its sentence and reason, and every other person-like name it saw but gave no role,
 * so that a missing speaker is visible. In German, for the team, saying what to do.
 */

import { collectionFolder } from '#src/lib/content/collections.ts';

/** Where a person file goes: `content/people/`. */
const peopleFolder = () => `${collectionFolder('people')}/`;

const quote = (sentence: string) => `„${sentence.length > 110 ? `${sentence.slice(0, 107)}…` : sentence}“`;

/** A name in a speaker's place the importer is not sure of. */
export function maybeSpeakerNote(name: string, reason: string, sentence: string): string {
  return (
    `Vielleicht Referent/in: „${name}“ (${reason}) in ${quote(sentence)} — keine Personendatei angelegt; ` +
    `wenn sie oder er vortrug, eine Person unter ${peopleFolder()} anlegen und hier unter „Vortragende“ eintragen`
  );
}

/** A person-like name the importer saw but gave no role. */
export function unassignedNameNote(name: string, sentence: string): string {
  return (
    `Genannt, aber keiner Rolle zugeordnet: „${name}“ in ${quote(sentence)} — ` +
    `wenn sie oder er vortrug oder moderierte, eine Person unter ${peopleFolder()} anlegen und hier unter ` +
    '„Vortragende“ oder „Moderation“ eintragen'
  );
}
