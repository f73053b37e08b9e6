/** What the footer of every page says about the reports the site carries. */
import { germanConferenceDatePhrase, type ConferenceDate } from '#src/lib/conference-date.ts';
import { conferenceByOrganizer, formatDateGerman } from '#src/lib/naming/labels.ts';
import { joinGerman } from '#src/lib/german/joining.ts';

/** A conference as the footer names it. */
export interface FooterConference {
  title: string;
  date: ConferenceDate;
  organizer: Parameters<typeof conferenceByOrganizer>[1];
}

/**
 * The footer's line: „Bericht der Tagung „…“ des Forschungsprojekts INTESO vom 15. Juni 2018.“ for one
 * conference („im September 2021“ for a month), „Berichte der Tagungen „…“ (…) und „…“ (…).“ for several, nothing for none.
 */
export function reportsLine(conferences: readonly FooterConference[]): string | undefined {
  const [only] = conferences;
  if (only === undefined) return undefined;
  if (conferences.length === 1)
    return `Bericht der ${conferenceByOrganizer(`Tagung „${only.title}“`, only.organizer)} ${germanConferenceDatePhrase(only.date)}.`;
  const named = conferences.map(
    (conference) => `„${conference.title}“ (${formatDateGerman(conference.date)})`,
  );
  return `Berichte der Tagungen ${joinGerman(named)}.`;
}
