/**
 * `/llms.txt`: a short Markdown index of the site for assistants and scripts (llmstxt.org): what the
 * site is, and links to the Markdown of every report and section, the open data and the other files.
 */
import { joinGerman } from '#src/lib/german/joining.ts';
import { SITE_NAME } from '#src/lib/naming/labels.ts';
import { escapeMarkdown } from '#src/lib/markdown.ts';

/** The fields of a conference the index uses; addresses are absolute. */
export interface IndexedConference {
  title: string;
  dateLabel: string;
  summary: string;
  markdown: string;
  pdf: string;
  epub: string;
  data: string;
  licenseNote: string;
  sections: readonly { title: string; presenters: readonly string[]; markdown: string }[];
}

const link = (label: string, url: string, note?: string) =>
  `- [${escapeMarkdown(label)}](${url})${note ? `: ${escapeMarkdown(note)}` : ''}`;

/** The text of `/llms.txt`; conferences newest first, `schema` the programme schema's address. */
export function llmsText(conferences: readonly IndexedConference[], schema: string): string {
  const [latest] = conferences;
  const parts = [
    `# ${SITE_NAME}${latest ? `: ${escapeMarkdown(latest.title)}` : ''}`,
    ...(latest ? [`> ${escapeMarkdown(latest.summary)}`] : []),
    'Tagungsberichte, wörtlich wie veröffentlicht. Jeder Abschnitt ist als Markdown abrufbar ' +
      '(Titel, Referierende, Adresse der Webseite, Text); das Programm jeder Tagung gibt es als JSON mit JSON-Schema.',
    ...conferences.map((conference) =>
      [
        `## ${escapeMarkdown(conference.title)} (${conference.dateLabel})`,
        link('Der ganze Bericht als Markdown', conference.markdown),
        ...conference.sections.map((section) =>
          link(section.title, section.markdown, joinGerman(section.presenters)),
        ),
      ].join('\n'),
    ),
    [
      '## Daten',
      ...conferences.map((conference) =>
        link(`Programm ${conference.title} (JSON)`, conference.data, conference.licenseNote),
      ),
      link('JSON-Schema des Programms', schema),
    ].join('\n'),
    [
      '## Optional',
      ...conferences.flatMap((conference) => [
        link(`${conference.title} als PDF`, conference.pdf),
        link(`${conference.title} als EPUB`, conference.epub),
      ]),
    ].join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}
