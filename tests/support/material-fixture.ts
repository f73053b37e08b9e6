/**
 * The fixture conference with materials, photos and recordings (`tests/fixtures/conference-with-materials/`):
 * a few-page PDF and a one-page PDF, four small photos, a three-second video with WebVTT captions and a
 * transcript, and a YouTube link. Copied into a scratch project's content/ beside the real report.
 */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const materialFixtureDir = resolve('tests/fixtures/conference-with-materials');

/** The fixture's addresses (site paths without base). */
export const materialFixture = {
  conference: '/tagung-2016/',
  /** A talk with slides, a handout, two photos and a video with captions and transcript. */
  talk: '/tagung-2016/vortrag-mit-folien/',
  /** A panel whose recording is on YouTube. */
  panel: '/tagung-2016/podium/',
  slides: '/tagung-2016/vortrag-mit-folien/material/folien-quartiersarbeit.pdf',
  handout: '/tagung-2016/vortrag-mit-folien/material/handzettel.pdf',
  video: '/tagung-2016/vortrag-mit-folien/material/aufzeichnung.webm',
  captions: '/tagung-2016/vortrag-mit-folien/material/aufzeichnung.de.vtt',
  poster: '/tagung-2016/podium/aufzeichnung.png',
  /** The source files behind the published ones, relative to the fixture folder. */
  sources: {
    slides: 'sections/tagung-2016/material/folien-quartiersarbeit.pdf',
    handout: 'sections/tagung-2016/material/handzettel.pdf',
    video: 'sections/tagung-2016/aufzeichnung.webm',
    captions: 'sections/tagung-2016/aufzeichnung.de.vtt',
    transcript: 'sections/tagung-2016/aufzeichnung.de.md',
  },
} as const;

/** Adds the fixture conference to a scratch project's content. */
export function addMaterialFixture(root: string): void {
  cpSync(materialFixtureDir, join(root, 'content'), { recursive: true });
}
