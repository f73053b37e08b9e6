/**
 * How people and organizations are named on the site. Pure, with structural types, so it is
 * unit-tested without Astro.
 */

/** The fields of an organization these helpers use. */
export interface NamedOrganization {
  name: string;
  shortName?: string | undefined;
  partOf?: NamedOrganization | undefined;
}

/** Names longer than this are shown by their abbreviation in lists (INTESO's full project title). */
const LONG_NAME = 80;

/**
 * An organization's name for lists: the name with its abbreviation (`Institut für Soziologie und
 * Sozialpsychologie (ISS)`), or the abbreviation alone where the full name is a long title.
 */
export function organizationName(organization: NamedOrganization): string {
  const { name, shortName } = organization;
  const alone = organizationNameAlone(organization);
  return alone !== name || shortName === undefined || name.includes(shortName)
    ? alone
    : `${name} (${shortName})`;
}

/**
 * An organization's name where brackets would not read well (inside a sentence or brackets of its
 * own): the name, or the abbreviation where the full name is a long title (`INTESO`).
 */
export function organizationNameAlone(organization: NamedOrganization): string {
  const { name, shortName } = organization;
  return shortName !== undefined && name.length > LONG_NAME ? shortName : name;
}

/** An organization with the organizations it belongs to: `ISS, Universität zu Köln`. */
export function organizationPath(organization: NamedOrganization): string {
  const own = organizationName(organization);
  return organization.partOf ? `${own}, ${organizationPath(organization.partOf)}` : own;
}

/** The fields of a role these helpers use. */
export interface DescribedRole {
  title?: string | undefined;
  organization?: NamedOrganization | undefined;
}

/**
 * A person's roles in one line: `Gastprofessorin, Hochschule Düsseldorf; Projektleiterin, INTESO`.
 * Where a role's title already names its organization, the organization is not repeated.
 */
export function describeRoles(roles: readonly DescribedRole[]): string {
  return roles
    .map((role) => {
      const organization = role.organization;
      if (organization === undefined) return role.title ?? '';
      if (role.title === undefined) return organizationPath(organization);
      return role.title.includes(organization.name)
        ? role.title
        : `${role.title}, ${organizationPath(organization)}`;
    })
    .filter((text) => text !== '')
    .join('; ');
}
