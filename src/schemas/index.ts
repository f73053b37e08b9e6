/**
 * Zod schemas for every content collection. Each field says what it holds; cross-references are ids
 * of entries in another collection and are resolved (and checked) in `src/lib/content/integrity.ts`.
 * Kept free of `astro:content` so that unit tests can use them directly.
 */
import { z } from 'astro/zod';
import { isPlaceholder } from '../lib/draft.ts';

/** An entry id: lower-case ASCII letters, digits and single hyphens (`ulrich-deinet`). */
export const entryId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, {
  error: 'must be an id of lower-case ASCII letters, digits and hyphens, e.g. "ulrich-deinet"',
});

/** Text that is shown to readers: never empty. */
const text = z.string().trim().min(1);

/** The kinds of contribution a report section records, with their German labels in `src/lib/naming/labels.ts`. */
export const sectionKinds = [
  'introduction',
  'welcome',
  'chapter-intro',
  'project-talk',
  'guest-talk',
  'closing-comment',
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** A figure from the report shown on the home page, with the report's own words as its proof. */
export const figureSchema = z.strictObject({
  /** The number as the report gives it, e.g. `rund 100` or `250`. */
  value: text,
  /** What is counted, a German noun phrase read after the value: `Teilnehmende der Online-Befragung`. */
  label: text,
  /** The report's sentence or phrase the figure comes from, verbatim. */
  quote: text,
  /** Slug of the report section that contains the quote. */
  section: entryId,
});

/** A conference. One YAML file each in `content/events/`; a second conference is one more file. */
export const eventSchema = z.strictObject({
  /** The conference's name, e.g. `Integration im Sozialraum`. */
  title: text,
  /** The report's own heading, e.g. `Tagung „Integration im Sozialraum“`. */
  reportTitle: text,
  /** The URL segment of the conference and its report, e.g. `tagung-2018`. */
  slug: entryId,
  /** The day the conference was held. */
  date: z.coerce.date(),
  /** How the report counts the conference in its series, e.g. `zweite Tagung`. */
  edition: text.optional(),
  /**
   * Id of the organization that held the conference; in a draft, the placeholder
   * `[Bitte ergänzen: …]` where the report does not say (a publication build refuses it).
   */
  organizer: entryId.or(z.string().refine(isPlaceholder)),
  /** Who funded the organizer's work, in the report's words. */
  funding: z
    .strictObject({
      /** Id of the funding organization. */
      funder: entryId,
      /** The programme, as the report names it. */
      programme: text,
    })
    .optional(),
  /** Ids of organizations the organizer cooperates with, as the report names them. */
  partners: z.array(entryId).default([]),
  /** Who came: the report's own figures and words. */
  audience: z.strictObject({
    /** Number of participants, as the report gives it; omitted where it gives none. */
    count: z.number().int().positive().optional(),
    /** True when the report gives the number as approximate (`rund`). */
    approximate: z.boolean().default(false),
    /** The report's sentence about who came, verbatim. */
    description: text,
  }),
  /** Figures from the report for the "at a glance" overview, in display order. */
  figures: z.array(figureSchema).default([]),
  /** One or two sentences from the report that say what the conference was about, verbatim. */
  summary: text,
  /**
   * The licence under which the project team lets others reuse the report's text and data, e.g.
   * `{ name: CC BY 4.0, url: https://creativecommons.org/licenses/by/4.0/deed.de }`. Only the team can
   * give one; without it, the downloads and the data say plainly that no licence is given.
   */
  license: z
    .strictObject({
      /** The licence's name as it is usually cited, e.g. `CC BY 4.0`. */
      name: text,
      /** Where the licence text is published. */
      url: z.url({ protocol: /^https?$/u }).optional(),
    })
    .optional(),
});
export type EventData = z.infer<typeof eventSchema>;

/** A section of a conference report. One MDX file each in `content/sections/<event>/`. */
export const reportSectionSchema = z.strictObject({
  /** Id of the conference this section reports on (the file name in `content/events/`). */
  event: entryId,
  /** Position in the report, starting at 0; sections are shown in this order. */
  order: z.number().int().nonnegative(),
  /** The report's section number (`2.1`); omitted for the opening paragraphs. */
  number: z
    .string()
    .regex(/^\d+(?:\.\d+)*$/u, { error: 'must be a section number such as "2" or "2.1"' })
    .optional(),
  /** The section heading exactly as the report gives it, without the number. */
  title: text,
  /** A shorter title for navigation, cards and breadcrumbs; defaults to `title`. */
  shortTitle: text.optional(),
  /** The URL segment: short ASCII German, set once and never derived from the title. */
  slug: entryId,
  /** What kind of contribution this section reports. */
  kind: z.enum(sectionKinds),
  /** One sentence of the section, verbatim, used as the page description. */
  description: text,
  /** Ids of the people who presented this contribution, in the report's order. */
  presenters: z.array(entryId).default([]),
  /** Ids of people the section names who did not present (e.g. the head of a study). */
  mentions: z.array(entryId).default([]),
  /** Ids of institutions and projects the section names. */
  institutions: z.array(entryId).default([]),
  /** Ids of topics the section is about. */
  topics: z.array(entryId).default([]),
  /** Ids of places the section names. */
  places: z.array(entryId).default([]),
});
export type ReportSectionData = z.infer<typeof reportSectionSchema>;

/** A role a person has, in the report's words, optionally tied to an organization. */
export const roleSchema = z
  .strictObject({
    /** The role as the report words it, e.g. `Gastprofessorin`; omitted where the report names none. */
    title: text.optional(),
    /** Id of the organization the role belongs to. */
    organization: entryId.optional(),
  })
  .refine((role) => role.title !== undefined || role.organization !== undefined, {
    error: 'a role needs a title, an organization or both',
  });

/** A person the report names. Entries of `content/people.yaml`, keyed by id. */
export const personSchema = z.strictObject({
  /** Given and family name as the report writes them, e.g. `Anne van Rießen`. */
  name: text,
  /** Academic title as the report gives it, e.g. `Prof. Dr.`. */
  honorific: text.optional(),
  /** The name for sorting, family name first, e.g. `Rießen, Anne van`. */
  sortName: text,
  /** Roles the report gives, in the report's words; at least one. */
  roles: z.array(roleSchema).min(1),
});
export type PersonData = z.infer<typeof personSchema>;

export const organizationKinds = [
  'hochschule',
  'institut',
  'forschungsprojekt',
  'forschungsgruppe',
  'foerderprogramm',
  'verwaltung',
  'ministerium',
  'stiftung',
  'unternehmen',
  'einrichtung',
] as const;

/** An institution, project, office or funder. Entries of `content/organizations.yaml`, keyed by id. */
export const organizationSchema = z.strictObject({
  /** The full name as the report gives it. */
  name: text,
  /** The abbreviation the report uses, e.g. `ISS`. */
  shortName: text.optional(),
  /** What kind of organization it is. */
  kind: z.enum(organizationKinds),
  /** Id of the organization this one belongs to (an institute's university). */
  partOf: entryId.optional(),
  /** Id of the place where the report locates it. */
  place: entryId.optional(),
  /** Other forms of the name the report uses, e.g. `Kommunalen Integrationszentren`. */
  aliases: z.array(text).default([]),
});
export type OrganizationData = z.infer<typeof organizationSchema>;

/** A passage of the report: an anchor inside one section's text. */
export const passageSchema = z.strictObject({
  /** The section's address below the site, `<event slug>/<section slug>`, e.g. `tagung-2018/raumerleben`. */
  section: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/u, {
    error: 'must be "<event slug>/<section slug>", e.g. "tagung-2018/raumerleben"',
  }),
  /** An anchor in that section's text: a paragraph (`absatz-2`) or a numbered item (`ergebnis-1`). */
  anchor: entryId,
});
export type PassageData = z.infer<typeof passageSchema>;

/** A topic from the report's vocabulary. Entries of `content/topics.yaml`, keyed by id. */
export const topicSchema = z.strictObject({
  /** The topic's name, e.g. `Welcome Points`. */
  title: text,
  /** One line that says what the topic covers, in the report's words. */
  description: text,
  /** The most relevant passages, in reading order; each must lie in a section that lists the topic. */
  passages: z.array(passageSchema).default([]),
});
export type TopicData = z.infer<typeof topicSchema>;

export const placeKinds = ['kommune', 'stadtbezirk', 'land', 'staat'] as const;

/** A municipality, district or region. Entries of `content/places.yaml`, keyed by id. */
export const placeSchema = z.strictObject({
  /** The name as the report gives it. */
  name: text,
  /** What kind of place it is. */
  kind: z.enum(placeKinds),
  /** Id of the place this one lies in (a district's city). */
  partOf: entryId.optional(),
  /** Other spellings the report uses, e.g. `Mülheim/Ruhr`. */
  aliases: z.array(text).default([]),
});
export type PlaceData = z.infer<typeof placeSchema>;
