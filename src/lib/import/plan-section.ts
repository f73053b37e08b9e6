/**
 * One section file of an import: its front matter (number, title, address, kind, description, people,
 * institutions, places), its MDX body, and the review notes for every guess, kept as
 * {file, field, value} until the files are written (`review.ts`).
 */
import type { ReportSectionData, SectionKind } from '#src/schemas/index.ts';
import { contentCollections, entryFile } from '#src/lib/content/collections.ts';
import { placeholder } from '#src/lib/draft.ts';
import { editorImage, fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import { editorMdx } from '#src/lib/editor/yaml-style.ts';
import { sectionBody } from '#src/lib/import/mdx-body.ts';
import { headingPeople } from '#src/lib/import/people.ts';
import { peopleOfSection } from '#src/lib/import/speakers/section.ts';
import { sentencesOf } from '#src/lib/import/plan-event.ts';
import { quoteOf, type RegisterProposals } from '#src/lib/import/proposals.ts';
import { organizationsNamedIn, placesNamedIn, type Registers } from '#src/lib/import/register.ts';
import type { ReviewNote } from '#src/lib/import/review.ts';
import { OPENING_TITLE, type ImportedSection } from '#src/lib/import/sections.ts';
import { slugify, uniqueSlug } from '#src/lib/import/slugs.ts';

type Role = 'presenters' | 'moderators' | 'mentions';
const ROLE_LABELS: Record<Role, string> = {
  presenters: 'Referent/in',
  moderators: 'Moderation',
  mentions: 'erwähnt',
};
/** A person has one role in a section: presenting outranks moderating, moderating outranks a mention. */
const RANK: Record<Role, number> = { presenters: 0, moderators: 1, mentions: 2 };

/** The kind of a section, guessed from its title, its first sentence and its place, with the reason. */
export function guessKind(
  section: ImportedSection,
  hasChildren: boolean,
  namesInHeading: boolean,
  firstSentence = '',
): { kind: SectionKind; reason: string } {
  if (section.number === undefined && section.title === OPENING_TITLE) {
    return { kind: 'introduction', reason: 'Einleitung ohne Nummer' };
  }
  if (/begrüßung|grußwort|eröffnung|willkommen|auftakt|welcome/iu.test(section.title)) {
    return { kind: 'welcome', reason: 'der Titel spricht von Begrüßung oder Eröffnung' };
  }
  if (/schluss|abschluss|fazit|resümee|ausblick|kommentar|zusammenfassung|bilanz/iu.test(section.title)) {
    return { kind: 'closing-comment', reason: 'der Titel spricht von Schluss, Fazit oder Kommentar' };
  }
  if (hasChildren) return { kind: 'chapter-intro', reason: 'der Abschnitt hat Unterabschnitte' };
  if (/podium|panel|diskussionsrunde|gesprächsrunde/iu.test(section.title)) {
    return { kind: 'panel', reason: 'der Titel spricht von Podium oder Diskussionsrunde' };
  }
  if (/workshop|werkstatt/iu.test(section.title)) {
    return { kind: 'workshop', reason: 'der Titel spricht von Workshop oder Werkstatt' };
  }
  if (namesInHeading) return { kind: 'guest-talk', reason: 'der Titel nennt die Vortragenden' };
  if (
    /keynote|gastvortrag|plenarvortrag|festvortrag|hauptvortrag/iu.test(`${section.title} ${firstSentence}`)
  ) {
    return { kind: 'guest-talk', reason: 'Titel oder erster Satz sprechen von Keynote oder Gastvortrag' };
  }
  return { kind: 'project-talk', reason: 'kein anderer Hinweis in Titel und erstem Satz' };
}

/** What a section needs from the rest of the import. */
export interface SectionInput {
  section: ImportedSection;
  order: number;
  slug: string;
  contentDir: string;
  hasChildren: boolean;
  takenSlugs: Set<string>;
  registers: Registers;
  proposals: RegisterProposals;
}

/** A file the import writes as bytes: a Word file's picture beside its section. */
export interface PlannedAsset {
  path: string;
  bytes: Uint8Array;
}

export interface PlannedSection {
  path: string;
  text: string;
  /** The section's pictures from the Word file, in `bilder/` beside it. */
  assets: PlannedAsset[];
  sentences: number;
  presenters: { id: string; matched: boolean }[];
  notes: ReviewNote[];
}

/** Who presented, moderated or is mentioned in a section, with the note for each. */
function sectionPeople(input: SectionInput, sentences: readonly string[]) {
  const { section, proposals, registers } = input;
  const found = new Map<string, { role: Role; matched: boolean; note: string }>();
  const assign = (id: string, role: Role, matched: boolean, sentence: string) => {
    const before = found.get(id);
    if (before && RANK[before.role] <= RANK[role]) return;
    const how = matched ? 'vorhandener Eintrag' : 'neu angelegt';
    found.set(id, {
      role,
      matched,
      note: `${ROLE_LABELS[role]}: ${id} (${how}), erkannt an ${quoteOf(sentence)}`,
    });
  };
  const { people, references, unsure } = peopleOfSection(section.title, sentences, section.blocks);
  let next = 0;
  for (const reference of references) {
    // People named in full up to the reference's sentence are known; otherwise the register is asked.
    for (; next < people.length && (people[next]?.at ?? 0) <= reference.at; next += 1) {
      const entry = people[next];
      if (entry) assign(...withId(entry));
    }
    if (proposals.byFamilyName(reference.familyName, found.keys())) continue;
    const existing = proposals.byFamilyName(reference.familyName, Object.keys(registers.people));
    if (existing) assign(existing, 'mentions', true, reference.sentence);
  }
  for (; next < people.length; next += 1) {
    const entry = people[next];
    if (entry) assign(...withId(entry));
  }
  function withId(entry: (typeof people)[number]): [string, Role, boolean, string] {
    const { id, matched } = proposals.person(entry.person, entry.sentence);
    return [id, entry.field, matched, entry.sentence];
  }
  const ids = (role: Role) => [...found].filter(([, value]) => value.role === role).map(([id]) => id);
  // The names the review list asks about, each once, and none that became a person of the section.
  const named = new Set(
    [...found.keys()].map((id) => (registers.people[id] ?? proposals.people.get(id))?.name),
  );
  const asked = unsure.filter(({ name }) => !named.has(name) && named.add(name));
  return {
    found,
    presenters: ids('presenters'),
    moderators: ids('moderators'),
    mentions: ids('mentions'),
    unsure: asked,
  };
}

/** The institutions and places a section names, with those its new people brought. */
function sectionRegisters(input: SectionInput, text: string, people: readonly string[]) {
  const { proposals, registers, section } = input;
  // A new organisation's name may hold an existing one's („Jugendamt der Stadt Wuppertal“, „Jugendamt“).
  const brought = people.flatMap((id) =>
    (proposals.people.get(id)?.roles ?? []).flatMap((role) => (role.organization ? [role.organization] : [])),
  );
  let unclaimed = `${section.title} ${text}`;
  for (const id of brought) {
    const name = proposals.organizations.get(id)?.name;
    if (name) unclaimed = unclaimed.split(name).join(' ');
  }
  const institutions = organizationsNamedIn(unclaimed, registers);
  for (const id of brought) if (!institutions.includes(id)) institutions.push(id);
  const places = placesNamedIn(`${section.title} ${text}`, registers);
  for (const id of institutions) {
    const place = proposals.organizations.get(id)?.place;
    if (place && proposals.places.has(place) && !places.includes(place)) places.push(place);
  }
  return { institutions, places };
}

/** The picture types a photo may have (the photo contract, `src/schemas/media.ts`), by MIME type. */
const PHOTO_TYPES: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

/**
 * A Word file's pictures as the section's photos: each file in `bilder/` beside the section, its
 * alternative text from Word or a placeholder the publication build refuses until it is written.
 */
function sectionPhotos(input: SectionInput, path: string, name: string) {
  const images = input.section.blocks.filter(
    (block) => block.kind === 'image' && PHOTO_TYPES[block.contentType],
  );
  const assets: PlannedAsset[] = [];
  const notes: ReviewNote[] = [];
  const photos = images.flatMap((block, index) => {
    if (block.kind !== 'image') return [];
    const file = `./bilder/${name}-${index + 1}.${PHOTO_TYPES[block.contentType] ?? 'png'}`;
    assets.push({
      path: `${path.replace(/[^/]+$/u, '')}${file.slice(2)}`,
      bytes: Buffer.from(block.base64, 'base64'),
    });
    notes.push({
      file: path,
      field: 'photos',
      value: file,
      note: block.alt
        ? `Foto ${file} aus der Word-Datei, Beschreibung aus Word: „${block.alt}“ — prüfen, ob sie sagt, was zu sehen ist`
        : `Foto ${file} aus der Word-Datei: bitte beschreiben, was zu sehen ist (Alternativtext)`,
      placeholder: !block.alt,
    });
    return [
      { file, alt: block.alt || placeholder('Beschreibung des Fotos (Alternativtext): was ist zu sehen?') },
    ];
  });
  return { photos, assets, notes };
}

/** Notes for what the body holds but the page cannot show: images, charts, embedded objects. */
function uncarriedNotes(input: SectionInput, path: string): ReviewNote[] {
  const { blocks } = input.section;
  return blocks.flatMap((block, index) => {
    if (block.kind === 'image' && PHOTO_TYPES[block.contentType]) return [];
    if (block.kind !== 'image' && block.kind !== 'dropped') return [];
    const previous = blocks.slice(0, index).findLast((candidate) => candidate.kind === 'paragraph');
    const place =
      previous?.kind === 'paragraph' ? ` nach dem Absatz ${quoteOf(previous.text.slice(0, 60))}` : '';
    const what = block.kind === 'image' ? `Bild${block.alt ? ` „${block.alt}“` : ''}` : block.what;
    const value = previous?.kind === 'paragraph' ? sectionBody([previous]).body.slice(0, 40) : undefined;
    return [
      {
        file: path,
        field: 'body',
        value,
        note:
          `${what}${place}: nicht übernommen. Bitte, falls es auf die Seite gehört, als Foto neben den Abschnitt ` +
          'legen (bilder/) und mit Beschreibung (Alternativtext) eintragen, siehe docs/material-fotos-aufzeichnungen.md',
        placeholder: false,
      },
    ];
  });
}

/** A note maker for one file. */
const noteIn =
  (path: string) =>
  (field: string, value: string | undefined, words: string, open = false): ReviewNote => ({
    file: path,
    field,
    value,
    note: words,
    placeholder: open,
  });

/** Notes for the institutions and places a section names. */
function registerNotes(input: SectionInput, path: string, institutions: string[], places: string[]) {
  const note = noteIn(path);
  const how = (proposed: boolean) => (proposed ? 'neu angelegt' : 'im Text genannt');
  return [
    ...institutions.map((id) =>
      note('institutions', id, `Institution: ${id} (${how(input.proposals.organizations.has(id))})`),
    ),
    ...places.map((id) => note('places', id, `Ort: ${id} (${how(input.proposals.places.has(id))})`)),
  ];
}

/** The note on a section's list anchors. */
function listNote(path: string, listIds: readonly string[], body: string): ReviewNote {
  // The note stands at the first numbered list's first item.
  const firstItem = /^1[.)] .*$/mu.exec(body)?.[0];
  return noteIn(path)(
    'body',
    firstItem,
    `Nummerierte Listen: ihre Punkte bekommen beim Bau die Anker ${listIds.join(', ')}, nach dem Satz ` +
      'vor der Liste benannt (ergebnis-…, schritt-…, sonst punkt-…); prüfen, ob dieser Satz die Liste einleitet',
  );
}

