/**
 * Which social cards the site has and what each says: one per conference home, whole report and
 * section, one per register entry (its words from `register/heads.ts`), and a site card for the
 * search, the 404 and the register's overviews. Pure, with structural types.
 */
import type { ConferenceDate } from '#src/lib/conference-date.ts';
import { joinGerman } from '#src/lib/german/joining.ts';
import { conferenceLine, formatDateGerman, SITE_NAME } from '#src/lib/naming/labels.ts';
import type { SocialCard } from '#src/lib/cards/draw.ts';
import { numberedTitle } from '#src/lib/sections.ts';
import { cardPath, registerSegments, type RegisterKind } from '#src/lib/addresses/paths.ts';

/** The fields of a conference the cards use. */
export interface CardConference {
  slug: string;
  title: string;
  reportTitle: string;
  date: ConferenceDate;
  sections: readonly CardSection[];
}

/** The fields of a section the cards use. */
export interface CardSection {
  slug: string;
  number?: string | undefined;
  title: string;
  kindLabel: string;
  presenters: readonly { displayName: string }[];
}

/** Name of the card of pages that have none of their own (404, search, the register's overviews). */
export const SITE_CARD = 'tagungsdoku';

/** Name of the home page's card. */
const HOME_CARD = 'start';

/** What the card shows, said once: where the title already names the conference, only its date follows. */
function alt(title: string, presenters: string, conference: CardConference): string {
  const line = title.includes(conference.reportTitle)
    ? formatDateGerman(conference.date)
    : conferenceLine(conference);
  return `${title}${presenters ? `, ${presenters}` : ''}. ${line}.`;
}

/** A section's card: number and title, presenters, conference and date. */
export function sectionCard(section: CardSection, conference: CardConference): SocialCard {
  const title = numberedTitle(section);
  const presenters = joinGerman(section.presenters.map((person) => person.displayName));
  const name = `${conference.slug}/${section.slug}`;
  return {
    name,
    path: cardPath(name),
    kicker: `Bericht · ${section.kindLabel}`,
    title,
    byline: presenters,
    conference: conferenceLine(conference),
    alt: alt(title, presenters, conference),
  };
}

/** A card with a kicker and a title, and no line under it. */
function plainCard(name: string, kicker: string, title: string, conference: CardConference): SocialCard {
  return {
    name,
    path: cardPath(name),
    kicker,
    title,
    byline: '',
    conference: conferenceLine(conference),
    alt: alt(title, '', conference),
  };
}

/** The whole report's card. */
export function reportCard(conference: CardConference): SocialCard {
  return plainCard(
    conference.slug,
    'Der ganze Bericht',
    `${conference.reportTitle}: der Bericht`,
    conference,
  );
}

/** The home page's card (the newest conference). */
export function homeCard(conference: CardConference): SocialCard {
  return plainCard(HOME_CARD, 'Bericht der Tagung', conference.reportTitle, conference);
}

/** The site card, for pages without a card of their own. */
export function siteCard(conference: CardConference): SocialCard {
  return plainCard(SITE_CARD, SITE_NAME, `${SITE_NAME}: ${conference.reportTitle}`, conference);
}

/** A register entry's page as its card shows it (see `src/lib/register/heads.ts`). */
export interface CardRegisterPage {
  kind: RegisterKind;
  id: string;
  kicker: string;
  title: string;
  line: string;
}

/** A register entry's card: what it is, its name, its roles or how often the report names it. */
export function registerCard(page: CardRegisterPage, conference: CardConference): SocialCard {
  // Named like the page: `/referierende/ulrich-deinet/` has the card `/og/referierende/ulrich-deinet.png`.
  const name = `${registerSegments[page.kind]}/${page.id}`;
  return {
    name,
    path: cardPath(name),
    kicker: page.kicker,
    title: page.title,
    byline: page.line,
    conference: conferenceLine(conference),
    alt: `${page.kicker}: ${page.title}.${page.line ? ` ${page.line}.` : ''} ${conferenceLine(conference)}.`,
  };
}

/** Every card of the site: home and site cards from the newest conference, then each report and section. */
export function allSocialCards(conferences: readonly CardConference[]): SocialCard[] {
  const [latest] = conferences;
  if (!latest) return [];
  return [
    homeCard(latest),
    siteCard(latest),
    ...conferences.flatMap((conference) => [
      reportCard(conference),
      ...conference.sections.map((section) => sectionCard(section, conference)),
    ]),
  ];
}
