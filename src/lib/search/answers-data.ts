/**
 * The instant answers of a site (see answers.ts), from the register and the conferences: each
 * presenter with the sections they presented, everyone else the report names with their register
 * entry, topics, institutions and places with theirs, and every section by its title.
 */
import { personEntryPath, registerEntryPath } from '#src/lib/addresses/paths.ts';
import { organizationName } from '#src/lib/naming/names.ts';
import type { Register } from '#src/lib/register/entries.ts';
import type { ReportSection } from '#src/lib/report.ts';
import type { Answer } from '#src/lib/search/answers.ts';

/** A section as lists name it: number and short title (`3.1 Kommunales Management …`, `Einleitung`). */
export function numberedShortTitle(section: { number: string | undefined; shortTitle: string }): string {
  return section.number ? `${section.number} ${section.shortTitle}` : section.shortTitle;
}

/** „1 Abschnitt“, „3 Abschnitte“. */
function sectionCount(count: number): string {
  return count === 1 ? '1 Abschnitt' : `${count} Abschnitte`;
}

export function siteAnswers(register: Register<ReportSection>, sections: readonly ReportSection[]): Answer[] {
  const answers: Answer[] = [];
  for (const { person, presented } of register.presenters) {
    for (const { section } of presented)
      answers.push({
        kind: 'Person',
        label: person.displayName,
        url: section.url,
        detail: numberedShortTitle(section),
      });
  }
  for (const { person, named } of register.namedPeople) {
    answers.push({
      kind: 'Person',
      label: person.displayName,
      url: personEntryPath(person.id, false),
      detail: `genannt in ${sectionCount(named.length)}`,
    });
  }
  for (const section of sections)
    answers.push({
      kind: 'Abschnitt',
      label: numberedShortTitle(section),
      url: section.url,
      detail: section.kindLabel,
      // Found by its whole title too (`Farrokhzad: Kommunales Management …`).
      ...(section.title !== section.shortTitle ? { also: [section.title] } : {}),
    });
  for (const { topic, sections: about } of register.topics) {
    answers.push({
      kind: 'Thema',
      label: topic.title,
      url: registerEntryPath('topics', topic.id),
      detail: sectionCount(about.length),
    });
  }
  for (const { organization, sections: naming } of register.organizations) {
    const also = [organization.name, organization.shortName ?? '', ...organization.aliases].filter(
      (name) => name !== '' && name !== organizationName(organization),
    );
    answers.push({
      kind: 'Institution',
      label: organizationName(organization),
      url: registerEntryPath('organizations', organization.id),
      detail: sectionCount(naming.length),
      ...(also.length > 0 ? { also } : {}),
    });
  }
  for (const { place, sections: naming } of register.places) {
    answers.push({
      kind: 'Ort',
      label: place.name,
      url: registerEntryPath('places', place.id),
      detail: sectionCount(naming.length),
      ...(place.aliases.length > 0 ? { also: [...place.aliases] } : {}),
    });
  }
  return answers;
}
