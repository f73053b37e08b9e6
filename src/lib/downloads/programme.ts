/**
 * The programme as open data: the conference and each section with number, title, kind, address,
 * presenters with their roles and institutions, topics and places, all from the content files
 * (nothing the report does not say), with a JSON Schema (2020-12) that describes it. Pure.
 */
import { CONFERENCE_DATE_PATTERN, type ConferenceDate } from '#src/lib/conference-date.ts';
import { absoluteUrl } from '#src/lib/addresses/origin.ts';
import { formatIsoDate, SITE_NAME } from '#src/lib/naming/labels.ts';
import type { License } from '#src/lib/downloads/book.ts';
import { sectionKinds } from '#src/schemas/index.ts';
import { sectionMediaData, sectionMediaSchema, type DataMediaSection } from '#src/lib/materials/open-data.ts';

interface DataOrganization {
  id: string;
  name: string;
  shortName?: string | undefined;
}

/** The fields of a conference the programme uses. */
export interface ProgrammeConference {
  slug: string;
  title: string;
  reportTitle: string;
  date: ConferenceDate;
  edition?: string | undefined;
  url: string;
  summary: string;
  organizer: DataOrganization;
  funding?: { funder: DataOrganization; programme: string } | undefined;
  partners: readonly DataOrganization[];
  audience: { count?: number | undefined; approximate: boolean; description: string };
  license?: License | undefined;
  sections: readonly ProgrammeSection[];
}

/** The fields of a section the programme uses (its materials and recording: see `open-data.ts`). */
export interface ProgrammeSection extends DataMediaSection {
  order: number;
  number?: string | undefined;
  title: string;
  slug: string;
  kind: string;
  kindLabel: string;
  url: string;
  presenters: readonly {
    id: string;
    name: string;
    honorific?: string | undefined;
    roles: readonly { title?: string | undefined; organization?: DataOrganization | undefined }[];
  }[];
  institutions: readonly DataOrganization[];
  topics: readonly { id: string; title: string }[];
  places: readonly { id: string; name: string; kind: string }[];
}

/** Addresses of the other forms of the report, site paths (with base). */
export interface ProgrammeLinks {
  schema: string;
  pdf: string;
  epub: string;
  markdown: string;
  sectionMarkdown: (slug: string) => string;
}

const organization = (entry: DataOrganization) => ({
  id: entry.id,
  name: entry.name,
  shortName: entry.shortName ?? null,
});

/** The programme of one conference as a JSON-ready object. */
export function programmeData(conference: ProgrammeConference, links: ProgrammeLinks, site: URL | string) {
  return {
    $schema: absoluteUrl(links.schema, site),
    conference: {
      id: conference.slug,
      title: conference.title,
      reportTitle: conference.reportTitle,
      date: formatIsoDate(conference.date),
      edition: conference.edition ?? null,
      url: absoluteUrl(conference.url, site),
      summary: conference.summary,
      organizer: organization(conference.organizer),
      funding: conference.funding
        ? { funder: organization(conference.funding.funder), programme: conference.funding.programme }
        : null,
      partners: conference.partners.map(organization),
      audience: { ...conference.audience, count: conference.audience.count ?? null },
    },
    license: conference.license
      ? { name: conference.license.name, url: conference.license.url ?? null }
      : null,
    downloads: {
      pdf: absoluteUrl(links.pdf, site),
      epub: absoluteUrl(links.epub, site),
      markdown: absoluteUrl(links.markdown, site),
    },
    sections: conference.sections.map((section) => ({
      id: section.slug,
      order: section.order,
      number: section.number ?? null,
      title: section.title,
      kind: section.kind,
      kindLabel: section.kindLabel,
      url: absoluteUrl(section.url, site),
      markdown: absoluteUrl(links.sectionMarkdown(section.slug), site),
      presenters: section.presenters.map((person) => ({
        id: person.id,
        name: person.name,
        honorific: person.honorific ?? null,
        roles: person.roles.map((role) => ({
          title: role.title ?? null,
          organization: role.organization ? organization(role.organization) : null,
        })),
      })),
      institutions: section.institutions.map(organization),
      topics: section.topics.map((topic) => ({ id: topic.id, title: topic.title })),
      places: section.places.map((place) => ({ id: place.id, name: place.name, kind: place.kind })),
      ...sectionMediaData(section, site),
    })),
  };
}

const id = {
  type: 'string',
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  description: 'Kennung des Eintrags in den Inhaltsdateien',
};
const text = { type: 'string', minLength: 1 };
const url = { type: 'string', format: 'uri' };
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const object = (properties: Record<string, object>, description?: string) => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const organizationSchema = object(
  { id, name: text, shortName: nullable(text) },
  'Eine Institution, ein Projekt oder ein Fördergeber',
);

/** The JSON Schema of `programmeData`, served at `/programm.schema.json`. */
export function programmeSchema(schemaUrl: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: `Programm einer Tagung (${SITE_NAME})`,
    description:
      'Die Tagung und ihre Beiträge, wie der Bericht sie nennt: Nummer, Titel, Art, Adresse, ' +
      'Referierende mit Rollen und Institutionen, Themen und Orte.',
    ...object({
      $schema: url,
      conference: object({
        id,
        title: text,
        reportTitle: text,
        date: {
          type: 'string',
          pattern: CONFERENCE_DATE_PATTERN,
          description:
            'Der Tag der Tagung (JJJJ-MM-TT) oder, nennt der Bericht keinen Tag, Monat und Jahr (JJJJ-MM)',
        },
        edition: nullable(text),
        url,
        summary: text,
        organizer: organizationSchema,
        funding: nullable(object({ funder: organizationSchema, programme: text })),
        partners: { type: 'array', items: organizationSchema },
        audience: object({
          count: nullable({ type: 'integer', minimum: 1 }),
          approximate: { type: 'boolean' },
          description: text,
        }),
      }),
      license: nullable(
        object(
          { name: text, url: nullable(url) },
          'Die Lizenz, unter der das Projektteam Text und Daten freigibt; null: keine angegeben',
        ),
      ),
      downloads: object({ pdf: url, epub: url, markdown: url }),
      sections: {
        type: 'array',
        items: withSectionMedia(
          object({
            id,
            order: { type: 'integer', minimum: 0 },
            number: nullable({ type: 'string', pattern: '^\\d+(?:\\.\\d+)*$' }),
            title: text,
            kind: { type: 'string', enum: [...sectionKinds] },
            kindLabel: text,
            url,
            markdown: url,
            presenters: {
              type: 'array',
              items: object({
                id,
                name: text,
                honorific: nullable(text),
                roles: {
                  type: 'array',
                  items: object({ title: nullable(text), organization: nullable(organizationSchema) }),
                },
              }),
            },
            institutions: { type: 'array', items: organizationSchema },
            topics: { type: 'array', items: object({ id, title: text }) },
            places: { type: 'array', items: object({ id, name: text, kind: text }) },
          }),
        ),
      },
    }),
  };
}

/** The section object of the schema, with the optional `materials` and `recording` beside the required fields. */
function withSectionMedia(section: ReturnType<typeof object>) {
  return {
    ...section,
    properties: { ...section.properties, ...sectionMediaSchema({ text, url, nullable, object }) },
  };
}
