/** The poster the site draws for a recording on a video platform (src/lib/materials/poster.ts). */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { recordingPosterRoutes } from '~/lib/routes/static-paths';
import { fileResponse } from '~/lib/downloads/files';
import { recordingPoster, renderRecordingPoster } from '~/lib/materials/poster';

export const getStaticPaths = recordingPosterRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { conference, section } }) => {
  const platform = section.recording?.type === 'platform' ? section.recording.video.platform.name : '';
  return fileResponse(
    await renderRecordingPoster(recordingPoster(section, conference, platform)),
    'image/png',
  );
};
