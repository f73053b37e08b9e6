import { describe, expect, it } from 'vitest';
import {
  CONFERENCE_DATE_PATTERN,
  compareConferenceDates,
  conferenceDay,
  germanConferenceDate,
  germanConferenceDatePhrase,
  isoConferenceDate,
  parseConferenceDate,
} from '#src/lib/conference-date.ts';
import { eventSchema } from '#src/schemas/index.ts';
import { editorEventSchema, editorFields } from '#src/lib/editor/config.ts';
import { fieldSchemaOf } from '#src/lib/editor/field-schema.ts';
import { formatDateGerman, formatIsoDate } from '#src/lib/naming/labels.ts';
import { reportsLine } from '#src/lib/frame/footer.ts';
import { germanCitation, highwireTags, toBibtex, toRis, type CitableWork } from '#src/lib/cite/formats.ts';
import { conferenceEvent } from '#src/lib/cite/jsonld-report.ts';

const september = { year: 2021, month: 9 };
const june15 = { year: 2018, month: 6, day: 15 };

describe('a conference date', () => {
  it('is a day of the calendar or a month of a year, as written or as a YAML reader gives a day', () => {
    expect(parseConferenceDate('2021-09')).toEqual(september);
    expect(parseConferenceDate('2018-06-15')).toEqual(june15);
    expect(parseConferenceDate(new Date('2018-06-15'))).toEqual(june15);
    expect(parseConferenceDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    for (const wrong of [
      '2021-13',
      '2021-00',
      '2018-02-29',
      '2018-15-06',
      '2018-06-31',
      '15.06.2018',
      '2021',
      '2021-9',
    ])
      expect(parseConferenceDate(wrong), wrong).toBeUndefined();
  });

  it('is held by the editor’s pattern as by the parser, value for value', () => {
    const pattern = new RegExp(CONFERENCE_DATE_PATTERN, 'u');
    const values = [
      '2021-09',
      '2021-12',
      '2021-13',
      '2021-00',
      '2018-06-15',
      '2018-06-31',
      '2018-02-29',
      '2020-02-29',
    ];
    values.push(
      '1900-02-29',
      '2000-02-29',
      '2018-11-30',
      '2018-11-31',
      '2018-15-06',
      '21-09',
      '2021-09-',
      ' 2021-09',
    );
    for (const value of values)
      expect(pattern.test(value), value).toBe(
        parseConferenceDate(value) !== undefined && value.trim() === value,
      );
  });

  it('is shown „September 2021“ for a month, and a day as before', () => {
    expect(germanConferenceDate(september)).toBe('September 2021');
    expect(germanConferenceDate(june15)).toBe('15. Juni 2018');
    expect(formatDateGerman(september)).toBe('September 2021');
    expect(formatIsoDate(september)).toBe('2021-09');
    expect(isoConferenceDate(june15)).toBe('2018-06-15');
    expect(germanConferenceDatePhrase(september)).toBe('im September 2021');
    expect(germanConferenceDatePhrase(june15)).toBe('vom 15. Juni 2018');
    const organizer = {
      name: 'Stadtlabor',
      shortName: 'Stadtlabor',
      kind: 'forschungsprojekt',
    } as const;
    expect(reportsLine([{ title: 'Wohnen', date: september, organizer }])).toBe(
      'Bericht der Tagung „Wohnen“ des Forschungsprojekts Stadtlabor im September 2021.',
    );
  });

  it('has no day to give a feed, and sorts a month before its days', () => {
    expect(conferenceDay(september)).toBeUndefined();
    expect(conferenceDay(june15)?.toISOString()).toBe('2018-06-15T00:00:00.000Z');
    const dates = [{ year: 2021, month: 9, day: 1 }, june15, september, { year: 2021, month: 8, day: 31 }];
    expect(dates.sort(compareConferenceDates).map(isoConferenceDate)).toEqual([
      '2018-06-15',
      '2021-08-31',
      '2021-09',
      '2021-09-01',
    ]);
  });

  it('is read by the event schema in both forms, with a German message for a month 13', () => {
    const field = eventSchema.shape.date;
    expect(field.parse('2021-09')).toEqual(september);
    expect(field.parse(new Date('2018-06-15'))).toEqual(june15);
    const refused = field.safeParse('2021-13');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(
      /^„2021-13“ ist kein Monat im Kalender \(einen Monat 13 gibt es nicht\)\. Bitte das Datum als JJJJ-MM-TT/u,
    );
    expect(field.safeParse('2018-15-06').error?.issues[0]?.message).toMatch(
      /^„2018-15-06“ ist kein Tag im Kalender \(einen Monat 15 gibt es nicht\)\./u,
    );
    expect(field.safeParse('Juni 2018').error?.issues[0]?.message).toMatch(/^„Juni 2018“ ist kein Datum\./u);
  });
});

describe('the conference date in the editor', () => {
  it('takes a day or a month and year, says so in German, and refuses a month 13', () => {
    const field = editorFields(fieldSchemaOf(editorEventSchema)).find(
      (candidate) => candidate.name === 'date',
    );
    expect(field?.label).toBe('Datum');
    expect(field?.hint).toMatch(/JJJJ-MM-TT[\s\S]*nur Monat und Jahr[\s\S]*JJJJ-MM/u);
    const [source, message] = (field as { pattern?: [string, string] } | undefined)?.pattern ?? ['', ''];
    const pattern = new RegExp(source, 'u');
    expect(['2021-09', '2018-06-15'].map((value) => pattern.test(value))).toEqual([true, true]);
    expect(['2021-13', '2018-06-31', '15.06.2018'].map((value) => pattern.test(value))).toEqual([
      false,
      false,
      false,
    ]);
    expect(message).toMatch(
      /^Kein Tag im Kalender\. Bitte das Datum als JJJJ-MM-TT.*oder nur Monat und Jahr/u,
    );
  });
});

const work: CitableWork = {
  kind: 'section',
  key: 'beispiel2021a',
  title: 'Wohnen im Quartier',
  creators: [
    {
      kind: 'person',
      family: 'Kolb',
      given: 'Ines',
      name: 'Ines Kolb',
      honorific: undefined,
      displayName: 'Ines Kolb',
    },
  ],
  reportTitle: 'Fachtag „Wohnen“',
  conferenceTitle: 'Wohnen',
  publisher: 'Projekt Beispiel',
  date: september,
  url: 'https://example.org/fachtag-2021/wohnen/',
};

describe('a month date cited', () => {
  it('gives BibTeX its year and month, RIS its month without a day, and no invented day anywhere', () => {
    const bibtex = toBibtex(work);
    expect(bibtex).toContain('  year = {2021},\n  month = {9},\n');
    expect(bibtex).toContain('  date = {2021-09},');
    expect(bibtex).toContain('  eventdate = {2021-09},');
    const ris = toRis(work);
    expect(ris).toContain('PY  - 2021\r\n');
    expect(ris).toContain('DA  - 2021/09//\r\n');
    expect(highwireTags(work)).toContainEqual({ name: 'citation_date', content: '2021' });
    expect(germanCitation(work)).toContain('Bericht zur Tagung im September 2021.');
    for (const text of [bibtex, ris, germanCitation(work)])
      expect(text).not.toMatch(/2021-09-\d|2021\/09\/\d/u);
  });

  it('gives schema.org the month as its ISO 8601 start and end', () => {
    const report: CitableWork = { ...work, kind: 'report' };
    const event = JSON.stringify(conferenceEvent(report, [work]));
    expect(event).toContain('"startDate":"2021-09"');
    expect(event).toContain('"endDate":"2021-09"');
    expect(event).not.toMatch(/Date":"2021-09-/u);
  });
});
