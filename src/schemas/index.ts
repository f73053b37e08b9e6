/**
 * Zod schemas for every content collection. Each field says what it holds; cross-references are ids
 * of entries in another collection and are resolved (and checked) in `src/lib/content/integrity.ts`.
 * Kept free of `astro:content` so that unit tests can use them directly.
 *
 * Each field's `.meta()` is what the editor at `/admin/` shows the content team (`src/lib/editor/`):
 * `title` its German label, `description` its German help text, `references` the collection whose
 * entries an id names (chosen there, not typed), `multiline` for text of a sentence or more,
 * `singular` what one item of a list is called, `invalid` the German message for a value that
 * does not match the field's pattern, and, on every `z.enum`, `labels` the German word for each of its
 * values (`src/schemas/choices.ts`): the editor shows them, and the site reads the same records.
 * Which folder holds which schema's files is in the table of the collections
 * (`src/lib/content/collections.ts`).
 */
import { z } from 'astro/zod';
import { isPlaceholder } from '#src/lib/draft.ts';
import {
  CONFERENCE_DATE_FORMS,
  CONFERENCE_DATE_PATTERN,
  conferenceDateProblem,
  parseConferenceDate,
} from '#src/lib/conference-date.ts';
import {
  organizationKindLabels,
  organizationKinds,
  placeKindLabels,
  placeKinds,
  sectionKindLabels,
  sectionKinds,
} from '#src/schemas/choices.ts';

export { organizationKinds, placeKinds, sectionKinds, type SectionKind } from '#src/schemas/choices.ts';

/** An entry id: lower-case ASCII letters, digits and single hyphens (`ulrich-deinet`). */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, {
    error: 'must be an id of lower-case ASCII letters, digits and hyphens, e.g. "ulrich-deinet"',
  })
  .meta({ invalid: 'Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. „ulrich-deinet“.' });

/** Text that is shown to readers: never empty. */
const text = z.string().trim().min(1);

/**
 * Ids of entries of one collection, in the report's order, none by default; the editor offers that
 * collection's entries to choose from under the field's German title.
 */
function entryRefs(references: string, words: { title: string; description: string }) {
  return z
    .array(entryId)
    .default([])
    .meta({ ...words, references });
}

/** The id of one entry of a collection; the editor offers that collection's entries to choose from. */
function entryRef(references: string, words: { title: string; description: string }) {
  return entryId.meta({ ...words, references });
}

/** The id of one entry of a collection, or none. */
function optionalEntryRef(references: string, words: { title: string; description: string }) {
  return entryId.optional().meta({ ...words, references });
}

/** Other forms of a name the report uses; they help the search find the entry. */
function aliases(description: string) {
  return z
    .array(text)
    .default([])
    .meta({ title: 'Andere Schreibweisen', singular: 'Schreibweise', description });
}

/**
 * A conference's date: a day (`2018-06-15`, which a YAML reader may give as a `Date`) or a month of a
 * year (`2021-09`), as `src/lib/conference-date.ts` reads it; never a day the report does not give.
 * The editor checks it by the same forms (`pattern`, with `invalid` its message).
 */
const conferenceDate = z
  .union([z.string(), z.date()])
  .transform((value, context) => {
    const date = parseConferenceDate(value);
    if (date !== undefined) return date;
    context.addIssue({ code: 'custom', message: conferenceDateProblem(value) ?? '', input: value });
    return z.NEVER;
  })
  .meta({
    title: 'Datum',
    description:
      'Der Tag, an dem die Tagung stattfand, als JJJJ-MM-TT (z. B. 2018-06-15); nennt der Bericht nur ' +
      'Monat und Jahr, dann nur diese als JJJJ-MM (z. B. 2021-09 für „September 2021“).',
    pattern: CONFERENCE_DATE_PATTERN,
    invalid: `Kein Tag im Kalender. Bitte das Datum ${CONFERENCE_DATE_FORMS} schreiben.`,
  });

