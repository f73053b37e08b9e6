/**
 * The report's content as a book for the download tests, read from the content files without Astro
 * (see tests/support/content.ts): sections in order, presenters by their display names.
 */
import { buildBook, type Book, type BookConference } from '~/lib/downloads/book';
import { readDocument, type Block } from '~/lib/content/document';
import { readRegister, readEvents, readSections } from './content';

interface RawSection {
  event: string;
  order: number;
  number?: string;
  title: string;
  shortTitle?: string;
  slug: string;
  kind: string;
  presenters?: string[];
}

/** The first conference of content/ as a book, with addresses under `site`. */
export function contentBook(site = 'https://example.org'): Book {
  const [event] = readEvents();
  if (!event) throw new Error('no event in content/events');
  const data = event.data as {
    slug: string;
    title: string;
    reportTitle: string;
    date: string;
    summary: string;
    organizer: string;
  };
  const people = new Map(
    readRegister('people').map((entry) => [entry.id, entry.data as { name: string; honorific?: string }]),
  );
  const organizations = new Map(
    readRegister('organizations').map((entry) => [
      entry.id,
      entry.data as { name: string; shortName?: string; kind: string },
    ]),
  );
  const sections = readSections()
    .filter((entry) => (entry.data as RawSection).event === event.id)
    .sort((a, b) => (a.data as RawSection).order - (b.data as RawSection).order);
  const texts = new Map<string, Block[]>();
  for (const entry of sections)
    texts.set((entry.data as RawSection).slug, readDocument(entry.body ?? '', entry.filePath));
  const organizer = organizations.get(data.organizer);
  if (!organizer) throw new Error(`no organizer ${data.organizer}`);
  const conference: BookConference = {
    slug: data.slug,
    title: data.title,
    reportTitle: data.reportTitle,
    date: new Date(data.date),
    url: `/${data.slug}/`,
    summary: data.summary,
    organizer,
    sections: sections.map((entry) => {
      const section = entry.data as RawSection;
      return {
        slug: section.slug,
        number: section.number,
        title: section.title,
        shortTitle: section.shortTitle ?? section.title,
        depth: section.number ? section.number.split('.').length : 1,
        kindLabel: section.kind,
        url: `/${data.slug}/${section.slug}/`,
        presenters: (section.presenters ?? []).map((id) => {
          const person = people.get(id);
          return {
            displayName: person?.honorific ? `${person.honorific} ${person.name}` : (person?.name ?? id),
          };
        }),
      };
    }),
  };
  return buildBook(conference, texts, site);
}
