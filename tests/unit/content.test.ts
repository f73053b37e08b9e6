/**
 * The real content in content/: every file matches its schema, every reference resolves, and the
 * metadata that quotes the report (descriptions, figures, audience, summary) quotes it verbatim.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { passagesOf, readText } from '#src/lib/content/document.ts';
import { readPassageRecord } from '#src/lib/content/passage-record.ts';
import { passageRecordFile } from '#src/lib/content/collections.ts';
import { findContentProblems, formatProblem } from '#src/lib/content/integrity.ts';
import { collapseWhitespace } from '#src/lib/import/source-text.ts';
import {
  eventSchema,
  organizationSchema,
  personSchema,
  placeSchema,
  reportSectionSchema,
  topicSchema,
  type EventData,
  type ReportSectionData,
} from '#src/schemas/index.ts';
import { readRegister, readEvents, readSections, type RawEntry } from '../support/content.ts';
import { committedSourcePath, readSourceBlocks, sharedSourcePath } from '../support/site.ts';

const report = collapseWhitespace(
  readSourceBlocks()
    .map((block) => block.text)
    .join(' '),
);

function parseAll<T>(entries: RawEntry[], schema: { parse: (data: unknown) => T }) {
  return entries.map((entry) => ({ ...entry, data: schema.parse(entry.data) }));
}

const events = parseAll<EventData>(readEvents(), eventSchema);
const sections = parseAll<ReportSectionData>(readSections(), reportSectionSchema);
const content = {
  events,
  // The passages of each section's text, as the data module finds them, matched against the section's
  // record (topic passages must name one).
  sections: sections.map((entry) => {
    const record = readPassageRecord(passageRecordFile(entry.data.event, entry.data.slug));
    const { blocks, removed } = readText(entry.body ?? '', entry.filePath, 1, record);
    return {
      ...entry,
      passageIds: passagesOf(blocks).map((passage) => passage.id),
      removedPassageIds: removed.map((passage) => passage.id),
    };
  }),
  people: parseAll(readRegister('people'), personSchema),
  organizations: parseAll(readRegister('organizations'), organizationSchema),
  topics: parseAll(readRegister('topics'), topicSchema),
  places: parseAll(readRegister('places'), placeSchema),
};

describe('the content', () => {
  it('has no dangling reference or duplicate', () => {
    expect(findContentProblems(content).map(formatProblem)).toEqual([]);
  });

  it('has the report sections in order, each with a unique slug', () => {
    // The report's own headings, as its source gives them (the opening has no number).
    const sourceNumbers = readSourceBlocks()
      .filter((block) => block.kind === 'heading')
      .map((heading) => heading.number ?? '');
    expect(sourceNumbers.length).toBeGreaterThan(5);
    expect(sections.map((entry) => entry.data.number ?? '')).toEqual(sourceNumbers);
    expect(sections.map((entry) => entry.data.order)).toEqual([...sections.keys()]);
  });

  it('quotes the report verbatim wherever metadata quotes it', () => {
    const quotes = [
      ...sections.map((entry) => [entry.filePath, entry.data.description]),
      ...events.flatMap((entry) => [
        [entry.filePath, entry.data.summary],
        [entry.filePath, entry.data.audience.description],
        ...entry.data.figures.map((figure) => [entry.filePath, figure.quote]),
      ]),
    ];
    expect(quotes.filter(([, quote]) => !report.includes(collapseWhitespace(quote ?? '')))).toEqual([]);
  });

  it('takes each figure from the section it points to', () => {
    for (const event of events) {
      for (const figure of event.data.figures) {
        const section = sections.find((entry) => entry.data.slug === figure.section);
        expect(collapseWhitespace(section?.body ?? ''), figure.quote).toContain(figure.quote);
      }
    }
  });

  it('lists every person the report names, presenters with their sections', () => {
    const presenters = new Set(sections.flatMap((entry) => entry.data.presenters));
    expect([...presenters].sort()).toEqual([
      'anne-van-riessen',
      'felix-lesske',
      'kai-hauprich',
      'katja-jepkens',
      'lisa-scholten',
      'ralf-zimmer-hegmann',
      'schahrzad-farrokhzad',
      'ulrich-deinet',
      'vera-schwarzenberg',
    ]);
    // Named in the report, but did not speak.
    expect(presenters.has('juergen-friedrichs')).toBe(false);
    expect(sections.some((entry) => entry.data.mentions.includes('juergen-friedrichs'))).toBe(true);
    for (const person of content.people) {
      expect(report, person.id).toContain(person.data.name);
    }
  });

  it('has every person, organization and place in at least one section, so each register entry leads somewhere', () => {
    const referenced = new Set(
      sections.flatMap((entry) => [
        ...entry.data.presenters,
        ...entry.data.mentions,
        ...entry.data.institutions,
        ...entry.data.places,
      ]),
    );
    const unreferenced = [...content.people, ...content.organizations, ...content.places]
      .map((entry) => entry.id)
      .filter((id) => !referenced.has(id));
    expect(unreferenced).toEqual([]);
  });

  it('names places and organizations as the report does', () => {
    const unnamed = [
      ...content.places
        .filter(
          (place) =>
            ![place.data.name.replace(/^Düsseldorf, /u, ''), ...place.data.aliases].some((name) =>
              report.includes(name),
            ),
        )
        .map((place) => place.id),
      ...content.organizations
        .filter((organization) => {
          const names = [organization.data.name, ...organization.data.aliases];
          if (organization.data.shortName) names.push(organization.data.shortName);
          return !names.some((name) => report.includes(name));
        })
        .map((organization) => organization.id),
    ];
    expect(unnamed).toEqual([]);
  });
});

/** An event file with only the fields the schema requires. */
const minimalEvent = {
  title: 'T',
  reportTitle: 'R',
  slug: 'tagung-2019',
  date: '2019-05-01',
  organizer: 'inteso',
  audience: { count: 10, description: 'D' },
  summary: 'S',
};