/** A figure from the report shown on the home page, with the report's own words as its proof. */
export const figureSchema = z.strictObject({
  /** The number as the report gives it, e.g. `rund 100` or `250`. */
  value: text.meta({
    title: 'Zahl',
    description: 'Wie der Bericht sie schreibt, z. B. „rund 100“ oder „250“.',
  }),
  /** What is counted, a German noun phrase read after the value: `Teilnehmende der Online-Befragung`. */
  label: text.meta({
    title: 'Was gezählt wird',
    description: 'Wird hinter der Zahl gelesen, z. B. „Teilnehmende der Online-Befragung“.',
  }),
  /** The report's sentence or phrase the figure comes from, verbatim. */
  quote: text.meta({
    title: 'Beleg',
    description: 'Die Stelle im Bericht, aus der die Zahl stammt, wörtlich.',
    multiline: true,
  }),
  /** Slug of the report section that contains the quote. */
  section: entryRef('sections', {
    title: 'Abschnitt',
    description: 'Der Abschnitt, in dem der Beleg steht.',
  }),
});

/** A conference. One YAML file each in `content/events/`; a second conference is one more file. */
export const eventSchema = z.strictObject({
  /** The conference's name, e.g. `Integration im Sozialraum`. */
  title: text.meta({ title: 'Name der Tagung', description: 'Zum Beispiel „Integration im Sozialraum“.' }),
  /** The report's own heading, e.g. `Tagung „Integration im Sozialraum“`. */
  reportTitle: text.meta({
    title: 'Titel des Berichts',
    description:
      'Die Überschrift des Berichts genau wie im Dokument, z. B. Tagung „Integration im Sozialraum“.',
  }),
  /** The URL segment of the conference and its report, e.g. `tagung-2018`. */
  slug: entryId.meta({
    title: 'Adresse',
    description:
      'Der Teil der Internetadresse für diese Tagung, z. B. „tagung-2018“. ' +
      'Nach der Veröffentlichung nicht mehr ändern: Links auf den Bericht führten sonst ins Leere.',
  }),
  /** The day the conference was held, or its month and year when the report says no more. */
  date: conferenceDate,
  /** How the report counts the conference in its series, e.g. `zweite Tagung`. */
  edition: text.optional().meta({
    title: 'Zählung',
    description: 'Wie der Bericht die Tagung in ihrer Reihe zählt, z. B. „zweite Tagung“.',
  }),
  /**
   * Id of the organization that held the conference; in a draft, the placeholder
   * `[Bitte ergänzen: …]` where the report does not say (a publication build refuses it).
   */
  organizer: entryId.or(z.string().refine(isPlaceholder)).meta({
    title: 'Veranstalter',
    description: 'Die Institution, die die Tagung ausgerichtet hat.',
    references: 'organizations',
  }),
  /** Who funded the organizer's work, in the report's words. */
  funding: z
    .strictObject({
      /** Id of the funding organization. */
      funder: entryRef('organizations', {
        title: 'Förderer',
        description: 'Die fördernde Institution.',
      }),
      /** The programme, as the report names it. */
      programme: text.meta({
        title: 'Programm',
        description: 'Das Förderprogramm in den Worten des Berichts.',
      }),
    })
    .optional()
    .meta({
      title: 'Förderung',
      description: 'Wer die Arbeit des Veranstalters gefördert hat, wie der Bericht es nennt.',
    }),
  /** Ids of organizations the organizer cooperates with, as the report names them. */
  partners: entryRefs('organizations', {
    title: 'Kooperationspartner',
    description: 'Institutionen, mit denen der Veranstalter laut Bericht kooperiert.',
  }),
  /** Who came: the report's own figures and words. */
  audience: z
    .strictObject({
      /** Number of participants, as the report gives it; omitted where it gives none. */
      count: z.number().int().positive().optional().meta({
        title: 'Zahl der Teilnehmenden',
        description: 'Wie der Bericht sie angibt; leer, wenn er keine nennt.',
      }),
      /** True when the report gives the number as approximate (`rund`). */
      approximate: z.boolean().default(false).meta({
        title: 'Ungefähre Zahl',
        description: 'Einschalten, wenn der Bericht die Zahl als ungefähr angibt („rund 100“).',
      }),
      /** The report's sentence about who came, verbatim. */
      description: text.meta({
        title: 'Wer gekommen ist',
        description: 'Der Satz des Berichts darüber, wer gekommen ist, wörtlich.',
        multiline: true,
      }),
    })
    .meta({ title: 'Publikum', description: 'Wer die Tagung besucht hat, nach den Angaben des Berichts.' }),
  /** Figures from the report for the "at a glance" overview, in display order. */
  figures: z.array(figureSchema).default([]).meta({
    title: 'Zahlen auf einen Blick',
    singular: 'Zahl',
    description:
      'Zahlen aus dem Bericht für die Startseite, in der Reihenfolge, in der sie erscheinen sollen.',
  }),
  /** One or two sentences from the report that say what the conference was about, verbatim. */
  summary: text.meta({
    title: 'Zusammenfassung',
    description: 'Ein oder zwei Sätze des Berichts, die sagen, worum es auf der Tagung ging, wörtlich.',
    multiline: true,
  }),
  /**
   * The licence under which the project team lets others reuse the report's text and data, e.g.
   * `{ name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/deed.de }`. Only the team can
   * give one; without it, the downloads and the data say plainly that no licence is given.
   */
  license: z
    .strictObject({
      /** The licence's name as it is usually cited, e.g. `CC BY 4.0`. */
      name: text.meta({ title: 'Name der Lizenz', description: 'Zum Beispiel „CC BY 4.0“.' }),
      /** Where the licence text is published. */
      url: z
        .url({ protocol: /^https?$/u })
        .optional()
        .meta({
          title: 'Adresse des Lizenztexts',
          description: 'Zum Beispiel https://creativecommons.org/licenses/by/4.0/deed.de',
        }),
    })
    .optional()
    .meta({
      title: 'Lizenz',
      description:
        'Unter welcher Lizenz andere Text und Daten des Berichts weiterverwenden dürfen. ' +
        'Nur das Team kann sie vergeben; ohne Angabe sagen die Downloads, dass keine Lizenz erteilt ist.',
    }),
});
export type EventData = z.infer<typeof eventSchema>;

