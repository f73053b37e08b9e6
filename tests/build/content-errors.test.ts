/**
 * Bad input fails the build with a message that names the file and the field, and publishes no page.
 * Each case copies the project's content into its own Astro root under .tmp/, breaks one thing, and
 * runs a real `astro build` there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editContent as edit, htmlFiles, removeScratch, scratchBuild } from '../support/scratch-build';

const buildWith = (name: string, breakContent: (root: string) => void) =>
  scratchBuild('content-errors', name, breakContent);

const section = 'sections/tagung-2018/03-forschungsdesign.mdx';

describe('a build with bad content fails, naming file and field', { timeout: 150_000 }, () => {
  afterAll(() => removeScratch('content-errors'));

  it('a missing required field', () => {
    const { status, output, root } = buildWith('missing-field', (dir) =>
      edit(dir, section, (text) => text.replace(/^title: .*\n/mu, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/03-forschungsdesign/u);
    expect(output).toMatch(/title/u);
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });

  it('a field of the wrong type', () => {
    const { status, output } = buildWith('wrong-type', (dir) =>
      edit(dir, section, (text) => text.replace(/^order: 3$/mu, 'order: drei')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/03-forschungsdesign/u);
    expect(output).toMatch(/order/u);
  });

  it('a reference to a person who does not exist', () => {
    const { status, output, root } = buildWith('unknown-person', (dir) =>
      edit(dir, section, (text) =>
        text.replace('  - anne-van-riessen\n', '  - anne-van-riessen\n  - anna-unbekannt\n'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/sections/tagung-2018/03-forschungsdesign.mdx: presenters[1]: no person "anna-unbekannt" in content/people/',
    );
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });

  it('markup the PDF, EPUB and Markdown cannot show, with its line', () => {
    let line = 0;
    const { status, output, root } = buildWith('unsupported-markup', (dir) =>
      edit(dir, section, (text) => {
        const changed = text.replace('\n<ol>\n', '\n<table><tr><td>Zelle</td></tr></table>\n\n<ol>\n');
        line = changed.slice(0, changed.indexOf('<table>')).split('\n').length;
        return changed;
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/sections/tagung-2018/03-forschungsdesign.mdx:${line}: <table> cannot be shown in the PDF, EPUB and Markdown downloads`,
    );
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });

  it('a duplicate slug', () => {
    const { status, output } = buildWith('duplicate-slug', (dir) =>
      edit(dir, 'sections/tagung-2018/04-online-befragung.mdx', (text) =>
        text.replace('slug: online-befragung', 'slug: forschungsdesign'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/sections/tagung-2018/04-online-befragung.mdx: slug: slug "forschungsdesign" is already used by content/sections/tagung-2018/03-forschungsdesign.mdx',
    );
  });

  it('a script, an event handler or a javascript: link in MDX', () => {
    const { status, output, root } = buildWith('unsafe-mdx', (dir) =>
      edit(dir, section, (text) =>
        text.replace(
          'Dr. van Rießen fasst erste Ergebnisse zusammen:',
          'Dr. van Rießen fasst erste Ergebnisse zusammen:\n\n<script>alert(1)</script>\n\n<img src="x.png" alt="" onerror="alert(2)" />\n\n[Mehr](javascript:alert(3))',
        ),
      ),
    );
    expect(status).not.toBe(0);
    const file = 'content/sections/tagung-2018/03-forschungsdesign.mdx';
    expect(output).toMatch(new RegExp(`${file}:\\d+: a <script> element is not allowed in content`, 'u'));
    expect(output).toMatch(new RegExp(`${file}:\\d+: event-handler attributes`, 'u'));
    expect(output).toMatch(new RegExp(`${file}:\\d+: javascript: and vbscript: links`, 'u'));
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });

  it('markup in YAML text is published as text, never as markup', () => {
    const { status, output, root } = buildWith('markup-in-yaml', (dir) =>
      edit(dir, 'people/katja-jepkens.yaml', (text) =>
        text.replace(
          'name: Katja Jepkens',
          "name: 'Katja <script>alert(1)</script><img src=x onerror=alert(2)> Jepkens'",
        ),
      ),
    );
    expect(status, output).toBe(0);
    const html = readFileSync(join(root, 'dist', 'tagung-2018', 'online-befragung', 'index.html'), 'utf8');
    expect(html).toContain(
      'Katja &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; Jepkens',
    );
    // Inside quoted attribute values `<` is plain text; everywhere else no such element may appear.
    const outsideAttributes = html.replace(/="[^"]*"/gu, '=""');
    expect(outsideAttributes).not.toMatch(/<script>alert|<img src=x/u);
  });

  it('an unknown organization in a data file', () => {
    const { status, output } = buildWith('unknown-organization', (dir) =>
      edit(dir, 'people/anne-van-riessen.yaml', (text) =>
        text.replace('organization: hochschule-duesseldorf', 'organization: hochschule-nirgendwo'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/people/anne-van-riessen.yaml: roles[0].organization: no organization "hochschule-nirgendwo" in content/organizations/',
    );
  });
  it('a topic passage whose paragraph anchor is not in the section', () => {
    const { status, output, root } = buildWith('unknown-anchor', (dir) =>
      edit(dir, 'topics/raumaneignung.yaml', (text) =>
        text.replace('anchor: absatz-3\n', 'anchor: absatz-30\n'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/topics/raumaneignung.yaml: passages[1].anchor: no anchor "absatz-30" in content/sections/tagung-2018/05-raumerleben.mdx',
    );
    expect(htmlFiles(join(root, 'dist'))).toEqual([]);
  });
});
