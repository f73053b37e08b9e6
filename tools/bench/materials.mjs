/**
 * Lighthouse on the fixture conference's section pages (tests/fixtures/conference-with-materials/):
 * a talk with slides, photos and a video with captions, and a panel whose recording is on YouTube
 * behind a poster. Built in a scratch copy beside the real report, so dist/ stays the report's own.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { lighthouseScores } from './lighthouse.mjs';
import { project, scratchProject, serve, timedBuild } from './util.mjs';

export const materialPages = [
  { type: 'section with materials, photos, video', path: '/tagung-2016/vortrag-mit-folien/' },
  { type: 'section with a platform recording', path: '/tagung-2016/podium/' },
];

export async function materialsLighthouse(port) {
  const root = scratchProject('bench-materials');
  cpSync(join(project, 'tests', 'fixtures', 'conference-with-materials'), join(root, 'content'), {
    recursive: true,
  });
  const dist = join(root, 'dist');
  timedBuild({ root, env: { BASE_PATH: '/', TAGUNGSDOKU_OUT_DIR: dist } });
  const stop = await serve(dist, port);
  try {
    return await lighthouseScores(`http://127.0.0.1:${port}`, materialPages);
  } finally {
    stop();
    rmSync(root, { recursive: true, force: true });
  }
}