/** A section of a conference report. One MDX file each in `content/sections/<event>/`. */
export const reportSectionSchema = z.strictObject({
  /** Id of the conference this section reports on (the file name in `content/events/`). */
  event: entryRef('events', {
    title: 'Tagung',
    description: 'Die Tagung, über die dieser Abschnitt berichtet.',
  }),
  /** Position in the report, starting at 0; sections are shown in this order. */
  order: z.number().int().nonnegative().meta({
    title: 'Position',
    description: 'Stelle im Bericht, beginnend bei 0: Die Abschnitte erscheinen in dieser Reihenfolge.',
  }),
  /** The report's section number (`2.1`); omitted for the opening paragraphs. */
  number: z
    .string()
    .regex(/^\d+(?:\.\d+)*$/u, { error: 'must be a section number such as "2" or "2.1"' })
    .optional()
    .meta({
      title: 'Nummer',
      description: 'Die Abschnittsnummer des Berichts, z. B. „2.1“; leer für die einleitenden Absätze.',
      invalid: 'Eine Abschnittsnummer wie „2“ oder „2.1“.',
    }),
  /** The section heading exactly as the report gives it, without the number. */
  title: text.meta({
    title: 'Überschrift',
    description: 'Die Überschrift genau wie im Bericht, ohne Nummer.',
  }),
  /** A shorter title for navigation, cards and breadcrumbs; defaults to `title`. */
  shortTitle: text.optional().meta({
    title: 'Kurztitel',
    description:
      'Kürzere Überschrift für Navigation und Vorschaukarten; leer lassen, dann gilt die Überschrift.',
  }),
  /** The URL segment: short ASCII German, set once and never derived from the title. */
  slug: entryId.meta({
    title: 'Adresse',
    description:
      'Der Teil der Internetadresse dieses Abschnitts, z. B. „raumerleben“. ' +
      'Nach der Veröffentlichung nicht mehr ändern: Links auf den Abschnitt führten sonst ins Leere.',
  }),
  /** What kind of contribution this section reports. */
  kind: z.enum(sectionKinds).meta({
    title: 'Art des Beitrags',
    description: 'Was dieser Abschnitt wiedergibt.',
    labels: sectionKindLabels,
  }),
  /** One sentence of the section, verbatim, used as the page description. */
  description: text.meta({
    title: 'Beschreibung',
    description:
      'Ein Satz aus dem Abschnitt, wörtlich; er erscheint in Suchmaschinen und auf Vorschaukarten.',
    multiline: true,
  }),
  /** Ids of the people who presented this contribution, in the report's order. */
  presenters: entryRefs('people', {
    title: 'Vortragende',
    description: 'Wer diesen Beitrag vorgetragen hat, in der Reihenfolge des Berichts.',
  }),
  /** Ids of the people who moderated this contribution or discussion, in the report's order. */
  moderators: entryRefs('people', {
    title: 'Moderation',
    description: 'Wer diesen Beitrag oder die Diskussion moderiert hat, in der Reihenfolge des Berichts.',
  }),
  /** Ids of people the section names who did not present (e.g. the head of a study). */
  mentions: entryRefs('people', {
    title: 'Erwähnte Personen',
    description:
      'Personen, die der Abschnitt nennt, ohne dass sie vorgetragen haben (z. B. die Leitung einer Studie).',
  }),
  /** Ids of institutions and projects the section names. */
  institutions: entryRefs('organizations', {
    title: 'Institutionen',
    description: 'Institutionen und Projekte, die der Abschnitt nennt.',
  }),
  /** Ids of topics the section is about. */
  topics: entryRefs('topics', {
    title: 'Themen',
    description: 'Themen, um die es in diesem Abschnitt geht.',
  }),
  /** Ids of places the section names. */
  places: entryRefs('places', { title: 'Orte', description: 'Orte, die der Abschnitt nennt.' }),
});
export type ReportSectionData = z.infer<typeof reportSectionSchema>;

