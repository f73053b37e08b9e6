/**
 * Bad input fails a real build with a German message that names the file and the field (by its label
 * in the editor) and says what to do, without a stack trace, and publishes no page: the schema errors,
 * dates and references the content check finds before Astro loads anything
 * (src/lib/content/content-check.ts), all of a build's problems in one list, and unsafe markup, found
 * by the data module. Each build copies the project into its own Astro root under .tmp/, breaks it, and
 * runs `astro build` there: one build for every kind at once (the list must name each), one for a
 * publication, one asking for the stack trace. Every other kind of bad content is a unit test
 * (tests/unit/content-check.test.ts, tests/unit/content-errors.test.ts), with the same messages.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  deletedKeyPassage,
  personWithoutRoles,
  placeholderOrganizer,
  swappedDate,
  unknownPerson,
  unsafeMarkup,
  type ContentBreak,
} from '../support/content-breaks.ts';
import {
  editContent,
  htmlFiles,
  removeScratch,
  scratchBuild,
  writeContent,
} from '../support/scratch-build.ts';

/** Builds a copy of the project broken by `breakContent`; gives the build and the messages expected. */
function buildWith(name: string, breakContent: ContentBreak, env: NodeJS.ProcessEnv = {}) {
  let expected: string[] = [];
  const build = scratchBuild(
    'content-errors',
    name,
    (root) => {
      expected = breakContent(root, 'content');
    },
    env,
  );
  return { ...build, expected, html: htmlFiles(join(build.root, 'dist')) };
}

/** No trace of the code in a message for the team: no stack, no error class, no schema jargon. */
function expectNoJargon(output: string): void {
  expect(output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/mu);
  expect(output).not.toMatch(
    /Stack trace|\[\w+Error\]|InvalidContentEntryDataError|does not match collection schema/u,
  );
}

describe('a build with bad content fails, naming file and field, and writes no page', () => {
  afterAll(() => removeScratch('content-errors'));

  it('each kind of bad content, all in one build: every problem named in one list', () => {
    const missingTitle: ContentBreak = (root, content) => {
      const file = 'sections/tagung-2018/04-online-befragung.mdx';
      editContent(root, file, (text) => text.replace(/^title: .*\n/mu, ''));
      return [`${content}/${file}, Feld „Überschrift“: Das Feld ist leer. Bitte ausfüllen.`];
    };
    // The content check names an unsafe element's line as a place in the section's text.
    const inText = (messages: string[]) =>
      messages.map((message) =>
        message.replace(/^(.*?):(\d+): /u, '$1, Feld „Text des Abschnitts, Zeile $2“: '),
      );
    const breaks: [string, ContentBreak][] = [
      ['a section without its required title (a schema error)', missingTitle],
      ['a person without roles', personWithoutRoles],
      ['a deleted paragraph a topic names as a key passage', deletedKeyPassage],
      [
        'a script, an event handler or a javascript: link in MDX (unsafe markup)',
        (root, content) => inText(unsafeMarkup(root, content)),
      ],
    ];
    const expected = new Map<string, string[]>();
    const { status, output, html } = buildWith('draft', (root, content) => {
      for (const [kind, breakContent] of breaks) expected.set(kind, breakContent(root, content));
      return [];
    });
    expect(status).not.toBe(0);
    const list = output.slice(output.indexOf('Der Inhalt hat'));
    expect(list).toMatch(/^Der Inhalt hat \d+ Probleme; die Website wurde nicht gebaut:/u);
    expect([...expected.values()].flat()).toHaveLength(6);
    for (const [kind, messages] of expected)
      for (const message of messages) expect(list, kind).toContain(message);
    expectNoJargon(output);
    expect(html).toEqual([]);
  });

  it('a publication: every problem in one list, the Impressum and the placeholders with the rest', () => {
    const all: ContentBreak = (root, content) => [
      // An Impressum begun: its operator given, the rest not yet.
      ...(writeContent(root, 'site.yaml', 'operator: Hochschule Beispielstadt\n'), []),
      ...swappedDate(root, content),
      ...unknownPerson(root, content),
      ...placeholderOrganizer(root, content),
    ];
    const { status, output, html } = buildWith('publication', all, {
      SITE: 'https://tagungsdoku.example.org',
    });
    expect(status).not.toBe(0);
    const list = output.slice(output.indexOf('Der Inhalt hat'));
    expect(list).toMatch(/^Der Inhalt hat \d+ Probleme; die Website wurde nicht gebaut:/u);
    for (const message of [
      'content/events/tagung-2018.yaml, Feld „Datum“: „2018-15-06“ ist kein Tag im Kalender',
      'content/events/tagung-2018.yaml, Feld „Veranstalter“: „[Bitte ergänzen: Veranstalter]“ ist ein Platzhalter.',
      'content/sections/tagung-2018/03-forschungsdesign.mdx, Feld „Vortragende › Eintrag 2“: „anna-unbekannt“ gibt es nicht',
      'content/site.yaml: Das Impressum ist unvollständig, es fehlen: „Anschrift“, „E-Mail“',
    ])
      expect(list).toContain(message);
    // Each missing field by its label in the editor („E-Mail“, not the file's `email`), the given one not.
    const impressum = list.slice(list.indexOf('content/site.yaml'));
    expect(impressum.slice(0, impressum.indexOf('\n'))).toContain('„Verantwortlich für den Inhalt“');
    expect(list).not.toContain('„Betreiber“');
    expectNoJargon(output);
    expect(html).toEqual([]);
  });

  it('a developer asks for the stack trace with TAGUNGSDOKU_DEBUG=1', () => {
    const { status, output } = buildWith('debug', personWithoutRoles, { TAGUNGSDOKU_DEBUG: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('Feld „Funktionen“');
    expect(output).toMatch(/^\s+at /mu);
  });
});
