/**
 * Materials, photos and recordings: the schema refuses what cannot be published, files are found
 * beside the MDX file and checked (a missing file, a type the site does not offer, a name that cannot
 * be an address, an unreadable PDF, captions that are not WebVTT, an unsafe transcript), platform
 * addresses become privacy-enhanced players, and the feeds, the open data and the search get the files.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { isPublishedFile } from '#src/lib/addresses/built-files.ts';
import { materialPath } from '#src/lib/addresses/paths.ts';
import { jsonFeed, rssFeed } from '#src/lib/feeds/formats.ts';
import { feedItem } from '#src/lib/feeds/items.ts';
import { mediaSummary, materialFacts } from '#src/lib/materials/labels.ts';
import { sectionMediaData } from '#src/lib/materials/open-data.ts';
import { embeddedPlatforms, platformVideo, recordingCspDirectives } from '#src/lib/materials/platforms.ts';
import { drawnPosterSource } from '#src/lib/materials/poster.ts';
import { missingImages } from '#src/lib/materials/image-check.ts';
import {
  formatMediaProblem,
  resolveSectionMedia,
  type SectionMediaData,
} from '#src/lib/materials/resolve.ts';
import { readTranscript } from '#src/lib/materials/transcript.ts';
import { reportSectionWithMediaSchema, type ImageField } from '#src/schemas/media.ts';
import { materialFixture, materialFixtureDir } from '../support/material-fixture.ts';

/** Astro's `image()` stands in as a check that the path is relative, giving the metadata a photo has. */
const image = (() =>
  z
    .string()
    .regex(/^\.{1,2}\//u)
    .transform((src) => ({ src, width: 800, height: 533, format: 'jpg' as const }))) as unknown as ImageField;

const schema = reportSectionWithMediaSchema(image);
const section = {
  event: 'tagung-2030',
  order: 0,
  title: 'Ein Vortrag',
  slug: 'vortrag',
  kind: 'guest-talk',
  description: 'Ein Satz.',
};

/** The fields a schema error names, as `materials.0.kind`. */
function failedFields(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the section schema with materials, photos and a recording', () => {
  it('takes a section without any of them, and one with all three', () => {
    expect(schema.parse(section)).toMatchObject({ materials: [], photos: [] });
    const full = schema.parse({
      ...section,
      materials: [{ file: './material/folien.pdf', title: 'Folien', kind: 'slides' }],
      photos: [{ file: './bilder/podium.jpg', alt: 'Das Podium', credit: 'Foto: Name' }],
      recording: { title: 'Aufzeichnung', file: './a.mp4', captions: './a.de.vtt', transcript: './a.md' },
    });
    expect(full.photos[0]?.file).toMatchObject({ src: './bilder/podium.jpg', width: 800 });
    expect(full.recording?.captions).toBe('./a.de.vtt');
  });

  it('refuses an unknown kind, a photo without alt text, a video without captions, an address as a file', () => {
    expect(
      failedFields({ ...section, materials: [{ file: './f.pdf', title: 'F', kind: 'folien' }] }),
    ).toEqual(['materials.0.kind']);
    expect(failedFields({ ...section, photos: [{ file: './p.jpg', credit: 'Foto: Name' }] })).toEqual([
      'photos.0.alt',
    ]);
    expect(failedFields({ ...section, photos: [{ file: './p.jpg', alt: ' ' }] })).toEqual(['photos.0.alt']);
    expect(failedFields({ ...section, recording: { title: 'A', file: './a.webm' } })).toEqual([
      'recording.captions',
    ]);
    expect(
      failedFields({
        ...section,
        materials: [{ file: 'https://example.org/f.pdf', title: 'F', kind: 'slides' }],
      }),
    ).toEqual(['materials.0.file']);
  });

  it('wants either a file or an address for a recording, and files of the right kinds', () => {
    expect(failedFields({ ...section, recording: { title: 'A' } })).toEqual(['recording']);
    expect(
      failedFields({
        ...section,
        recording: { title: 'A', file: './a.mp3', url: 'https://youtu.be/M7lc1UVf-VE' },
      }),
    ).toEqual(['recording.url']);
    expect(
      failedFields({ ...section, recording: { title: 'A', file: './a.avi', captions: './a.vtt' } }),
    ).toEqual(['recording.file']);
    expect(
      failedFields({ ...section, recording: { title: 'A', file: './a.mp4', captions: './a.srt' } }),
    ).toEqual(['recording.captions']);
    expect(
      failedFields({
        ...section,
        recording: { title: 'A', url: 'https://youtu.be/M7lc1UVf-VE', captions: './a.vtt' },
      }),
    ).toEqual(['recording.captions']);
    expect(failedFields({ ...section, recording: { title: 'A', url: 'http://example.org/a' } })).toEqual([
      'recording.url',
    ]);
    // An audio file needs no captions; a transcript is Markdown.
    expect(failedFields({ ...section, recording: { title: 'A', file: './a.mp3' } })).toEqual([]);
    expect(
      failedFields({ ...section, recording: { title: 'A', file: './a.mp3', transcript: './a.txt' } }),
    ).toEqual(['recording.transcript']);
  });

  it('keeps refusing fields it does not know', () => {
    expect(failedFields({ ...section, slides: './f.pdf' })).toEqual(['']);
  });
});