describe('schemas', () => {
  const valid = sections[3]?.data;

  it('reject a section without a title or with a wrong type, naming the field', () => {
    const missing = reportSectionSchema.safeParse({ ...valid, title: undefined });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['title']);
    const wrong = reportSectionSchema.safeParse({ ...valid, order: 'drei' });
    expect(wrong.error?.issues[0]?.path).toEqual(['order']);
  });

  it('reject unknown fields, ids that are not ASCII and unknown kinds', () => {
    expect(reportSectionSchema.safeParse({ ...valid, speaker: 'x' }).success).toBe(false);
    expect(reportSectionSchema.safeParse({ ...valid, slug: 'Begrüßung' }).error?.issues[0]?.path).toEqual([
      'slug',
    ]);
    expect(reportSectionSchema.safeParse({ ...valid, kind: 'keynote' }).error?.issues[0]?.path).toEqual([
      'kind',
    ]);
  });

  it('require a role to have a title or an organization', () => {
    expect(personSchema.safeParse({ name: 'A', sortName: 'A', roles: [{}] }).success).toBe(false);
    expect(personSchema.safeParse({ name: 'A', sortName: 'A', roles: [] }).success).toBe(false);
  });

  it('coerce the event date and default optional lists', () => {
    const event = eventSchema.parse(minimalEvent);
    expect(event.date).toEqual({ year: 2019, month: 5, day: 1 });
    expect(event.figures).toEqual([]);
    expect(event.partners).toEqual([]);
  });

  it('take an optional licence with a name and a web address, naming the field when it is wrong', () => {
    const event = minimalEvent;
    expect(eventSchema.parse(event).license).toBeUndefined();
    const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
    expect(eventSchema.parse({ ...event, license }).license).toEqual(license);
    expect(eventSchema.safeParse({ ...event, license: { url: license.url } }).error?.issues[0]?.path).toEqual(
      ['license', 'name'],
    );
    expect(
      eventSchema.safeParse({ ...event, license: { ...license, url: 'javascript:alert(1)' } }).error
        ?.issues[0]?.path,
    ).toEqual(['license', 'url']);
  });
});

describe('the committed copy of the report', () => {
  // Where the original sits beside the checkout (on the team's machines), the copy must equal it.
  it.skipIf(!existsSync(sharedSourcePath))('is byte for byte the report in shared/source/', () => {
    expect(readFileSync(committedSourcePath, 'utf8')).toBe(readFileSync(sharedSourcePath, 'utf8'));
  });
});
