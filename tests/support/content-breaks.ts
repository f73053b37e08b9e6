/**
 * Ways the project team can get content wrong, each with the message the build must give for it. The
 * unit tests (tests/unit/content-errors.test.ts) run each through the data module; the build tests
 * (tests/build/content-errors.test.ts) run one of each kind through a real `astro build`.
 *
 * A break changes a copy of the project's `content/` folder below `root` (see `editContent`) and returns
 * the messages expected, with file paths starting at `content`, the content folder as the build names it.
 */
import { editContent } from './scratch-build.ts';

export type ContentBreak = (root: string, content: string) => string[];

const research = 'sections/tagung-2018/03-forschungsdesign.mdx';

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the changed file`);
  return text.slice(0, index).split('\n').length;
}

/** A presenter id with no file in content/people/. */
export const unknownPerson: ContentBreak = (root, content) => {
  editContent(root, research, (text) =>
    text.replace('  - anne-van-riessen\n', '  - anne-van-riessen\n  - anna-unbekannt\n'),
  );
  return [
    `${content}/${research}: presenters[1]: „anna-unbekannt“ gibt es nicht (Person in ${content}/people/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Personen“ anlegen.`,
  ];
};

/** An organization id in a person's file with no file in content/organizations/. */
export const unknownOrganization: ContentBreak = (root, content) => {
  editContent(root, 'people/anne-van-riessen.yaml', (text) =>
    text.replace('organization: hochschule-duesseldorf', 'organization: hochschule-nirgendwo'),
  );
  return [
    `${content}/people/anne-van-riessen.yaml: roles[0].organization: „hochschule-nirgendwo“ gibt es nicht (Institution in ${content}/organizations/). Bitte einen vorhandenen Eintrag wählen oder ihn unter „Institutionen“ anlegen.`,
  ];
};

/** A topic passage pointing at a paragraph the section does not have. */
export const unknownAnchor: ContentBreak = (root, content) => {
  editContent(root, 'topics/raumaneignung.yaml', (text) =>
    text.replace('anchor: absatz-3\n', 'anchor: absatz-30\n'),
  );
  return [
    `${content}/topics/raumaneignung.yaml: passages[1].anchor: Die Stelle „absatz-30“ gibt es in ${content}/sections/tagung-2018/05-raumerleben.mdx nicht (mehr). Bitte eine vorhandene wählen: Die Seite des Abschnitts zeigt an jedem Absatz seine Nummer („Link zu Absatz 3 kopieren“).`,
  ];
};

/** Two sections of one conference with the same slug. */
export const duplicateSlug: ContentBreak = (root, content) => {
  editContent(root, 'sections/tagung-2018/04-online-befragung.mdx', (text) =>
    text.replace('slug: online-befragung', 'slug: forschungsdesign'),
  );
  return [
    `${content}/sections/tagung-2018/04-online-befragung.mdx: slug: Die Adresse „forschungsdesign“ hat schon ${content}/${research}. Bitte eine andere wählen.`,
  ];
};

/** A definition list: the pages could show it, the PDF, EPUB and Markdown downloads could not. */
export const unsupportedMarkup: ContentBreak = (root, content) => {
  let line = 0;
  editContent(root, research, (text) => {
    const changed = `${text.trimEnd()}\n\n<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>\n`;
    line = lineOf(changed, '<dl>');
    return changed;
  });
  return [
    `${content}/${research}:${line}: <dl> kann im PDF, EPUB und Markdown zum Herunterladen nicht erscheinen. Bitte als Absatz, Liste oder Überschrift schreiben.`,
  ];
};

/** A script, an event handler and a javascript: link in a section's text. */
export const unsafeMarkup: ContentBreak = (root, content) => {
  let lines = [0, 0, 0];
  editContent(root, research, (text) => {
    const changed = text.replace(
      'Dr. van Rießen fasst erste Ergebnisse zusammen:',
      'Dr. van Rießen fasst erste Ergebnisse zusammen:\n\n<script>alert(1)</script>\n\n<img src="x.png" alt="" onerror="alert(2)" />\n\n[Mehr](javascript:alert(3))',
    );
    lines = ['<script>', 'onerror=', '(javascript:'].map((needle) => lineOf(changed, needle));
    return changed;
  });
  const [script, handler, link] = lines;
  return [
    `${content}/${research}:${script}: Ein <script>-Element ist im Inhalt nicht erlaubt. Bitte entfernen.`,
    `${content}/${research}:${handler}: Ereignis-Attribute (on…=) sind im Inhalt nicht erlaubt. Bitte entfernen.`,
    `${content}/${research}:${link}: Links mit javascript: oder vbscript: sind im Inhalt nicht erlaubt. Bitte entfernen.`,
  ];
};

/** A placeholder left where the importer could not read the organiser: fine in a draft, refused in a publication. */
export const placeholderOrganizer: ContentBreak = (root, content) => {
  editContent(root, 'events/tagung-2018.yaml', (text) =>
    text.replace('organizer: inteso', 'organizer: "[Bitte ergänzen: Veranstalter]"'),
  );
  return [
    `${content}/events/tagung-2018.yaml: organizer: „[Bitte ergänzen: Veranstalter]“ ist ein Platzhalter. Bitte vor der Veröffentlichung durch die Angabe ersetzen`,
  ];
};

/**
 * Breaks that the content check before the build finds (src/lib/content/content-check.ts): their
 * messages name the field by its label in the editor, `file, Feld „Funktionen“: …`, in German.
 */

/** A person whose every role was removed. */
export const personWithoutRoles: ContentBreak = (root, content) => {
  editContent(root, 'people/ulrich-deinet.yaml', (text) =>
    text.replace(/^roles:\n(?: {2}.*\n)+/mu, 'roles: []\n'),
  );
  return [
    `${content}/people/ulrich-deinet.yaml, Feld „Funktionen“: Die Liste ist leer. Bitte mindestens ein Element „Funktion“ eintragen.`,
  ];
};

/** A conference's date with day and month swapped (the YAML the build reads would take it for 6 March 2019). */
export const swappedDate: ContentBreak = (root, content) => {
  editContent(root, 'events/tagung-2018.yaml', (text) =>
    text.replace(/^date: (\d{4})-(\d{2})-(\d{2})$/mu, 'date: $1-$3-$2'),
  );
  return [
    `${content}/events/tagung-2018.yaml, Feld „Datum“: „2018-15-06“ ist kein Tag im Kalender (einen Monat 15 gibt es nicht).`,
  ];
};

/** The last paragraph of a section deleted, while a topic names it as one of its key passages. */
export const deletedKeyPassage: ContentBreak = (root, content) => {
  const section = 'sections/tagung-2018/05-raumerleben.mdx';
  editContent(root, section, (text) => text.replace(/\n\n[^\n]+\n?$/u, '\n'));
  return [
    `${content}/topics/raumaneignung.yaml, Feld „Wichtigste Stellen › Stelle 3 › Stelle“: „absatz-5“ wurde aus dem Text von ${content}/${section} entfernt.`,
  ];
};
