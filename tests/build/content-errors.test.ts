/**
 * Bad input fails a real build with a message that names the file and the field, and publishes no
 * page: one case of each kind the build stops for (a schema error, found by Astro; a dangling reference
 * and unsafe markup, found by the data module). Each copies the project into its own Astro root under
 * .tmp/, breaks one thing, and runs `astro build` there. Every other kind of bad content is a unit test
 * of the data module (tests/unit/content-errors.test.ts), with the same messages.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownPerson, unsafeMarkup, type ContentBreak } from '../support/content-breaks.ts';
import { editContent, htmlFiles, removeScratch, scratchBuild } from '../support/scratch-build.ts';

/** Builds a copy of the project broken by `breakContent`; gives the build and the messages expected. */
function buildWith(name: string, breakContent: ContentBreak) {
  let expected: string[] = [];
  const build = scratchBuild('content-errors', name, (root) => {
    expected = breakContent(root, 'content');
  });
  return { ...build, expected, html: htmlFiles(join(build.root, 'dist')) };
}

describe('a build with bad content fails, naming file and field, and writes no page', () => {
  afterAll(() => removeScratch('content-errors'));

  it('a section without its required title (a schema error)', () => {
    const { status, output, html } = buildWith('missing-field', (root) => {
      editContent(root, 'sections/tagung-2018/03-forschungsdesign.mdx', (text) =>
        text.replace(/^title: .*\n/mu, ''),
      );
      return [];
    });
    expect(status).not.toBe(0);
    // Astro's own message: the collection and entry, then each field with what is wrong with it.
    expect(output).toMatch(
      /sections → tagung-2018\/03-forschungsdesign data does not match collection schema\.\s+\S*title\S*: \S*title: Required/u,
    );
    expect(output).toContain('content/sections/tagung-2018/03-forschungsdesign.mdx');
    expect(html).toEqual([]);
  });

  it('a reference to a person who does not exist (a dangling reference)', () => {
    const { status, output, expected, html } = buildWith('unknown-person', unknownPerson);
    expect(status).not.toBe(0);
    expect(expected.length).toBe(1);
    for (const message of expected) expect(output).toContain(message);
    expect(html).toEqual([]);
  });

  it('a script, an event handler or a javascript: link in MDX (unsafe markup)', () => {
    const { status, output, expected, html } = buildWith('unsafe-mdx', unsafeMarkup);
    expect(status).not.toBe(0);
    expect(expected.length).toBe(3);
    for (const message of expected) expect(output).toContain(message);
    expect(html).toEqual([]);
  });
});
