import { describe, expect, it } from 'vitest';
import { describeRoles, organizationName, organizationPath } from '#src/lib/naming/names.ts';
import { conferenceLine, formatDateGerman, formatIsoDate } from '#src/lib/naming/labels.ts';

const university = { name: 'Universität zu Köln' };
const iss = { name: 'Institut für Soziologie und Sozialpsychologie', shortName: 'ISS', partOf: university };
const inteso = {
  name: 'INTESO – Integration im Sozialraum. Lokale Konzepte zur Vernetzung und Steuerung zivilgesellschaftlicher und institutioneller Ressourcen in der Arbeit mit Flüchtlingen',
  shortName: 'INTESO',
};

describe('organization names', () => {
  it('adds the abbreviation, or uses it alone for a long project title', () => {
    expect(organizationName(iss)).toBe('Institut für Soziologie und Sozialpsychologie (ISS)');
    expect(organizationName(inteso)).toBe('INTESO');
    expect(
      organizationName({
        name: 'ILS – Institut für Landes- und Stadtentwicklungsforschung gGmbH',
        shortName: 'ILS',
      }),
    ).toBe('ILS – Institut für Landes- und Stadtentwicklungsforschung gGmbH');
  });
  it('names the organizations one belongs to', () => {
    expect(organizationPath(iss)).toBe(
      'Institut für Soziologie und Sozialpsychologie (ISS), Universität zu Köln',
    );
  });
});

describe('describeRoles', () => {
  it('joins roles with their organizations', () => {
    expect(
      describeRoles([
        { title: 'Gastprofessorin', organization: { name: 'Hochschule Düsseldorf' } },
        { title: 'Projektleiterin', organization: inteso },
      ]),
    ).toBe('Gastprofessorin, Hochschule Düsseldorf; Projektleiterin, INTESO');
  });
  it('does not repeat an organization the title already names, and allows roles without a title', () => {
    const project = { name: 'Gelingende Integration im Quartier' };
    expect(
      describeRoles([
        { title: 'war Koordinator des Projekts „Gelingende Integration im Quartier“', organization: project },
      ]),
    ).toBe('war Koordinator des Projekts „Gelingende Integration im Quartier“');
    expect(describeRoles([{ organization: iss }])).toBe(
      'Institut für Soziologie und Sozialpsychologie (ISS), Universität zu Köln',
    );
  });
});

describe('labels and paths', () => {
  it('formats dates in German', () => {
    expect(formatDateGerman(new Date('2018-06-15'))).toBe('15. Juni 2018');
    expect(formatIsoDate(new Date('2018-06-15'))).toBe('2018-06-15');
  });
  it('names a conference in one line, by its report title and date', () => {
    const conference = {
      reportTitle: 'Tagung „Integration im Sozialraum“',
      date: { year: 2018, month: 6, day: 15 },
    };
    expect(conferenceLine(conference)).toBe('Tagung „Integration im Sozialraum“ · 15. Juni 2018');
    expect(conferenceLine(conference, ', ')).toBe('Tagung „Integration im Sozialraum“, 15. Juni 2018');
  });
});
