/**
 * schema.org structured data for register pages: a `Person` for each presenter's page and an
 * `Organization` (or its fitting subtype) for each institution's page. Only what the report says:
 * names, academic title, roles and affiliations, abbreviations, parent organization and place.
 * Pure; unit-tested in tests/unit/jsonld-register.test.ts.
 */
import type { OrganizationData } from '#src/schemas/index.ts';

/** The organization fields the builders use. */
export interface JsonLdOrganization {
  id: string;
  name: string;
  shortName?: string | undefined;
  kind: OrganizationData['kind'];
  aliases: readonly string[];
  partOf?: JsonLdOrganization | undefined;
  place?: { name: string } | undefined;
}

/** The person fields the builders use. */
export interface JsonLdPerson {
  name: string;
  honorific?: string | undefined;
  roles: readonly { title?: string | undefined; organization?: JsonLdOrganization | undefined }[];
}

/** Absolute URL of a register entry page, by organization id; undefined where it has none. */
export type OrganizationUrl = (organization: JsonLdOrganization) => string | undefined;

/** The schema.org type for each kind of organization. */
const organizationTypes: Record<OrganizationData['kind'], string> = {
  hochschule: 'CollegeOrUniversity',
  institut: 'ResearchOrganization',
  forschungsprojekt: 'ResearchProject',
  forschungsgruppe: 'ResearchOrganization',
  foerderprogramm: 'FundingScheme',
  verwaltung: 'GovernmentOrganization',
  ministerium: 'GovernmentOrganization',
  stiftung: 'Organization',
  unternehmen: 'Organization',
  einrichtung: 'Organization',
};

/** A short reference to an organization inside another node: type, name, url. */
function organizationReference(
  organization: JsonLdOrganization,
  urlOf: OrganizationUrl,
): Record<string, unknown> {
  const url = urlOf(organization);
  return {
    '@type': organizationTypes[organization.kind],
    name: organization.name,
    ...(url === undefined ? {} : { '@id': url, url }),
  };
}

/** `Organization` (or subtype) with name, alternate names, parent organization and location. */
export function organizationJsonLd(
  organization: JsonLdOrganization,
  urlOf: OrganizationUrl,
): Record<string, unknown> {
  const alternateNames = [...new Set([organization.shortName, ...organization.aliases])].filter(
    (name): name is string => name !== undefined && name !== organization.name,
  );
  const url = urlOf(organization);
  return {
    '@context': 'https://schema.org',
    '@type': organizationTypes[organization.kind],
    ...(url === undefined ? {} : { '@id': url, url }),
    name: organization.name,
    ...(alternateNames.length > 0
      ? { alternateName: alternateNames.length === 1 ? alternateNames[0] : alternateNames }
      : {}),
    ...(organization.partOf ? { parentOrganization: organizationReference(organization.partOf, urlOf) } : {}),
    ...(organization.place ? { location: { '@type': 'Place', name: organization.place.name } } : {}),
  };
}

/** `Person` with name, academic title, the roles' titles as job titles and their organizations. */
export function personJsonLd(
  person: JsonLdPerson,
  url: string,
  urlOf: OrganizationUrl,
): Record<string, unknown> {
  const jobTitles = person.roles.flatMap((role) => (role.title === undefined ? [] : [role.title]));
  const affiliations = person.roles.flatMap((role) =>
    role.organization ? [organizationReference(role.organization, urlOf)] : [],
  );
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    url,
    name: person.name,
    ...(person.honorific ? { honorificPrefix: person.honorific } : {}),
    ...(jobTitles.length > 0 ? { jobTitle: jobTitles.length === 1 ? jobTitles[0] : jobTitles } : {}),
    ...(affiliations.length > 0
      ? { affiliation: affiliations.length === 1 ? affiliations[0] : affiliations }
      : {}),
  };
}

/** The place fields the builder uses. */
export interface JsonLdPlace {
  name: string;
  aliases: readonly string[];
  partOf?: JsonLdPlace | undefined;
}

/** `Place` with its other names and the place it lies in (a district's city). */
export function placeJsonLd(
  place: JsonLdPlace,
  url: string,
  urlOf: (place: JsonLdPlace) => string,
): Record<string, unknown> {
  const alternateNames = place.aliases.filter((alias) => alias !== place.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    '@id': url,
    url,
    name: place.name,
    ...(alternateNames.length > 0
      ? { alternateName: alternateNames.length === 1 ? alternateNames[0] : alternateNames }
      : {}),
    ...(place.partOf
      ? { containedInPlace: { '@type': 'Place', '@id': urlOf(place.partOf), name: place.partOf.name } }
      : {}),
  };
}
