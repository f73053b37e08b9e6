/** schema.org data of register pages carries only what the report says, with fitting types. */
import { describe, expect, it } from 'vitest';
import { organizationJsonLd, personJsonLd, type JsonLdOrganization } from '#src/lib/cite/jsonld-register.ts';

const th: JsonLdOrganization = {
  id: 'th-koeln',
  name: 'Technische Hochschule Köln',
  kind: 'hochschule',
  aliases: ['Technischen Hochschule Köln'],
  place: { name: 'Köln' },
};
const interkult: JsonLdOrganization = {
  id: 'interkult',
  name: 'Institut für Interkulturelle Bildung und Entwicklung',
  shortName: 'INTERKULT',
  kind: 'institut',
  aliases: [],
  partOf: th,
  place: { name: 'Köln' },
};
const urlOf = (organization: JsonLdOrganization) => `https://example.org/institutionen/${organization.id}/`;

describe('register JSON-LD', () => {
  it('describes an organization with alternate name, parent and location', () => {
    expect(organizationJsonLd(interkult, urlOf)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ResearchOrganization',
      '@id': 'https://example.org/institutionen/interkult/',
      url: 'https://example.org/institutionen/interkult/',
      name: 'Institut für Interkulturelle Bildung und Entwicklung',
      alternateName: 'INTERKULT',
      parentOrganization: {
        '@type': 'CollegeOrUniversity',
        name: 'Technische Hochschule Köln',
        '@id': 'https://example.org/institutionen/th-koeln/',
        url: 'https://example.org/institutionen/th-koeln/',
      },
      location: { '@type': 'Place', name: 'Köln' },
    });
  });

  it('describes a person with title, job titles and affiliations, and nothing invented', () => {
    const data = personJsonLd(
      {
        name: 'Anne van Rießen',
        honorific: 'Dr.',
        roles: [{ title: 'Gastprofessorin', organization: th }, { title: 'Projektleiterin' }],
      },
      'https://example.org/referierende/anne-van-riessen/',
      urlOf,
    );
    expect(data).toMatchObject({
      '@type': 'Person',
      name: 'Anne van Rießen',
      honorificPrefix: 'Dr.',
      jobTitle: ['Gastprofessorin', 'Projektleiterin'],
      affiliation: { '@type': 'CollegeOrUniversity', name: 'Technische Hochschule Köln' },
    });
    expect(Object.keys(data).sort()).toEqual([
      '@context',
      '@id',
      '@type',
      'affiliation',
      'honorificPrefix',
      'jobTitle',
      'name',
      'url',
    ]);
    expect(
      personJsonLd({ name: 'Kai Hauprich', roles: [{ organization: th }] }, 'u', urlOf),
    ).not.toHaveProperty('honorificPrefix');
  });
});

describe('placeJsonLd and webPageJsonLd', () => {
  it('describes a district inside its city, with the report’s other names', async () => {
    const { placeJsonLd } = await import('#src/lib/cite/jsonld-register.ts');
    const city = { name: 'Düsseldorf', aliases: [] };
    const district = {
      name: 'Düsseldorf, Stadtbezirk 5',
      aliases: ['Düsseldorfer Stadtbezirken 5 und 6'],
      partOf: city,
    };
    const data = placeJsonLd(
      district,
      'https://example.org/orte/duesseldorf-stadtbezirk-5/',
      () => 'https://example.org/orte/duesseldorf/',
    );
    expect(data).toMatchObject({
      '@type': 'Place',
      name: 'Düsseldorf, Stadtbezirk 5',
      alternateName: 'Düsseldorfer Stadtbezirken 5 und 6',
      containedInPlace: {
        '@type': 'Place',
        '@id': 'https://example.org/orte/duesseldorf/',
        name: 'Düsseldorf',
      },
    });
    expect(placeJsonLd(city, 'u', () => 'x')).not.toHaveProperty('containedInPlace');
  });

  it('describes any other page as part of the site', async () => {
    const { webPageJsonLd } = await import('#src/lib/cite/jsonld-page.ts');
    expect(
      webPageJsonLd({
        type: 'CollectionPage',
        name: 'Themen',
        description: 'D',
        url: 'https://e.org/themen/',
        siteName: 'Tagungsdoku',
        siteUrl: 'https://e.org/',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      '@id': 'https://e.org/themen/',
      url: 'https://e.org/themen/',
      name: 'Themen',
      description: 'D',
      inLanguage: 'de',
      isPartOf: { '@type': 'WebSite', name: 'Tagungsdoku', url: 'https://e.org/' },
    });
  });
});
