/**
 * What the home page says about a conference beside its programme (`ConferenceOverview.astro`): the
 * participants in the line under the title, the facts at a glance and the report's figures, each said
 * once. The event file quotes the report (its summary and who came are sentences of the text), so a
 * quote that the report's opening section already says is left to that section, one click away, instead
 * of standing twice in a row for a reader who goes on to read. Pure, with structural types.
 */
import { joinGerman } from '#src/lib/german/joining.ts';
import { organizationName, type NamedOrganization } from '#src/lib/naming/names.ts';

/** A conference as its overview needs it (`Conference` from the data module fits). */
export interface OverviewConference<F extends OverviewFigure> {
  funding: { funder: NamedOrganization; programme: string } | undefined;
  partners: readonly NamedOrganization[];
  audience: { count: number | undefined; approximate: boolean; description: string };
  summary: string;
  figures: readonly F[];
  /** The sections in reading order: the first is where „Bericht lesen“ leads. */
  sections: readonly { passages: readonly { text: string }[] }[];
}

export interface OverviewFigure {
  value: string;
  label: string;
}

/** One line of „Auf einen Blick“: a label and its text. */
export interface OverviewFact {
  label: string;
  text: string;
}

export interface ConferenceOverviewData<F extends OverviewFigure> {
  /** „rund 100 Teilnehmende“, from the event's count; undefined where it gives none. */
  participants: string | undefined;
  /** The summary, where the opening section does not say it word for word. */
  lead: string | undefined;
  /** Funding, partners, and who came (where the opening section does not say it). */
  facts: OverviewFact[];
  /** The figures, without the one the participants line already gives. */
  figures: F[];
}

/** Text as a reader compares it: one space between words. */
const plain = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Whether the report's opening section says the text word for word. */
function saidInOpening(text: string, opening: readonly { text: string }[]): boolean {
  const wanted = plain(text);
  return wanted !== '' && opening.some((passage) => plain(passage.text).includes(wanted));
}

/** The overview of one conference, every fact once. */
export function conferenceOverview<F extends OverviewFigure>(
  conference: OverviewConference<F>,
): ConferenceOverviewData<F> {
  const { audience, funding, partners } = conference;
  const opening = conference.sections[0]?.passages ?? [];
  const participants =
    audience.count === undefined
      ? undefined
      : `${audience.approximate ? 'rund ' : ''}${audience.count} Teilnehmende`;
  const facts: OverviewFact[] = [
    ...(funding
      ? [{ label: 'Förderung', text: `${organizationName(funding.funder)}, ${funding.programme}` }]
      : []),
    ...(partners.length > 0
      ? [{ label: 'In Kooperation mit', text: joinGerman(partners.map(organizationName)) }]
      : []),
    ...(saidInOpening(audience.description, opening)
      ? []
      : [{ label: 'Wer kam', text: audience.description }]),
  ];
  return {
    participants,
    lead: saidInOpening(conference.summary, opening) ? undefined : conference.summary,
    facts,
    figures: conference.figures.filter((figure) => `${figure.value} ${figure.label}` !== participants),
  };
}
