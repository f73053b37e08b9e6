/**
 * Who publishes the website, from `content/site.yaml`: read and checked once, and which of the
 * fields that the legal pages need are still empty. The Astro config imports it to warn.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteInfoSchema, type SiteInfo } from '#src/schemas/site.ts';
import { contentFile } from '#src/lib/content/collections.ts';

export type { SiteInfo };

/** The fields each legal page needs, with their German names as the pages and the warning say them. */
export const legalFields = {
  operator: 'Betreiber (Name der Person oder Institution)',
  address: 'Anschrift',
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  responsible: 'Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)',
  host: 'Hosting-Anbieter',
  accessibilityReview: 'Datum der letzten Prüfung der Barrierefreiheit',
} as const satisfies Record<keyof SiteInfo, string>;

export type LegalField = keyof typeof legalFields;

/** Every field, in the order of `legalFields`. */
export const legalFieldNames = Object.keys(legalFields) as LegalField[];

/** The fields of `fields` that are still empty, in the given order. */
export function missingFields(info: SiteInfo, fields: readonly LegalField[]): LegalField[] {
  return fields.filter((field) => {
    const value = info[field];
    return value === undefined || (Array.isArray(value) && value.length === 0);
  });
}

/** True when `content/site.yaml` names anything of who publishes the site (Publisher.astro shows it). */
export function hasPublisher(info: SiteInfo): boolean {
  return Boolean(info.operator || info.address.length > 0 || info.email || info.phone);
}

/** What the Impressum needs (§ 5 DDG, § 18 MStV): a publication is not built without it. */
export const impressumFields = [
  'operator',
  'address',
  'email',
  'responsible',
] as const satisfies readonly LegalField[];

/** A field of `content/site.yaml` by its label in the editor („E-Mail“), from the schema's `.meta()`. */
export function siteFieldLabel(field: keyof SiteInfo): string {
  const meta = siteInfoSchema.shape[field].meta() as { title?: string } | undefined;
  return meta?.title ?? field;
}

/**
 * Why a publication cannot be built: each Impressum field still empty, by its label in the editor
 * („E-Mail“); undefined when nothing is missing. A draft (TAGUNGSDOKU_DRAFT=1) is built anyway, and
 * its Impressum says what is missing.
 */
export function impressumProblem(info: SiteInfo, filePath = contentFile('site')): string | undefined {
  const [problem] = impressumProblems(info);
  return problem === undefined ? undefined : `${filePath}: ${problem}`;
}

/** `impressumProblem` without the file's name: none, or the one message (for the content check's list). */
export function impressumProblems(info: SiteInfo): string[] {
  const missing = missingFields(info, impressumFields);
  if (missing.length === 0) return [];
  const names = missing.map((field) => `„${siteFieldLabel(field)}“`).join(', ');
  return [
    `Das Impressum ist unvollständig, es fehlen: ${names}. Bitte in der Redaktion unter „Dateien → ` +
      'Impressum und Kontakt“ eintragen: Veröffentlicht wird nur mit vollständigem Impressum; einen ' +
      'Entwurf baut TAGUNGSDOKU_DRAFT=1.',
  ];
}

/** Parses the text of `content/site.yaml`; bad input fails with the file and the field. */
export function parseSiteInfo(text: string, filePath: string): SiteInfo {
  const result = siteInfoSchema.safeParse(parse(text) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`${filePath}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Where the file lives: `content/site.yaml`, or below the folder that `TAGUNGSDOKU_CONTENT` names. */
export function siteInfoPath(): string {
  return contentFile('site');
}

let cached: SiteInfo | undefined;

/** The site's publisher; an absent file counts as all fields empty. */
export function getSiteInfo(): SiteInfo {
  if (cached) return cached;
  const path = siteInfoPath();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = '';
  }
  cached = parseSiteInfo(text, path);
  return cached;
}
/** The legal pages, linked from every page's footer; their addresses: `legalPagePath(slug)`. */
export const legalPages = [
  { slug: 'impressum', title: 'Impressum' },
  { slug: 'datenschutz', title: 'Datenschutz' },
  { slug: 'barrierefreiheit', title: 'Barrierefreiheit' },
] as const;