/** The review list's notes on the maybes and the names given no role: by the presenters, or the title. */
function unsureNotes(
  file: string,
  people: { presenters: string[]; unsure: { note: string }[] },
): ReviewNote[] {
  const field = people.presenters.length > 0 ? 'presenters' : 'title';
  return people.unsure.map((item) => noteIn(file)(field, undefined, item.note));
}

/** Decides one section's file and its review notes. */
export function planSection(input: SectionInput): PlannedSection {
  const { section, order, slug, contentDir, takenSlugs } = input;
  const heading = headingPeople(section.title);
  const sentences = sentencesOf(section.blocks);
  const { kind, reason } = guessKind(section, input.hasChildren, heading.people.length > 0, sentences[0]);
  const sectionSlug = uniqueSlug(slugify(heading.topic) || 'abschnitt', takenSlugs);
  takenSlugs.add(sectionSlug);
  const people = sectionPeople(input, sentences);
  const everyone = [...people.presenters, ...people.moderators, ...people.mentions];
  const { institutions, places } = sectionRegisters(input, sentences.join(' '), everyone);
  const description = sentences[0] ?? placeholder('Beschreibung: ein Satz aus dem Abschnitt');
  const data: Partial<ReportSectionData> & Record<string, unknown> = {
    event: slug,
    order,
    ...(section.number !== undefined ? { number: section.number } : {}),
    title: section.title,
    ...(heading.shortTitle ? { shortTitle: heading.shortTitle } : {}),
    slug: sectionSlug,
    kind,
    description,
    ...(people.presenters.length > 0 ? { presenters: people.presenters } : {}),
    ...(people.moderators.length > 0 ? { moderators: people.moderators } : {}),
    ...(people.mentions.length > 0 ? { mentions: people.mentions } : {}),
    ...(institutions.length > 0 ? { institutions } : {}),
    ...(places.length > 0 ? { places } : {}),
  };
  const { body, listIds } = sectionBody(section.blocks);
  const name = `${String(order).padStart(2, '0')}-${sectionSlug}`;
  const path = entryFile('sections', `${slug}/${name}`, contentDir);
  const pictures = sectionPhotos(input, path, name);
  if (pictures.photos.length > 0) data['photos'] = pictures.photos;
  const text = editorMdx(data, body, fieldSchemaOf(contentCollections.sections.schema(editorImage)));
  const note = noteIn(path);
  const notes: ReviewNote[] = [
    note(
      'slug',
      undefined,
      `Adresse „${sectionSlug}“ aus dem Titel gebildet; nach der Veröffentlichung nicht mehr ändern`,
    ),
    note('kind', undefined, `Art „${kind}“ geraten: ${reason}`),
    sentences[0] === undefined
      ? note('description', undefined, 'Beschreibung fehlt: der Abschnitt hat keinen Text', true)
      : note('description', undefined, 'Beschreibung: der erste Satz des Abschnitts'),
    ...(heading.shortTitle
      ? [note('shortTitle', undefined, 'Kurztitel: der Titel ohne die Namen davor')]
      : []),
    ...[...people.found].map(([id, { role, note: words }]) => note(role, id, words)),
    ...unsureNotes(path, people),
    ...registerNotes(input, path, institutions, places),
    ...(listIds.length > 0 ? [listNote(path, listIds, body)] : []),
    ...pictures.notes,
    ...uncarriedNotes(input, path),
  ];
  const presenters = people.presenters.map((id) => ({ id, matched: people.found.get(id)?.matched ?? false }));
  return { path, text, assets: pictures.assets, sentences: sentences.length, presenters, notes };
}
