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
  return [`${content}/${research}: presenters[1]: no person "anna-unbekannt" in ${content}/people/`];
};

/** An organization id in a person's file with no file in content/organizations/. */
export const unknownOrganization: ContentBreak = (root, content) => {
  editContent(root, 'people/anne-van-riessen.yaml', (text) =>
    text.replace('organization: hochschule-duesseldorf', 'organization: hochschule-nirgendwo'),
  );
  return [
    `${content}/people/anne-van-riessen.yaml: roles[0].organization: no organization "hochschule-nirgendwo" in ${content}/organizations/`,
  ];
};

/** A topic passage pointing at a paragraph the section does not have. */
export const unknownAnchor: ContentBreak = (root, content) => {
  editContent(root, 'topics/raumaneignung.yaml', (text) =>
    text.replace('anchor: absatz-3\n', 'anchor: absatz-30\n'),
  );
  return [
    `${content}/topics/raumaneignung.yaml: passages[1].anchor: no anchor "absatz-30" in ${content}/sections/tagung-2018/05-raumerleben.mdx`,
  ];
};

/** Two sections of one conference with the same slug. */
export const duplicateSlug: ContentBreak = (root, content) => {
  editContent(root, 'sections/tagung-2018/04-online-befragung.mdx', (text) =>
    text.replace('slug: online-befragung', 'slug: forschungsdesign'),
  );
  return [
    `${content}/sections/tagung-2018/04-online-befragung.mdx: slug: slug "forschungsdesign" is already used by ${content}/${research}`,
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
  return [`${content}/${research}:${line}: <dl> cannot be shown in the PDF, EPUB and Markdown downloads`];
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
    `${content}/${research}:${script}: a <script> element is not allowed in content`,
    `${content}/${research}:${handler}: event-handler attributes (on…=) are not allowed in content`,
    `${content}/${research}:${link}: javascript: and vbscript: links are not allowed in content`,
  ];
};

/** A placeholder left where the importer could not read the organiser: fine in a draft, refused in a publication. */
export const placeholderOrganizer: ContentBreak = (root, content) => {
  editContent(root, 'events/tagung-2018.yaml', (text) =>
    text.replace('organizer: inteso', 'organizer: "[Bitte ergänzen: Veranstalter]"'),
  );
  return [
    `${content}/events/tagung-2018.yaml: organizer: "[Bitte ergänzen: Veranstalter]": fill it in before publishing`,
  ];
};