/** A role a person has, in the report's words, optionally tied to an organization. */
export const roleSchema = z
  .strictObject({
    /** The role as the report words it, e.g. `Gastprofessorin`; omitted where the report names none. */
    title: text.optional().meta({
      title: 'Funktion',
      description: 'In den Worten des Berichts, z. B. „Gastprofessorin“; leer, wenn der Bericht keine nennt.',
    }),
    /** Id of the organization the role belongs to. */
    organization: optionalEntryRef('organizations', {
      title: 'Institution',
      description: 'Die Institution, zu der die Funktion gehört.',
    }),
  })
  .refine((role) => role.title !== undefined || role.organization !== undefined, {
    error: 'Eine Funktion braucht eine Bezeichnung („Funktion“), eine „Institution“ oder beides.',
  });

/** A person the report names. One YAML file each in `content/people/`, named by the person's id. */
export const personSchema = z.strictObject({
  /** Given and family name as the report writes them, e.g. `Anne van Rießen`. */
  name: text.meta({
    title: 'Name',
    description: 'Vor- und Nachname, wie der Bericht sie schreibt, z. B. „Anne van Rießen“.',
  }),
  /** Academic title as the report gives it, e.g. `Prof. Dr.`. */
  honorific: text
    .optional()
    .meta({ title: 'Akademischer Titel', description: 'Wie der Bericht ihn angibt, z. B. „Prof. Dr.“.' }),
  /** The name for sorting, family name first, e.g. `Rießen, Anne van`. */
  sortName: text.meta({
    title: 'Name zum Sortieren',
    description: 'Nachname zuerst, z. B. „Rießen, Anne van“.',
  }),
  /** Roles the report gives, in the report's words; at least one. */
  roles: z.array(roleSchema).min(1).meta({
    title: 'Funktionen',
    singular: 'Funktion',
    description: 'Die Funktionen, die der Bericht nennt; mindestens eine.',
  }),
});
export type PersonData = z.infer<typeof personSchema>;