describe('video platforms', () => {
  it('embeds YouTube from youtube-nocookie.com and Vimeo with dnt=1, starting on the click', () => {
    for (const address of [
      'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      'https://youtu.be/M7lc1UVf-VE',
      'https://m.youtube.com/watch?v=M7lc1UVf-VE&feature=share',
      'https://www.youtube.com/live/M7lc1UVf-VE',
    ]) {
      expect(platformVideo(address)?.embedUrl, address).toBe(
        'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1',
      );
    }
    expect(platformVideo('https://youtu.be/M7lc1UVf-VE?t=90')?.embedUrl).toBe(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&start=90',
    );
    expect(platformVideo('https://vimeo.com/76979871')?.embedUrl).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
    );
    expect(platformVideo('https://vimeo.com/76979871/0123456789')?.embedUrl).toBe(
      'https://player.vimeo.com/video/76979871?h=0123456789&dnt=1&autoplay=1',
    );
  });

  it('leaves every other address a plain link', () => {
    for (const address of [
      'https://media.ccc.de/v/talk',
      'https://www.youtube.com/channel/UC123',
      'https://www.youtube.com/watch?v=short',
      'https://vimeo.com/channels/staffpicks',
      'http://youtu.be/M7lc1UVf-VE',
      'keine Adresse',
    ]) {
      expect(platformVideo(address), address).toBeUndefined();
    }
  });

  it('allows the platform frame only on the page that embeds it, and names each platform with its pages', () => {
    const youtube = platformVideo('https://youtu.be/M7lc1UVf-VE');
    if (youtube === undefined) throw new Error('a YouTube address is a platform video');
    const panel = {
      url: '/t/podium/',
      numberedTitle: '2 Podium',
      recording: { type: 'platform', video: youtube },
    };
    const talk = { url: '/t/vortrag/', numberedTitle: '1 Vortrag', recording: { type: 'file' } };
    expect(recordingCspDirectives(panel)).toEqual(['frame-src https://www.youtube-nocookie.com']);
    expect(recordingCspDirectives(talk)).toEqual([]);
    expect(recordingCspDirectives({ url: '/t/x/', numberedTitle: 'x' })).toEqual([]);
    const found = embeddedPlatforms([talk, panel]);
    expect(found.map(({ platform, sections }) => [platform.name, sections.map((s) => s.url)])).toEqual([
      ['YouTube', ['/t/podium/']],
    ]);
  });
});

