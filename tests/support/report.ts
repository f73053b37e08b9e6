/**
 * The report as the real data module shapes it (`src/lib/report.ts` over `content/`, through the
 * `astro:content` of tests/support/astro-content.ts), for tests that need a conference or a section.
 */
import { getConferences, type Conference, type ReportSection } from '#src/lib/report.ts';

/** The conference with this slug; the 2018 report unless told. */
export async function reportConference(slug = 'tagung-2018'): Promise<Conference> {
  const conference = (await getConferences()).find((candidate) => candidate.slug === slug);
  if (conference === undefined) throw new Error(`no conference "${slug}" in content/events/`);
  return conference;
}

/** A section of the 2018 report, by slug. */
export async function reportSection(
  slug: string,
): Promise<{ conference: Conference; section: ReportSection }> {
  const conference = await reportConference();
  const section = conference.sections.find((candidate) => candidate.slug === slug);
  if (section === undefined) throw new Error(`no section "${slug}" in ${conference.slug}`);
  return { conference, section };
}