/** An institution, project, office or funder. One YAML file each in `content/organizations/`. */
export const organizationSchema = z.strictObject({
  /** The full name as the report gives it. */
  name: text.meta({ title: 'Name', description: 'Der vollständige Name, wie der Bericht ihn gibt.' }),
  /** The abbreviation the report uses, e.g. `ISS`. */
  shortName: text
    .optional()
    .meta({ title: 'Kurzname', description: 'Die Abkürzung, die der Bericht verwendet, z. B. „ISS“.' }),
  /** What kind of organization it is. */
  kind: z.enum(organizationKinds).meta({
    title: 'Art',
    description: 'Was für eine Institution es ist.',
    labels: organizationKindLabels,
  }),
  /** Id of the organization this one belongs to (an institute's university). */
  partOf: optionalEntryRef('organizations', {
    title: 'Gehört zu',
    description: 'Die übergeordnete Institution, z. B. die Hochschule eines Instituts.',
  }),
  /** Id of the place where the report locates it. */
  place: optionalEntryRef('places', {
    title: 'Ort',
    description: 'Wo der Bericht die Institution verortet.',
  }),
  /** Other forms of the name the report uses, e.g. `Kommunalen Integrationszentren`. */
  aliases: aliases(
    'Weitere Formen des Namens im Bericht, z. B. „Kommunalen Integrationszentren“; sie helfen der Suche.',
  ),
});
export type OrganizationData = z.infer<typeof organizationSchema>;

/** A passage of the report: an anchor inside one section's text. */
export const passageSchema = z.strictObject({
  /** The section's address below the site, `<event slug>/<section slug>`, e.g. `tagung-2018/raumerleben`. */
  section: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/u, {
      error: 'must be "<event slug>/<section slug>", e.g. "tagung-2018/raumerleben"',
    })
    .meta({
      title: 'Abschnitt',
      description: 'Adresse von Tagung und Abschnitt, z. B. „tagung-2018/raumerleben“.',
      invalid: 'Bitte „Tagung/Abschnitt“ angeben, z. B. „tagung-2018/raumerleben“.',
    }),
  /** An anchor in that section's text: a paragraph (`absatz-2`) or a numbered item (`ergebnis-1`). */
  anchor: entryId.meta({
    title: 'Stelle',
    description:
      'Ein Absatz („absatz-2“) oder ein nummerierter Punkt („ergebnis-1“) im Text des Abschnitts; ' +
      'die Nummer bleibt bei ihrem Text, auch wenn davor etwas eingefügt wird.',
  }),
});
export type PassageData = z.infer<typeof passageSchema>;

/** A topic from the report's vocabulary. One YAML file each in `content/topics/`. */
export const topicSchema = z.strictObject({
  /** The topic's name, e.g. `Welcome Points`. */
  title: text.meta({ title: 'Name', description: 'Der Name des Themas, z. B. „Welcome Points“.' }),
  /** One line that says what the topic covers, in the report's words. */
  description: text.meta({
    title: 'Beschreibung',
    description: 'Eine Zeile, die sagt, was das Thema umfasst, in den Worten des Berichts.',
    multiline: true,
  }),
  /** The most relevant passages, in reading order; each must lie in a section that lists the topic. */
  passages: z.array(passageSchema).default([]).meta({
    title: 'Wichtigste Stellen',
    singular: 'Stelle',
    description:
      'In Lesereihenfolge; jede Stelle muss in einem Abschnitt liegen, der das Thema unter „Themen“ nennt.',
  }),
});
export type TopicData = z.infer<typeof topicSchema>;

/** A municipality, district or region. One YAML file each in `content/places/`. */
export const placeSchema = z.strictObject({
  /** The name as the report gives it. */
  name: text.meta({ title: 'Name', description: 'Der Name, wie der Bericht ihn gibt.' }),
  /** What kind of place it is. */
  kind: z
    .enum(placeKinds)
    .meta({ title: 'Art', description: 'Was für ein Ort es ist.', labels: placeKindLabels }),
  /** Id of the place this one lies in (a district's city). */
  partOf: optionalEntryRef('places', {
    title: 'Liegt in',
    description: 'Der übergeordnete Ort, z. B. die Stadt eines Stadtbezirks.',
  }),
  /** Other spellings the report uses, e.g. `Mülheim/Ruhr`. */
  aliases: aliases('Zum Beispiel „Mülheim/Ruhr“; sie helfen der Suche.'),
});
export type PlaceData = z.infer<typeof placeSchema>;
