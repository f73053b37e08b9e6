/**
 * The open data and its schema, the file sizes on the pages, llms.txt and the licence note.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { licenseNote } from '#src/lib/downloads/book.ts';
import { getLlmsText, getProgrammeJson, programmeSchemaJson } from '#src/lib/downloads/files.ts';
import { formatFileSize } from '#src/lib/downloads/links.ts';
import { llmsText } from '#src/lib/downloads/llms.ts';
import { programmeData, programmeSchema, type ProgrammeConference } from '#src/lib/downloads/programme.ts';
import { reportConference } from '../support/report.ts';

const inteso = { id: 'inteso', name: 'INTESO – Integration im Sozialraum', shortName: 'INTESO' };
const conference: ProgrammeConference = {
  slug: 'probe',
  title: 'Probe',
  reportTitle: 'Tagung „Probe“',
  date: { year: 2020, month: 2, day: 3 },
  url: '/probe/',
  summary: 'Eine Probe.',
  organizer: inteso,
  partners: [],
  audience: { count: 10, approximate: true, description: 'Zehn.' },
  sections: [
    {
      order: 0,
      number: '1',
      title: 'Erster Teil',
      slug: 'eins',
      kind: 'guest-talk',
      kindLabel: 'Gastvortrag',
      url: '/probe/eins/',
      presenters: [
        {
          id: 'erika-muster',
          name: 'Erika Muster',
          honorific: 'Dr.',
          roles: [{ title: 'Leiterin', organization: inteso }],
        },
      ],
      institutions: [inteso],
      topics: [{ id: 'thema', title: 'Ein Thema' }],
      places: [{ id: 'koeln', name: 'Köln', kind: 'stadt' }],
    },
  ],
};
const links = {
  schema: '/programm.schema.json',
  pdf: '/probe.pdf',
  epub: '/probe.epub',
  markdown: '/probe.md',
  sectionMarkdown: (slug: string) => `/probe/${slug}.md`,
};

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(programmeSchema('https://example.org/programm.schema.json'));
}

describe('the programme data', () => {
  it('validates against its schema, with and without a licence', () => {
    const validate = validator();
    const data = programmeData(conference, links, 'https://example.org');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.license).toBeNull();
    const licensed = programmeData(
      { ...conference, license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } },
      links,
      'https://example.org',
    );
    expect(validate(licensed), JSON.stringify(validate.errors)).toBe(true);
    expect(licensed.license).toEqual({
      name: 'CC BY 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });

  it('is refused by the schema when a field is missing, unknown or of the wrong kind', () => {
    const validate = validator();
    const data = programmeData(conference, links, 'https://example.org');
    const [section] = data.sections;
    expect(validate({ ...data, conference: { ...data.conference, date: '3. Februar 2020' } })).toBe(false);
    expect(validate({ ...data, sections: [{ ...section, kind: 'keynote' }] })).toBe(false);
    expect(validate({ ...data, sections: [{ ...section, venue: 'Saal 1' }] })).toBe(false);
    const { title: _title, ...untitled } = section ?? {};
    expect(validate({ ...data, sections: [untitled] })).toBe(false);
  });

  it('gives absolute addresses under the site, base included', () => {
    const data = programmeData(conference, { ...links, pdf: '/base/probe.pdf' }, 'https://example.org');
    expect(data.sections[0]?.url).toBe('https://example.org/probe/eins/');
    expect(data.sections[0]?.markdown).toBe('https://example.org/probe/eins.md');
    expect(data.downloads.pdf).toBe('https://example.org/base/probe.pdf');
  });
});

describe('the report’s programme data', () => {
  it('is valid against the schema the site publishes, with every section, its kind and presenters', async () => {
    const conference = await reportConference();
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(programmeSchemaJson()) as object);
    const data = JSON.parse(getProgrammeJson(conference)) as {
      sections: { id: string; kindLabel: string; presenters: { name: string }[] }[];
    };
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.sections.map((section) => section.id)).toEqual(
      conference.sections.map((section) => section.slug),
    );
    const survey = data.sections.find((section) => section.id === 'online-befragung');
    expect(survey?.kindLabel).toBe('Projektvortrag');
    expect(survey?.presenters.map((person) => person.name)).toEqual(['Katja Jepkens', 'Kai Hauprich']);
  });
});

describe('file sizes', () => {
  it('read as German readers write them', () => {
    expect(formatFileSize(180 * 1024)).toBe('180 KB');
    expect(formatFileSize(100)).toBe('1 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });
});

describe('the licence', () => {
  it('is named when given and its absence said plainly', () => {
    expect(licenseNote({ name: 'CC BY 4.0' })).toBe('Lizenz: CC BY 4.0');
    expect(licenseNote(undefined)).toMatch(/^Keine Lizenz angegeben/u);
  });
});

describe('llms.txt', () => {
  it('starts with a title and a summary and links every section’s Markdown', () => {
    const text = llmsText(
      [
        {
          title: 'Tagung „Probe“',
          dateLabel: '3. Februar 2020',
          summary: 'Eine Probe.',
          markdown: 'https://example.org/probe.md',
          pdf: 'https://example.org/probe.pdf',
          epub: 'https://example.org/probe.epub',
          data: 'https://example.org/probe.json',
          licenseNote: licenseNote(undefined),
          sections: [
            {
              title: '1 Erster_Teil *',
              presenters: ['Dr. Erika Muster', 'Max Muster'],
              markdown: 'https://example.org/probe/eins.md',
            },
          ],
        },
      ],
      'https://example.org/programm.schema.json',
    );
    expect(text.split('\n').slice(0, 3)).toEqual(['# Tagungsdoku: Tagung „Probe“', '', '> Eine Probe.']);
    expect(text).toContain(
      '- [1 Erster_Teil \\*](https://example.org/probe/eins.md): Dr. Erika Muster und Max Muster',
    );
    expect(text).toContain('(https://example.org/programm.schema.json)');
  });

  it('of the site links the report and every section of it, with the presenters', async () => {
    const conference = await reportConference();
    const text = await getLlmsText();
    expect(text.split('\n')[0]).toBe('# Tagungsdoku: Tagung „Integration im Sozialraum“');
    expect(text).toMatch(/^- \[Der ganze Bericht als Markdown\]\(https?:\/\/[^)]+\/tagung-2018\.md\)$/mu);
    for (const section of conference.sections)
      expect(text, section.slug).toMatch(
        new RegExp(`\\(https?://[^)]+/tagung-2018/${section.slug}\\.md\\)`, 'u'),
      );
    expect(text).toMatch(/\/tagung-2018\/online-befragung\.md\): Katja Jepkens und Kai Hauprich$/mu);
  });
});
