/**
 * A section's materials, photos or recording that cannot be published stop the build, naming the
 * content file and the field, and no page is written. Two real builds of the fixture conference
 * (tests/fixtures/conference-with-materials/): one with bad front matter, which the schema refuses,
 * one with files that are missing or wrong, which the data module refuses, each naming every problem.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addMaterialFixture } from '../support/material-fixture.ts';
import { editContent, htmlFiles, removeScratch, scratchBuild } from '../support/scratch-build.ts';

const talk = 'sections/tagung-2016/00-vortrag.mdx';

describe(
  'materials, photos and recordings that cannot be published fail the build',
  { timeout: 300_000 },
  () => {
    afterAll(() => removeScratch('material-errors'));

    it('an unknown kind, a photo without alt text, a video without captions', () => {
      const { status, output, root } = scratchBuild('material-errors', 'schema', (dir) => {
        addMaterialFixture(dir);
        editContent(dir, talk, (text) =>
          text
            .replace('kind: slides', 'kind: folien')
            .replace('    alt: Vier Personen auf dem Podium vor einer Leinwand\n', '')
            .replace('  captions: ./aufzeichnung.de.vtt\n', ''),
        );
      });
      expect(status).not.toBe(0);
      expect(output).toMatch(/tagung-2016\/00-vortrag/u);
      // Each field by its label in the editor, in German (src/lib/content/content-check.ts).
      expect(output).toContain(
        'Feld „Material › Datei 1 › Art“: „folien“ ist keine der Möglichkeiten. Bitte eine wählen: „Folien“, „Handout“, „Poster“, „Dokument“.',
      );
      expect(output).toContain('Feld „Fotos › Foto 1 › Beschreibung (Alternativtext)“: Das Feld ist leer.');
      expect(output).toContain(
        'Feld „Aufzeichnung › Untertitel“: Ein Video braucht Untertitel: eine WebVTT-Datei',
      );
      expect(htmlFiles(join(root, 'dist'))).toEqual([]);
    });

    it('a photo that is not there, on a conference and on a section', () => {
      const { status, output, root } = scratchBuild('material-errors', 'photos', (dir) => {
        addMaterialFixture(dir);
        editContent(dir, 'events/tagung-2016.yaml', (text) =>
          text.replace('./tagung-2016/plakat.jpg', './tagung-2016/fehlt.jpg'),
        );
        editContent(dir, talk, (text) => text.replace('./bilder/pause.jpg', './bilder/fehlt.jpg'));
      });
      expect(status).not.toBe(0);
      // The collection loaded first fails first; each names the file and the field.
      expect(output).toMatch(
        /content\/events\/tagung-2016\.yaml: photos\[1\]\.file: no image "\.\/tagung-2016\/fehlt\.jpg" \(looked for content\/events\/tagung-2016\/fehlt\.jpg\)|content\/sections\/tagung-2016\/00-vortrag\.mdx: photos\[1\]\.file: no image "\.\/bilder\/fehlt\.jpg" \(looked for content\/sections\/tagung-2016\/bilder\/fehlt\.jpg\)/u,
      );
      expect(htmlFiles(join(root, 'dist'))).toEqual([]);
    });

    it('a missing material, a file that is no PDF, captions that are no WebVTT, a transcript with a script', () => {
      const { status, output, root } = scratchBuild('material-errors', 'files', (dir) => {
        addMaterialFixture(dir);
        const folder = join(dir, 'content', 'sections', 'tagung-2016');
        rmSync(join(folder, 'material', 'handzettel.pdf'));
        writeFileSync(join(folder, 'material', 'folien-quartiersarbeit.pdf'), 'Keine Folien, nur Text.');
        writeFileSync(join(folder, 'aufzeichnung.de.vtt'), '00:00.000 --> 00:01.000\nOhne Kopfzeile\n');
        writeFileSync(join(folder, 'aufzeichnung.de.md'), 'Ein Absatz.\n\n<script>alert(1)</script>\n');
      });
      expect(status).not.toBe(0);
      const file = 'content/sections/tagung-2016/00-vortrag.mdx';
      expect(output).toContain(
        `${file}: materials[0].file: "./material/folien-quartiersarbeit.pdf" is not a readable PDF`,
      );
      expect(output).toContain(
        `${file}: materials[1].file: no file "./material/handzettel.pdf" (looked for content/sections/tagung-2016/material/handzettel.pdf)`,
      );
      expect(output).toContain(
        `${file}: recording.captions: "./aufzeichnung.de.vtt" is not a WebVTT file: its first line must be "WEBVTT"`,
      );
      expect(output).toContain(
        `${file}: recording.transcript: content/sections/tagung-2016/aufzeichnung.de.md:3: Ein <script>-Element ist im Inhalt nicht erlaubt. Bitte entfernen.`,
      );
      expect(htmlFiles(join(root, 'dist'))).toEqual([]);
    });
  },
);