describe('a section’s files, found beside its MDX file', () => {
  let folder = '';
  let mdx = '';
  const urlOf = (name: string) => materialPath('tagung-2030', 'vortrag', name);

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'materials-'));
    mkdirSync(join(folder, 'material'));
    copyFileSync(
      join(materialFixtureDir, materialFixture.sources.slides),
      join(folder, 'material', 'folien.pdf'),
    );
    copyFileSync(join(materialFixtureDir, materialFixture.sources.video), join(folder, 'a.webm'));
    copyFileSync(join(materialFixtureDir, materialFixture.sources.captions), join(folder, 'a.de.vtt'));
    copyFileSync(join(materialFixtureDir, materialFixture.sources.transcript), join(folder, 'a.md'));
    writeFileSync(join(folder, 'material', 'kaputt.pdf'), 'Kein PDF');
    writeFileSync(join(folder, 'material', 'Folien Müller.pdf'), 'x');
    writeFileSync(join(folder, 'material', 'programm.exe'), 'x');
    writeFileSync(join(folder, 'b.vtt'), '1\n00:00.000 --> 00:01.000\nText\n');
    writeFileSync(join(folder, 'unsicher.md'), 'Text mit <script>alert(1)</script> darin.\n');
    mdx = relative(process.cwd(), join(folder, '00-vortrag.mdx'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const data = (fields: Partial<SectionMediaData>): SectionMediaData => ({
    materials: [],
    photos: [],
    ...fields,
  });

  it('publishes slides with type, size and page count, and a video with its captions and transcript', async () => {
    const { media, problems } = await resolveSectionMedia(
      mdx,
      data({
        materials: [{ file: './material/folien.pdf', title: 'Folien zum Vortrag', kind: 'slides' }],
        recording: { title: 'Aufzeichnung', file: './a.webm', captions: './a.de.vtt', transcript: './a.md' },
      }),
      urlOf,
    );
    expect(problems).toEqual([]);
    const [slides] = media.materials;
    expect(slides).toMatchObject({
      fileName: 'folien.pdf',
      url: '/tagung-2030/vortrag/material/folien.pdf',
      type: 'application/pdf',
      pages: 3,
      bytes: 16_377,
      size: '16 KB',
    });
    expect(slides && materialFacts(slides)).toBe('Folien · PDF, 3\u00a0Seiten, 16 KB');
    expect(media.recording).toMatchObject({
      type: 'file',
      medium: 'video',
      file: { url: '/tagung-2030/vortrag/material/a.webm', type: 'video/webm', format: 'WebM' },
      captions: { url: '/tagung-2030/vortrag/material/a.de.vtt', type: 'text/vtt' },
    });
    expect(media.recording?.transcript?.text).toContain('Nachbarschaftskino');
  });

  it('names the file and the field of everything that cannot be published, all at once', async () => {
    const { problems } = await resolveSectionMedia(
      mdx,
      data({
        materials: [
          { file: './material/fehlt.pdf', title: 'Fehlt', kind: 'slides' },
          { file: './material/kaputt.pdf', title: 'Kaputt', kind: 'handout' },
          { file: './material/Folien Müller.pdf', title: 'Name', kind: 'slides' },
          { file: './material/programm.exe', title: 'Programm', kind: 'document' },
        ],
        recording: { title: 'A', file: './fehlt.mp4', captions: './b.vtt', transcript: './unsicher.md' },
      }),
      urlOf,
    );
    const messages = problems.map(formatMediaProblem);
    const folderShown = relative(process.cwd(), folder);
    expect(messages).toEqual([
      `${mdx}: materials[0].file: no file "./material/fehlt.pdf" (looked for ${folderShown}/material/fehlt.pdf)`,
      `${mdx}: materials[1].file: "./material/kaputt.pdf" is not a readable PDF`,
      `${mdx}: materials[2].file: the file name "Folien Müller.pdf" becomes its address (…/material/Folien Müller.pdf): ` +
        'use lower-case letters a–z, digits, hyphens and dots, e.g. "folien-vortrag.pdf"',
      `${mdx}: materials[3].file: "programm.exe" is not a file type the site offers here ` +
        '(pdf, pptx, docx, xlsx, odp, odt, ods, epub, zip, png, jpg, jpeg)',
      `${mdx}: recording.transcript: ${folderShown}/unsicher.md:1: Ein <script>-Element ist im Inhalt nicht erlaubt. Bitte entfernen.`,
      `${mdx}: recording.file: no file "./fehlt.mp4" (looked for ${folderShown}/fehlt.mp4)`,
      `${mdx}: recording.captions: "./b.vtt" is not a WebVTT file: its first line must be "WEBVTT"`,
    ]);
  });

  it('refuses two files of one section with the same name, since they would share an address', async () => {
    mkdirSync(join(folder, 'zwei'), { recursive: true });
    copyFileSync(join(folder, 'material', 'folien.pdf'), join(folder, 'zwei', 'folien.pdf'));
    const { problems } = await resolveSectionMedia(
      mdx,
      data({
        materials: [
          { file: './material/folien.pdf', title: 'Eins', kind: 'slides' },
          { file: './zwei/folien.pdf', title: 'Zwei', kind: 'slides' },
        ],
      }),
      urlOf,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['materials[1].file']);
    expect(problems[0]?.message).toContain('another file of this section is also called "folien.pdf"');
  });

  it('takes a platform address as an embed and any other address as a link', async () => {
    const platform = await resolveSectionMedia(
      mdx,
      data({ recording: { title: 'A', url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE' } }),
      urlOf,
    );
    expect(platform.media.recording).toMatchObject({
      type: 'platform',
      video: { platform: { name: 'YouTube' } },
    });
    expect(drawnPosterSource(platform.media.recording)).toBe('YouTube');
    const link = await resolveSectionMedia(
      mdx,
      data({ recording: { title: 'A', url: 'https://media.ccc.de/v/talk' } }),
      urlOf,
    );
    expect(link.media.recording).toEqual({
      type: 'link',
      title: 'A',
      url: 'https://media.ccc.de/v/talk',
      transcript: undefined,
    });
    expect(drawnPosterSource(link.media.recording)).toBeUndefined();
  });
});

describe('photos that are not there', () => {
  it('are named by content file and field, wherever the front matter holds them', () => {
    const data = {
      photos: [{ file: './bilder/da.jpg' }, { file: './bilder/fehlt.jpg' }],
      recording: { poster: './p.png' },
    };
    const problems = missingImages(
      {
        filePath: 'content/sections/t/00-a.mdx',
        data,
        images: ['./bilder/da.jpg', './bilder/fehlt.jpg', './p.png'],
      },
      '/projekt',
      (file) => file === '/projekt/content/sections/t/bilder/da.jpg',
    );
    expect(problems.map(formatMediaProblem)).toEqual([
      'content/sections/t/00-a.mdx: photos[1].file: no image "./bilder/fehlt.jpg" (looked for content/sections/t/bilder/fehlt.jpg)',
      'content/sections/t/00-a.mdx: recording.poster: no image "./p.png" (looked for content/sections/t/p.png)',
    ]);
  });
});

describe('a transcript', () => {
  it('passes the section checks and becomes escaped HTML with its headings below the recording’s', () => {
    const transcript = readTranscript(
      '# Teil 1\n\nWir sagen *a < b* und [mehr](https://example.org).\n',
      't.md',
      3,
    );
    expect(transcript.html).toBe(
      '<h3>Teil 1</h3>\n<p>Wir sagen <em>a &lt; b</em> und <a href="https://example.org">mehr</a>.</p>',
    );
    expect(transcript.text).toBe('Teil 1 Wir sagen a < b und mehr.');
  });

  it('refuses markup the site cannot show or that could run, naming the file and line', () => {
    expect(() => readTranscript('Eins.\n\n<dl><dt>x</dt><dd>y</dd></dl>\n', 't.md')).toThrow(
      /t\.md:3: <dl> kann im PDF, EPUB und Markdown zum Herunterladen nicht erscheinen/u,
    );
    expect(() => readTranscript('Eins.\n\n[x](javascript:alert(1))\n', 't.md')).toThrow(
      /t\.md:3: Links mit javascript:/u,
    );
    expect(() => readTranscript('\n', 't.md')).toThrow('t.md: the transcript is empty');
  });
});

describe('what the section carries, elsewhere on the site', () => {
  const materials = [
    {
      title: 'Folien zum Vortrag',
      kind: 'slides' as const,
      kindLabel: 'Folien',
      url: '/tagung-2030/vortrag/material/folien.pdf',
      type: 'application/pdf',
      bytes: 16_377,
      pages: 3,
    },
  ];
  const recording = {
    type: 'file' as const,
    title: 'Aufzeichnung des Vortrags',
    medium: 'video' as const,
    file: { url: '/tagung-2030/vortrag/material/a.webm', type: 'video/webm', bytes: 5_556 },
    captions: { url: '/tagung-2030/vortrag/material/a.de.vtt' },
    transcript: { text: 'Guten Tag.' },
  };

  it('sums it up for the search result and the newsletter snippet', () => {
    expect(mediaSummary({ materials, photos: [{}], recording })).toBe('Folien, Fotos und Aufzeichnung');
    expect(mediaSummary({ materials: [], photos: [] })).toBe('');
  });

  it('adds materials and recording to the open data only where a section has them', () => {
    expect(sectionMediaData({}, 'https://example.org')).toEqual({});
    expect(sectionMediaData({ materials, recording }, 'https://example.org')).toEqual({
      materials: [
        {
          title: 'Folien zum Vortrag',
          kind: 'slides',
          kindLabel: 'Folien',
          url: 'https://example.org/tagung-2030/vortrag/material/folien.pdf',
          mediaType: 'application/pdf',
          bytes: 16_377,
          pages: 3,
        },
      ],
      recording: {
        title: 'Aufzeichnung des Vortrags',
        kind: 'video',
        url: 'https://example.org/tagung-2030/vortrag/material/a.webm',
        platform: null,
        mediaType: 'video/webm',
        bytes: 5_556,
        captions: 'https://example.org/tagung-2030/vortrag/material/a.de.vtt',
        transcript: 'Guten Tag.',
      },
    });
  });

  it('announces the files in both feeds after the card, which stays the one enclosure', async () => {
    const item = feedItem(
      {
        title: 'Vortrag',
        description: 'Ein Satz.',
        url: '/tagung-2030/vortrag/',
        presenters: [],
        topics: [],
        materials,
        recording,
      },
      '<p>Text</p>',
      { path: '/og/tagung-2030/vortrag.png', alt: 'Karte', length: 1_000, width: 1200, height: 630 },
      { year: 2030, month: 6, day: 1 },
      'https://example.org',
    );
    const channel = {
      title: 'T',
      description: 'D',
      home: 'https://example.org/',
      self: 'https://example.org/feed.xml',
      language: 'de',
    };
    const rss = await rssFeed(channel, [item]);
    expect(rss.match(/<enclosure /gu)).toHaveLength(1);
    expect(rss).toContain('<enclosure url="https://example.org/og/tagung-2030/vortrag.png"');
    expect(rss).toContain(
      '<media:content url="https://example.org/tagung-2030/vortrag/material/folien.pdf" type="application/pdf" ' +
        'medium="document" fileSize="16377"><media:title type="plain">Folien zum Vortrag</media:title></media:content>',
    );
    expect(rss).toContain('type="video/webm" medium="video" fileSize="5556"');
    const json = jsonFeed(channel, [item]) as {
      items: { attachments: { url: string; mime_type: string }[] }[];
    };
    expect(json.items[0]?.attachments.map((file) => file.mime_type)).toEqual([
      'image/png',
      'application/pdf',
      'video/webm',
    ]);
  });

  it('counts the files under a section’s material/ folder among the published files', () => {
    expect(isPublishedFile('tagung-2030/vortrag/material/folien.pdf')).toBe(true);
    expect(isPublishedFile('tagung-2030/vortrag/material/aufzeichnung.de.vtt')).toBe(true);
    expect(isPublishedFile('tagung-2030/vortrag/aufzeichnung.png')).toBe(false);
    expect(isPublishedFile('_astro/podium.avif')).toBe(false);
  });
});
